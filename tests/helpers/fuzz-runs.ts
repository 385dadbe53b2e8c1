// How many generated cases a property test runs: a few hundred in `npm test`, more under
// `npm run fuzz` (IIP_FUZZ_RUNS=10000) and `npm run soak`.
export function fuzzRuns(inTests = 200): number {
  const asked = Number(process.env.IIP_FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : inTests;
}

/** A case's time bound in milliseconds: a reader that takes longer on one input hangs. */
export const FUZZ_CASE_MS = 2_000;
