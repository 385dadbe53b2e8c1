// iip get --geo G --item I --period P --basis B [--measure M] [--as-of DATE] [--json]
//   One figure as the app shows it (figures:get). Read straight from the store, as iip history does,
//   with the arguments checked here: printing one figure loads neither the contract's schemas nor
//   the handler table. (With --transform: transform-command.ts.)
// Exit 0: printed · 1: no such figure · 2: bad arguments.
import type { Db } from '../core/db/connection.js';
import { NotFoundError } from '../core/errors.js';
import { getFigure } from '../core/figures/figure.js';
import { BASES, isCalendarDate, MEASURES } from '../shared/domain-terms.js';
import { formatFigure } from './format.js';
import { UsageError } from './usage.js';

type Values = Record<string, unknown>;
type Io = { out: (line: string) => void; err: (line: string) => void };

function text(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function required(values: Values, name: string): string {
  const v = text(values, name);
  if (v === undefined) throw new UsageError(`--${name} is required`);
  return v;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name}: expected ${allowed.join('|')}, got '${value}'`);
  return value as T;
}

export function runGet(db: Db, values: Values, json: boolean, io: Io): number {
  const q = {
    geo: required(values, 'geo'),
    item: required(values, 'item'),
    period: required(values, 'period'),
    basis: oneOf('basis', required(values, 'basis'), BASES)!,
    measure: oneOf('measure', text(values, 'measure'), MEASURES),
    asOf: text(values, 'as-of'),
  };
  if (q.asOf !== undefined && !isCalendarDate(q.asOf)) throw new UsageError(`--as-of: expected a date YYYY-MM-DD that is on the calendar, got '${q.asOf}'`);
  let figure;
  try {
    figure = getFigure(db, q);
  } catch (error) {
    // A period that is no period, a place or an industry by no known name: the arguments are wrong.
    if (error instanceof NotFoundError) throw new UsageError(error.message);
    throw error;
  }
  if (!figure) {
    io.err(`iip get: no figure for ${q.geo} / ${q.item}, ${q.period}, ${q.basis}${q.asOf ? ` as of ${q.asOf}` : ''}`);
    return 1;
  }
  io.out(json ? JSON.stringify(figure, null, 2) : formatFigure(figure));
  return 0;
}
