import { describe, expect, it } from 'vitest';
import type { NoteView } from '@shared/contract/notes.js';
import { noteView } from '../../../../tests/helpers/contract-fixtures.js';
import { exportFilter, filterNotes, NO_FILTER } from './notesFilter.js';

const note = (id: string, extra: Partial<NoteView>): NoteView =>
  noteView(extra.anchor ?? { scope: 'series', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: null }, { id, revision: id, text: '', ...extra });

describe('the notes list filter', () => {
  const notes = [
    note('a', { text: 'Nhà máy ở Quảng Nam', tags: ['Ô tô'] }),
    note('b', {
      text: 'Tết',
      author: 'Minh',
      status: 'approved',
      anchor: { scope: 'range', from: '2025-01', to: '2025-02', geo: null, item: null, measure: null },
    }),
  ];
  it('ignores diacritics in text and tags, and filters by series, author and status', () => {
    expect(filterNotes(notes, { ...NO_FILTER, search: 'quang nam' }).map((n) => n.id)).toEqual(['a']);
    expect(filterNotes(notes, { ...NO_FILTER, tag: 'o to' }).map((n) => n.id)).toEqual(['a']);
    expect(filterNotes(notes, { ...NO_FILTER, series: 'VN|TOTAL|iip' }).map((n) => n.id)).toEqual(['a']);
    expect(filterNotes(notes, { ...NO_FILTER, author: 'Minh', status: 'approved' }).map((n) => n.id)).toEqual(['b']);
    expect(filterNotes(notes, NO_FILTER)).toHaveLength(2);
  });
  it('exports what the list shows', () => {
    expect(exportFilter({ ...NO_FILTER, series: 'VN|TOTAL|iip', status: 'approved' })).toEqual({
      geo: 'VN',
      item: 'TOTAL',
      measure: 'iip',
      status: 'approved',
    });
    expect(exportFilter(NO_FILTER)).toEqual({});
  });
});
