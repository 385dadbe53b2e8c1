// Programs the tests use where the machine has them (LibreOffice, poppler): found on PATH or not.
import fs from 'node:fs';
import path from 'node:path';

/** A program's path on PATH, or null. */
export function onPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, program);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}
