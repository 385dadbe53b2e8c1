// `iip check --consistency [--release ID] [--as-of DATE] [--json]`: the consistency checks of the
// store (or of one release's figures), one line per inconsistency, then the revisions (the largest
// first; --json lists them all) and the summary. Exit 1 when any inconsistency is found, 0 when
// none (revisions are information, not failures), 2 on bad arguments.
import type { Core } from '../core/handlers.js';
import { dispatch } from '../core/dispatch.js';
import { CHECK_KINDS, type ChecksReport, type Finding, type FindingSide, type StatedValue } from '../shared/contract/analysis.js';
import { renderTable } from './format.js';
import { UsageError } from './usage.js';
import { unhandledRefusal } from './failure.js';

export class CheckUsageError extends UsageError {
  override name = 'CheckUsageError';
}

type Values = { [option: string]: string | boolean | string[] | undefined; _: string[] };
type Io = { out: (line: string) => void; err: (line: string) => void };

/** How many revisions the text output lists (the largest); the summary counts them all. */
const REVISIONS_SHOWN = 10;

export async function runCheck(core: Core, values: Values, json: boolean, io: Io): Promise<number> {
  if (values.consistency !== true) throw new CheckUsageError('say which check: --consistency');
  let releaseId: number | undefined;
  if (values.release !== undefined) {
    releaseId = Number(values.release);
    if (!Number.isInteger(releaseId) || releaseId <= 0)
      throw new CheckUsageError(`--release: expected a release id (see iip releases), got '${String(values.release)}'`);
  }
  const asOf = values['as-of'] as string | undefined;
  const result = await dispatch(core.handlers, 'analysis:checks', { releaseId, asOf });
  if (!result.ok) {
    if (result.error.code === 'bad-input' || result.error.code === 'not-found') throw new CheckUsageError(result.error.message);
    throw unhandledRefusal(result.error);
  }
  const report = result.value as ChecksReport;
  if (json) io.out(JSON.stringify(report, null, 2));
  else printReport(report, io);
  return report.inconsistencies.length > 0 ? 1 : 0;
}

function printReport(report: ChecksReport, io: Io): void {
  const scope = report.releaseId === null ? 'the whole store' : `release ${report.releaseId}`;
  io.out(`Consistency checks of ${scope}${report.asOf ? ` as of ${report.asOf}` : ''}.`);
  if (report.inconsistencies.length === 0) io.out('No inconsistencies beyond rounding.');
  else {
    io.out(`${report.inconsistencies.length} inconsistencies beyond rounding:`);
    for (const finding of report.inconsistencies) io.out(findingLine(finding));
  }
  if (report.revisions.length > 0) {
    const shown = report.revisions.slice(0, REVISIONS_SHOWN);
    io.out('');
    io.out(
      `${report.revisions.length} revisions of first estimates (information, not failures)${report.revisions.length > shown.length ? `; the ${shown.length} largest (--json lists all)` : ''}:`,
    );
    for (const finding of shown) io.out(findingLine(finding));
  }
  io.out('');
  io.out(
    renderTable(
      ['check', 'checked', 'found', 'not checkable', 'why not'],
      CHECK_KINDS.map((kind) => {
        const s = report.summary.byKind[kind];
        const why = Object.entries(s.notCheckableBy)
          .map(([reason, n]) => `${reason} ${n}`)
          .join(', ');
        return [kind, String(s.checked), String(s.found), String(s.notCheckable), why || '-'];
      }),
    ),
  );
}

const figureText = (f: Finding['figure']): string =>
  `${f.geo.code} ${f.item.code} ${f.measure} ${f.period} ${f.basis}${f.unit === 'qty' || f.unit === 'index' ? '' : ` ${f.unit}`}`;

const valueText = (side: Pick<FindingSide, 'value' | 'decimals'>): string => side.value.toFixed(Math.max(0, Math.min(side.decimals, 6)));

const sourceText = (s: StatedValue): string => `release ${s.releaseId} '${s.releaseName}', ${s.publishedOn}${s.location ? `, ${s.location}` : ''}`;

function sideText(side: FindingSide): string {
  if (side.origin === 'stated') return `${valueText(side)} (${side.sources.map(sourceText).join('; ')})`;
  const releases = [...new Set(side.sources.map((s) => s.releaseId))].sort((a, b) => a - b);
  return `${valueText(side)} (${side.method} of ${side.sources.length} figures from release${releases.length > 1 ? 's' : ''} ${releases.join(', ')})`;
}

/** One line: kind, figure, both values with their sources, gap and tolerance. */
export function findingLine(f: Finding): string {
  const sign = f.gap > 0 ? '+' : '';
  const gap = `${sign}${f.gap.toFixed(Math.min(Math.max(f.stated.decimals, f.against.decimals), 6))}`;
  return `${f.kind}  ${figureText(f.figure)}: ${sideText(f.stated)} vs ${sideText(f.against)}; gap ${gap} (tolerance ${f.tolerance.toPrecision(2)})`;
}
