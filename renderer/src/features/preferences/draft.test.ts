import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Preferences } from '@shared/contract/preferences.js';
import { changedPreferences, draftOf } from './draft.js';

const saved: Preferences = { ...DEFAULT_PREFERENCES, authorName: 'Lan' };

describe('the Preferences screen’s draft', () => {
  it('changes nothing when nothing was edited', () => {
    expect(changedPreferences(saved, draftOf(saved))).toEqual({});
  });

  it('sends only what was edited, the name trimmed and the sizes as numbers', () => {
    const draft = { ...draftOf(saved), authorName: '  Trần Minh ', scale: '3', backupsKept: '4' };
    expect(changedPreferences(saved, draft)).toEqual({ authorName: 'Trần Minh', exportSize: { aspect: '16:9', scale: 3 }, backupsKept: 4 });
  });

  it('takes an emptied name as no name', () => {
    expect(changedPreferences(saved, { ...draftOf(saved), authorName: '   ' })).toEqual({ authorName: null });
  });

  it('sends a number of backups that is none as not a number (for the store to refuse), an empty field too, never 0', () => {
    expect(changedPreferences(saved, { ...draftOf(saved), backupsKept: 'ten' }).backupsKept).toBeNaN();
    expect(changedPreferences(saved, { ...draftOf(saved), backupsKept: '' }).backupsKept).toBeNaN();
    expect(changedPreferences(saved, { ...draftOf(saved), backupsKept: '0' }).backupsKept).toBe(0);
  });
});
