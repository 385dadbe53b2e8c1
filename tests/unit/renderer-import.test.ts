import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { CatalogGroup } from '../../electron/shared/contract/catalog.js';
import {
  IMPORT_FORMATS,
  previewFigureSchema,
  unknownNameSchema,
  type ImportProgress,
  type PreviewFigure,
  type UnknownName,
} from '../../electron/shared/contract/import.js';
import { initBridge } from '../../renderer/src/bridge/bridge.js';
import { bytesToBase64 } from '../../renderer/src/features/import/base64.js';
import { percentOf, progressFromMain, progressText, uploadProgress } from '../../renderer/src/features/import/progress.js';
import { FileTooLargeError, MAX_FILE_BYTES, stageFile, STAGE_CHUNK_BYTES } from '../../renderer/src/features/import/staging.js';
import { tempDir } from '../helpers/temp.js';
import { decide, importChoices, mergeNames, nameKey, releaseChoice, type NameChoice } from '../../renderer/src/features/import/choices.js';
import { freshSeries, keepPeriod } from '../../renderer/src/shell/refreshAfterStoreChange.js';
import { countsText, figureName, headlineText, previewRows, shownValue, totalCounts } from '../../renderer/src/features/import/previewRows.js';
import { IMPORT_STRINGS } from '../../renderer/src/features/import/strings.js';
import { RELEASES_STRINGS } from '../../renderer/src/features/releases/strings.js';
import { TABS } from '../../renderer/src/state/navigation.js';
import { SHELL_STRINGS } from '../../renderer/src/shell/strings.js';
import { series, TOTAL as TOTAL_REF, VN as VN_REF } from '../helpers/contract-fixtures.js';

const VN = { code: 'VN', name: 'Cả nước', nameEn: 'Viet Nam' };
const TOTAL = { code: 'TOTAL', name: 'Toàn ngành công nghiệp', nameEn: 'Whole industry' };
const CARS = { code: 'C29', name: 'Sản xuất xe có động cơ', nameEn: 'Manufacture of motor vehicles' };
const PHU_THO = { code: 'P25', name: 'Phú Thọ', nameEn: 'Phu Tho' };

function fig(overrides: Partial<PreviewFigure> & Pick<PreviewFigure, 'change'>): PreviewFigure {
  return previewFigureSchema.parse({
    geo: VN,
    item: TOTAL,
    measure: 'iip',
    period: '2025-12',
    basis: 'yoy',
    unit: 'pct',
    value: 10.1,
    decimals: 1,
    status: 'estimate',
    location: 'row 3',
    ...overrides,
  });
}

const unknown = (label: string, kind: 'geo' | 'item' = 'geo'): UnknownName =>
  unknownNameSchema.parse({ kind, label, places: ['row 2'], suggestions: [{ code: 'P25', nameVi: 'Phú Thọ', nameEn: 'Phu Tho', score: 0.8 }] });

describe('renderer import: encoding chunks', () => {
  it('encodes in slices exactly as Node does, pausing on large input', async () => {
    const sizes = [0, 1, 2, 3, 4, 32_765, 32_766, 32_767, 100_000, 3 * 10_922 * 70 + 5];
    let pauses = 0;
    for (const n of sizes) {
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = (i * 131 + 7) & 0xff;
      const text = await bytesToBase64(bytes, async () => void pauses++);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(text.length).toBe(4 * Math.ceil(n / 3));
    }
    expect(pauses).toBeGreaterThan(0);
  });
});

describe('renderer import: staging files in main', () => {
  const db = openDatabase(':memory:');
  const parentDir = tempDir();
  const core = createCore({ db, storePath: ':memory:', staging: { parentDir } });
  const handlers = core.handlers;
  const calls: string[] = [];
  beforeEach(() => {
    calls.length = 0;
    // The real handler table behind the bridge, as the web host or Electron's IPC would call it.
    initBridge({ invoke: (channel, input) => (calls.push(channel), dispatch(handlers, channel, input)) as never, on: () => () => undefined });
  });
  afterAll(() => {
    core.close();
    db.close();
  });
  const stagedCopy = (id: string): Buffer => fs.readFileSync(path.join(parentDir, fs.readdirSync(parentDir)[0]!, `${id}.staged`));

  it('sends a file a chunk at a time, reporting the bytes sent, and main stages the same bytes', async () => {
    const bytes = new Uint8Array(2 * STAGE_CHUNK_BYTES + 12_345);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) & 0xff;
    const sent: number[] = [];
    const id = await stageFile(new File([bytes], 'big.csv'), (n) => sent.push(n));
    expect(id).not.toBeNull();
    expect(sent).toEqual([STAGE_CHUNK_BYTES, 2 * STAGE_CHUNK_BYTES, bytes.length]);
    expect(calls).toEqual(['import:stage-begin', 'import:stage-chunk', 'import:stage-chunk', 'import:stage-chunk', 'import:stage-end']);
    expect(stagedCopy(id!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps Vietnamese UTF-8 bytes intact', async () => {
    const csv = 'geo,item\nPhú Thọ,Sản xuất xe có động cơ\n';
    const id = await stageFile(new File([csv], 'a.csv'), () => undefined);
    expect(stagedCopy(id!).toString('utf8')).toBe(csv);
  });

  it('refuses a file larger than main takes, without reading or sending it', async () => {
    let read = false;
    const file = { name: 'huge.csv', size: MAX_FILE_BYTES + 1, slice: () => ((read = true), new Blob()) };
    await expect(stageFile(file, () => undefined)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(read).toBe(false);
    expect(calls).toEqual([]);
  });

  it('stops when told to and has main discard the part sent', async () => {
    let chunks = 0;
    const id = await stageFile(
      new File([new Uint8Array(STAGE_CHUNK_BYTES + 10)], 'stopped.csv'),
      () => chunks++,
      () => chunks > 0,
    );
    expect(id).toBeNull();
    await expect.poll(() => calls.at(-1)).toBe('import:stage-discard');
    await expect.poll(() => fs.readdirSync(path.join(parentDir, fs.readdirSync(parentDir)[0]!)).some((f) => f.startsWith('stopped'))).toBe(false);
  });
});

describe('renderer import: progress', () => {
  const main = (p: Partial<ImportProgress>): ImportProgress => ({
    phase: 'reading',
    file: 'big.csv',
    fileIndex: 0,
    fileCount: 1,
    done: 0,
    total: 100,
    unit: 'bytes',
    ...p,
  });

  it('shows the upload, then the phases main reports, as whole percents', () => {
    expect(uploadProgress('big.csv', 2.5 * 2 ** 20, 10 * 2 ** 20)).toEqual({ phase: 'uploading', file: 'big.csv', fraction: 0.25 });
    expect(percentOf(uploadProgress('empty.csv', 0, 0))).toBeNull();
    expect(percentOf(progressFromMain(main({ done: 999, total: 1000 })))).toBe(99);
    expect(percentOf(progressFromMain(main({ done: 1000, total: 1000 })))).toBe(100);
    expect(progressFromMain(main({ phase: 'storing', file: null, done: 0, total: 500, unit: 'figures' }))).toEqual({
      phase: 'storing',
      file: null,
      fraction: null,
    });
    expect(progressFromMain(main({ phase: 'storing', file: null, done: 500, total: 500, unit: 'figures' }))).toEqual({
      phase: 'storing',
      file: null,
      fraction: 1,
    });
  });

  it('says what is happening in both languages', () => {
    expect(progressText(uploadProgress('big.csv', 1, 2), 'en')).toBe('Sending: big.csv');
    expect(progressText(progressFromMain(main({ phase: 'matching' })), 'vi')).toBe('Đang khớp tên: big.csv');
    expect(progressText(progressFromMain(main({ phase: 'comparing' })), 'en')).toBe('Comparing with the store: big.csv');
    expect(progressText({ phase: 'storing', file: null, fraction: null }, 'vi')).toBe('Đang lưu vào kho dữ liệu');
  });
});

describe('renderer import: preview rows', () => {
  const figures = [
    fig({ change: 'revised', period: '2025-01..2025-11', unit: 'index', value: 109.42, decimals: 2, status: 'preliminary', oldValue: 9.3, oldDecimals: 1 }),
    fig({ change: 'new' }),
    fig({ change: 'unchanged', item: CARS, period: '2025-01..2025-11', value: 22, decimals: 0 }),
    fig({ change: 'new', geo: PHU_THO, item: TOTAL, period: '2025-11', value: -3.4 }),
  ];

  it('shows a revision as old → new in the unit Explore shows', () => {
    const [revised] = previewRows(figures, 'en');
    expect(revised).toMatchObject({
      change: 'revised',
      name: 'Whole industry',
      periodLabel: 'Jan–Nov 2025',
      value: '+9.42%',
      oldValue: '+9.3%',
      status: 'preliminary',
      statusCode: 'preliminary',
    });
    expect(revised!.stated).toBe('109.42 (index)');
    expect(revised!.what).toBe('IIP, % change on same period last year');
    const [vi] = previewRows(figures, 'vi');
    expect(vi).toMatchObject({ name: 'Toàn ngành công nghiệp', periodLabel: '11 tháng đầu năm 2025', value: '+9,42%', oldValue: '+9,3%', status: 'sơ bộ' });
  });

  it('names figures in the UI language, places keeping their diacritics', () => {
    expect(figureName(figures[2]!, 'vi')).toBe('Sản xuất xe có động cơ');
    expect(figureName(figures[2]!, 'en')).toBe('Manufacture of motor vehicles');
    expect(figureName(figures[3]!, 'en')).toBe('Phú Thọ');
    expect(figureName({ geo: PHU_THO, item: CARS }, 'en')).toBe('Manufacture of motor vehicles — Phú Thọ');
    expect(figureName({ geo: VN, item: TOTAL }, 'en')).toBe('Whole industry');
    const [, , , loc] = previewRows(figures, 'vi');
    expect(loc).toMatchObject({ value: '\u22123,4%', oldValue: null, stated: null, periodLabel: 'Tháng 11/2025' });
  });

  it('filters by change', () => {
    expect(previewRows(figures, 'en', 'new').map((r) => r.period)).toEqual(['2025-12', '2025-11']);
    expect(previewRows(figures, 'en', 'revised')).toHaveLength(1);
    expect(previewRows(figures, 'en', 'unchanged')[0]!.item).toBe('C29');
    const keys = previewRows(figures, 'en').map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('normalises an index change like the store does', () => {
    expect(shownValue({ basis: 'yoy', unit: 'index', value: 109.42, decimals: 2 })).toBe(9.42);
    expect(shownValue({ basis: 'mom', unit: 'index', value: 98.7, decimals: 1 })).toBe(-1.3);
    expect(shownValue({ basis: 'base', unit: 'index', value: 131.5, decimals: 1 })).toBe(131.5);
  });

  it('counts in both languages', () => {
    const counts = { new: 1200, revised: 3, unchanged: 40, history: 0, shown: 1203, skipped: 0 };
    expect(countsText(counts, 'en')).toBe('1,200 new · 3 revised · 40 unchanged');
    expect(countsText({ ...counts, skipped: 2 }, 'vi')).toBe('1.200 mới · 3 điều chỉnh · 40 không đổi · 2 chưa khớp tên');
    expect(countsText({ ...counts, history: 5 }, 'en')).toBe('1,200 new · 3 revised · 40 unchanged · 5 kept as history');
    expect(countsText({ ...counts, history: 5 }, 'vi')).toBe('1.200 mới · 3 điều chỉnh · 40 không đổi · 5 lưu vào lịch sử');
    expect(headlineText(counts, 'en')).toBe('1,203 figures will change what you see');
    expect(headlineText({ shown: 1 }, 'en')).toBe('1 figure will change what you see');
    expect(headlineText(counts, 'vi')).toBe('1.203 số liệu sẽ thay đổi những gì bạn thấy');
    expect(totalCounts([{ counts }, { counts: { new: 1, revised: 1, unchanged: 1, history: 2, shown: 2, skipped: 1 } }])).toEqual({
      new: 1201,
      revised: 4,
      unchanged: 41,
      history: 2,
      shown: 1205,
      skipped: 1,
    });
  });

  it('shows a figure kept as history with the value that stays shown', () => {
    const row = previewRows(
      [
        fig({
          change: 'history',
          period: '2025-01..2025-11',
          unit: 'pct',
          value: 9.42,
          decimals: 2,
          shownValue: 9.3,
          shownDecimals: 1,
          shownPublishedOn: '2025-12-06',
        }),
      ],
      'en',
      'history',
    )[0]!;
    expect(row).toMatchObject({ change: 'history', oldValue: null, shownValue: '+9.3%' });
  });
});

describe('renderer import: choices', () => {
  it('keeps every name met, with its decision, across previews', () => {
    let names = mergeNames([], [unknown('Phu Tho tinh'), unknown('Xe hơi', 'item')]);
    expect(names.map((n) => n.decision)).toEqual([null, null]);
    names = decide(names, nameKey({ kind: 'geo', label: 'Phu Tho tinh' }), { code: 'P25' });
    // the mapped name no longer comes back as unknown, but stays listed with its choice
    names = mergeNames(names, [unknown('Xe hơi', 'item'), unknown('Ha Noi tp')]);
    expect(names.map((n) => [n.label, n.decision])).toEqual([
      ['Phu Tho tinh', { code: 'P25' }],
      ['Xe hơi', null],
      ['Ha Noi tp', null],
    ]);
  });

  it('maps decided names and skips unknown ones only once every name is decided', () => {
    const base: NameChoice[] = mergeNames([], [unknown('Phu Tho tinh'), unknown('Xe hơi', 'item')]);
    const mapped = decide(base, 'geo|Phu Tho tinh', { code: 'P25' });
    expect(importChoices(base, {})).toEqual({});
    expect(importChoices(mapped, {})).toEqual({ mappings: { geo: { 'Phu Tho tinh': 'P25' }, item: {} } });
    const leftOut = decide(mapped, 'item|Xe hơi', 'leave-out');
    expect(importChoices(leftOut, {})).toEqual({ mappings: { geo: { 'Phu Tho tinh': 'P25' }, item: {} }, skipUnknown: true });
    // leaving out one name must not leave out an undecided other
    expect(importChoices(decide(base, 'item|Xe hơi', 'leave-out'), {}).skipUnknown).toBeUndefined();
  });

  it('sends only release edits that are filled in and well formed', () => {
    expect(releaseChoice({})).toBeUndefined();
    expect(releaseChoice({ name: '  ', publisher: 'Cục Thống kê ', publishedOn: '2025-12-0', status: 'official' })).toEqual({
      publisher: 'Cục Thống kê',
      status: 'official',
    });
    expect(releaseChoice({ name: 'Báo cáo tháng 12', publishedOn: '2026-01-06', status: 'bogus' })).toEqual({
      name: 'Báo cáo tháng 12',
      publishedOn: '2026-01-06',
    });
    expect(importChoices([], { status: 'preliminary' })).toEqual({ release: { status: 'preliminary' } });
  });
});

describe('renderer import: after the store changes', () => {
  it('refreshes the selected series or drops it when gone', () => {
    const old = series(7, VN_REF, TOTAL_REF, { figureCount: 10 });
    const groups: CatalogGroup[] = [{ key: 'total', series: [series(7, VN_REF, TOTAL_REF, { figureCount: 12 })] }];
    expect(freshSeries(old, groups)?.figureCount).toBe(12);
    expect(freshSeries(series(8, VN_REF, TOTAL_REF), groups)).toBeNull();
    expect(freshSeries(null, groups)).toBeNull();
  });

  it('keeps a chosen period only while the store has it', () => {
    const summary = { periods: [{ period: '2025-11', kind: 'month' as const, rankable: true }] };
    expect(keepPeriod('2025-11', summary)).toBe('2025-11');
    expect(keepPeriod('2025-12', summary)).toBeNull();
    expect(keepPeriod(null, summary)).toBeNull();
    expect(keepPeriod('2025-12', null)).toBe('2025-12');
  });

  it('has every import string in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      // Keys are the compiler's business (defineStrings); that each format and tab reads apart is not.
      expect(new Set(Object.values(IMPORT_STRINGS[lang].formats)).size).toBe(IMPORT_FORMATS.length);
      expect(new Set(Object.values(SHELL_STRINGS[lang].tabs)).size).toBe(TABS.length);
      expect(RELEASES_STRINGS[lang].undoConfirm('3')).toContain('3');
    }
    expect(IMPORT_STRINGS.vi.already('X')).toContain('không có gì thay đổi');
  });
});
