// Files handed to the app by a launch's argv or the OS: which of the arguments are files to open, and
// the hand-over to the window (waiting while it loads, each path taken once, nothing else taken).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FileHandOver, filesFromArgv, MAX_HANDED_FILES } from '../../electron/main/open-files.js';
import { openedFileKind } from '../../electron/shared/file-kinds.js';
import { tempDir } from '../helpers/temp.js';

const isFile = (p: string): boolean => fs.existsSync(p) && fs.statSync(p).isFile();

function folderWith(names: string[]): string {
  const dir = tempDir();
  for (const name of names) fs.writeFileSync(path.join(dir, name), 'x');
  return dir;
}

describe('files named by a launch', () => {
  it('keeps the import formats and .iipnotes that exist, skipping the executable, flags, the app path and other files', () => {
    const dir = folderWith(['iip-2026-10.xlsx', 'notes.iipnotes', 'table.px', 'readme.md', 'data.CSV']);
    fs.mkdirSync(path.join(dir, 'folder.csv'));
    const argv = [
      '/opt/IIP Explorer/iip-explorer',
      '--no-sandbox',
      '--original-process-start-time=13378',
      dir, // the app's own folder when run from the sources
      'iip-2026-10.xlsx', // relative to the launch's folder
      path.join(dir, 'notes.iipnotes'),
      path.join(dir, 'readme.md'), // not a kind the app opens
      path.join(dir, 'missing.csv'), // gone
      path.join(dir, 'folder.csv'), // a folder, whatever its name
      pathToFileURL(path.join(dir, 'table.px')).href, // a desktop entry's %U
      'https://example.com/x.csv',
      path.join(dir, 'data.CSV'),
      path.join(dir, 'iip-2026-10.xlsx'), // the same file again
    ];
    expect(filesFromArgv(argv, { cwd: dir, appPath: dir, isFile })).toEqual([
      path.join(dir, 'iip-2026-10.xlsx'),
      path.join(dir, 'notes.iipnotes'),
      path.join(dir, 'table.px'),
      path.join(dir, 'data.CSV'),
    ]);
  });

  it('never takes the first argument (the executable), even when it looks like a file', () => {
    const dir = folderWith(['a.csv']);
    expect(filesFromArgv([path.join(dir, 'a.csv')], { cwd: dir, isFile })).toEqual([]);
  });

  it('skips the app path given to Electron from the sources even when it is a file of an accepted kind', () => {
    const dir = folderWith(['main.json', 'b.json']);
    expect(filesFromArgv(['electron', 'main.json', 'b.json'], { cwd: dir, appPath: 'main.json', isFile })).toEqual([path.join(dir, 'b.json')]);
  });

  it(`stops at ${MAX_HANDED_FILES} files`, () => {
    const names = Array.from({ length: MAX_HANDED_FILES + 5 }, (_, i) => `f${i}.txt`);
    const dir = folderWith(names);
    const found = filesFromArgv(['exe', ...names], { cwd: dir, isFile });
    expect(found).toHaveLength(MAX_HANDED_FILES);
    expect(found.at(-1)).toBe(path.join(dir, `f${MAX_HANDED_FILES - 1}.txt`));
  });

  it('tells release files from notes files by extension, in any case', () => {
    expect(['a.XLSX', 'b.xls', 'c.px', 'd.json', 'e.xml', 'f.csv', 'g.tsv', 'h.txt'].map(openedFileKind)).toEqual(Array(8).fill('release'));
    expect(openedFileKind('shared.IIPNOTES')).toBe('notes');
    expect(['x.pdf', 'csv', '.csv', 'a.csv.exe', 'noext'].map(openedFileKind)).toEqual([null, null, null, null, null]);
  });
});

describe('the hand-over to the window', () => {
  it('keeps what is offered before the window listens, then sends at once', () => {
    const handOver = new FileHandOver();
    expect(handOver.offer(['/a.csv'])).toEqual([]);
    expect(handOver.offer(['/b.csv', '/a.csv'])).toEqual([]);
    expect(handOver.windowListening()).toEqual(['/a.csv', '/b.csv']);
    expect(handOver.windowListening()).toEqual([]);
    expect(handOver.offer(['/c.csv'])).toEqual(['/c.csv']);
    handOver.windowGone();
    expect(handOver.offer(['/d.csv'])).toEqual([]);
    expect(handOver.windowListening()).toEqual(['/d.csv']);
  });

  it('lets the window take each offered path once, and no path it names itself', () => {
    const handOver = new FileHandOver();
    handOver.offer(['/home/u/a.csv']);
    expect(handOver.take('/etc/passwd')).toBe(false);
    expect(handOver.take('/home/u/../u/a.csv')).toBe(false);
    expect(handOver.take('/home/u/a.csv')).toBe(true);
    expect(handOver.take('/home/u/a.csv')).toBe(false);
    // offered again (opened a second time from the file manager): taken again
    handOver.windowListening();
    expect(handOver.offer(['/home/u/a.csv'])).toEqual(['/home/u/a.csv']);
    expect(handOver.take('/home/u/a.csv')).toBe(true);
  });
});
