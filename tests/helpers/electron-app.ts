// For the Electron specs: the Electron binary, where one is installed (node_modules/electron/dist;
// it cannot be downloaded on our CI machines, so they report themselves skipped there), and the app
// to launch (the project's root).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function findElectronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const electronBinary = findElectronBinary();
export const projectRoot = path.resolve(import.meta.dirname, '../..');
