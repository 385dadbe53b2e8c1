// Which notes a chart shows and how: a marker on an annotated figure, a band for a period range,
// the series' own notes as footnotes only; all numbered in the order a reader meets them (left
// to right, then the rest), so the chart, its footnotes and an exported slide agree.
import type { NoteView } from '../contract/notes.js';
import type { Basis, Measure } from '../domain.js';
import { comparePeriods, parsePeriod } from '../period.js';

export interface ChartSubject {
  geo: string;
  item: string;
  measure: Measure;
  basis: Basis;
}

export interface NumberedNote {
  n: number;
  note: NoteView;
}

export interface ChartNotes {
  /** Figure notes on a period the chart shows: a marker at that point. */
  markers: (NumberedNote & { period: string; barIndex?: number })[];
  /** Range notes overlapping the chart's periods: a band from the first to the last covered period. */
  bands: (NumberedNote & { from: string; to: string })[];
  /** Every note numbered, markers and bands included: the chart's footnotes. */
  footnotes: NumberedNote[];
}

const sameSeries = (note: NoteView, s: Omit<ChartSubject, 'basis'>): boolean =>
  note.anchor.geo === s.geo && note.anchor.item === s.item && note.anchor.measure === s.measure;

/** Does this note belong on a chart of `subject`? */
export function noteConcerns(note: NoteView, subject: ChartSubject): boolean {
  const a = note.anchor;
  if (note.deletedAt !== null) return false;
  if (a.scope === 'range' && a.geo === null) return true;
  if (!sameSeries(note, subject)) return false;
  if (a.scope === 'figure') return a.basis === subject.basis;
  return a.scope === 'range' || a.basis === null || a.basis === subject.basis;
}

/**
 * The chart's periods a range covers, as the first and last of them; null if none. Periods wholly
 * inside the range's months count (a January–February band does not stretch to the year's point);
 * where none is, those overlapping it (the band of Tết on a chart of years marks that year).
 */
export function coveredPeriods(from: string, to: string, periods: readonly string[]): { from: string; to: string } | null {
  const start = parsePeriod(from)?.start;
  const end = parsePeriod(to)?.end;
  if (!start || !end) return null;
  const parsed = periods.map((code) => ({ code, p: parsePeriod(code) }));
  const inside = parsed.filter(({ p }) => p !== null && p.start >= start && p.end <= end);
  const covered = inside.length > 0 ? inside : parsed.filter(({ p }) => p !== null && p.end >= start && p.start <= end);
  return covered.length === 0 ? null : { from: covered[0]!.code, to: covered[covered.length - 1]!.code };
}

const periodOrder = (a: string, b: string): number => comparePeriods(parsePeriod(a)!, parsePeriod(b)!);

/** The notes of one series chart over `periods` (period codes in axis order). */
export function chartNotes(notes: readonly NoteView[], subject: ChartSubject, periods: readonly string[]): ChartNotes {
  const shown = new Set(periods);
  const placed: { note: NoteView; at: string | null; band: { from: string; to: string } | null }[] = [];
  for (const note of notes) {
    if (!noteConcerns(note, subject)) continue;
    const a = note.anchor;
    if (a.scope === 'figure') {
      if (shown.has(a.period)) placed.push({ note, at: a.period, band: null });
    } else if (a.scope === 'range') {
      const band = coveredPeriods(a.from, a.to, periods);
      if (band) placed.push({ note, at: band.from, band });
    } else placed.push({ note, at: null, band: null });
  }
  // Left to right; notes on no period (the series as a whole) last; ties by when they were written.
  placed.sort(
    (x, y) =>
      (x.at === null ? 1 : 0) - (y.at === null ? 1 : 0) || (x.at && y.at ? periodOrder(x.at, y.at) : 0) || x.note.createdAt.localeCompare(y.note.createdAt),
  );
  const result: ChartNotes = { markers: [], bands: [], footnotes: [] };
  placed.forEach(({ note, at, band }, index) => {
    const numbered = { n: index + 1, note };
    result.footnotes.push(numbered);
    if (!note.showOnCharts) return;
    if (band) result.bands.push({ ...numbered, ...band });
    else if (at !== null) result.markers.push({ ...numbered, period: at });
  });
  return result;
}

/** The figure notes of a ranking (one period, one basis): a marker per annotated bar. */
export function rankingNotes(
  notes: readonly NoteView[],
  bars: readonly { geo: string; item: string; measure: Measure }[],
  period: string,
  basis: Basis,
): ChartNotes {
  const result: ChartNotes = { markers: [], bands: [], footnotes: [] };
  bars.forEach((bar, barIndex) => {
    for (const note of notes) {
      const a = note.anchor;
      if (note.deletedAt !== null || a.scope !== 'figure' || a.period !== period || a.basis !== basis || !sameSeries(note, bar)) continue;
      const numbered = { n: result.footnotes.length + 1, note };
      result.footnotes.push(numbered);
      if (note.showOnCharts) result.markers.push({ ...numbered, period, barIndex });
    }
  });
  return result;
}
