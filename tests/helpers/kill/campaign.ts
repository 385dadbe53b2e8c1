// Many kill runs over the scenarios, from one seed: each run on a fresh copy of its store, the
// process killed at a random moment (every other run of a scenario at a random moment while it holds
// the write lock, so that many kills land inside a write), then the store checked as a restart finds it:
// integrity_check ok, foreign keys and series statistics consistent, the interrupted work all there
// or not at all, everything earlier as it was, and the app opening it again. Shared by the kill
// test (npm test) and npm run soak.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../../electron/core/store.js';
import { killRun, type KillMoment, type KillRun } from './runner.js';
import type { KillScenario, Work } from './scenarios.js';
import { statsMismatches } from './store-digest.js';

export interface KillCounts {
  runs: number;
  /** Runs whose process was killed (the others finished first). */
  killed: number;
  /** Kills that landed while the process held the store's write lock or its checkpoint lock (writing into the store file). */
  midWrite: number;
  /** Kills that left frames after the last commit in the write-ahead log (a transaction cut while being written). */
  uncommittedFrames: number;
  /** Kills that cut a checkpoint: the store file shorter than its header says, the rest in the log. */
  checkpointCuts: number;
  all: number;
  none: number;
  partial: number;
  /** Stores that failed integrity_check or did not open again. */
  corrupt: number;
  /** Processes that ended by themselves with an error (or printed a stack trace). */
  errors: number;
  hangs: number;
}

export interface KillSummary extends KillCounts {
  seed: number;
  byScenario: Record<string, KillCounts>;
  /** One line per promise a run broke, with its seed and run number. */
  failures: string[];
  /** Runs that broke at least one promise. */
  failedRuns: number;
  /** Each scenario's run without a kill: how long it took and when it held the write lock. */
  timings: string[];
}

const emptyCounts = (): KillCounts => ({
  runs: 0,
  killed: 0,
  midWrite: 0,
  uncommittedFrames: 0,
  checkpointCuts: 0,
  all: 0,
  none: 0,
  partial: 0,
  corrupt: 0,
  errors: 0,
  hangs: 0,
});

/** A small seeded generator (mulberry32): the same seed gives the same moments. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface StoreCheck {
  work: Work;
  /** Why the store is corrupt (integrity, or it does not open again), or null. */
  corrupt: string | null;
  problems: string[];
}

/** The store file and its log and index, as they are, copied beside it: what a restart finds. */
function keepAsKilled(store: string): string {
  const copy = path.join(path.dirname(store), 'restart', path.basename(store));
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(store + suffix)) fs.copyFileSync(store + suffix, copy + suffix);
  return copy;
}

const root = path.resolve(import.meta.dirname, '../../..');

/** What the store holds once the app has opened it again: the work it held before, or (a migration, a first start) finished. */
function afterRestart(db: Database.Database, scenario: KillScenario, before: Work): string[] {
  const verdict = scenario.inspect(db);
  const kept =
    verdict.work === before ||
    (before === 'none' && verdict.work === 'all' && scenario.name !== 'import' && scenario.name !== 'undo' && scenario.name !== 'notes import');
  return [
    ...(kept ? [] : [`after a restart the store holds ${verdict.work} of the work (before it: ${before})`]),
    ...verdict.problems.map((p) => `after a restart: ${p}`),
    ...(scenario.restarted?.(db) ?? []),
  ];
}

/**
 * The store as a restart finds it: read as the kill left it (integrity, consistency, the work all
 * or none, everything earlier unchanged), then a copy taken before that read opened again by the
 * app's core, or with `restartWith: 'cli'` by the `iip` command as its own process (what a user's
 * next command does, with whatever checks it makes of the file first).
 */
export function checkAfterKill(store: string, scenario: KillScenario, restartWith: 'core' | 'cli' = 'core', home?: string): StoreCheck {
  const check: StoreCheck = { work: 'none', corrupt: null, problems: [] };
  const asKilled = keepAsKilled(store);
  if (fs.existsSync(store)) {
    let db: Database.Database;
    try {
      db = new Database(store);
    } catch (error) {
      return { ...check, corrupt: `does not open: ${(error as Error).message}` };
    }
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') return { ...check, corrupt: `integrity_check: ${String(integrity)}` };
      const orphans = (db.pragma('foreign_key_check') as unknown[]).length;
      if (orphans > 0) check.problems.push(`${orphans} rows break a foreign key`);
      const hasStats = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'seriesStats'").get() !== undefined;
      const mismatches = hasStats ? statsMismatches(db) : 0;
      if (mismatches > 0) check.problems.push(`${mismatches} series' statistics disagree with their figures`);
      const verdict = scenario.inspect(db);
      check.work = verdict.work;
      check.problems.push(...verdict.problems);
    } catch (error) {
      check.corrupt = `unreadable: ${(error as Error).message}`;
    } finally {
      db.close();
    }
  } else if (scenario.base !== null) check.corrupt = 'the store file is gone';
  if (check.corrupt) return check;
  if (restartWith === 'cli') {
    const started = spawnSync(process.execPath, [path.join(root, 'bin/iip.js'), 'releases', '--db', asKilled], {
      cwd: root,
      env: { ...process.env, ...(home ? { XDG_CONFIG_HOME: home, APPDATA: home } : {}) },
      encoding: 'utf8',
    });
    if (started.status !== 0) return { ...check, corrupt: `iip does not start on it again: exit ${started.status}: ${started.stderr.slice(0, 300)}` };
  }
  try {
    const reopened = restartWith === 'cli' ? { db: new Database(asKilled) } : openStore(asKilled);
    try {
      check.problems.push(...afterRestart(reopened.db, scenario, check.work));
    } finally {
      reopened.db.close();
    }
  } catch (error) {
    check.corrupt = `does not open again: ${(error as Error).message}`;
  }
  return check;
}

interface Calibration {
  elapsed: number;
  lockFrom: number | null;
  lockUntil: number | null;
  lockHeldMs: number;
  checkpointHeldMs: number;
}

export interface CampaignOptions {
  dir: string;
  scenarios: KillScenario[];
  /** Runs in all, shared by the scenarios by `weights` (default: equal). */
  runs: number;
  weights?: Partial<Record<KillScenario['name'], number>>;
  seed: number;
  log?: (line: string) => void;
  /** Told the counts so far every 50 runs. */
  progress?: (line: string) => void;
}

const freshStore = (dir: string, scenario: KillScenario, run: number | string): { store: string; home: string } => {
  const runDir = path.join(dir, `run-${scenario.name.replace(/\s/g, '-')}-${run}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(runDir, 'home'), { recursive: true });
  const store = path.join(runDir, 'iip.sqlite');
  if (scenario.base) fs.copyFileSync(scenario.base, store);
  return { store, home: path.join(runDir, 'home') };
};

const printedTrace = (stderr: string): boolean => /^\s+at .+:\d+:\d+\)?$/m.test(stderr);

/** Runs the campaign and counts what it saw; a promise broken is a line in `failures`. */
export async function runKillCampaign(options: CampaignOptions): Promise<KillSummary> {
  const { dir, scenarios, seed, log = () => {} } = options;
  const random = seededRandom(seed);
  const summary: KillSummary = { ...emptyCounts(), seed, byScenario: {}, failures: [], failedRuns: 0, timings: [] };
  const fail = (line: string): void => {
    summary.failures.push(`seed ${seed}: ${line}`);
    log(`FAILED seed ${seed}: ${line}`);
  };

  // each scenario once without a kill: it must succeed, and its timing places the kills
  const calibrations = new Map<KillScenario, Calibration>();
  for (const scenario of scenarios) {
    const { store, home } = freshStore(dir, scenario, 'whole');
    const run = await killRun({ args: scenario.args(store), store, home, moment: null, hangMs: 120_000 });
    const check = checkAfterKill(store, scenario);
    if (run.exitCode !== 0 || check.work !== 'all' || check.corrupt || check.problems.length > 0)
      throw new Error(`${scenario.name}, not killed: exit ${run.exitCode}, ${check.work}, ${check.corrupt ?? ''} ${check.problems.join('; ')} ${run.stderr}`);
    calibrations.set(scenario, run);
    summary.timings.push(
      `${scenario.name}: ${Math.round(run.elapsed)} ms whole, write lock held ${run.lockFrom === null ? 'unseen' : `${Math.round(run.lockHeldMs)} ms between ${Math.round(run.lockFrom)} and ${Math.round(run.lockUntil!)} ms`}, checkpointing ${Math.round(run.checkpointHeldMs)} ms`,
    );
    log(summary.timings.at(-1)!);
  }

  // the scenarios in turn, each as often as its weight, until there are `runs` runs
  const cycle = scenarios.flatMap((s) => Array.from({ length: options.weights?.[s.name] ?? 1 }, () => s));
  const plan = Array.from({ length: options.runs }, (_, i) => cycle[i % cycle.length]!);
  // shuffled (Fisher–Yates), so that a short soak still covers every scenario
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [plan[i], plan[j]] = [plan[j]!, plan[i]!];
  }

  for (const [i, scenario] of plan.entries()) {
    const counts = (summary.byScenario[scenario.name] ??= emptyCounts());
    const calibration = calibrations.get(scenario)!;
    // every other run of a scenario is killed while it writes: at a random share of the time its
    // whole run held the write lock (one in four: the checkpoint lock), drawn towards the start (on
    // a busy machine a run may hold it for a third of the time another does)
    const kind = counts.runs % 4;
    const share = random() ** 2 * 0.8;
    const moment: KillMoment =
      kind === 3 && calibration.checkpointHeldMs > 0
        ? { whileCheckpointing: share * calibration.checkpointHeldMs }
        : kind % 2 === 1 && calibration.lockHeldMs > 0
          ? { whileWriting: share * calibration.lockHeldMs }
          : { fromStart: random() * calibration.elapsed * 1.05 };
    const { store, home } = freshStore(dir, scenario, i);
    const run: KillRun = await killRun({ args: scenario.args(store), store, home, moment, hangMs: Math.max(60_000, calibration.elapsed * 20) });
    // a kill that cut a checkpoint leaves a file that looks cut short: the next `iip` must still start on it
    const check = checkAfterKill(store, scenario, run.checkpointCut ? 'cli' : 'core', home);
    const where = `run ${i} (${scenario.name}, kill ${'whileWriting' in moment ? `after ${Math.round(moment.whileWriting)} ms holding the write lock` : 'whileCheckpointing' in moment ? `after ${Math.round(moment.whileCheckpointing)} ms checkpointing` : `at ${Math.round(moment.fromStart)} ms`})`;
    for (const c of [summary, counts]) {
      c.runs++;
      if (run.killed && !run.hung) c.killed++;
      if (run.killed && (run.lockHeld || run.checkpointHeld)) c.midWrite++;
      if (run.wal.uncommitted > 0) c.uncommittedFrames++;
      if (run.checkpointCut) c.checkpointCuts++;
      c[check.work]++;
      if (check.corrupt) c.corrupt++;
      if (run.hung) c.hangs++;
      if (!run.killed && (run.exitCode !== 0 || printedTrace(run.stderr))) c.errors++;
    }
    log(
      `${where}: ${run.killed ? `killed${run.lockHeld ? ' holding the write lock' : ''}${run.checkpointHeld ? ' checkpointing' : ''}` : `ended by itself (exit ${run.exitCode})`}, ` +
        `${run.wal.uncommitted} uncommitted WAL frames${run.checkpointCut ? ', a checkpoint cut' : ''}, work: ${check.work}`,
    );
    if (check.corrupt) fail(`${where}: the store is corrupt: ${check.corrupt}`);
    if (check.work === 'partial') fail(`${where}: the store holds part of the interrupted work`);
    if (check.problems.length > 0) fail(`${where}: ${check.problems.join('; ')}`);
    if (run.hung) fail(`${where}: still running after ${Math.round(run.elapsed)} ms (a hang)`);
    if (!run.killed && run.exitCode !== 0) fail(`${where}: ended by itself with exit ${run.exitCode}: ${run.stderr.slice(0, 500)}`);
    else if (!run.killed && check.work !== 'all') fail(`${where}: finished without a kill but the store holds ${check.work} of the work`);
    if (!run.killed && printedTrace(run.stderr)) fail(`${where}: printed a stack trace: ${run.stderr.slice(0, 500)}`);
    if (summary.failures.some((line) => line.includes(`${where}:`))) summary.failedRuns++;
    if ((i + 1) % 50 === 0)
      options.progress?.(
        `${i + 1} of ${plan.length} kill runs: ${summary.midWrite} mid-write, ${summary.corrupt} corrupt, ${summary.partial} partial, ${summary.failedRuns} failed`,
      );
    fs.rmSync(path.dirname(store), { recursive: true, force: true });
  }
  return summary;
}

/** The counts as a table, one line per scenario and a total. */
export function countsTable(summary: Pick<KillSummary, keyof KillCounts | 'byScenario'>): string {
  const keys = Object.keys(emptyCounts()) as (keyof KillCounts)[];
  const rows = [...Object.entries(summary.byScenario), ['total', summary] as const];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    `${'scenario'.padEnd(width)}  ${keys.join('  ')}`,
    ...rows.map(([name, c]) => `${name.padEnd(width)}  ${keys.map((k) => String(c[k]).padStart(k.length)).join('  ')}`),
  ].join('\n');
}
