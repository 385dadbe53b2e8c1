// For the Electron specs: the Electron binary, where one is installed (node_modules/electron/dist;
// it cannot be downloaded on our CI machines, so they report themselves skipped there), and the app
// to launch (the project's root).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { tempDir } from './temp.js';

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

/** The app launched on a new store in a temp folder, which is also its user-data folder (its own single-instance lock). */
export async function launchOnNewStore(): Promise<ElectronApplication> {
  const store = path.join(tempDir(), 'iip.sqlite');
  return electron.launch({
    executablePath: electronBinary!,
    args: [projectRoot, '--no-sandbox'],
    env: { ...process.env, IIP_DB: store, IIP_USER_DATA: path.dirname(store) },
  });
}
