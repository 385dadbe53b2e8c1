// A refusal that lists every name matching nothing ("nothing was stored: unknown item …; …") is cut
// at 2,000 characters with an ellipsis in Vietnamese as in English, in the catalogue's words, in the
// CLI's line and in the window's (sayImportProblem).
import { describe, expect, it } from 'vitest';
import { errorText } from '../../electron/cli/messages.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { sayImport, sayImportProblem } from '../../electron/shared/messages/import.js';
import { importErrorOf } from '../helpers/errors.js';
import { referenceStore } from '../helpers/fuzz-readers.js';
import { TIDY_HEADER } from '../helpers/planted.js';

const NAMES = Array.from({ length: 300 }, (_, i) => `Zzq ${String(i).padStart(4, '0')}`);
/** The whole text, written out here from the catalogue's words, then cut: 1,999 characters and "…". */
const cut = (text: string): string => `${text.slice(0, 1_999)}…`;
const VI = cut(`không lưu gì cả: ${NAMES.map((n) => `mục chưa biết "${n}"`).join('; ')}`);
const EN = cut(`nothing was stored: ${NAMES.map((n) => `unknown item "${n}"`).join('; ')}`);

describe('the refusal of an import naming 300 unknown items', () => {
  it('is 2,000 characters at most in Vietnamese as in English', async () => {
    const db = referenceStore();
    const csv = [TIDY_HEADER, ...NAMES.map((n) => `VN,${n},iip,2025-11,yoy,pct,10.8,estimate`)].join('\n');
    const preview = await previewImport(db, [{ fileName: 'many.csv', bytes: Buffer.from(csv) }]);
    expect(preview.unknown).toHaveLength(300);
    const refusal = importErrorOf(() => commitImport(db, preview));
    db.close();

    expect(VI.length).toBe(2_000);
    expect(sayImport(refusal.said, 'vi')).toBe(VI);
    expect(sayImport(refusal.said, 'en')).toBe(EN);
    expect(refusal.detail).toBe(EN);
    expect(refusal.message).toBe(cut(`many.csv: ${EN}`));
    // the window says it from the code and its parameters
    expect(sayImportProblem({ message: refusal.message, code: refusal.said.code, params: refusal.said.params }, 'vi').message).toBe(VI);
    // the CLI's line, file first, cut as the English is
    expect(errorText(refusal, 'vi')).toBe(cut(`many.csv: ${VI}`));
    expect(errorText(refusal, 'en')).toBe(refusal.message);
  });
});
