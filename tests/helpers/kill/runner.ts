// One kill run: the `iip` command started as its own process on a store, killed with SIGKILL at a
// chosen moment (a delay from its start, or once it has held the store's write lock for a while),
// and what was seen: whether the kill landed while it held the write lock, and the frames the kill
// left in the write-ahead log. The process may finish before its moment: the run then says so.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkpointCut, walFrames, type WalFrames } from './wal-frames.js';
import { canSeeLocks, holdsCheckpointLock, holdsWriteLock } from './write-lock.js';
import fs from 'node:fs';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * When to kill: `fromStart` ms after the process starts, or `whileWriting`: at the first look that
 * finds it holding the write lock once it has been seen holding it for that many ms in all (its
 * writes may come in several transactions with work between them), or `whileCheckpointing`: the
 * same for the checkpoint lock (the log copied into the store file, as closing the store does).
 */
export type KillMoment = { fromStart: number } | { whileWriting: number } | { whileCheckpointing: number };

export interface KillRunPlan {
  /** The `iip` command's arguments (--db included). */
  args: string[];
  store: string;
  /** Folder standing for the user's config folder (backups and preferences land there). */
  home: string;
  moment: KillMoment | null;
  /** A process still running this long after its start hangs: killed and reported. */
  hangMs: number;
}

export interface KillRun {
  /** The kill was sent before the process ended by itself. */
  killed: boolean;
  /** The process held the store's write lock when it was killed (null: this system cannot tell). */
  lockHeld: boolean | null;
  /** The process held the checkpoint lock when it was killed. */
  checkpointHeld: boolean | null;
  /** ms the process was seen holding the checkpoint lock, in all. */
  checkpointHeldMs: number;
  /** The frames in the write-ahead log right after the process ended, before anything reopened the store. */
  wal: WalFrames;
  /** The kill cut a checkpoint: the store file is shorter than its header says (its log holds the rest). */
  checkpointCut: boolean;
  /** How the process ended by itself (killed runs: null). */
  exitCode: number | null;
  stderr: string;
  hung: boolean;
  /** ms from start until the process first held the write lock / last held it / ended. */
  lockFrom: number | null;
  lockUntil: number | null;
  /** ms the process was seen holding the write lock, in all. */
  lockHeldMs: number;
  elapsed: number;
}

/** Whether the process is writing: it holds the write lock (Linux), else the log has grown since it started. */
function writingProbe(pid: number, store: string): () => boolean {
  if (canSeeLocks) return () => holdsWriteLock(pid, store) === true;
  const walSize = (): number => fs.statSync(`${store}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  const before = walSize();
  return () => walSize() > before;
}

export function killRun(plan: KillRunPlan): Promise<KillRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin/iip.js'), ...plan.args], {
    cwd: root,
    env: { ...process.env, XDG_CONFIG_HOME: plan.home, APPDATA: plan.home, IIP_DB: plan.store },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const writing = writingProbe(child.pid!, plan.store);
  const run: Omit<KillRun, 'wal' | 'checkpointCut' | 'exitCode' | 'stderr' | 'elapsed'> = {
    killed: false,
    lockHeld: null,
    checkpointHeld: null,
    checkpointHeldMs: 0,
    hung: false,
    lockFrom: null,
    lockUntil: null,
    lockHeldMs: 0,
  };
  const killAt = plan.moment && 'fromStart' in plan.moment ? plan.moment.fromStart : Infinity;
  const killAfterHeld = plan.moment && 'whileWriting' in plan.moment ? plan.moment.whileWriting : Infinity;
  const killAfterCheckpointing = plan.moment && 'whileCheckpointing' in plan.moment ? plan.moment.whileCheckpointing : Infinity;
  let lastLook = 0;
  const kill = (): void => {
    run.lockHeld = holdsWriteLock(child.pid!, plan.store);
    run.checkpointHeld = holdsCheckpointLock(child.pid!, plan.store);
    run.killed = child.kill('SIGKILL');
  };
  const watch = setInterval(() => {
    if (run.killed) return;
    const now = performance.now() - started;
    const held = writing();
    if (held) {
      run.lockFrom ??= now;
      run.lockUntil = now;
      run.lockHeldMs += now - lastLook;
    }
    const checkpointing = holdsCheckpointLock(child.pid!, plan.store) === true;
    if (checkpointing) run.checkpointHeldMs += now - lastLook;
    lastLook = now;
    if (now >= plan.hangMs) {
      run.hung = true;
      kill();
    } else if (now >= killAt || (held && run.lockHeldMs >= killAfterHeld) || (checkpointing && run.checkpointHeldMs >= killAfterCheckpointing)) kill();
  }, 1);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(watch);
      resolve({
        ...run,
        wal: walFrames(plan.store),
        checkpointCut: checkpointCut(plan.store),
        exitCode: run.killed ? null : code,
        stderr,
        elapsed: performance.now() - started,
      });
    });
  });
}
