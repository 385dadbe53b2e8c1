// `iip weights import FILE [--json]`, `iip weights list [--geo G] [--json]`: the sections' weights
// per base year (docs/weights.md). `iip contributions --period P[,P…] [--geo G] [--basis yoy|mom]
// [--as-of DATE] [--json]`: each section's growth, weight and its source, computed and stated
// contribution, and a flag where they differ beyond rounding. Exit 0 ok; 2 bad arguments or a bad
// weights file.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/handlers.js';
import { dispatch } from '../core/dispatch.js';
import type { Channel, In, Out } from '../shared/contract/index.js';
import type { EstimateValue, PeriodContributionsRow, UsedWeight } from '../shared/contract/contributions.js';
import { WEIGHTS_FILE_MAX_BYTES } from '../shared/contract/contributions.js';
import { renderTable } from './format.js';
import { UsageError } from './usage.js';
import { unhandledRefusal } from './failure.js';

export class ContributionsUsageError extends UsageError {
  override name = 'ContributionsUsageError';
}

type Values = { [option: string]: string | boolean | string[] | undefined; _: string[] };
type Io = { out: (line: string) => void; err: (line: string) => void };

async function call<C extends Channel>(core: Core, channel: C, input: In<C>): Promise<Out<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (result.ok) return result.value as Out<C>;
  if (result.error.code === 'bad-input' || result.error.code === 'not-found') throw new ContributionsUsageError(result.error.message);
  throw unhandledRefusal(result.error);
}

export async function runWeights(core: Core, values: Values, json: boolean, io: Io): Promise<number> {
  const [verb, ...files] = values._;
  if (verb === 'list') {
    const weights = await call(core, 'analysis:weights', { geo: values.geo as string | undefined });
    if (json) io.out(JSON.stringify(weights, null, 2));
    else if (weights.imported.length === 0) io.out('No weights imported. Import a weights file: iip weights import FILE (see docs/weights.md).');
    else
      io.out(
        renderTable(
          ['geo', 'base year', 'section', 'weight %', 'source', 'file', 'imported'],
          weights.imported.map((w) => [
            w.geo,
            String(w.baseYear),
            w.item,
            w.weight.toFixed(w.decimals),
            w.source ?? '-',
            w.fileName,
            w.importedAt.slice(0, 10),
          ]),
        ),
      );
    return 0;
  }
  if (verb !== 'import') throw new ContributionsUsageError(`say what to do: iip weights import FILE, or iip weights list`);
  if (files.length !== 1) throw new ContributionsUsageError('give one weights FILE to import');
  const file = files[0]!;
  let content: string;
  try {
    if (fs.statSync(file).size > WEIGHTS_FILE_MAX_BYTES)
      throw new ContributionsUsageError(`${file}: larger than ${WEIGHTS_FILE_MAX_BYTES / 1024} KB; a weights file has a few rows`);
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ContributionsUsageError) throw error;
    throw new ContributionsUsageError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const result = await dispatch(core.handlers, 'analysis:weights-import', { fileName: path.basename(file), content });
  if (!result.ok) {
    // a bad file is bad input (exit 2), but no usage mistake: its message says where, without the usage hint
    if (result.error.code !== 'bad-input') throw unhandledRefusal(result.error);
    io.err(`iip weights import: ${result.error.message}`);
    return 2;
  }
  const report = result.value as Out<'analysis:weights-import'>;
  if (json) io.out(JSON.stringify(report, null, 2));
  else
    for (const g of report.baseYears)
      io.out(
        `${g.replaced > 0 ? `Replaced base year ${g.baseYear} (${g.geo}): ${g.replaced} weights before, ${g.weights} now` : `Imported base year ${g.baseYear} (${g.geo}): ${g.weights} weights`} from ${report.fileName}.`,
      );
  return 0;
}

const shown = (v: EstimateValue | null, signed = false): string => (v === null ? '-' : `${signed && v.value > 0 ? '+' : ''}${v.value.toFixed(v.decimals)}`);

function weightText(w: UsedWeight | null): string {
  if (!w) return '- (no weight)';
  if (w.origin === 'file') return `${w.value.toFixed(w.decimals)} (file, base ${w.baseYear}: ${w.source ?? ''})`;
  const from = w.impliedFrom!;
  return `${w.value.toFixed(w.decimals)} ±${w.error.toPrecision(2)} (implied by ${from.period}, release ${from.release.releaseId}${w.circular ? '; this period: agrees by construction' : ''})`;
}

const baseYearText = (p: PeriodContributionsRow): string =>
  p.baseYear.from === 'figure'
    ? `base year ${p.baseYear.year} (a figure of the period's year states it)`
    : p.baseYear.from === 'latest-imported'
      ? `no figure states the base year; the latest imported base year not after the period: ${p.baseYear.year}`
      : `no figure states the base year; weights labelled by the period's year ${p.baseYear.year}`;

export async function runContributions(core: Core, values: Values, json: boolean, io: Io): Promise<number> {
  const periodList = values.period;
  if (typeof periodList !== 'string' || periodList.trim() === '') throw new ContributionsUsageError('--period is required (e.g. 2025-01..2025-05)');
  const basis = (values.basis as string | undefined) ?? 'yoy';
  if (basis !== 'yoy' && basis !== 'mom') throw new ContributionsUsageError(`--basis: expected yoy or mom, got '${basis}'`);
  const result = await call(core, 'analysis:contributions', {
    geo: (values.geo as string | undefined) ?? 'VN',
    basis,
    periods: periodList.split(',').map((p) => p.trim()),
    asOf: values['as-of'] as string | undefined,
  });
  if (json) {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  result.periods.forEach((p, i) => {
    if (i > 0) io.out('');
    io.out(`${result.geo.code} ${p.period}, ${basis}: whole industry ${p.total ? `${shown(p.total, true)} %` : 'not stated'}; ${baseYearText(p)}.`);
    if (p.noWeights)
      io.out(`No weights known for base year ${p.baseYear.year}: import a weights file (iip weights import FILE) or a release that states contributions.`);
    io.out(
      renderTable(
        ['section', 'growth %', 'weight %', 'computed pp', 'stated pp', 'stated − computed', 'flag'],
        p.sections.map((s) => [
          `${s.item.code} ${s.item.nameEn}`,
          shown(s.growth, true),
          weightText(s.weight),
          shown(s.computed, true),
          shown(s.stated, true),
          s.versusStated ? `${s.versusStated.difference.toFixed(2)} (±${s.versusStated.allowance.toFixed(2)})` : '-',
          s.versusStated?.flagged ? 'BEYOND ROUNDING' : '',
        ]),
      ),
    );
    if (p.sumComputed && p.sumVersusTotal)
      io.out(
        `Sum of computed contributions ${shown(p.sumComputed, true)} pp vs whole industry ${shown(p.total, true)} %: ${p.sumVersusTotal.difference.toFixed(2)} (±${p.sumVersusTotal.allowance.toFixed(2)})${p.sumVersusTotal.flagged ? ', BEYOND ROUNDING' : ', within rounding'}.`,
      );
  });
  return 0;
}
