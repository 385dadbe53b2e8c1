// Doyensec's Electronegativity over the app (the TypeScript sources of electron/ and renderer/src,
// the built page, package.json): every finding must be justified in docs/security.md's table
// "Electronegativity findings", and every row there must still be found (no stale excuses).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot, rendererDir } from '../../electron/core/paths.js';
import { windowWebPreferences } from '../../electron/main/window-preferences.js';
import { runElectronegativity, type Finding } from '../helpers/electronegativity.js';

const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
const WINDOW_PREFERENCES = 'electron/main/window-preferences.ts';

/** TypeScript sources under `dir` (tests left out). */
const sourcesUnder = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).map((f) => path.join(dir, f));

/** What Electronegativity reads: the sources of main, preload, core, host, cli, shared code and the renderer, the built page, package.json. */
function projectFiles(): string[] {
  const page = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(page)) throw new Error(`the renderer is not built (${page}); run npm run build`);
  return [
    ...sourcesUnder(path.join(packageRoot, 'electron')),
    ...sourcesUnder(path.join(packageRoot, 'renderer', 'src')),
    page,
    path.join(packageRoot, 'package.json'),
  ];
}

/** A scratch folder holding `source` as a file Electronegativity reads, removed after `use`. */
async function withScratchFile<T>(name: string, source: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-electronegativity-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, source);
    return await use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Its BrowserWindow checks read an object literal at `new BrowserWindow(...)`; they cannot follow
 * the call to windowWebPreferences, so what that function returns is checked as such a literal,
 * and its findings are reported against window-preferences.ts.
 */
const windowLiteral = (webPreferences: object): string =>
  `const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: ${JSON.stringify(webPreferences)} });\n`;

/** Findings over `files` and over a window given `webPreferences` as a literal (reported against window-preferences.ts), in one run, so the global checks see both. */
async function findingsWith(files: string[], webPreferences: object): Promise<Finding[]> {
  return withScratchFile('window.js', windowLiteral(webPreferences), async (scratch) => {
    const scratchName = path.relative(packageRoot, scratch).split(path.sep).join('/');
    const findings = await runElectronegativity(packageRoot, [...files, scratch], electronVersion);
    return findings.map((f) => (f.file === scratchName ? { ...f, file: WINDOW_PREFERENCES } : f));
  });
}

interface Justified {
  id: string;
  file: string;
}

/** The rows of docs/security.md's "Electronegativity findings" table: | `CHECK_ID` | `file` | why |. */
function justifiedFindings(): Justified[] {
  const doc = fs.readFileSync(path.join(packageRoot, 'docs', 'security.md'), 'utf8');
  const section = /^## Electronegativity findings\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)?.[1];
  if (!section) throw new Error('docs/security.md has no "## Electronegativity findings" section');
  const rows = section.split('\n').filter((line) => /^\|\s*`/.test(line));
  return rows.map((line) => {
    const [id, file, why] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (!id || !file || !why) throw new Error(`docs/security.md: a findings row needs a check, a file and a justification: ${line}`);
    return { id: id.replace(/`/g, ''), file: file.replace(/`/g, '') };
  });
}

const key = (f: Justified): string => `${f.id} in ${f.file}`;

describe('Electronegativity', () => {
  it('finds nothing in the app that docs/security.md does not justify, and each justification is still needed', async () => {
    const findings = await findingsWith(projectFiles(), windowWebPreferences({ preload: '/opt/iip/dist/preload/preload.cjs', devTools: false }));
    const justified = new Set(justifiedFindings().map(key));
    const unjustified = findings.filter((f) => !justified.has(key(f))).map((f) => `${f.id} ${f.file}:${f.line} (${f.severity}) ${f.sample}`);
    expect(unjustified, 'fix these, or justify them in docs/security.md').toEqual([]);
    const found = new Set(findings.map(key));
    expect(
      [...justified].filter((k) => !found.has(k)),
      'rows of docs/security.md no finding needs any more',
    ).toEqual([]);
  });

  it('would catch a window with Node.js in its page and no isolation (so the check above can fail)', async () => {
    const unsafe = await findingsWith([], { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false });
    const ids = unsafe.filter((f) => f.file === WINDOW_PREFERENCES).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'AUXCLICK_JS_CHECK']));
  });
});
