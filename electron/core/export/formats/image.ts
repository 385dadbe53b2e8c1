// Chart pictures drawn in Node, without a window: PNG (1×, 2×, 3×), SVG (text kept as text) and PDF
// (vector, one page per spec). Each picture is the finished slide in small: title and subtitle on
// top, the chart as Chart.js draws it on screen, the numbered notes and the source line below, all
// in Be Vietnam Pro. Chart.js runs on the 2D context of @napi-rs/canvas (Skia), which writes the
// same drawing as pixels, as SVG or as PDF; that package is native, so it is loaded only when a
// picture is asked for, and a machine without its binary still writes CSV, XLSX and PowerPoint.
import type * as NapiCanvas from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  BasicPlatform,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
} from 'chart.js';
import { INK, INK_MUTED } from '../../../shared/charts/palette.js';
import type { ChartSpec } from '../../../shared/export/chart-spec.js';
import { EXPORT_WORDS } from '../../../shared/export/words.js';
import { formatDate } from '../../../shared/format.js';
import { BadInputError } from '../../errors.js';
import { chartConfig, type ChartFrame } from './chart-config.js';
import { fontOf, registerFonts } from './fonts.js';
import type { ExportWriter, WriteOptions } from './writer.js';

/** The picture's logical size (16:9); PNG pixels are this times the scale. */
export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 675;
/** PDF points per logical pixel: a page of 960 × 540 pt, PowerPoint's 13.33 × 7.5 in widescreen slide. */
const PDF_SCALE = 0.8;

const MARGIN = 40;
const TOP = 28;
const BOTTOM = 22;
const GAP = 14;
const TITLE = { sizes: [28, 24], lineHeight: 1.3, maxLines: 2 } as const;
const SUBTITLE = { size: 17, lineHeight: 1.4, maxLines: 2 } as const;
/** Notes and source: smaller type when there are many notes, at most a third of the picture. */
const FOOTER = { sizes: [14, 12, 11], lineHeight: 1.4, maxShare: 1 / 3 } as const;

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend);

/** The native canvas could not be loaded (its prebuilt binary is missing for this platform). */
export class ImagesUnavailableError extends Error {
  override name = 'ImagesUnavailableError';
}

type CanvasModule = typeof NapiCanvas;
let canvasModule: Promise<CanvasModule> | undefined;

/** @napi-rs/canvas with the fonts registered, loaded on first use. */
function loadCanvas(): Promise<CanvasModule> {
  canvasModule ??= import('@napi-rs/canvas').then(
    (module) => {
      registerFonts(module.GlobalFonts);
      return module;
    },
    (error: unknown) => {
      canvasModule = undefined;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new ImagesUnavailableError(`images need @napi-rs/canvas, which could not be loaded here: ${reason}`);
    },
  );
  return canvasModule;
}

/** Chart.js that never clears: it draws on a fresh surface, over the background and text already there. */
class StillChart extends Chart {
  override clear(): this {
    return this;
  }
}

/**
 * What Chart.js takes for a canvas: the logical size and a context whose `canvas` is this object,
 * so Chart.js sizes the chart by it and never resizes the real canvas (which would wipe it) — a
 * PDF page has no canvas at all. After drawing, `retire()` makes the context inert, so that
 * `destroy()` clears nothing.
 */
function surfaceFor(ctx: SKRSContext2D): { canvas: object; retire: () => void } {
  const canvas: Record<string, unknown> = { width: IMAGE_WIDTH, height: IMAGE_HEIGHT };
  let retired = false;
  const bound = new Map<PropertyKey, unknown>();
  const noop = () => undefined;
  const context = new Proxy(ctx, {
    get(target, key) {
      if (key === 'canvas') return canvas;
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (retired) return noop;
      if (!bound.has(key)) bound.set(key, (value as (...args: unknown[]) => unknown).bind(target));
      return bound.get(key);
    },
    set: (target, key, value) => Reflect.set(target, key, value, target),
  });
  canvas.getContext = () => context;
  return { canvas, retire: () => (retired = true) };
}

interface TextLine {
  text: string;
  font: string;
  colour: string;
  height: number;
}

/** Words of `text` in lines no wider than `width` (a word wider than the line is cut between characters). */
function wrapText(ctx: SKRSContext2D, text: string, font: string, width: number): string[] {
  ctx.font = font;
  const fits = (s: string) => ctx.measureText(s).width <= width;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (!fits(line) && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** At most `max` lines, the last ending in an ellipsis when text was left out. */
function clip(ctx: SKRSContext2D, lines: string[], max: number, font: string, width: number): string[] {
  if (lines.length <= max) return lines;
  ctx.font = font;
  let last = `${lines[max - 1]!}…`;
  while (last.length > 1 && ctx.measureText(last).width > width) last = `${last.slice(0, -2)}…`;
  return [...lines.slice(0, max - 1), last];
}

const asLines = (texts: string[], font: string, colour: string, size: number, lineHeight: number): TextLine[] =>
  texts.map((text) => ({ text, font, colour, height: Math.round(size * lineHeight) }));

/** Title (at a smaller size when it needs more than two lines) and subtitle. */
function headerLines(ctx: SKRSContext2D, spec: ChartSpec, width: number): TextLine[] {
  let title: TextLine[] = [];
  for (const size of TITLE.sizes) {
    const font = fontOf(size, true);
    const lines = wrapText(ctx, spec.title, font, width);
    title = asLines(clip(ctx, lines, TITLE.maxLines, font, width), font, INK, size, TITLE.lineHeight);
    if (lines.length <= TITLE.maxLines) break;
  }
  const subFont = fontOf(SUBTITLE.size);
  const subtitle = spec.subtitle ? clip(ctx, wrapText(ctx, spec.subtitle, subFont, width), SUBTITLE.maxLines, subFont, width) : [];
  return [...title, ...asLines(subtitle, subFont, INK_MUTED, SUBTITLE.size, SUBTITLE.lineHeight)];
}

/** The numbered notes ("1. text — author"), then the source line with the as-of date, as on a slide. */
function footerTexts(spec: ChartSpec): { text: string; muted: boolean }[] {
  const notes = spec.footnotes.map((f) => ({ text: `${f.n}. ${f.text}${f.author ? ` — ${f.author}` : ''}`, muted: false }));
  const source = spec.asOf ? `${spec.source} · ${EXPORT_WORDS[spec.lang].asOf(formatDate(spec.asOf, spec.lang))}` : spec.source;
  return [...notes, { text: source, muted: true }];
}

function footerLines(ctx: SKRSContext2D, spec: ChartSpec, width: number): TextLine[] {
  const texts = footerTexts(spec);
  const room = IMAGE_HEIGHT * FOOTER.maxShare;
  let lines: TextLine[] = [];
  for (const size of FOOTER.sizes) {
    const font = fontOf(size);
    lines = texts.flatMap((t) => asLines(wrapText(ctx, t.text, font, width), font, t.muted ? INK_MUTED : INK, size, FOOTER.lineHeight));
    if (lines.reduce((h, l) => h + l.height, 0) <= room) return lines;
  }
  // Still too many at the smallest size: keep the source line, and as many note lines as fit before it.
  const source = lines.filter((l) => l.colour === INK_MUTED);
  const height = lines[0]?.height ?? 1;
  const notes = lines.filter((l) => l.colour !== INK_MUTED).slice(0, Math.max(0, Math.floor(room / height) - source.length));
  const lastNote = notes[notes.length - 1];
  if (lastNote) notes[notes.length - 1] = { ...lastNote, text: clip(ctx, [lastNote.text, ''], 1, lastNote.font, width)[0]! };
  return [...notes, ...source];
}

function drawLines(ctx: SKRSContext2D, lines: TextLine[], top: number): void {
  let y = top;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  for (const line of lines) {
    ctx.font = line.font;
    ctx.fillStyle = line.colour;
    ctx.fillText(line.text, MARGIN, y);
    y += line.height;
  }
}

const heightOf = (lines: TextLine[]) => lines.reduce((h, l) => h + l.height, 0);

/** Draws one spec on a fresh context at `scale` device units per logical pixel. */
function drawPicture(ctx: SKRSContext2D, spec: ChartSpec, scale: number, transparent: boolean, chartOnly = false): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  if (!transparent) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
  }
  const width = IMAGE_WIDTH - 2 * MARGIN;
  const header = chartOnly ? [] : headerLines(ctx, spec, width);
  const footer = chartOnly ? [] : footerLines(ctx, spec, width);
  const footerTop = IMAGE_HEIGHT - BOTTOM - heightOf(footer);
  drawLines(ctx, header, TOP);
  drawLines(ctx, footer, footerTop);

  const top = TOP + heightOf(header) + GAP;
  const bottom = IMAGE_HEIGHT - footerTop + GAP;
  const frame: ChartFrame = { top, bottom, left: MARGIN - 8, right: MARGIN - 8, height: IMAGE_HEIGHT - top - bottom };
  const config = chartConfig(spec, frame);
  const surface = surfaceFor(ctx);
  ctx.save();
  const chart = new StillChart(
    surface.canvas as ConstructorParameters<typeof Chart>[0],
    {
      ...config,
      platform: BasicPlatform,
      options: { ...config.options, devicePixelRatio: scale },
    } as ChartConfiguration,
  );
  surface.retire();
  chart.destroy();
  ctx.restore();
}

function firstSpec(specs: ChartSpec[]): ChartSpec {
  const spec = specs[0];
  if (!spec) throw new BadInputError('there is no chart to draw');
  return spec;
}

/** One chart as a PNG of 1200 × 675 logical pixels at 1×, 2× or 3×, on white unless transparent. */
export const writePng: ExportWriter = async (specs: ChartSpec[], options: WriteOptions) => {
  const spec = firstSpec(specs);
  const { createCanvas } = await loadCanvas();
  const scale = options.scale ?? 1;
  const canvas = createCanvas(IMAGE_WIDTH * scale, IMAGE_HEIGHT * scale);
  drawPicture(canvas.getContext('2d'), spec, scale, options.transparent === true, options.chartOnly === true);
  return canvas.encode('png');
};

/** One chart as SVG: shapes as paths, every text as a text element in Be Vietnam Pro. */
export const writeSvg: ExportWriter = async (specs: ChartSpec[], options: WriteOptions) => {
  const spec = firstSpec(specs);
  const { createCanvas, SvgExportFlag } = await loadCanvas();
  const canvas = createCanvas(IMAGE_WIDTH, IMAGE_HEIGHT, SvgExportFlag.NoPrettyXML);
  drawPicture(canvas.getContext('2d'), spec, 1, options.transparent === true);
  return canvas.getContent();
};

/** Every chart as a vector page of its own (a deck as PDF), text embedded in Be Vietnam Pro. */
export const writePdf: ExportWriter = async (specs: ChartSpec[], options: WriteOptions) => {
  firstSpec(specs);
  const { PDFDocument } = await loadCanvas();
  const doc = new PDFDocument({ title: specs[0]!.title, creator: 'IIP Explorer' });
  for (const spec of specs) {
    drawPicture(doc.beginPage(IMAGE_WIDTH * PDF_SCALE, IMAGE_HEIGHT * PDF_SCALE) as SKRSContext2D, spec, PDF_SCALE, options.transparent === true);
    doc.endPage();
  }
  return doc.close();
};
