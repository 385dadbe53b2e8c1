// `iip export`: one chart's data or deck, written to --out; the extension picks the format.
//   iip export --geo G[,G…] --item I[,I…] (--period P | --from P --to P) --basis yoy|mom [--measure M]
//              [--chart line|bar] [--transform SPEC] [--title T] [--lang vi|en] [--as-of DATE] [--scale 1|2|3] [--transparent] [--picture] --out FILE
// --transform (a line only): each series transformed as `iip get --transform` does, starting from the stored --basis.
// Pictures: .png at --scale 1, 2 or 3 (1200 × 675 times the scale), .svg, .pdf; --transparent;
// .pptx with --picture: the chart as a 3× picture instead of a native chart
// leaves out their white background.
// Exit 0 written, 1 rejected input (an unknown name, no figures) or pictures where the native canvas
// cannot load, 2 bad arguments or a format this build cannot write. Nothing but --out is written, and that whole or not at all.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildChartSpecs, type ChartRequest } from '../core/export/build.js';
import { hasWriter, writeExport } from '../core/export/formats/index.js';
import { formatOfFileName, type ExportFormat, type WriteOptions } from '../core/export/formats/writer.js';
import type { Db } from '../core/db/connection.js';
import { BadInputError } from '../core/errors.js';
import { resolveGeo, resolveItem } from '../core/reference/names.js';
import { BASES, MEASURES, type Basis, type Measure } from '../shared/domain.js';
import { UsageError } from './usage.js';

export class ExportUsageError extends UsageError {
  override name = 'ExportUsageError';
}

const PICTURES: readonly ExportFormat[] = ['png', 'svg', 'pdf'];
const SCALES = ['1', '2', '3'] as const;

/** Formats the issue names that this command knows of, by extension, even where no writer exists yet. */
const PLANNED = ['.pptx', '.png', '.svg', '.pdf', '.csv', '.xlsx'];

type Values = { [option: string]: string | boolean | string[] | undefined; _: string[] };
type Io = { out: (line: string) => void; err: (line: string) => void };

const text = (values: Values, name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

function oneOf<T extends string>(values: Values, name: string, allowed: readonly T[], fallback?: T): T {
  const value = text(values, name) ?? fallback;
  if (value === undefined) throw new ExportUsageError(`--${name} is required (${allowed.join('|')})`);
  if (!allowed.includes(value as T)) throw new ExportUsageError(`--${name}: expected ${allowed.join('|')}, got '${value}'`);
  return value as T;
}

/**
 * Names from repeated flags, each split at commas ("B,C,D,E") unless the whole value is one name
 * ("chế biến, chế tạo" has a comma of its own).
 */
function names(values: Values, name: string, isName: (label: string) => boolean): string[] {
  const given = (values[name] as string[] | undefined) ?? [];
  const list = given.flatMap((v) => (isName(v) ? [v.trim()] : v.split(',').map((s) => s.trim()))).filter((s) => s !== '');
  if (list.length === 0) throw new ExportUsageError(`--${name} is required`);
  return list;
}

/** The format --out asks for; a known format without a writer in this build is refused here. */
function formatOf(out: string): ExportFormat {
  const format = formatOfFileName(out);
  if (format && hasWriter(format)) return format;
  const extension = path.extname(out).toLowerCase();
  if (PLANNED.includes(extension)) throw new ExportUsageError(`--out: export to ${extension} is not available yet in this build`);
  throw new ExportUsageError(`--out: the extension picks the format; expected one of ${PLANNED.join(', ')}, got '${path.basename(out)}'`);
}

/** Writes beside the target, then renames: a reader never sees half a file, a failure leaves none. */
function writeWhole(file: string, bytes: Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function requestFrom(db: Db, values: Values): ChartRequest {
  const period = text(values, 'period');
  const from = text(values, 'from');
  const to = text(values, 'to');
  if (period === undefined && from === undefined && to === undefined) throw new ExportUsageError('give --period P, or --from P --to P');
  return {
    geos: names(values, 'geo', (label) => resolveGeo(db, label) !== undefined),
    items: names(values, 'item', (label) => resolveItem(db, label) !== undefined),
    period,
    from,
    to,
    basis: oneOf<Basis>(values, 'basis', BASES),
    measure: text(values, 'measure') === undefined ? undefined : oneOf<Measure>(values, 'measure', MEASURES),
    chart: oneOf(values, 'chart', ['line', 'bar'] as const, 'line'),
    title: text(values, 'title'),
    ...(text(values, 'transform') !== undefined ? { transform: text(values, 'transform') } : {}),
    lang: oneOf(values, 'lang', ['vi', 'en'] as const, 'vi'),
    asOf: text(values, 'as-of'),
  };
}

/** --scale (PNG), --transparent (pictures) and --picture (slides), refused for a format they mean nothing to. */
function pictureOptions(values: Values, format: ExportFormat): WriteOptions {
  const options: WriteOptions = {};
  if (text(values, 'scale') !== undefined) {
    if (format !== 'png') throw new ExportUsageError('--scale applies to .png only');
    options.scale = Number(oneOf(values, 'scale', SCALES)) as 1 | 2 | 3;
  }
  if (values.transparent === true) {
    if (!PICTURES.includes(format)) throw new ExportUsageError('--transparent applies to .png, .svg and .pdf only');
    options.transparent = true;
  }
  if (values.picture === true) {
    if (format !== 'pptx') throw new ExportUsageError('--picture applies to .pptx only');
    options.pictureSlides = true;
  }
  return options;
}

export async function runExport(db: Db, values: Values, json: boolean, io: Io): Promise<number> {
  if (values._.length > 0) throw new ExportUsageError(`unexpected argument '${values._[0]}' (the file goes after --out)`);
  const out = text(values, 'out');
  if (!out) throw new ExportUsageError('--out FILE is required');
  const format = formatOf(out);
  const options = pictureOptions(values, format);
  const target = path.resolve(out);
  if (!fs.existsSync(path.dirname(target))) throw new ExportUsageError(`--out: no folder ${path.dirname(target)}`);
  const request = requestFrom(db, values);
  let specs;
  try {
    specs = buildChartSpecs(db, request);
  } catch (error) {
    // A request that cannot be read (a period that is no period) is a bad argument; one that asks
    // for what the store does not hold (NotFoundError) is rejected input, exit 1, by the caller.
    if (error instanceof BadInputError) throw new ExportUsageError(error.message);
    throw error;
  }
  writeWhole(target, await writeExport(format, specs, options));
  const figures = specs.reduce((n, s) => n + s.rows.length, 0);
  io.out(json ? JSON.stringify({ out: target, format, charts: specs.length, figures }) : `Wrote ${out} (${format}, ${figures} figures).`);
  return 0;
}
