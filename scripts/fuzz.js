// npm run fuzz: every property test under tests/fuzz with 10,000 generated cases per property
// (IIP_FUZZ_RUNS overrides), one suite at a time. Prints the cases each property ran (the properties
// that report them, tests/helpers/fuzz-readers.ts) and a last line "N passed, N failed": cases where
// properties report them, tests otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runs = process.env.IIP_FUZZ_RUNS ?? '10000';
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-fuzz-'));
// IIP_FUZZ_VITEST_JSON: where to keep Vitest's JSON report as well (npm run soak counts from it)
const results = process.env.IIP_FUZZ_VITEST_JSON ?? path.join(reports, 'vitest.json');
const started = Date.now();
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    'tests/fuzz',
    '--testTimeout=0',
    '--no-file-parallelism',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd: new URL('..', import.meta.url), env: { ...process.env, IIP_FUZZ_RUNS: runs, IIP_FUZZ_REPORT_DIR: reports } },
);

const counted = fs
  .readdirSync(reports)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => fs.readFileSync(path.join(reports, f), 'utf8').trim().split('\n').filter(Boolean))
  .map((line) => JSON.parse(line));
let passed = 0;
let failed = 0;
console.log(`\nfuzz: ${runs} cases per property, ${Math.round((Date.now() - started) / 1000)} s`);
for (const r of counted.sort((a, b) => a.name.localeCompare(b.name))) {
  // a failing property stops at its first failing case
  passed += r.cases - (r.failed ? 1 : 0);
  failed += r.failed ? 1 : 0;
  console.log(`  ${r.name.padEnd(28)} ${String(r.cases).padStart(7)} cases${r.failed ? '  FAILED' : ''}`);
}
// tests that report no case counts count as one each
const tests = fs.existsSync(results) ? JSON.parse(fs.readFileSync(results, 'utf8')) : null;
const reporting = counted.length;
if (tests) {
  const uncountedPassed = Math.max(0, tests.numPassedTests - counted.filter((r) => !r.failed).length);
  const uncountedFailed = Math.max(0, tests.numFailedTests - counted.filter((r) => r.failed).length);
  if (uncountedPassed + uncountedFailed > 0) console.log(`  ${'other tests'.padEnd(28)} ${String(uncountedPassed + uncountedFailed).padStart(7)} tests`);
  passed += uncountedPassed;
  failed += uncountedFailed;
} else if (reporting === 0 || run.status !== 0) failed += 1; // vitest itself failed to run
fs.rmSync(reports, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
