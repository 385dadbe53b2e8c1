// Another process holding a store's write lock (tests/helpers/hold-store-lock.js), driven a line at
// a time: hold, hold for a while, release. Each step resolves once the child has done it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const SCRIPT = path.resolve(import.meta.dirname, 'hold-store-lock.js');

export class StoreLockHolder {
  private readonly lines: string[] = [];
  private readonly waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const next = this.waiting.shift();
      if (next) next.resolve(line);
      else this.lines.push(line);
    });
    child.once('exit', (code) => {
      for (const w of this.waiting.splice(0)) w.reject(new Error(`the lock holder exited (${code})`));
    });
  }

  /** A child process with the store open, holding nothing yet. */
  static start(storeFile: string): StoreLockHolder {
    const child = spawn(process.execPath, [SCRIPT, storeFile], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    return new StoreLockHolder(child);
  }

  private nextLine(): Promise<string> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.child.exitCode !== null) return Promise.reject(new Error(`the lock holder exited (${this.child.exitCode})`));
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private async expect(line: string): Promise<void> {
    const got = await this.nextLine();
    if (got !== line) throw new Error(`the lock holder said '${got}', expected '${line}'`);
  }

  /** Takes the write lock (BEGIN IMMEDIATE); with `forMs`, lets it go by itself that much later (see released()). */
  async hold(forMs?: number): Promise<void> {
    this.child.stdin.write(forMs === undefined ? 'hold\n' : `hold ${forMs}\n`);
    await this.expect('held');
  }

  /** Resolves once a hold with a time has let go. */
  released(): Promise<void> {
    return this.expect('released');
  }

  async release(): Promise<void> {
    this.child.stdin.write('release\n');
    await this.expect('released');
  }

  /** Lets go of any lock and ends the child. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    await exited;
  }
}
