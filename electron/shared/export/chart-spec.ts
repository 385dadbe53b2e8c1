// A chart as every output sees it: the screen's model (series by period kind, ranked bars) with
// its words in one language, its numbered notes, where its numbers came from, and one data row
// per figure. PowerPoint, images, CSV and XLSX are all written from this, so a number on a slide
// is the number on screen.
import { KIND_STYLE, barColour } from '../charts/palette.js';
import type { RankedBar } from '../charts/ranking.js';
import { buildSeriesModel } from '../charts/series.js';
import type { FigureValue } from '../contract/figures.js';
import type { Status, Unit } from '../domain.js';
import { formatDate, formatPeriod } from '../format.js';
import type { Lang } from '../lang.js';
import { publisherShown } from '../not-stated.js';
import type { ChartNotes } from '../notes/on-chart.js';
import { comparePeriods, parsePeriod } from '../period.js';
import { figureTitle, VOCABULARY } from '../vocabulary.js';
import { EXPORT_WORDS } from './words.js';

export interface SpecSeries {
  name: string;
  /** #rrggbb */
  colour: string;
  /** One per category; null where this series has no figure. */
  values: (number | null)[];
  /** Each value's decimal places as published (null with its value). */
  decimals: (number | null)[];
  /** Drawn against the right-hand axis (a unit other than the first line's). */
  right?: boolean;
}

/** The right-hand value axis of a comparison whose lines are of two units. */
export interface RightAxis {
  title: string;
  unit: Unit;
  decimals: number;
}

/** One figure as the data files carry it. */
export interface DataRow {
  subject: string;
  measure: string;
  basis: string;
  unit: string;
  period: string;
  periodLabel: string;
  value: number;
  decimals: number;
  status: Status;
  statusLabel: string;
  release: string;
  publishedOn: string;
  /** How the figure was obtained: stated, or computed from an index. */
  obtained: string;
}

export interface ChartSpec {
  kind: 'line' | 'bar';
  lang: Lang;
  title: string;
  /** Measure, comparison and period. */
  subtitle: string;
  axisTitle: string;
  unit: Unit;
  /** Decimal places of the values as published (the most any figure of the left axis has). */
  decimals: number;
  /** Set when some lines are of another unit than the first: they are drawn against it. */
  rightAxis?: RightAxis;
  /** x labels for a line (periods), bar names for a bar chart (highest first). */
  categories: string[];
  series: SpecSeries[];
  /** Bar charts: each bar's colour (rises and falls apart). */
  barColours?: string[];
  /** The chart's notes, numbered as on screen. */
  footnotes: { n: number; text: string; author: string }[];
  /** "Source: GSO, release of 6 Dec 2025, estimate" — the newest figure's release. */
  source: string;
  /** Set when the chart shows what was known on a date. */
  asOf: string | null;
  rows: DataRow[];
}

interface Common {
  lang: Lang;
  title: string;
  notes?: ChartNotes;
  asOf?: string | null;
  /** A transformed line: its name (the axis title and subtitle) and the points it could not compute, as footnotes. */
  transform?: { label: string; notComputed: string[] };
}

/** The axis title, the subtitle's first part and the footnotes of a line, transformed or as published. */
function lineWords(
  opts: Common,
  first: FigureValue | undefined,
  unit: FigureValue['unit'],
): { axisTitle: string; what: string; footnotes: ChartSpec['footnotes'] } {
  const footnotes = footnotesOf(opts.notes);
  if (opts.transform) {
    const extra = opts.transform.notComputed.map((text, i) => ({ n: footnotes.length + i + 1, text, author: '' }));
    return { axisTitle: opts.transform.label, what: opts.transform.label, footnotes: [...footnotes, ...extra] };
  }
  const v = VOCABULARY[opts.lang];
  return {
    axisTitle: first ? v.axis(first.basis, unit, first.quantityUnit) : '',
    what: first ? figureTitle(opts.lang, first.measure, first.basis, unit, first.quantityUnit) : '',
    footnotes,
  };
}

const newestSource = (figures: FigureValue[]) =>
  figures
    .map((f) => f.sources[0])
    .filter((s) => s !== undefined)
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))[0];

/** The newest figure's release, and how figures were obtained where some were computed, not stated. */
function sourceLine(figures: FigureValue[], lang: Lang): string {
  const w = EXPORT_WORDS[lang];
  const s = newestSource(figures);
  const line = s ? w.source(publisherShown(s.publisher, lang), formatDate(s.publishedOn, lang), VOCABULARY[lang].status[s.status]) : w.noSource;
  return figures.some((f) => f.derived) ? `${line}; ${w.someFromIndex}` : line;
}

function dataRow(f: FigureValue, subject: string, lang: Lang, transform?: Common['transform']): DataRow {
  const v = VOCABULARY[lang];
  const w = EXPORT_WORDS[lang];
  const source = f.sources[0];
  return {
    subject,
    measure: v.measures[f.measure],
    basis: f.basis,
    unit: v.views(f.basis, f.unit),
    period: f.period,
    periodLabel: formatPeriod(f.period, lang),
    value: f.value,
    decimals: f.decimals,
    status: f.status,
    statusLabel: v.status[f.status],
    release: source?.releaseName ?? '',
    publishedOn: source?.publishedOn ?? '',
    obtained: transform ? transform.label : f.derived ? w.obtainedFromIndex(v.views(f.basis, f.unit)) : w.obtainedStated(v.views(f.basis, f.unit)),
  };
}

const footnotesOf = (notes: ChartNotes | undefined): ChartSpec['footnotes'] =>
  (notes?.footnotes ?? []).map(({ n, note }) => ({ n, text: note.text, author: note.author }));

const periodSpan = (codes: string[], lang: Lang): string =>
  codes.length === 0
    ? ''
    : codes.length === 1
      ? formatPeriod(codes[0]!, lang)
      : `${formatPeriod(codes[0]!, lang)} – ${formatPeriod(codes[codes.length - 1]!, lang)}`;

/** A series over time: one line per period kind, as the screen draws it. */
export function seriesChartSpec(figures: FigureValue[], subject: string, opts: Common): ChartSpec {
  const { lang } = opts;
  const model = buildSeriesModel(figures);
  const v = VOCABULARY[lang];
  const first = figures[0];
  const unit = first?.unit ?? 'pct';
  const words = lineWords(opts, first, unit);
  return {
    kind: 'line',
    lang,
    title: opts.title,
    subtitle: `${words.what} · ${periodSpan(model.periods, lang)}`,
    axisTitle: words.axisTitle,
    unit,
    decimals: Math.max(0, ...figures.map((f) => f.decimals)),
    categories: model.periods.map((p) => formatPeriod(p, lang)),
    series: model.kinds.map((k) => ({
      name: v.kinds[k.kind],
      colour: KIND_STYLE[k.kind].colour,
      values: k.values,
      decimals: k.figures.map((f) => f?.decimals ?? null),
    })),
    footnotes: words.footnotes,
    source: sourceLine(figures, lang),
    asOf: opts.asOf ?? null,
    rows: model.periods.flatMap((_, i) => model.kinds.flatMap((k) => (k.figures[i] ? [dataRow(k.figures[i]!, subject, lang, opts.transform)] : []))),
  };
}

/** A ranking of one period: bars highest first, rises and falls in their colours. */
export function rankingChartSpec(bars: RankedBar[], opts: Common & { group: string }): ChartSpec {
  const { lang } = opts;
  const v = VOCABULARY[lang];
  const figures = bars.map((b) => b.figure);
  const first = figures[0];
  const unit = first?.unit ?? 'pct';
  return {
    kind: 'bar',
    lang,
    title: opts.title,
    subtitle: `${opts.group}${first ? ` · ${figureTitle(lang, first.measure, first.basis, unit)} · ${formatPeriod(first.period, lang)}` : ''}`,
    axisTitle: first ? v.axis(first.basis, unit, null) : '',
    unit,
    decimals: Math.max(0, ...figures.map((f) => f.decimals)),
    categories: bars.map((b) => b.name),
    series: [
      {
        name: first ? figureTitle(lang, first.measure, first.basis, unit) : '',
        colour: barColour(1),
        values: figures.map((f) => f.value),
        decimals: figures.map((f) => f.decimals),
      },
    ],
    barColours: figures.map((f) => barColour(f.value)),
    footnotes: footnotesOf(opts.notes),
    source: sourceLine(figures, lang),
    asOf: opts.asOf ?? null,
    rows: bars.map((b) => dataRow(b.figure, b.name, lang)),
  };
}

/** Line colours of a comparison, in order (Okabe–Ito, without the yellow that fades on white). */
export const COMPARISON_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000'];

export interface ComparedSeries {
  /** The subject's name: the line's legend and the rows' subject. */
  subject: string;
  /** Its figures, all of one period kind (the caller picks which). */
  figures: FigureValue[];
}

/**
 * Several subjects on one line chart: one line per subject over the union of their periods, in
 * time order, null where a subject has no figure. Every subject's figures should be of one period
 * kind (months, or cumulative months, …): kinds measure different things and are never joined.
 */
export function comparisonChartSpec(seriesList: ComparedSeries[], opts: Common): ChartSpec {
  const { lang } = opts;
  const all = seriesList.flatMap((s) => s.figures);
  const first = all[0];
  const unit = first?.unit ?? 'pct';
  const periods = [...new Set(all.map((f) => f.period))]
    .map((code) => parsePeriod(code))
    .filter((p) => p !== null)
    .sort(comparePeriods)
    .map((p) => p.code);
  const byPeriod = seriesList.map((s) => new Map(s.figures.map((f) => [parsePeriod(f.period)?.code ?? f.period, f])));
  const onRight = rightLines(seriesList);
  const left = seriesList.flatMap((s, i) => (onRight[i] ? [] : s.figures));
  const right = seriesList.flatMap((s, i) => (onRight[i] ? s.figures : []));
  const words = lineWords(opts, first, unit);
  const rightAxis = rightAxisOf(opts, right);
  const leftTitle = rightAxis && opts.transform && first ? withOwnUnit(opts.transform.label, first, lang) : words.axisTitle;
  return {
    kind: 'line',
    lang,
    title: opts.title,
    subtitle: `${words.what}${rightAxis ? `; ${rightAxis.title} ${EXPORT_WORDS[lang].rightAxis}` : ''} · ${periodSpan(periods, lang)}`,
    axisTitle: leftTitle,
    unit,
    decimals: Math.max(0, ...left.map((f) => f.decimals)),
    ...(rightAxis ? { rightAxis } : {}),
    categories: periods.map((p) => formatPeriod(p, lang)),
    // a legend entry of the right axis says so, as on screen; the rows keep the subject's name
    series: seriesList.map((s, i) => ({
      name: onRight[i] ? `${s.subject} ${EXPORT_WORDS[lang].rightAxis}` : s.subject,
      colour: COMPARISON_COLOURS[i % COMPARISON_COLOURS.length]!,
      values: periods.map((p) => byPeriod[i]!.get(p)?.value ?? null),
      decimals: periods.map((p) => byPeriod[i]!.get(p)?.decimals ?? null),
      ...(onRight[i] ? { right: true } : {}),
    })),
    footnotes: words.footnotes,
    source: sourceLine(all, lang),
    asOf: opts.asOf ?? null,
    rows: periods.flatMap((p) =>
      seriesList.flatMap((s, i) => {
        const f = byPeriod[i]!.get(p);
        return f ? [dataRow(f, s.subject, lang, opts.transform)] : [];
      }),
    ),
  };
}

/** What a line's axis measures: basis and unit, and for quantities the quantity unit. */
const unitKeyOf = (f: FigureValue): string => (f.unit === 'qty' ? `${f.basis}/qty:${f.quantityUnit ?? ''}` : `${f.basis}/${f.unit}`);

/** Each line against the right axis or not: the first line's unit on the left, any other on the right, as on screen. */
function rightLines(seriesList: ComparedSeries[]): boolean[] {
  const first = seriesList.map((s) => s.figures[0]).find((f) => f !== undefined);
  if (!first) return seriesList.map(() => false);
  const leftKey = unitKeyOf(first);
  return seriesList.map((s) => s.figures[0] !== undefined && unitKeyOf(s.figures[0]) !== leftKey);
}

/** A transformation's label with the unit of the figures it gives, so two axes under one transformation say which is which. */
const withOwnUnit = (label: string, f: FigureValue, lang: Lang): string => `${label} — ${VOCABULARY[lang].axis(f.basis, f.unit, f.quantityUnit)}`;

/** The right axis: titled from its first line's figures (each unit named where there are several), with their decimals. */
function rightAxisOf(opts: Common, figures: FigureValue[]): RightAxis | undefined {
  const first = figures[0];
  if (!first) return undefined;
  const { lang } = opts;
  const titleOf = (f: FigureValue) => (opts.transform ? withOwnUnit(opts.transform.label, f, lang) : VOCABULARY[lang].axis(f.basis, f.unit, f.quantityUnit));
  return { title: [...new Set(figures.map(titleOf))].join(' / '), unit: first.unit, decimals: Math.max(0, ...figures.map((f) => f.decimals)) };
}
