// iip get … --transform yoy|mom|ytd|rebase:YEAR|chain|ma3|ma12|annual|quarterly|cumulative|tet
// The value of the transformed series at --period, computed by the same core function as the
// chart and exports (figures:transformed). Exit 0: a value · 1: no value (the reason is printed
// instead), or the store lacks what the transformation starts from.
import { NO_VALUE_WORDS } from '../shared/analysis/labels.js';
import { BASES, MEASURES, type Basis, type Measure } from '../shared/domain.js';
import type { Db } from '../core/db/connection.js';
import { AppError } from '../core/errors.js';
import { transformedFigure, type TransformedFigure } from '../core/figures/transformed.js';
import { UsageError } from './usage.js';

export class TransformUsageError extends UsageError {}

export interface TransformArgs {
  geo: string;
  item: string;
  period: string;
  spec: string;
  basis?: string;
  measure?: string;
  asOf?: string;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new TransformUsageError(`--${name}: expected ${allowed.join('|')}, got '${value}'`);
  return value as T;
}

/** The figure, with a name that is none or a spec that is no spec read as bad arguments (exit 2). */
function figureOf(db: Db, args: TransformArgs): TransformedFigure {
  try {
    return transformedFigure(db, {
      geo: args.geo,
      item: args.item,
      period: args.period,
      spec: args.spec,
      basis: oneOf<Basis>('basis', args.basis, BASES),
      measure: oneOf<Measure>('measure', args.measure, MEASURES),
      asOf: args.asOf,
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'bad-input' || error.code === 'not-found')) throw new TransformUsageError(error.message);
    throw error;
  }
}

export function runTransformedGet(db: Db, args: TransformArgs, json: boolean, io: { out: (line: string) => void; err: (line: string) => void }): number {
  const { series, period, point, lacks } = figureOf(db, args);
  const spec = series?.spec ?? args.spec.trim().toLowerCase();
  const subject = `${series?.geo ?? args.geo} / ${series?.item ?? args.item}, ${period.code}, ${spec}`;
  const from = series?.from ? { basis: series.from.basis, unit: series.from.unit, baseYear: series.from.baseYear } : null;
  if (json) {
    const reason = point === null ? 'lacks' : point.value === null ? point.reason : undefined;
    io.out(
      JSON.stringify(
        {
          value: point?.value ?? null,
          decimals: point && point.value !== null ? point.decimals : null,
          ...(reason ? { reason } : {}),
          ...(point && point.value === null ? { reasonText: { vi: NO_VALUE_WORDS.vi[point.reason], en: NO_VALUE_WORDS.en[point.reason] } } : {}),
          ...(lacks ? { lacks } : {}),
          transform: spec,
          label: series?.label ?? null,
          period: period.code,
          from,
        },
        null,
        2,
      ),
    );
    return point !== null && point.value !== null ? 0 : 1;
  }
  if (point === null) {
    io.err(`iip get: ${lacks?.en ?? `no value for ${subject}`}`);
    return 1;
  }
  if (point.value === null) {
    io.err(`iip get: no value for ${subject}: ${NO_VALUE_WORDS.en[point.reason]}`);
    return 1;
  }
  io.out(point.value.toFixed(point.decimals));
  return 0;
}
