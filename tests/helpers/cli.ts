// The `iip` command run in-process, as tests script it: its exit code and what it printed.
import { runCli } from '../../electron/cli/iip.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runIip(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
