// iip history --geo G --item I --period P [--basis B] [--measure M] [--as-of DATE] [--json]
//   A figure's vintages, oldest first: each release's value, its change from the one before.
// iip history --geo G --item I --basis B [--measure M] [--as-of DATE] [--json]
//   Over the series: each period's first statement against the value shown now, and the mean
//   absolute revision per period kind.
// Exit 0: printed · 1: no such figure or series · 2: bad arguments.
import { BASES, MEASURES, type Basis, type Measure } from '../shared/domain.js';
import type { FigureHistory, SeriesRevisions } from '../shared/contract/figures.js';
import type { Db } from '../core/db/connection.js';
import { AppError } from '../core/errors.js';
import { figureHistory, seriesRevisions } from '../core/figures/history.js';
import { renderTable } from './format.js';
import { UsageError } from './usage.js';

export class HistoryUsageError extends UsageError {}

type Values = Record<string, unknown>;

function text(values: Values, name: string, required: boolean): string | undefined {
  const v = values[name];
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (required) throw new HistoryUsageError(`--${name} is required`);
  return undefined;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new HistoryUsageError(`--${name}: expected ${allowed.join('|')}, got '${value}'`);
  return value as T;
}

const signed = (value: number, decimals: number): string => `${value > 0 ? '+' : ''}${value.toFixed(decimals)}`;

function printHistory(history: FigureHistory): string {
  const head = `${history.geo} / ${history.item} (${history.measure}), ${history.period}, ${history.basis} (${history.unit}): shown ${history.shown.value.toFixed(history.shown.decimals)}`;
  const rows = history.vintages.map((v, i) => [
    v.publishedOn,
    v.value.toFixed(v.decimals),
    v.change === null ? '' : signed(v.change, Math.max(v.decimals, history.vintages[i - 1]!.decimals)),
    v.kind,
    v.status,
    v.releaseName,
    v.publisher,
  ]);
  return [head, renderTable(['published', 'value', 'change', 'vintage', 'status', 'release', 'publisher'], rows)].join('\n');
}

function printRevisions(r: SeriesRevisions): string {
  const rows = r.periods.map((p) => [
    p.period,
    p.first.value.toFixed(p.first.decimals),
    p.first.publishedOn,
    p.latest.value.toFixed(p.latest.decimals),
    p.latest.publishedOn,
    signed(p.revision, p.decimals),
    String(p.vintages),
  ]);
  const means = r.meanAbsoluteRevision.map(
    (m) => `Mean absolute revision, ${m.kind}: ${m.value.toFixed(m.decimals)} (over ${m.restated} of ${m.periods} periods stated by two or more releases)`,
  );
  return [
    `${r.geo} / ${r.item} (${r.measure}), ${r.basis}: first statement → value shown now`,
    renderTable(['period', 'first', 'published', 'latest', 'published', 'revision', 'releases'], rows),
    ...(means.length > 0 ? means : ['No period has been stated by two releases: nothing revised yet.']),
  ].join('\n');
}

/** A name that is none, or a period that is no period, read as bad arguments (exit 2). */
function asUsage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && (error.code === 'bad-input' || error.code === 'not-found')) throw new HistoryUsageError(error.message);
    throw error;
  }
}

export function runHistory(db: Db, values: Values, json: boolean, io: { out: (line: string) => void; err: (line: string) => void }): number {
  const query = {
    geo: text(values, 'geo', true)!,
    item: text(values, 'item', true)!,
    measure: oneOf<Measure>('measure', text(values, 'measure', false), MEASURES),
    asOf: text(values, 'as-of', false),
  };
  const basis = oneOf<Basis>('basis', text(values, 'basis', false), BASES);
  const period = text(values, 'period', false);
  if (period === undefined) {
    if (!basis) throw new HistoryUsageError('give --period P for one figure, or --basis B for the revisions over the whole series');
    const revisions = asUsage(() => seriesRevisions(db, { ...query, basis }));
    if (!revisions) {
      io.err(`iip history: no ${basis} figures for ${query.geo} / ${query.item}`);
      return 1;
    }
    io.out(json ? JSON.stringify(revisions, null, 2) : printRevisions(revisions));
    return 0;
  }
  const histories = asUsage(() => figureHistory(db, { ...query, period, basis }));
  if (histories.length === 0) {
    io.err(`iip history: no figure for ${query.geo} / ${query.item}, ${period}${basis ? `, ${basis}` : ''}${query.asOf ? ` as of ${query.asOf}` : ''}`);
    return 1;
  }
  io.out(json ? JSON.stringify(histories, null, 2) : histories.map(printHistory).join('\n\n'));
  return 0;
}
