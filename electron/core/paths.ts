// Where things live: the package's own files (data/, dist/) and the user's store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'IIP Explorer';
export const STORE_FILE = 'iip.sqlite';

/** The package root: the nearest folder above this module with a package.json (works from src and dist). */
export const packageRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
})();

export const dataDir = path.join(packageRoot, 'data');
export const rendererDir = path.join(packageRoot, 'dist', 'renderer');

/** The folder Electron's app.getPath('userData') gives for this app, computed without Electron. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_NAME);
}

/** The store file: IIP_DB when set, else the app's user-data folder. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.IIP_DB && env.IIP_DB.trim() !== '' ? path.resolve(env.IIP_DB) : path.join(defaultUserDataDir(env), STORE_FILE);
}
