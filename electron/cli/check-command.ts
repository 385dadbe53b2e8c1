// `iip check --consistency [--release ID] [--as-of DATE] [--json]`: the consistency checks of the
// store (or of one release's figures), one line per inconsistency, then the revisions (the largest
// first; --json lists them all) and the summary. Exit 1 when any inconsistency is found, 0 when
// none (revisions are information, not failures), 2 on bad arguments.
// A national store has millions of findings: the checks run one geography at a time into a table
// of this connection (kept-checks.ts, as the checks worker keeps them for the app), and the findings
// are printed from it as they are read, never held together (--json too: json-lines.ts).
import type { Db } from '../core/db/connection.js';
import { NotFoundError } from '../core/errors.js';
import { KeptChecks, type StreamedReport } from '../core/analysis/kept-checks.js';
import { CHECK_KINDS, type Finding, type FindingSide, type StatedValue } from '../shared/contract/analysis.js';
import { isCalendarDate } from '../shared/domain-terms.js';
import { renderTable } from './format.js';
import { jsonObjectLines } from './json-lines.js';
import { UsageError } from './usage.js';

export class CheckUsageError extends UsageError {
  override name = 'CheckUsageError';
}

type Values = { [option: string]: string | boolean | string[] | undefined; _: string[] };
type Io = { out: (line: string) => void; err: (line: string) => void; drained?: (() => Promise<void>) | undefined };

/** How many revisions the text output lists (the largest); the summary counts them all. */
const REVISIONS_SHOWN = 10;

/** The state the one run of a command keeps its report for (the store does not change meanwhile: it is read in one transaction). */
const THIS_RUN = 'iip check';

export async function runCheck(db: Db, values: Values, json: boolean, io: Io): Promise<number> {
  if (values.consistency !== true) throw new CheckUsageError('say which check: --consistency');
  let releaseId: number | undefined;
  if (values.release !== undefined) {
    releaseId = Number(values.release);
    if (!Number.isInteger(releaseId) || releaseId <= 0)
      throw new CheckUsageError(`--release: expected a release id (see iip releases), got '${String(values.release)}'`);
  }
  const asOf = values['as-of'] as string | undefined;
  if (asOf !== undefined && !isCalendarDate(asOf)) throw new CheckUsageError(`--as-of: expected a date YYYY-MM-DD that is on the calendar, got '${asOf}'`);
  const kept = new KeptChecks(db);
  try {
    const report = reportOf(kept, releaseId, asOf);
    if (json) await printJson(report, io);
    else await printReport(report, io);
    return inconsistencyCount(report) > 0 ? 1 : 0;
  } finally {
    kept.forget();
  }
}

/** The checks run into the kept table; no such release (or one published after --as-of) is a bad argument. */
function reportOf(kept: KeptChecks, releaseId: number | undefined, asOf: string | undefined): StreamedReport {
  try {
    return kept.streamed({ ...(releaseId ? { releaseId } : {}), ...(asOf ? { asOf } : {}) }, THIS_RUN);
  } catch (error) {
    if (error instanceof NotFoundError) throw new CheckUsageError(error.message);
    throw error;
  }
}

const inconsistencyCount = (report: StreamedReport): number =>
  CHECK_KINDS.filter((kind) => kind !== 'revision-vs-first-estimate').reduce((n, kind) => n + report.summary.byKind[kind].found, 0);

/** The report as JSON.stringify(report, null, 2) writes it (the ChecksReport), its findings written as they are read. */
async function printJson(report: StreamedReport, io: Io): Promise<void> {
  const lines = jsonObjectLines([
    { key: 'releaseId', value: report.releaseId },
    { key: 'asOf', value: report.asOf },
    { key: 'inconsistencies', items: report.inconsistencies() },
    { key: 'revisions', items: report.revisions() },
    { key: 'summary', value: report.summary },
  ]);
  for (const line of lines) await printed(line, io);
}

/** Prints a line; when the output is a pipe its reader has not caught up with, waits for it (memory stays bounded). */
async function printed(line: string, io: Io): Promise<void> {
  io.out(line);
  if (io.drained) await io.drained();
}

async function printReport(report: StreamedReport, io: Io): Promise<void> {
  const scope = report.releaseId === null ? 'the whole store' : `release ${report.releaseId}`;
  io.out(`Consistency checks of ${scope}${report.asOf ? ` as of ${report.asOf}` : ''}.`);
  const inconsistencies = inconsistencyCount(report);
  if (inconsistencies === 0) io.out('No inconsistencies beyond rounding.');
  else {
    io.out(`${inconsistencies} inconsistencies beyond rounding:`);
    for (const finding of report.inconsistencies()) await printed(findingLine(finding), io);
  }
  const revisions = report.summary.byKind['revision-vs-first-estimate'].found;
  if (revisions > 0) {
    const shown = report.largestRevisions(REVISIONS_SHOWN);
    io.out('');
    io.out(
      `${revisions} revisions of first estimates (information, not failures)${revisions > shown.length ? `; the ${shown.length} largest (--json lists all)` : ''}:`,
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
