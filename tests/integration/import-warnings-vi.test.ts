// Real files whose preview has warnings, through the handler table on a real store: each warning
// keeps its English words (as answers always had them) and carries its catalogue message, said in
// Vietnamese as hand-written here (a wrong or missing translation fails). The CLI prints them in
// Vietnamese when the environment asks, in English, as before, by default, and so the words framing
// them ("warning:", "error:", the heading over names matching nothing). A refused commit says why in
// Vietnamese too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { ImportError } from '../../electron/core/import/types.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { FilePreview } from '../../electron/shared/contract/import.js';
import { sayImport, sayWarnings } from '../../electron/shared/messages/import.js';
import { runIip } from '../helpers/cli.js';
import { call, stageBytes } from '../helpers/staging.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

/** A tidy CSV with a column the format does not know and an index without its base year. */
const CSV = ['geo,item,measure,period,basis,unit,value,comment', ',TOTAL,iip,2025-11,yoy,pct,10.8,ước tính', ',TOTAL,iip,2025-11,base,index,123.4,', ''].join(
  '\n',
);
/** A press text with a figure over a range of months that is no period of the IIP. */
const TEXT = 'Chỉ số sản xuất công nghiệp tháng 1-7 năm 2025 tăng 8,6% so với cùng kỳ năm trước. IIP tháng 5–7 năm 2025 tăng 8,2%.\n';

describe('a preview’s warnings, said in Vietnamese', () => {
  let store: Store;
  let core: Core;

  beforeAll(() => {
    store = openStore(tempStorePath());
    core = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir() } });
  });
  afterAll(() => {
    core.close();
    store.db.close();
  });

  async function previewOf(fileName: string, text: string): Promise<FilePreview> {
    const stagedId = await stageBytes(core.handlers, fileName, Buffer.from(text, 'utf8'));
    const preview = await call(core.handlers, 'import:preview', { stagedIds: [stagedId] });
    expect(preview.errors).toEqual([]);
    expect(preview.files).toHaveLength(1);
    return preview.files[0]!;
  }

  it('a tidy CSV: an ignored column and an index without its base year', async () => {
    const file = await previewOf('figures.csv', CSV);
    expect(file.warnings).toEqual(['column 8 "comment" is not a tidy CSV column and was ignored', '1 row(s) with basis "base" have no base_year']);
    expect(file.warningsSaid?.map((w) => w.code)).toEqual(['warning.csv.column-ignored', 'warning.csv.no-base-year']);
    expect(sayWarnings(file, 'vi')).toEqual([
      'cột 8 "comment" không phải là cột của CSV dạng gọn và đã bị bỏ qua',
      '1 dòng có basis "base" nhưng không có base_year',
    ]);
    expect(sayWarnings(file, 'en')).toEqual(file.warnings);
  });

  it('a press text with a figure left unread: the line, and the figure with a decimal comma', async () => {
    const file = await previewOf('tin.txt', TEXT);
    expect(file.warnings).toEqual(['line 1: a figure of 8.2% was not read: its period, tháng 5–7 năm 2025, is a range of months that is no period of the IIP']);
    expect(sayWarnings(file, 'vi')).toEqual(['dòng 1: không đọc số liệu 8,2%: kỳ của nó, tháng 5–7 năm 2025, là một khoảng tháng không phải kỳ nào của IIP']);
  });

  it('an answer without the messages (an older core) is shown in its English words', async () => {
    const file = await previewOf('figures.csv', CSV);
    const { warningsSaid: _, ...older } = file;
    expect(sayWarnings(older, 'vi')).toEqual(file.warnings);
  });

  it('a refused commit says in Vietnamese why nothing was stored', async () => {
    const stagedId = await stageBytes(
      core.handlers,
      'unknown.csv',
      Buffer.from('geo,item,measure,period,basis,unit,value\nAtlantis,TOTAL,iip,2025-11,yoy,pct,10.8\n'),
    );
    const preview = await call(core.handlers, 'import:preview', { stagedIds: [stagedId] });
    expect(preview.ready).toBe(false);
    let refusal: unknown;
    try {
      commitImport(store.db, preview);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ImportError);
    const said = (refusal as ImportError).said;
    expect(sayImport(said, 'en')).toBe('nothing was stored: unknown geo "Atlantis"');
    expect(sayImport(said, 'vi')).toBe('không lưu gì cả: địa phương chưa biết "Atlantis"');
  });
});

describe('the CLI’s warnings and errors', () => {
  it('are printed in Vietnamese when asked, in English by default, the rest of the report unchanged', async () => {
    const db = tempStorePath();
    const file = path.join(tempDir(), 'figures.csv');
    fs.writeFileSync(file, CSV);
    const args = ['import', file, '--dry-run', '--db', db];
    const english = await runIip(args);
    const vietnamese = await runIip(args, { IIP_LANG: 'vi' });
    expect(vietnamese.code).toBe(english.code);
    expect(english.out).toContain(
      '  warning: column 8 "comment" is not a tidy CSV column and was ignored\n  warning: 1 row(s) with basis "base" have no base_year',
    );
    expect(vietnamese.out).toContain(
      '  lưu ý: cột 8 "comment" không phải là cột của CSV dạng gọn và đã bị bỏ qua\n  lưu ý: 1 dòng có basis "base" nhưng không có base_year',
    );
    expect(vietnamese.out.split('\n').length).toBe(english.out.split('\n').length);
  });

  it('frame an error and the names matching nothing in Vietnamese when asked; in English as before, with the same exit code', async () => {
    const db = tempStorePath();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bad.csv'), 'geo,item,measure,period,basis,unit,value\nVN,TOTAL,iip,2025-11,yoy,pct,abc\n');
    fs.writeFileSync(path.join(dir, 'unknown.csv'), 'geo,item,measure,period,basis,unit,value\nAtlantis,TOTAL,iip,2025-11,yoy,pct,10.8\n');
    const args = ['import', path.join(dir, 'bad.csv'), path.join(dir, 'unknown.csv'), '--dry-run', '--db', db];
    const english = await runIip(args);
    const vietnamese = await runIip(args, { IIP_LANG: 'vi' });
    expect([english.code, vietnamese.code]).toEqual([1, 1]);
    const tail = (out: string): string[] => out.split('\n').slice(-4);
    expect(tail(english.out)).toEqual([
      'error: bad.csv (row 2, column value): "abc" is not a number',
      'Names that match nothing (map them with --map FILE, or leave their figures out with --skip-unknown):',
      "  geo 'Atlantis' at row 2",
      'Dry run: this import would be refused; nothing stored.',
    ]);
    expect(tail(vietnamese.out)).toEqual([
      'lỗi: bad.csv (dòng 2, cột value): "abc" không phải là số',
      'Tên chưa nhận ra (ghép chúng với một mã bằng --map FILE, hoặc bỏ qua số liệu của chúng bằng --skip-unknown):',
      "  địa phương 'Atlantis' tại dòng 2",
      'Chạy thử: lần nhập này sẽ bị từ chối; chưa lưu gì.',
    ]);
    // the report above them too: its counts, release and changes, line for line
    const head = (out: string): string[] => out.split('\n').slice(0, -4);
    expect(head(english.out)).toContain('unknown.csv (csv): 0 figures — 0 new, 0 revised, 0 unchanged, 1 left out (unknown names)');
    expect(head(vietnamese.out)).toContain('unknown.csv (csv): 0 số liệu — 0 mới, 0 điều chỉnh, 0 không đổi, 1 bỏ qua (tên chưa nhận ra)');
    expect(head(vietnamese.out)).toHaveLength(head(english.out).length);
    expect(head(vietnamese.out).filter((line) => /figures|release:|published|Dry run/.test(line))).toEqual([]);
  });
});
