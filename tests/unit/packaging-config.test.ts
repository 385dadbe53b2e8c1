// The installer configuration (build/electron-builder.config.cjs) checked by electron-builder itself:
// its schema, then a real build per platform stopped at its beforePack hook, the step after which it
// would rebuild better-sqlite3 against Electron's headers and fetch Electron's runtime (neither is
// reachable here). Within that hook electron-builder's own helpers give what it would pack from the
// real tree (dist/ must be built), the Linux desktop entry, and each platform's file associations.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { packageRoot } from '../../electron/core/paths.js';
import { onPath } from '../helpers/programs.js';
import { drawIcon, ICON_SIZES } from '../../scripts/make-icons.js';

const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & { electronFuses: Record<string, boolean>; files: string[]; asarUnpack: string[] };
const config = require('../../build/electron-builder.config.cjs') as Config;
/** The configuration's own lists: the release files (macOS's alternate associations name them all) and the notes file's MIME type (Linux's). */
const RELEASE_EXTS = (config.mac as { fileAssociations: { ext: string; rank: string }[] }).fileAssociations
  .filter((a) => a.rank === 'Alternate')
  .map((a) => a.ext);
const RELEASE_MIME_TYPES = (config.linux as { mimeTypes: string[] }).mimeTypes;
const NOTES_MIME_TYPE = (config.linux as { fileAssociations: { mimeType: string }[] }).fileAssociations[0]!.mimeType;

interface FileAssociation {
  ext: string | string[];
  role?: string;
  rank?: string;
  mimeType?: string | null;
}
interface PlatformPackager {
  info: { appDir: string };
  config: unknown;
  platformSpecificBuildOptions: Record<string, unknown>;
  fileAssociations: FileAssociation[];
  createGetFileMatchersOptions(outDir: string, arch: number, options: unknown): { macroExpander: unknown };
}
interface PackContext {
  packager: PlatformPackager;
  outDir: string;
  arch: number;
  electronPlatformName: string;
  targets: { name: string }[];
}
const extsOf = (associations: FileAssociation[]): string[] => associations.flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext]));

/** What the hook saw when the build reached it. */
interface Reached {
  platform: string;
  targets: string[];
  fileAssociations: FileAssociation[];
  /** Linux only: files packed from the project (node_modules aside), the desktop entry, the MIME types defined. */
  packed?: string[];
  desktopEntry?: string;
  mimeInfo?: string;
  /** Linux only: whether a file (relative to the project) goes outside the asar archive, by the asarUnpack matcher. */
  unpacked?: (file: string) => boolean;
}

const STOP = 'stopped before the Electron runtime is fetched';

/** Files of `dir` (node_modules and .git aside) that `accept` takes, relative with forward slashes; a directory refused is not entered. */
function walk(dir: string, accept: (file: string, stat: fs.Stats) => boolean, base = dir): string[] {
  const found: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git') continue;
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    if (!accept(file, stat)) continue;
    if (stat.isDirectory()) found.push(...walk(file, accept, base));
    else found.push(path.relative(base, file).split(path.sep).join('/'));
  }
  return found;
}

async function whatTheHookSees(context: PackContext): Promise<Reached> {
  const { packager } = context;
  const reached: Reached = {
    platform: context.electronPlatformName,
    targets: context.targets.map((t) => t.name),
    fileAssociations: packager.fileAssociations,
  };
  if (context.electronPlatformName === 'linux') {
    type Matcher = { createFilter(): (file: string, stat: fs.Stats) => boolean };
    const { getMainFileMatchers, getFileMatchers } = require('app-builder-lib/out/fileMatcher.js') as {
      getMainFileMatchers(...args: unknown[]): Matcher[];
      getFileMatchers(config: unknown, name: string, destination: string, options: object): Matcher[] | null;
    };
    const { appDir } = packager.info;
    const options = packager.createGetFileMatchersOptions(context.outDir, context.arch, packager.platformSpecificBuildOptions);
    const [matcher] = getMainFileMatchers(appDir, '/app', options.macroExpander, packager.platformSpecificBuildOptions, packager, context.outDir, false);
    reached.packed = walk(appDir, matcher!.createFilter());
    const [unpackMatcher] = getFileMatchers(packager.config, 'asarUnpack', '/app', {
      macroExpander: options.macroExpander,
      customBuildOptions: packager.platformSpecificBuildOptions,
      globalOutDir: context.outDir,
      defaultSrc: appDir,
    })!;
    const unpackFilter = unpackMatcher!.createFilter();
    reached.unpacked = (file) => unpackFilter(path.join(appDir, file), fs.statSync(path.join(appDir, file)));
    const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper.js') as {
      LinuxTargetHelper: new (packager: PlatformPackager) => { computeDesktopEntry(options: unknown): Promise<string>; mimeTypeFiles: Promise<string | null> };
    };
    const helper = new LinuxTargetHelper(packager);
    reached.desktopEntry = await helper.computeDesktopEntry(packager.platformSpecificBuildOptions);
    const mimeFile = await helper.mimeTypeFiles;
    reached.mimeInfo = mimeFile ? fs.readFileSync(mimeFile, 'utf8') : '';
  }
  return reached;
}

/** Runs electron-builder's build for `platform` into a temp folder until its beforePack hook, and reports what the hook saw. */
async function buildUntilRuntime(platform: 'LINUX' | 'WINDOWS' | 'MAC'): Promise<Reached> {
  const builder = require('electron-builder') as {
    build(options: object): Promise<unknown>;
    Platform: Record<string, { createTarget(): unknown }>;
  };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-electron-builder-'));
  let reached: Reached | undefined;
  try {
    // a fresh copy each time: electron-builder changes the configuration object it is given
    const fresh = JSON.parse(JSON.stringify(config)) as Config;
    const build = builder.build({
      projectDir: packageRoot,
      targets: builder.Platform[platform]!.createTarget(),
      publish: 'never',
      config: {
        ...fresh,
        directories: { ...(fresh.directories as object), output: out },
        beforePack: async (context: PackContext) => {
          reached = await whatTheHookSees(context);
          throw new Error(STOP);
        },
      },
    });
    await expect(build).rejects.toThrow(STOP);
    return reached!;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe('electron-builder configuration', () => {
  it('sets every fuse: no run-as-node, no NODE_OPTIONS, no inspector; cookie encryption, asar integrity, the app only from its asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('is valid by electron-builder’s own schema', async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // and it refuses what is not an option, so the check above can fail
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } }, new DebugLogger(false))).rejects.toThrow(
      /configuration\.electronFuses/,
    );
  });

  it('rebuilds better-sqlite3 for Electron’s ABI while packaging', () => {
    expect(config).toMatchObject({ npmRebuild: true, buildDependenciesFromSource: false });
  });

  it('packs no dev dependency: each is marked dev in the lock file (left out by electron-builder’s collector) unless a production package needs it too', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { devDependencies: object; dependencies: object };
    const lock = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; dependencies?: Record<string, string> }>;
    };
    const neededByProduction = (name: string): string[] =>
      Object.entries(lock.packages)
        .filter(([where, entry]) => where !== '' && !entry.dev && entry.dependencies?.[name] !== undefined)
        .map(([where]) => where);
    for (const name of Object.keys(pkg.devDependencies)) {
      if (lock.packages[`node_modules/${name}`]?.dev !== true) expect(neededByProduction(name), `${name} is packed`).not.toEqual([]);
    }
    for (const name of ['electron', 'electron-builder', 'vitest', 'typescript', '@doyensec/electronegativity', 'playwright-core'])
      expect(lock.packages[`node_modules/${name}`]?.dev, name).toBe(true);
    for (const name of Object.keys(pkg.dependencies)) expect(lock.packages[`node_modules/${name}`]?.dev, name).toBeUndefined();
  });

  it('has an icon at every size, each a PNG of that size, as scripts/make-icons.js draws it; Linux takes the folder, Windows the 256, macOS the 1024', () => {
    expect(ICON_SIZES).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    for (const size of ICON_SIZES) {
      const png = fs.readFileSync(path.join(packageRoot, 'build', 'icons', `${size}x${size}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect(drawIcon(size).toBuffer('image/png').equals(png), `${size}x${size}.png is not what the script draws: npm run icons`).toBe(true);
    }
    expect(config).toMatchObject({ linux: { icon: 'build/icons' }, win: { icon: 'build/icons/256x256.png' }, mac: { icon: 'build/icons/1024x1024.png' } });
  });

  it('associates the files the importer reads (electron/core/import/formats: workbooks, CSV, PC-Axis, JSON-stat, SDMX-ML; not .txt, which is any text), and .iipnotes', () => {
    expect(RELEASE_EXTS).toEqual(['xlsx', 'xls', 'csv', 'px', 'json', 'xml']);
    for (const platform of ['linux', 'win', 'mac'])
      expect(extsOf((config[platform] as { fileAssociations: FileAssociation[] }).fileAssociations)[0], platform).toBe('iipnotes');
  });

  it('Windows: a per-user assisted installer with a choice of folder, shortcuts, in Vietnamese and English', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      installerLanguages: ['vi_VN', 'en_US'],
      multiLanguageInstaller: true,
    });
  });

  it('Windows: build/installer.nsh adds the app to "Open with" for each release file, and never writes an extension’s default', () => {
    const script = fs.readFileSync(path.join(packageRoot, 'build', 'installer.nsh'), 'utf8');
    const install = /!macro customInstall\n([\s\S]*?)!macroend/.exec(script)?.[1] ?? '';
    const uninstall = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(script)?.[1] ?? '';
    const listed = (body: string, macro: string): string[] => [...body.matchAll(new RegExp(`!insertmacro ${macro} "([a-z]+)"`, 'g'))].map((m) => m[1]!);
    expect(listed(install, 'iipOpenWith')).toEqual(RELEASE_EXTS);
    expect(listed(uninstall, 'iipNotOpenWith')).toEqual(RELEASE_EXTS);
    expect(script).toMatch(/WriteRegNone SHELL_CONTEXT "Software\\Classes\\\.\$\{EXT\}\\OpenWithProgids"/);
    // an extension key's own default value ("" of Software\Classes\.ext) is what would make the app the default
    expect(script).not.toMatch(/WriteReg\w+ SHELL_CONTEXT "Software\\Classes\\\.[^"\\]+" ""/);
  });

  it.skipIf(!onPath('makensis'))('Windows: build/installer.nsh compiles with NSIS, warnings as errors (where makensis is installed)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-nsis-'));
    try {
      // the parts of electron-builder's installer that installer.nsh relies on: $appExe, APP_EXECUTABLE_FILENAME, the two macros' places
      const stub = [
        'Unicode true',
        '!define APP_EXECUTABLE_FILENAME "IIP Explorer.exe"',
        'Var appExe',
        `OutFile "${path.join(dir, 'stub.exe')}"`,
        'RequestExecutionLevel user',
        `!include "${path.join(packageRoot, 'build', 'installer.nsh')}"`,
        'Section "install"',
        '  StrCpy $appExe "$INSTDIR\\${APP_EXECUTABLE_FILENAME}"',
        '  !insertmacro customInstall',
        '  WriteUninstaller "$INSTDIR\\uninstall.exe"',
        'SectionEnd',
        'Section "un.uninstall"',
        '  !insertmacro customUnInstall',
        'SectionEnd',
      ].join('\n');
      fs.writeFileSync(path.join(dir, 'stub.nsi'), stub);
      const run = spawnSync('makensis', ['-V2', '-WX', path.join(dir, 'stub.nsi')], { encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('electron-builder’s own build, up to where the Electron runtime would be fetched (not reachable here)', () => {
    let linux: Reached;
    beforeAll(async () => {
      linux = await buildUntilRuntime('LINUX');
    });

    it('Linux: AppImage and deb', () => {
      expect(linux.targets).toEqual(['appImage', 'deb']);
    });

    it('Linux: packs from the real tree the built app, the dataset and package.json only: no sources, tests, source maps or type declarations', () => {
      const packed = linux.packed!;
      for (const file of ['package.json', 'dist/electron/main/main.js', 'dist/preload/preload.cjs', 'dist/renderer/index.html', 'data/reference/vsic2018.json'])
        expect(packed, file).toContain(file);
      expect(packed.filter((f) => !/^(dist|data)\//.test(f) && f !== 'package.json')).toEqual([]);
      expect(packed.filter((f) => /\.map$|\.test\.|\.d\.ts$|(^|\/)tests\//.test(f))).toEqual([]);
      // the tree has what must be left out, so the line above can fail
      expect(fs.readdirSync(path.join(packageRoot, 'dist'), { recursive: true }).some((f) => String(f).endsWith('.map'))).toBe(true);
    });

    it('keeps every native module installed (each .node file) out of the asar, and the app’s own files in it', () => {
      const natives = ['better-sqlite3', '@napi-rs']
        .map((name) => path.join(packageRoot, 'node_modules', name))
        .flatMap((dir) =>
          (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.node')).map((f) => path.relative(packageRoot, path.join(dir, f))),
        );
      expect(natives.some((f) => f.endsWith('better_sqlite3.node'))).toBe(true);
      expect(natives.some((f) => f.startsWith(path.join('node_modules', '@napi-rs', 'canvas-')))).toBe(true);
      for (const file of natives) expect(linux.unpacked!(file), file).toBe(true);
      for (const file of ['dist/electron/main/main.js', 'dist/electron/core/import/read/xlsx/workbook-worker.js', 'data/reference/vsic2018.json'])
        expect(linux.unpacked!(file), file).toBe(false);
    });

    it('Linux: a desktop entry in English and Vietnamese, in Office, opening the notes and the release files with %U', () => {
      const entry = linux.desktopEntry!;
      expect(entry).toMatch(/^Name=IIP Explorer$/m);
      expect(entry).toMatch(/^Exec="\/opt\/IIP Explorer\/iip-explorer" %U$/m);
      expect(entry).toMatch(/^StartupWMClass=iip-explorer$/m);
      expect(entry).toMatch(/^Categories=Office;Economy;$/m);
      expect(entry).toMatch(/^GenericName\[vi\]=Tra cứu chỉ số sản xuất công nghiệp$/m);
      expect(entry).toMatch(/^Keywords\[vi\]=.*Tổng cục Thống kê/m);
      const mimeTypes = /^MimeType=(.*)$/m.exec(entry)?.[1]?.split(';').filter(Boolean);
      expect(mimeTypes?.sort()).toEqual([NOTES_MIME_TYPE, ...RELEASE_MIME_TYPES].sort());
    });

    it('Linux: defines a MIME type for .iipnotes only (the release files keep their system types and default applications)', () => {
      expect(linux.mimeInfo).toContain(`<mime-type type="${NOTES_MIME_TYPE}">`);
      expect(linux.mimeInfo).toContain('<glob pattern="*.iipnotes"/>');
      expect(linux.mimeInfo!.match(/<mime-type /g)).toHaveLength(1);
    });

    it('Windows: NSIS, associating .iipnotes only (the release files through installer.nsh)', async () => {
      const windows = await buildUntilRuntime('WINDOWS');
      expect(windows.targets).toEqual(['nsis']);
      expect(windows.fileAssociations).toEqual([{ ext: 'iipnotes', name: 'IIPExplorer.Notes', description: 'IIP Explorer notes' }]);
    });

    it('macOS: dmg; .iipnotes owned, the release files as an alternate viewer', async () => {
      const mac = await buildUntilRuntime('MAC');
      expect(mac.targets).toEqual(['dmg']);
      const byExt = new Map(mac.fileAssociations.flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext]).map((ext) => [ext, a] as const)));
      expect(byExt.get('iipnotes')).toMatchObject({ role: 'Editor', rank: 'Owner' });
      for (const ext of RELEASE_EXTS) expect(byExt.get(ext), ext).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
      expect(byExt.size).toBe(RELEASE_EXTS.length + 1);
    });
  });
});
