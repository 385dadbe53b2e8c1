import { afterEach, describe, expect, it } from 'vitest';
import { baseName } from '@shared/file-kinds.js';
import { tabStore } from '../state/navigation.js';
import { openHandedFiles } from './openHandedFiles.js';

describe('files handed to the window, opened where they belong', () => {
  afterEach(() => tabStore.set('explore'));
  const opened = (paths: string[]) => {
    const imported: string[][] = [];
    const notes: string[] = [];
    openHandedFiles(paths, baseName, { releases: (p) => imported.push(p), notes: (p) => notes.push(p) });
    return { imported, notes, tab: tabStore.get() };
  };

  it('imports release files in one preview on the Import tab', () => {
    expect(opened(['/home/lan/iip-10.xlsx', 'C:\\Users\\lan\\iip-11.CSV'])).toEqual({
      imported: [['/home/lan/iip-10.xlsx', 'C:\\Users\\lan\\iip-11.CSV']],
      notes: [],
      tab: 'import',
    });
  });

  it('previews the last notes file on the Notes tab', () => {
    expect(opened(['/a/team.iipnotes', '/b/mine.IIPNOTES'])).toEqual({ imported: [], notes: ['/b/mine.IIPNOTES'], tab: 'notes' });
  });

  it('with both kinds, shows the import and hands the notes file on for the Notes view', () => {
    expect(opened(['/a/team.iipnotes', '/a/iip.px'])).toEqual({ imported: [['/a/iip.px']], notes: ['/a/team.iipnotes'], tab: 'import' });
  });

  it('sends a file of no known kind to the import, which says it cannot read it', () => {
    expect(opened(['/a/report.pdf'])).toEqual({ imported: [['/a/report.pdf']], notes: [], tab: 'import' });
  });
});
