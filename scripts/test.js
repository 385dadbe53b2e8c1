// npm test: build (the browser suites test the built app), typecheck, lint (ESLint with the layer rules, Prettier's check),
// then every Vitest suite.
// Last line: "N passed, N failed, N skipped" over everything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' }).status;
let passed = 0;
let failed = 0;
let skipped = 0;

if (!process.env.IIP_TEST_SKIP_BUILD) {
  if (run('npm', ['run', '--silent', 'build']) === 0) passed += 1;
  else failed += 1;
}
if (run('npm', ['run', '--silent', 'typecheck']) === 0) passed += 1;
else failed += 1;
if (run('npm', ['run', '--silent', 'lint']) === 0) passed += 1;
else failed += 1;

mkdirSync(new URL('test-output/', root), { recursive: true });
const report = new URL('test-output/vitest.json', root);
rmSync(report, { force: true });
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=test-output/vitest.json`,
  ...process.argv.slice(2),
]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
  skipped += r.numPendingTests + r.numTodoTests;
} else failed += 1;
if (vitestStatus !== 0 && failed === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
