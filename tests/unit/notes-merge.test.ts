// The merge rule on its own: who has seen whose revision decides, deletions lose to edits they
// have not seen, and a revision is the same hash on every machine.
import { describe, expect, it } from 'vitest';
import { decideMerge } from '../../electron/core/notes/merge.js';
import { revisionOf, withRevision, type NoteContent } from '../../electron/core/notes/revision.js';

const v = (revision: string, history: string[], deletedAt: string | null = null) => ({ revision, history: [...history, revision], deletedAt });

describe('decideMerge', () => {
  it('inserts a note we have never seen', () => expect(decideMerge(undefined, v('a', [])).outcome).toBe('new'));
  it('changes nothing for the same revision', () => expect(decideMerge(v('b', ['a']), v('b', ['a'])).outcome).toBe('identical'));
  it('keeps ours when ours descends from theirs', () => expect(decideMerge(v('c', ['a', 'b']), v('b', ['a'])).outcome).toBe('older'));
  it('takes theirs when theirs descends from ours', () => expect(decideMerge(v('b', ['a']), v('c', ['a', 'b'])).outcome).toBe('changed'));
  it('flags both sides edited since they last shared', () => expect(decideMerge(v('b', ['a']), v('c', ['a'])).outcome).toBe('conflict'));
  it('lets their edit beat our deletion it has not seen', () =>
    expect(decideMerge(v('d', ['a'], '2030-01-01T00:00:00Z'), v('c', ['a'])).outcome).toBe('changed'));
  it('keeps our edit over their deletion it has not seen', () =>
    expect(decideMerge(v('b', ['a']), v('d', ['a'], '2030-01-01T00:00:00Z')).outcome).toBe('older'));
  it('treats two deletions as the same outcome', () => expect(decideMerge(v('d', ['a'], 'x'), v('e', ['a'], 'y')).outcome).toBe('identical'));
});

describe('revisionOf', () => {
  const content: NoteContent = {
    id: 'n1',
    anchor: { scope: 'series', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: null },
    text: 'Tết',
    author: 'Lan',
    tags: ['a'],
    status: 'draft',
    showOnCharts: true,
    valueWhenWritten: null,
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-01T00:00:00.000Z',
    deletedAt: null,
  };
  it('is a fixed hash of the content, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as unknown as NoteContent;
    expect(revisionOf(reordered)).toBe(revisionOf(content));
    expect(revisionOf(content)).toMatch(/^[0-9a-f]{32}$/);
  });
  it('changes with any field', () => {
    for (const change of [
      { text: 'Tet' },
      { tags: ['b'] },
      { status: 'approved' as const },
      { showOnCharts: false },
      { deletedAt: '2030-01-02T00:00:00.000Z' },
    ]) {
      expect(revisionOf({ ...content, ...change })).not.toBe(revisionOf(content));
    }
  });
  it('adds the new revision to the history once', () => {
    const note = withRevision(content, ['old', 'old']);
    expect(note.history).toEqual(['old', note.revision]);
  });
});
