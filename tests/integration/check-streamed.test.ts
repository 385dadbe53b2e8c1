// `iip check --consistency` prints the findings from the checks' kept table as it reads them, never
// the whole report at once: on the embedded store (findings of every kind, more than ten revisions)
// its output is the very text and JSON the whole report gave, and each finding is printed while
// the table's rows are still being read (the connection is busy with the read: structural, not timed).
// The command's arguments, exit codes and wiring: analysis-checks.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../electron/core/analysis/checks.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { findingLine, runCheck } from '../../electron/cli/check-command.js';
import { renderTable } from '../../electron/cli/format.js';
import { CHECK_KINDS, type ChecksReport } from '../../electron/shared/contract/analysis.js';
import { tempStorePath } from '../helpers/temp.js';

let store: Store;
/** The whole report, checked at once on this thread: what the command printed before it streamed. */
let whole: ChecksReport;

beforeAll(() => {
  store = openStore(tempStorePath());
  whole = runChecks(store.db, {});
}, 60_000);
afterAll(() => store.db.close());

/** The text the command printed from the whole report: every inconsistency, the 10 largest revisions, the summary table. */
function textOfWholeReport(report: ChecksReport): string {
  const lines = ['Consistency checks of the whole store.', `${report.inconsistencies.length} inconsistencies beyond rounding:`];
  lines.push(...report.inconsistencies.map(findingLine));
  lines.push('', `${report.revisions.length} revisions of first estimates (information, not failures); the 10 largest (--json lists all):`);
  lines.push(...report.revisions.slice(0, 10).map(findingLine), '');
  const rows = CHECK_KINDS.map((kind) => {
    const s = report.summary.byKind[kind];
    const why = Object.entries(s.notCheckableBy).map(([reason, n]) => `${reason} ${n}`);
    return [kind, String(s.checked), String(s.found), String(s.notCheckable), why.join(', ') || '-'];
  });
  lines.push(renderTable(['check', 'checked', 'found', 'not checkable', 'why not'], rows));
  return lines.join('\n');
}

/** Where two outputs of megabytes first differ (its line in each), or null: a readable failure, where a diff of the whole would take minutes. */
function firstDifference(actual: string, expected: string): { line: number; actual?: string; expected?: string } | null {
  if (actual === expected) return null;
  const [a, e] = [actual.split('\n'), expected.split('\n')];
  const line = a.findIndex((text, i) => text !== e[i]);
  const at = line === -1 ? a.length : line;
  return { line: at + 1, actual: a[at], expected: e[at] };
}

describe('iip check --consistency, streamed', () => {
  it('the fixture has what the output is about: inconsistencies of several kinds, more revisions than the text lists', () => {
    expect(new Set(whole.inconsistencies.map((f) => f.kind)).size).toBeGreaterThan(1);
    expect(whole.revisions.length).toBeGreaterThan(10);
  });

  /**
   * The command run on the store's connection: its output, exit code, how many finding lines were
   * printed while the read was open, and how many times it waited for the output to be taken.
   */
  async function runOnConnection(
    json: boolean,
  ): Promise<{ code: number; out: string; findings: number; printedWhileReading: number; waits: number; printed: number }> {
    const lines: string[] = [];
    let findings = 0;
    let printedWhileReading = 0;
    let waits = 0;
    const out = (line: string): void => {
      lines.push(line);
      if (!(json ? line.startsWith('    {') : CHECK_KINDS.some((kind) => line.startsWith(`${kind}  `)))) return;
      findings++;
      // better-sqlite3 refuses exec() while a read is open on the connection
      try {
        store.db.exec('SELECT 1');
      } catch (error) {
        if (/busy/.test(String(error))) printedWhileReading++;
      }
    };
    const drained = async (): Promise<void> => void waits++;
    const code = await runCheck(store.db, { consistency: true, _: [] }, json, { out, err: () => undefined, drained });
    return { code, out: lines.join('\n'), findings, printedWhileReading, waits, printed: lines.length };
  }

  it('--json prints the whole report as JSON.stringify wrote it, each finding while its row is read', async () => {
    const run = await runOnConnection(true);
    expect(run.code).toBe(1);
    expect(firstDifference(run.out, JSON.stringify(whole, null, 2))).toBeNull();
    expect(run.findings).toBe(whole.inconsistencies.length + whole.revisions.length);
    // each list's last item is written once the read has ended: only then is it known to be the last
    expect(run.printedWhileReading).toBe(run.findings - 2);
    // after each thing printed, it waits for a slow pipe's reader to take it
    expect(run.waits).toBe(run.printed);
  }, 60_000);

  it('the text lists every inconsistency in order as it is read, the 10 largest revisions and the summary, as before', async () => {
    const run = await runOnConnection(false);
    expect(run.code).toBe(1);
    expect(firstDifference(run.out, textOfWholeReport(whole))).toBeNull();
    expect(run.findings).toBe(whole.inconsistencies.length + 10);
    // the 10 revisions shown are read apart, all ten at once (SQLite keeps the largest ten as it sorts)
    expect(run.printedWhileReading).toBe(whole.inconsistencies.length);
    expect(run.waits).toBe(whole.inconsistencies.length);
  }, 60_000);
});
