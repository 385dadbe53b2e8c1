import { describe, expect, it } from 'vitest';
import { figure, source } from '../../tests/helpers/contract-fixtures.js';
import { seriesChartSpec } from './export/chart-spec.js';
import { DATE_NOT_STATED_NOTE, dateNoteShown, PUBLISHER_NOT_STATED, publisherShown } from './not-stated.js';

describe('what a file did not state, in the reader’s language', () => {
  it('says a missing publisher in Vietnamese or English, and a named one as it is', () => {
    expect(publisherShown(PUBLISHER_NOT_STATED, 'vi')).toBe('không nêu');
    expect(publisherShown(PUBLISHER_NOT_STATED, 'en')).toBe('not stated');
    expect(publisherShown('Cục Thống kê', 'vi')).toBe('Cục Thống kê');
  });

  it('says the import’s own date note in Vietnamese, a source’s note as written', () => {
    expect(dateNoteShown(DATE_NOT_STATED_NOTE, 'vi')).toBe('Tệp không nêu ngày công bố; lấy ngày nhập vào kho.');
    expect(dateNoteShown(DATE_NOT_STATED_NOTE, 'en')).toBe(DATE_NOT_STATED_NOTE);
    expect(dateNoteShown('Inferred from the month reported.', 'vi')).toBe('Inferred from the month reported.');
  });

  it('names no English publisher on a Vietnamese slide', () => {
    const figures = [figure('2026-01', 7.4, { sources: [source({ publishedOn: '2026-02-05', publisher: PUBLISHER_NOT_STATED })] })];
    expect(seriesChartSpec(figures, 'Toàn ngành', { lang: 'vi', title: 'Toàn ngành' }).source).toMatch(/^Nguồn: không nêu, công bố ngày /);
    expect(seriesChartSpec(figures, 'Whole industry', { lang: 'en', title: 'Whole industry' }).source).toMatch(/^Source: not stated, release of /);
  });
});
