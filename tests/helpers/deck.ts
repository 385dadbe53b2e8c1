// Chart specs for the slide tests (a Vietnamese series with notes, a ranking of localities), and
// readers of what a written deck holds: its parts, a chart's cached series and categories.
import JSZip from 'jszip';
import { rankBars } from '../../electron/shared/charts/ranking.js';
import type { FigureValue } from '../../electron/shared/contract/figures.js';
import { rankingChartSpec, seriesChartSpec, type ChartSpec } from '../../electron/shared/export/chart-spec.js';
import type { Lang } from '../../electron/shared/lang.js';
import { chartNotes } from '../../electron/shared/notes/on-chart.js';
import { figure, geo, noteView, row, source, TOTAL } from './contract-fixtures.js';

export const BAC_NINH_TITLE = 'Chỉ số sản xuất công nghiệp — Bắc Ninh';
export const SCRIPT_NOTE = 'Tết Nguyên đán <script>alert("x")</script> rơi vào tháng 1';

const MONTHS: [string, number][] = [
  ['2025-01', -8.2],
  ['2025-02', 24.6],
  ['2025-03', 12.1],
  ['2025-04', 9.8],
  ['2025-05', 10.4],
  ['2025-06', 11.3],
  ['2025-07', 8.9],
  ['2025-08', 9.6],
  ['2025-09', 13.2],
  ['2025-10', 11.7],
  ['2025-11', 10.9],
];
const CUMULATIVE: [string, number][] = [
  ['2025-01..2025-03', 8.6],
  ['2025-01..2025-06', 9.7],
  ['2025-01..2025-09', 10.2],
  ['2025-01..2025-11', 10.4],
];

/** Bắc Ninh's monthly and year-to-date % changes over 2025 with two notes (by default one holding markup), in `lang`. */
export function bacNinhSpec(lang: Lang = 'vi', asOf: string | null = null, tetNote = SCRIPT_NOTE): ChartSpec {
  const at = (period: string, value: number): FigureValue =>
    figure(period, value, {
      geo: 'P27',
      sources: [source({ value, publisher: 'Cục Thống kê', publishedOn: period.endsWith('11') ? '2025-12-06' : '2025-11-06' })],
    });
  const figures = [...MONTHS, ...CUMULATIVE].map(([p, v]) => at(p, v));
  const subject = { geo: 'P27', item: 'TOTAL', measure: 'iip', basis: 'yoy' } as const;
  const notes = [
    noteView({ scope: 'figure', ...subject, period: '2025-11' }, { text: 'Số ước tính, sẽ được điều chỉnh', author: 'Nguyễn Thị Lan' }),
    noteView({ scope: 'range', from: '2025-01', to: '2025-02', geo: 'P27', item: 'TOTAL', measure: 'iip' }, { text: tetNote, author: 'Trần Minh' }),
  ];
  const periods = figures.map((f) => f.period);
  return seriesChartSpec(figures, 'Bắc Ninh', { lang, title: BAC_NINH_TITLE, notes: chartNotes(notes, subject, periods), asOf });
}

const PROVINCES: [string, string, number][] = [
  ['P27', 'Bắc Ninh', 18.2],
  ['P25', 'Phú Thọ', 35.2],
  ['P19', 'Thái Nguyên', 12.4],
  ['P31', 'Hải Phòng', 14.1],
  ['P22', 'Quảng Ninh', -2.3],
  ['P01', 'Hà Nội', 6.8],
  ['P74', 'Bình Dương', 9.1],
  ['P75', 'Đồng Nai', 8.0],
  ['P79', 'TP. Hồ Chí Minh', 7.5],
  ['P96', 'Cà Mau', -5.4],
];

/** Ten localities ranked by their January–November % change, two of them falling. */
export function provincesSpec(lang: Lang = 'vi'): ChartSpec {
  const rows = PROVINCES.map(([code, name, value]) => row(geo(code, name, name), TOTAL, value));
  const title = lang === 'vi' ? 'Tăng trưởng công nghiệp theo địa phương' : 'Industrial growth by locality';
  return rankingChartSpec(rankBars(rows, lang), { lang, title, group: lang === 'vi' ? 'Tỉnh, thành phố' : 'Provinces' });
}

export const openDeck = (bytes: Uint8Array): Promise<JSZip> => JSZip.loadAsync(bytes);

export async function partText(zip: JSZip, name: string): Promise<string> {
  const part = zip.file(name);
  if (!part) throw new Error(`no part ${name} in the deck (has ${Object.keys(zip.files).join(', ')})`);
  return part.async('string');
}

/** XML text as written: the five entities undone. */
export const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A cache's points by index, null where a point is missing or empty. */
function cachePoints(xml: string): (string | null)[] {
  const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(xml)?.[1] ?? 0);
  const points: (string | null)[] = Array.from({ length: count }, () => null);
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)) {
    points[Number(m[1])] = m[2] === '' ? null : unescapeXml(m[2]!);
  }
  return points;
}

/** The parts slide `n` links to (chart, picture, layout…), as paths in the zip. */
export async function slideLinks(zip: JSZip, n: number): Promise<string[]> {
  const rels = await partText(zip, `ppt/slides/_rels/slide${n}.xml.rels`);
  return [...rels.matchAll(/Target="([^"]+)"/g)].map(([, target]) =>
    target!.startsWith('/') ? target!.slice(1) : new URL(target!, 'file:///ppt/slides/').pathname.slice(1),
  );
}

export interface ChartPart {
  path: string;
  xml: string;
  /** Name, values (null where blank), per-point colours (dPt) and series colour of each series. */
  series: { name: string; values: (number | null)[]; colour: string | null; pointColours: string[] }[];
  categories: (string | null)[];
}

/** The chart drawn on slide `n`: found through the slide's relationships, its caches read back. */
export async function slideChart(zip: JSZip, n: number): Promise<ChartPart> {
  const path = (await slideLinks(zip, n)).find((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
  if (!path) throw new Error(`slide ${n} has no chart`);
  const xml = await partText(zip, path);
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)?.[1] ?? '';
    const values = cachePoints(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)?.[1] ?? '').map((v) => (v === null ? null : Number(v)));
    const colour = /<c:spPr>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(ser!)?.[1] ?? null;
    const pointColours = [...ser!.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="([0-9A-Fa-f]{6})"[\s\S]*?<\/c:dPt>/g)].map((m) => `#${m[1]!.toUpperCase()}`);
    return { name: unescapeXml(name), values, colour: colour ? `#${colour.toUpperCase()}` : null, pointColours };
  });
  const firstCat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)?.[1] ?? '';
  return { path, xml, series, categories: cachePoints(firstCat) };
}

/** The text of a slide's runs, one string per paragraph. */
export function paragraphs(slideXml: string): string[] {
  return [...slideXml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map(([, p]) => [...p!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]!)).join(''))
    .filter((t) => t !== '');
}
