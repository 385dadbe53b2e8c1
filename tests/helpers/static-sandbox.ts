// A renderer folder for a web host under test, with secrets beside it that no request may reach:
// one in its parent, one in a sibling folder whose name starts with the renderer's (a check by
// string prefix alone would let that through).
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp.js';

export const SECRET = 'secret-outside-the-renderer';

/** The renderer folder to serve (an index.html and an empty assets folder). */
export function staticSandbox(): string {
  const parent = tempDir();
  const staticDir = path.join(parent, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>IIP</title>');
  fs.writeFileSync(path.join(parent, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(parent, 'renderer-private'));
  fs.writeFileSync(path.join(parent, 'renderer-private', 'secret.txt'), SECRET);
  return staticDir;
}
