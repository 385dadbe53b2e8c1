import { afterEach, describe, expect, it } from 'vitest';
import { tabStore } from '../state/navigation.js';
import { offeredNotesStore } from '../state/offeredNotes.js';
import { openOfferedFiles } from './openOfferedFiles.js';

describe('files the OS handed to the app, opened where they belong', () => {
  afterEach(() => {
    tabStore.set('explore');
    offeredNotesStore.set(null);
  });
  const opened = (paths: string[]) => {
    const imported: string[][] = [];
    openOfferedFiles(paths, async (p) => void imported.push(p));
    return { imported, tab: tabStore.get(), notes: offeredNotesStore.get() };
  };

  it('imports release files in one preview on the Import tab', () => {
    expect(opened(['/home/lan/iip-10.xlsx', 'C:\\Users\\lan\\iip-11.CSV'])).toEqual({
      imported: [['/home/lan/iip-10.xlsx', 'C:\\Users\\lan\\iip-11.CSV']],
      tab: 'import',
      notes: null,
    });
  });

  it('previews the last notes file on the Notes tab', () => {
    expect(opened(['/a/team.iipnotes', '/b/mine.IIPNOTES'])).toEqual({ imported: [], tab: 'notes', notes: '/b/mine.IIPNOTES' });
  });

  it('with both kinds, shows the import and keeps the notes file waiting for the Notes view', () => {
    expect(opened(['/a/team.iipnotes', '/a/iip.px', '/a/readme.md'])).toEqual({ imported: [['/a/iip.px']], tab: 'import', notes: '/a/team.iipnotes' });
  });
});
