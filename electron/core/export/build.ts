// The chart specs an export request asks for, read from the store: a line over time (one subject:
// the series as the screen draws it; several: one line each) or bars ranking the subjects at one
// period; with the chart's notes, its source line and, by default, a title from the subjects.
import { endsWithin, type MonthSpan } from '../../shared/analysis/date-range.js';
import { rankBars } from '../../shared/charts/ranking.js';
import type { FigureValue, RankingRow } from '../../shared/contract/figures.js';
import type { NoteView } from '../../shared/contract/notes.js';
import { isoDateSchema } from '../../shared/domain.js';
import { comparisonChartSpec, rankingChartSpec, seriesChartSpec, type ChartSpec } from '../../shared/export/chart-spec.js';
import { geoName, itemName, subjectName } from '../../shared/format.js';
import { comparePeriods, parsePeriod } from '../../shared/period.js';
import { chartNotes, rankingNotes, type ChartNotes } from '../../shared/notes/on-chart.js';
import type { Db } from '../db/connection.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { shownFigure } from '../figures/figure.js';
import { seriesFigureValues } from '../figures/queries.js';
import { readTransform, transformedSeries } from '../figures/transformed.js';
import { transformedFigures } from '../../shared/export/transformed-figures.js';
import { findNotes, noteViews } from '../notes/queries.js';
import { inRange, periodRange, resolveSubjects, type ChartRequest, type PeriodRange, type Subject } from './request.js';

export type { ChartRequest } from './request.js';

const nameOf = (s: Subject, request: ChartRequest): string => s.name ?? subjectName(s.geo, s.item, request.lang);

const spanText = (range: PeriodRange | null): string =>
  range === null ? 'any period' : range.from.code === range.to.code ? range.from.code : `${range.from.code} to ${range.to.code}`;

const monthsText = (span: MonthSpan): string => `months ending ${span.from ?? 'any time'} to ${span.to ?? 'now'}`;

/** Is the period asked for: in the range, and ending in the months shown? */
const shown = (period: string, request: ChartRequest, range: PeriodRange | null): boolean =>
  inRange(period, range) && (request.within === undefined || endsWithin(period, request.within));

/** One figure per period within the range: of the unit asked for, else a % change where a period has two units. */
function lineFigures(db: Db, subject: Subject, request: ChartRequest, range: PeriodRange | null): FigureValue[] {
  if (!subject.series) return [];
  const byPeriod = new Map<string, FigureValue>();
  for (const f of seriesFigureValues(db, subject.series.id, subject.basis, request.asOf, subject.unit)) {
    if (subject.figuresWithin && !endsWithin(f.period, subject.figuresWithin)) continue;
    if (!shown(f.period, request, range)) continue;
    const held = byPeriod.get(f.period);
    if (!held || (held.unit !== 'pct' && f.unit === 'pct')) byPeriod.set(f.period, f);
  }
  return [...byPeriod.values()];
}

/**
 * A subject's line transformed ("ma3", "yoy", …) by the same core function as `figures:transformed`
 * and `iip get --transform`: its computed points as figures (provenance from the stored figure of the
 * same period), and the points it could not compute, with the reason.
 */
function transformedLine(db: Db, subject: Subject, request: ChartRequest, range: PeriodRange | null): { figures: FigureValue[]; notComputed: string[] } {
  if (!subject.series || !request.transform) return { figures: [], notComputed: [] };
  // the line's basis is the stored series the transformation starts from
  const result = transformedSeries(db, {
    seriesId: subject.series.id,
    spec: request.transform,
    basis: subject.basis,
    ...(subject.unit ? { unit: subject.unit } : {}),
    ...(request.asOf ? { asOf: request.asOf } : {}),
    ...(subject.figuresWithin ? { figuresWithin: subject.figuresWithin } : {}),
  });
  if (result.from === null) throw new NotFoundError(result.lacks?.en ?? `nothing to start ${request.transform} from`);
  const stored = seriesFigureValues(db, subject.series.id, result.from.basis, request.asOf);
  // the months shown are cut after the transformation: an average at their start uses the months before
  const inside = result.points.filter((p) => shown(p.period, request, range));
  return transformedFigures(inside, stored, result, nameOf(subject, request), request.lang);
}

/** The notes that can concern these subjects: theirs, and range notes on every chart. */
function notesFor(db: Db, subjects: Subject[]): NoteView[] {
  const geos = new Set(subjects.map((s) => s.geo.code));
  return noteViews(
    db,
    findNotes(db, {}).filter((n) => n.anchor.geo === null || geos.has(n.anchor.geo)),
  );
}

/** Several charts' notes as one list, each note once, numbered again in order. */
function mergedNotes(parts: ChartNotes[]): ChartNotes {
  const seen = new Set<string>();
  const footnotes = parts
    .flatMap((p) => p.footnotes)
    .filter(({ note }) => !seen.has(note.id) && (seen.add(note.id), true))
    .map(({ note }, i) => ({ n: i + 1, note }));
  return { markers: [], bands: [], footnotes };
}

function noFigures(missing: Subject[], request: ChartRequest, range: PeriodRange | null): NotFoundError {
  const asOf = request.asOf ? ` as of ${request.asOf}` : '';
  const names = missing.map((s) => `${s.geo.code}/${s.item.code} (${nameOf(s, request)}${s.basis !== request.basis ? `, ${s.basis}` : ''})`).join(', ');
  const within = request.within ? `, ${monthsText(request.within)}` : '';
  return new NotFoundError(`no ${request.basis} figures for ${names}, ${spanText(range)}${within}${asOf}`);
}

function lineSpec(db: Db, subjects: Subject[], request: ChartRequest, range: PeriodRange | null, title: string): ChartSpec {
  const transformed = request.transform ? subjects.map((subject) => transformedLine(db, subject, request, range)) : null;
  const lines = subjects.map((subject, i) => ({ subject, figures: transformed ? transformed[i]!.figures : lineFigures(db, subject, request, range) }));
  const missing = lines.filter((l) => l.figures.length === 0).map((l) => l.subject);
  // a line the months shown leave empty stays, without points, as on screen; with none left there is nothing to draw
  const leftEmpty = request.within !== undefined && missing.length < lines.length && missing.every((s) => s.series !== undefined);
  if (missing.length > 0 && !leftEmpty) throw noFigures(missing, request, range);
  const notes = notesFor(db, subjects);
  const periods = [...new Set(lines.flatMap((l) => l.figures.map((f) => f.period)))]
    .map((code) => parsePeriod(code)!)
    .sort(comparePeriods)
    .map((p) => p.code);
  const notesOf = (s: Subject): ChartNotes => chartNotes(notes, { geo: s.geo.code, item: s.item.code, measure: s.measure, basis: s.basis }, periods);
  const transform = transformed
    ? { label: readTransform(request.transform!).label[request.lang], notComputed: transformed.flatMap((t) => t.notComputed) }
    : undefined;
  const common = { lang: request.lang, title, asOf: request.asOf ?? null, ...(transform ? { transform } : {}) };
  if (lines.length === 1) {
    const [only] = lines;
    return seriesChartSpec(only!.figures, nameOf(only!.subject, request), { ...common, notes: notesOf(only!.subject) });
  }
  return comparisonChartSpec(
    lines.map((l) => ({ subject: nameOf(l.subject, request), figures: l.figures })),
    { ...common, notes: mergedNotes(subjects.map(notesOf)) },
  );
}

/** What the bars have in common, for the subtitle: the one locality, else the one item. */
function groupName(subjects: Subject[], request: ChartRequest): string {
  const geos = new Set(subjects.map((s) => s.geo.code));
  const items = new Set(subjects.map((s) => s.item.code));
  if (geos.size === 1) return geoName(subjects[0]!.geo, request.lang);
  if (items.size === 1) return itemName(subjects[0]!.item, request.lang);
  return '';
}

function barSpec(db: Db, subjects: Subject[], request: ChartRequest, range: PeriodRange, title: string): ChartSpec {
  const period = range.from.code;
  const rows: RankingRow[] = [];
  const missing: Subject[] = [];
  for (const s of subjects) {
    const figure = s.series ? shownFigure(db, s.series, period, s.basis, request.asOf) : null;
    if (figure) rows.push({ geo: s.geo, item: s.item, figure });
    else missing.push(s);
  }
  if (missing.length > 0) throw noFigures(missing, request, range);
  const bars = rankBars(rows, request.lang);
  const measureOf = new Map(subjects.map((s) => [`${s.geo.code}/${s.item.code}`, s.measure]));
  const notes = rankingNotes(
    notesFor(db, subjects),
    bars.map((b) => ({ geo: b.geo, item: b.item, measure: measureOf.get(`${b.geo}/${b.item}`)! })),
    period,
    subjects[0]!.basis,
  );
  return rankingChartSpec(bars, { lang: request.lang, title, group: groupName(subjects, request), notes, asOf: request.asOf ?? null });
}

/** The chart an export request asks for, as a spec every writer reads. */
export function buildChartSpec(db: Db, request: ChartRequest): ChartSpec {
  if (request.asOf !== undefined && !isoDateSchema.safeParse(request.asOf).success)
    throw new BadInputError(`as-of: '${request.asOf}' is not a date (YYYY-MM-DD)`);
  const range = periodRange(request);
  const { within } = request;
  if (within?.from && within.to && within.from > within.to) throw new BadInputError(`within: from '${within.from}' comes after to '${within.to}'`);
  const subjects = resolveSubjects(db, request, range);
  const title = request.title?.trim() || subjects.map((s) => nameOf(s, request)).join(', ');
  if (request.transform !== undefined) readTransform(request.transform); // an unknown spec is refused before anything is read
  if (request.chart === 'line') return lineSpec(db, subjects, request, range, title);
  if (request.transform !== undefined) throw new BadInputError('transform: applies to a line chart; a bar chart ranks figures as published');
  if (within !== undefined) throw new BadInputError('within: applies to a line chart; a bar chart ranks one period');
  if (range === null) throw new BadInputError('a bar chart ranks one period: give period');
  return barSpec(db, subjects, request, range, title);
}

/** The specs of an export (one chart per request today; a deck will give several). */
export function buildChartSpecs(db: Db, request: ChartRequest): ChartSpec[] {
  return [buildChartSpec(db, request)];
}
