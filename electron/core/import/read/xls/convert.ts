// Legacy Excel workbooks (.xls, BIFF8 in an OLE2 compound file) are converted to .xlsx by LibreOffice where it is
// installed, then read like any workbook. No maintained JavaScript reader of BIFF8 is on the npm registry, and
// LibreOffice reads every .xls Excel wrote. Each conversion runs headless with its own profile folder (two at once
// would otherwise fight over the user's profile lock) and a generous timeout; its files are removed after.
import { said, sayImport } from '../../../../shared/messages/import.js';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError } from '../../types.js';
import { checkXlsContainer, XlsDamage } from './compound-file.js';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Whether the bytes open as an OLE2 compound file does (a legacy .xls workbook is one). */
export const startsLikeOle2 = (bytes: Buffer): boolean => bytes.length >= OLE2.length && bytes.subarray(0, OLE2.length).equals(OLE2);

/** LibreOffice's first run in a fresh profile takes several seconds; a slow machine converting a large workbook more. */
export const CONVERT_TIMEOUT_MS = 180_000;

/** Where LibreOffice installs itself outside PATH on macOS and Windows. */
const WELL_KNOWN = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** LibreOffice's soffice: on PATH (soffice, libreoffice), else where its installers put it; null when absent. */
export function findSoffice(): string | null {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return WELL_KNOWN.find((p) => fs.existsSync(p)) ?? null;
}

export interface ConvertOptions {
  /** How to find soffice (tests give one that finds nothing). */
  findSoffice?: () => string | null;
  timeoutMs?: number;
}

/** What the user is told when no LibreOffice is there to convert an .xls (English). */
export const noLibreOfficeMessage = sayImport(said('xls.no-libreoffice'), 'en');

const run = (program: string, args: string[], timeout: number, signal?: AbortSignal): Promise<{ error: Error | null; stderr: string }> =>
  new Promise((resolve) => {
    execFile(program, args, { timeout, windowsHide: true, maxBuffer: 1024 * 1024, ...(signal ? { signal } : {}) }, (error, _stdout, stderr) =>
      resolve({ error, stderr: String(stderr) }),
    );
  });

/** The .xlsx bytes of a legacy .xls workbook, converted by LibreOffice; its container checked first. Aborted, LibreOffice is ended. */
export async function convertXlsToXlsx(bytes: Buffer, fileName: string, opts: ConvertOptions = {}, signal?: AbortSignal): Promise<Buffer> {
  try {
    checkXlsContainer(bytes);
  } catch (error) {
    if (error instanceof XlsDamage) throw new ImportError(fileName, error.where, error.said);
    throw error;
  }
  signal?.throwIfAborted();
  const soffice = (opts.findSoffice ?? findSoffice)();
  if (!soffice) throw new ImportError(fileName, null, said('xls.no-libreoffice'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-xls-'));
  try {
    const input = path.join(dir, 'in', 'workbook.xls');
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(path.dirname(input));
    fs.mkdirSync(outDir);
    fs.writeFileSync(input, bytes);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const timeout = opts.timeoutMs ?? CONVERT_TIMEOUT_MS;
    const { error, stderr } = await run(
      soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, input],
      timeout,
      signal,
    );
    signal?.throwIfAborted();
    const output = path.join(outDir, 'workbook.xlsx');
    if (fs.existsSync(output)) return fs.readFileSync(output);
    if ((error as (Error & { killed?: boolean }) | null)?.killed)
      throw new ImportError(fileName, null, said('xls.convert-timeout', { seconds: Math.round(timeout / 1000) }));
    // LibreOffice's own words go to the log, not to the user
    console.error(`iip: LibreOffice could not convert ${fileName}:`, stderr.trim().split(/\r?\n/)[0] || error?.message);
    throw new ImportError(fileName, null, said('xls.convert-failed'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
