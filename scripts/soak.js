// npm run soak [-- --runs N] [--seed S] [--fuzz-runs N]: the crash and concurrency promises tried
// for longer than npm test does. The kill runs (tests/integration/kill.test.ts: SIGKILL during a
// large import, an undo, a notes import, a migration and a first start; 500 runs by default, with a
// larger import and notes file), then `npm run fuzz` (every property test under tests/fuzz) and the
// two-process tests (tests/integration/*busy*.test.ts). Prints the counts — runs, kills that landed
// mid-write, corruptions, partial releases, untyped errors, hangs — and last "N passed, N failed"
// (each kill run, each fuzz and concurrency test). Fuzz and concurrency failures are sorted into
// untyped errors and hangs by what their messages say.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url);
const out = (name) => new URL(`test-output/${name}`, root);
const { values } = parseArgs({ options: { runs: { type: 'string', default: '500' }, seed: { type: 'string' }, 'fuzz-runs': { type: 'string' } } });
fs.mkdirSync(out(''), { recursive: true });

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } }).status;
const vitestJson = (file) => {
  if (!fs.existsSync(file)) return null;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  return report.testResults.flatMap((suite) =>
    suite.assertionResults.length > 0
      ? suite.assertionResults.map((t) => ({ passed: t.status === 'passed', messages: t.failureMessages.join('\n') }))
      : [{ passed: suite.status === 'passed', messages: suite.message ?? '' }],
  );
};

// the kill runs need the CLI as users run it
if (run('npm', ['run', '--silent', 'build:node']) !== 0 || run('npm', ['run', '--silent', 'build:cli']) !== 0) process.exit(1);

const counts = { runs: 0, midWrite: 0, corruptions: 0, partialReleases: 0, untypedErrors: 0, hangs: 0 };
let passed = 0;
let failed = 0;

const summaryFile = out('soak-kill.json');
fs.rmSync(summaryFile, { force: true });
const killStatus = run('npx', ['vitest', 'run', 'tests/integration/kill.test.ts', '--testTimeout=0'], {
  IIP_KILL_RUNS: values.runs,
  IIP_KILL_FIGURES: '120000',
  IIP_KILL_NOTES: '3000',
  IIP_KILL_SUMMARY: summaryFile.pathname,
  ...(values.seed ? { IIP_KILL_SEED: values.seed } : {}),
});
if (fs.existsSync(summaryFile)) {
  const kill = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  Object.assign(counts, {
    runs: kill.runs,
    midWrite: kill.midWrite,
    corruptions: kill.corrupt,
    partialReleases: kill.partial,
    untypedErrors: kill.errors,
    hangs: kill.hangs,
  });
  passed += kill.runs - kill.failedRuns;
  failed += kill.failedRuns + (killStatus !== 0 && kill.failedRuns === 0 ? 1 : 0);
  console.log(
    `soak: ${kill.runs} kill runs (seed ${kill.seed}), ${kill.killed} killed, ${kill.midWrite} mid-write, ${kill.uncommittedFrames} left uncommitted WAL frames, ${kill.checkpointCuts} cut a checkpoint`,
  );
} else failed += 1;

/** A vitest run of `args` with a JSON report: its tests counted, failures sorted by what they say. */
function suites(name, cmd, args, env = {}, { reportByEnv = null } = {}) {
  const report = out(`soak-${name}.json`);
  fs.rmSync(report, { force: true });
  // a script that runs Vitest with a report of its own is told where to keep it (a second --outputFile breaks Vitest)
  const status = reportByEnv
    ? run(cmd, args, { ...env, [reportByEnv]: report.pathname })
    : run(cmd, [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report.pathname}`], env);
  const tests = vitestJson(report.pathname) ?? [];
  for (const t of tests) {
    if (t.passed) passed++;
    else {
      failed++;
      if (/untyped|TypeError|RangeError|ReferenceError|stack trace/i.test(t.messages)) counts.untypedErrors++;
      if (/\bhang|took longer|timed out|time bound/i.test(t.messages)) counts.hangs++;
      if (/corrupt|integrity/i.test(t.messages)) counts.corruptions++;
    }
  }
  if (status !== 0 && tests.every((t) => t.passed)) failed++;
  console.log(`soak: ${name}: ${tests.filter((t) => t.passed).length} passed, ${tests.filter((t) => !t.passed).length} failed`);
}

const hasTests = (dir, pattern) => fs.existsSync(new URL(dir, root)) && fs.readdirSync(new URL(dir, root)).some((f) => pattern.test(f));
if (hasTests('tests/fuzz/', /\.test\.ts$/))
  suites('fuzz', 'node', ['scripts/fuzz.js'], values['fuzz-runs'] ? { IIP_FUZZ_RUNS: values['fuzz-runs'] } : {}, { reportByEnv: 'IIP_FUZZ_VITEST_JSON' });
else console.log('soak: no property tests under tests/fuzz');
const busy = fs.readdirSync(new URL('tests/integration/', root)).filter((f) => /busy.*\.test\.ts$/.test(f));
if (busy.length > 0) suites('busy', 'npx', ['vitest', 'run', ...busy.map((f) => `tests/integration/${f}`)]);
else console.log('soak: no concurrency tests (tests/integration/*busy*.test.ts)');

console.log(
  `runs ${counts.runs}, kills that landed mid-write ${counts.midWrite}, corruptions ${counts.corruptions}, partial releases ${counts.partialReleases}, ` +
    `untyped errors ${counts.untypedErrors}, hangs ${counts.hangs}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
