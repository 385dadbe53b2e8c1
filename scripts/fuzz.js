// npm run fuzz: every property test under tests/fuzz with 10,000 generated cases per property
// (IIP_FUZZ_RUNS overrides), one suite at a time; last line "N passed, N failed".
import { spawnSync } from 'node:child_process';

const runs = process.env.IIP_FUZZ_RUNS ?? '10000';
const result = spawnSync('npx', ['vitest', 'run', 'tests/fuzz', '--testTimeout=0', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: new URL('..', import.meta.url),
  env: { ...process.env, IIP_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
