// Doyensec's Electronegativity run over the app's Electron code through its own modules (loader-free):
// its command line first asks the network for translations, and its AvailableSecurityFixes check
// for Electron's release list; neither may run here, so the checks are driven directly, with
// its English messages from the package, and that one check left out (Electron's version is
// npm's business: `npm outdated electron`).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist');
const load = <T>(module: string): T => require(path.join(dist, module)) as T;

/** Checks that need the network. */
export const OFFLINE_EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  /** e.g. OPEN_EXTERNAL_JS_CHECK */
  id: string;
  /** relative to the project root, with forward slashes */
  file: string;
  line: number;
  severity: string;
  confidence: string;
  sample: string;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  sample?: string;
  visibility?: { inlineDisabled: boolean; globalCheckDisabled: boolean };
}
type Parsed = [type: unknown, data: unknown, content: string, warnings: unknown];
interface Parser {
  parse(file: string, content: Buffer): Parsed;
}
interface Finder {
  find(file: string, data: unknown, type: unknown, content: string, _: null, electronVersion: string): Promise<RawIssue[]>;
}
interface GlobalChecks {
  getResults(issues: RawIssue[]): Promise<RawIssue[]>;
}

let messagesReady = false;

/** Electronegativity's checks describe their findings through i18n's global `__`; its English catalogue ships with it. */
function useBundledMessages(): void {
  if (messagesReady) return;
  const i18n = require(require.resolve('i18n', { paths: [dist] })) as { configure(options: object): void; setLocale(locale: string): void };
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(dist, 'locales'),
    updateFiles: false,
    objectNotation: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  messagesReady = true;
}

/** Every finding of every offline check over `files` (absolute paths), relative to `root`; a file it cannot parse whole throws. */
export async function runElectronegativity(root: string, files: string[], electronVersion: string): Promise<Finding[]> {
  useBundledMessages();
  const { Parser } = load<{ Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => Parser }>('parser');
  const finderModule = load<{
    Finder: new (customScan: string[], exclude: string[], upgrade?: string) => Finder;
    GlobalChecks: new (customScan: string[], exclude: string[], upgrade?: string) => GlobalChecks;
  }>('finder');
  const parser = new Parser(false, true);
  const finder = new finderModule.Finder([], []);
  const globalChecks = new finderModule.GlobalChecks(
    [],
    OFFLINE_EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
  );
  const issues: RawIssue[] = [];
  for (const file of files) {
    let parsed: Parsed;
    try {
      parsed = parser.parse(file, fs.readFileSync(file));
    } catch (error) {
      throw new Error(`Electronegativity cannot parse ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const [type, data, content, warnings] = parsed;
    // a file parsed only in part (the parser recovered from errors) would be checked only in part
    if (Array.isArray(warnings) && warnings.length > 0)
      throw new Error(`Electronegativity parsed ${file} only in part: ${String((warnings[0] as Error).message)}`);
    if (data === null) continue;
    issues.push(...(await finder.find(file, data, type, content, null, electronVersion)));
  }
  return (await globalChecks.getResults(issues))
    .filter((i) => !i.visibility || (!i.visibility.inlineDisabled && !i.visibility.globalCheckDisabled))
    .map((i) => ({
      id: i.id,
      file: path.isAbsolute(i.file) ? path.relative(root, i.file).split(path.sep).join('/') : i.file,
      line: i.location.line,
      severity: i.severity.name,
      confidence: i.confidence.name,
      sample: (i.sample ?? '').trim(),
    }));
}
