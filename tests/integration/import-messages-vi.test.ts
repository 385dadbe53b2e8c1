// Real bad files through the handler table on a real store: each problem carries its code, parameters
// and place, and says the file, the place and what was expected in Vietnamese (hand-written here, so a
// wrong or missing translation fails); a refusal in the error envelope too. The CLI says the same in
// Vietnamese when the environment asks for it, and in English, as before, by default.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { ImportProblem } from '../../electron/shared/contract/import.js';
import { sayImportProblem } from '../../electron/shared/messages/import.js';
import { cliLang } from '../../electron/cli/messages.js';
import { writeModern } from '../fixtures/xlsx/make-gso-fixtures.js';
import { runIip } from '../helpers/cli.js';
import { call, stageBytes } from '../helpers/staging.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const malformed = (name: string): Buffer => fs.readFileSync(path.join('tests/fixtures/malformed', name));

/** "file (place): message" as the window lists a problem, in Vietnamese. */
const inVietnamese = (p: ImportProblem): string => {
  const { place, message } = sayImportProblem(p, 'vi');
  return `${p.file}${place ? ` (${place})` : ''}: ${message}`;
};

describe('a bad file’s problem, said in Vietnamese', () => {
  let store: Store;
  let core: Core;
  let workbook: Buffer;

  beforeAll(async () => {
    store = openStore(tempStorePath());
    core = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir() } });
    const file = path.join(tempDir(), 'T11.2024.xlsx');
    await writeModern(file, { badValueE12: 'abc' });
    workbook = fs.readFileSync(file);
  });
  afterAll(() => {
    core.close();
    store.db.close();
  });

  async function problemOf(fileName: string, bytes: Buffer): Promise<ImportProblem> {
    const stagedId = await stageBytes(core.handlers, fileName, bytes);
    const preview = await call(core.handlers, 'import:preview', { stagedIds: [stagedId] });
    expect(preview.files).toEqual([]);
    expect(preview.errors).toHaveLength(1);
    return preview.errors[0]!;
  }

  it('a statistics-office workbook with text where a figure belongs: the sheet and the cell', async () => {
    const p = await problemOf('T11.2024.xlsx', workbook);
    expect(p).toMatchObject({ file: 'T11.2024.xlsx', place: '2.IIPthang!E12', message: "expected a number, found 'abc'", code: 'gso.cell-text' });
    expect(p.where).toEqual([
      ['sheet', '2.IIPthang'],
      ['cell', 'E12'],
    ]);
    expect(inVietnamese(p)).toBe("T11.2024.xlsx (trang tính 2.IIPthang, ô E12): cần một con số, nhưng ô chứa 'abc'");
  });

  it('a tidy CSV with an unknown basis: the row and the column', async () => {
    const p = await problemOf('unknown-basis.csv', malformed('unknown-basis.csv'));
    expect(p).toMatchObject({ place: 'row 3, column basis', code: 'csv.basis-unknown', params: { value: '"annual"' } });
    expect(inVietnamese(p)).toMatch(/^unknown-basis\.csv \(dòng 3, cột basis\): kỳ so sánh không xác định "annual" \(cần một trong: yoy, /);
  });

  it('a PC-Axis file with too few values: the keyword', async () => {
    const p = await problemOf('too-few-values.px', malformed('too-few-values.px'));
    expect(p).toMatchObject({ place: 'keyword DATA', code: 'px.data-count' });
    expect(inVietnamese(p)).toBe('too-few-values.px (từ khoá DATA): cần 6 giá trị (2 Ngành × 3 Tháng), nhưng có 5');
  });

  it('JSON that does not parse: the line and the column, the problem in Vietnamese too', async () => {
    const p = await problemOf('invalid.json', malformed('invalid.json'));
    expect(p).toMatchObject({ place: 'line 6, column 26', message: 'invalid JSON: unexpected "]"' });
    expect(inVietnamese(p)).toBe('invalid.json (dòng 6, cột 26): JSON không hợp lệ: gặp ký tự không mong đợi "]"');
  });

  it('a refusal in the error envelope carries its code, file and place', async () => {
    const { stagedId } = await call(core.handlers, 'import:stage-begin', { fileName: 'order.csv', size: 8 });
    const result = await dispatch(core.handlers, 'import:stage-chunk', { stagedId, offset: 4, dataBase64: Buffer.from('efgh').toString('base64') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe('order.csv (bytes 4–8): chunk out of order: the next chunk starts at byte 0');
    const said = result.error.said!;
    expect(said).toEqual({ code: 'stage.chunk-order', params: { next: 0 }, file: 'order.csv', where: [['bytes', '4–8']] });
    expect(inVietnamese({ file: said.file!, place: null, message: result.error.message, code: said.code, params: said.params, where: said.where! })).toBe(
      'order.csv (các byte 4–8): phần gửi sai thứ tự: phần tiếp theo phải bắt đầu từ byte 0',
    );
  });
});

describe('the CLI’s language', () => {
  it('is English unless IIP_LANG or the locale says Vietnamese', () => {
    expect(cliLang({})).toBe('en');
    expect(cliLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLang({ LANG: 'vi_VN.UTF-8' })).toBe('vi');
    expect(cliLang({ LANG: 'vi_VN.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(cliLang({ LC_MESSAGES: 'vi', LANG: 'en_GB' })).toBe('vi');
    expect(cliLang({ IIP_LANG: 'vi', LANG: 'en_US' })).toBe('vi');
    expect(cliLang({ IIP_LANG: 'en', LANG: 'vi_VN' })).toBe('en');
  });

  it('prints a bad file’s problem in Vietnamese when asked, in English by default, with the same exit code', async () => {
    const db = tempStorePath();
    const file = path.join(tempDir(), 'unknown-basis.csv');
    fs.writeFileSync(file, malformed('unknown-basis.csv'));
    const args = ['import', file, '--dry-run', '--db', db];
    const english = await runIip(args);
    const vietnamese = await runIip(args, { LANG: 'vi_VN.UTF-8' });
    expect(english.code).toBe(1);
    expect(vietnamese.code).toBe(1);
    expect(english.out).toContain('error: unknown-basis.csv (row 3, column basis): unknown basis "annual" (expected yoy, ');
    expect(vietnamese.out).toContain('lỗi: unknown-basis.csv (dòng 3, cột basis): kỳ so sánh không xác định "annual" (cần một trong: yoy, ');
    // the report around the message as well, line for line
    expect(vietnamese.out.split('\n')).toHaveLength(english.out.split('\n').length);
    expect(english.out).toContain('Dry run: this import would be refused; nothing stored.');
    expect(vietnamese.out).toContain('Chạy thử: lần nhập này sẽ bị từ chối; chưa lưu gì.');
  });

  it('says a refused notes file in Vietnamese when IIP_LANG says so', async () => {
    const db = tempStorePath();
    const file = path.join(tempDir(), 'bad.iipnotes');
    fs.writeFileSync(file, '{"format":"something else"}');
    const english = await runIip(['notes', 'import', file, '--db', db]);
    const vietnamese = await runIip(['notes', 'import', file, '--db', db], { IIP_LANG: 'vi' });
    expect(vietnamese.code).toBe(english.code);
    expect(english.err).toContain('bad.iipnotes (format): not an IIP Explorer notes file (expected "format": "iip-notes")');
    expect(vietnamese.err).toContain('bad.iipnotes (trường format): không phải tệp ghi chú của IIP Explorer (cần "format": "iip-notes")');
  });
});
