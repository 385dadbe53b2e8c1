// The deck: one slide per chart spec, each with its title, subtitle, the chart (native and
// editable, or the picture given for it), its numbered notes and its source line. Every text is
// set as text in one font that PowerPoint and Keynote have everywhere (see SLIDE_FONT).
import type pptxgenjs from 'pptxgenjs';
import { INK, INK_MUTED } from '../../../shared/charts/palette.js';
import type { ChartSpec } from '../../../shared/export/chart-spec.js';
import { EXPORT_WORDS } from '../../../shared/export/words.js';
import { formatDate } from '../../../shared/format.js';
import { hex, nativeChart, officeLang, SLIDE_FONT } from './pptx-chart.js';
import type { ExportWriter, WriteOptions } from './writer.js';

/** Slide sizes in inches (pptxgenjs's built-in layouts). */
const LAYOUTS = {
  '16:9': { name: 'LAYOUT_16x9', width: 10, height: 5.625 },
  '4:3': { name: 'LAYOUT_4x3', width: 10, height: 7.5 },
} as const;
type Layout = (typeof LAYOUTS)[keyof typeof LAYOUTS];

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MARGIN = 0.4;
const TITLE = { y: 0.22, h: 0.5, size: 22 };
const SUBTITLE = { y: 0.7, h: 0.32, size: 13 };
const CHART_TOP = 1.1;
/** Notes and source below the chart: points per line, and about how many characters fit one. */
const FOOTER_SIZES = [10, 8] as const;
const LINE_HEIGHT = 1.25 / 72; // inches per point of font size

/** Numbered notes as the chart's footnotes list them, then the source (and "as of") line. */
function footerLines(spec: ChartSpec): { text: string; muted: boolean }[] {
  const w = EXPORT_WORDS[spec.lang];
  const notes = spec.footnotes.map((f) => ({ text: `${f.n}. ${f.text}${f.author ? ` — ${f.author}` : ''}`, muted: false }));
  const source = spec.asOf ? `${spec.source} · ${w.asOf(formatDate(spec.asOf, spec.lang))}` : spec.source;
  return [...notes, { text: source, muted: true }];
}

/** The footer's font size and height: smaller type when there are many notes, at most a third of the slide. */
function footerSize(lines: { text: string }[], layout: Layout): { size: number; h: number } {
  const width = layout.width - 2 * MARGIN;
  for (const size of FOOTER_SIZES) {
    const perLine = Math.floor((width * 72) / (size * 0.55));
    const count = lines.reduce((n, l) => n + l.text.split('\n').reduce((m, part) => m + Math.max(1, Math.ceil(part.length / perLine)), 0), 0);
    const h = count * size * LINE_HEIGHT + 0.08;
    if (h <= layout.height / 3 || size === FOOTER_SIZES[FOOTER_SIZES.length - 1]) return { size, h: Math.min(h, layout.height / 3) };
  }
  throw new Error('unreachable');
}

/** Width and height of a PNG, from its header. */
function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || png[0] !== 0x89 || png[1] !== 0x50) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The picture as large as fits the chart's box, its proportions kept, centred. */
function pictureBox(png: Uint8Array, area: Box): Box {
  const size = pngSize(png);
  if (!size || size.width === 0 || size.height === 0) return area;
  const scale = Math.min(area.w / size.width, area.h / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

// pptxgenjs's types describe a CommonJS module whose `default` is the class (as Node's own
// resolution reads them), while Node and Vite hand over the class itself as the default export
// (as bundler resolution reads them): take whichever is the constructor, in types and at run time.
type ClassOf<T> = T extends abstract new (...args: never[]) => unknown ? T : T extends { default: infer D } ? D : never;
type PresentationClass = ClassOf<typeof pptxgenjs>;
type Presentation = InstanceType<PresentationClass>;

/** pptxgenjs (and jszip under it: 60 ms) loaded on first use, not at start. */
async function presentationClass(): Promise<PresentationClass> {
  const loaded: unknown = (await import('pptxgenjs')).default;
  return (typeof loaded === 'function' ? loaded : (loaded as { default: unknown }).default) as PresentationClass;
}

function addSlide(pptx: Presentation, spec: ChartSpec, layout: Layout, picture: Uint8Array | null): void {
  const slide = pptx.addSlide();
  const lang = officeLang(spec);
  const width = layout.width - 2 * MARGIN;
  const text = { x: MARGIN, w: width, fontFace: SLIDE_FONT, lang, margin: 0, valign: 'top' } as const;

  slide.addText(spec.title, { ...text, y: TITLE.y, h: TITLE.h, fontSize: TITLE.size, bold: true, color: hex(INK), fit: 'shrink' });
  slide.addText(spec.subtitle, { ...text, y: SUBTITLE.y, h: SUBTITLE.h, fontSize: SUBTITLE.size, color: hex(INK_MUTED) });

  const lines = footerLines(spec);
  const footer = footerSize(lines, layout);
  const footerY = layout.height - 0.18 - footer.h;
  const area: Box = { x: MARGIN, y: CHART_TOP, w: width, h: footerY - 0.08 - CHART_TOP };

  if (picture) {
    const data = `data:image/png;base64,${Buffer.from(picture).toString('base64')}`;
    slide.addImage({ data, ...pictureBox(picture, area), altText: spec.title });
  } else {
    const chart = nativeChart(spec);
    const options = { ...chart.options, ...area, altText: spec.title };
    // a combo chart takes its options in place of the data (pptxgenjs reads `data || options`), which its types do not say
    if (Array.isArray(chart.type)) slide.addChart(chart.type, options as unknown as unknown[]);
    else slide.addChart(chart.type, chart.data, options);
  }

  slide.addText(
    lines.map((line, i) => ({
      text: line.text,
      options: { color: hex(line.muted ? INK_MUTED : INK), breakLine: i < lines.length - 1 },
    })),
    { ...text, y: footerY, h: footer.h, fontSize: footer.size, fit: 'shrink' },
  );
}

/** A deck of one slide per spec, 16:9 unless 4:3 is asked for. */
export const writePptx: ExportWriter = async (specs: ChartSpec[], options: WriteOptions) => {
  const layout = LAYOUTS[options.aspect ?? '16:9'];
  const pptx = new (await presentationClass())();
  pptx.layout = layout.name;
  pptx.theme = { headFontFace: SLIDE_FONT, bodyFontFace: SLIDE_FONT };
  pptx.title = specs[0]?.title ?? '';
  pptx.company = 'IIP Explorer';
  specs.forEach((spec, i) => addSlide(pptx, spec, layout, options.pictures?.[i] ?? null));
  const bytes = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(bytes instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return bytes;
};
