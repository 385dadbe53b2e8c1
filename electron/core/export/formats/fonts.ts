// The one typeface of exported images, Be Vietnam Pro, registered once with the Node canvas. Its
// full TTFs cover Latin and Vietnamese in one file, so a word such as "Bắc" is one run of one font
// (never split by fallback) and an SVG or PDF keeps it as one piece of text.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GlobalFonts as CanvasFonts } from '@napi-rs/canvas';

/** Body text: ticks, legend, footnotes. */
export const FONT_REGULAR = 'Be Vietnam Pro';
/**
 * Headings and axis titles. The canvas picks a face by family rather than by weight (asking the
 * regular family for weight 600 draws the face registered last), so the semibold face has a family
 * name of its own and is always drawn at the normal weight.
 */
export const FONT_SEMIBOLD = 'Be Vietnam Pro SemiBold';

const FACES = [
  { family: FONT_REGULAR, file: '400Regular/BeVietnamPro_400Regular.ttf' },
  { family: FONT_SEMIBOLD, file: '600SemiBold/BeVietnamPro_600SemiBold.ttf' },
] as const;

let registered = false;

/** Registers both faces with the canvas, once per process. Read as bytes, so it also works from an asar archive. */
export function registerFonts(fonts: typeof CanvasFonts): void {
  if (registered) return;
  const dir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
  for (const face of FACES) {
    if (!fonts.register(fs.readFileSync(path.join(dir, face.file)), face.family)) throw new Error(`could not register the font ${face.file}`);
  }
  registered = true;
}

/** A canvas font string: "14px "Be Vietnam Pro"". */
export const fontOf = (size: number, semibold = false): string => `${size}px "${semibold ? FONT_SEMIBOLD : FONT_REGULAR}"`;
