// Places across the 1 July 2025 merger on a real store: reference:lineage against its schema (by
// code and by name without diacritics), and `iip places` as text, JSON and exit codes.
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { contract } from '../../electron/shared/contract/index.js';
import { runIip } from '../helpers/cli.js';
import { tempStorePath } from '../helpers/temp.js';

const path = tempStorePath();
const store = openStore(path);
const core = createCore({ db: store.db, storePath: store.path });
afterAll(() => {
  core.close();
  store.db.close();
});

async function lineage(geo: unknown) {
  const result = await dispatch(core.handlers, 'reference:lineage', { geo });
  if (!result.ok) return result.error;
  return contract['reference:lineage'].output.parse(result.value);
}

describe('reference:lineage', () => {
  it('gives a locality the provinces merged into it, with names in both languages', async () => {
    expect(await lineage('L25')).toEqual({
      geo: { code: 'L25', kind: 'locality', nameVi: 'Phú Thọ', nameEn: 'Phu Tho' },
      changedOn: '2025-07-01',
      predecessors: [
        { code: 'P25', kind: 'province', nameVi: 'Phú Thọ', nameEn: 'Phu Tho' },
        { code: 'P17', kind: 'province', nameVi: 'Hòa Bình', nameEn: 'Hoa Binh' },
        { code: 'P26', kind: 'province', nameVi: 'Vĩnh Phúc', nameEn: 'Vinh Phuc' },
      ],
      successor: null,
      siblings: [],
    });
  });

  it('gives a province, named without diacritics, its successor and siblings', async () => {
    const soc = await lineage('soc trang');
    expect(soc).toMatchObject({ geo: { code: 'P94' }, changedOn: '2025-07-01', successor: { code: 'L92', nameVi: 'Cần Thơ' }, predecessors: [] });
    expect((soc as { siblings: { code: string }[] }).siblings.map((s) => s.code)).toEqual(['P92', 'P93']);
  });

  it('answers not-found for an unknown place and bad-input for no place', async () => {
    expect(await lineage('Atlantis')).toMatchObject({ code: 'not-found', message: "no locality or province 'Atlantis'" });
    expect(await lineage('')).toMatchObject({ code: 'bad-input' });
  });
});

describe('iip places', () => {
  const cli = (...args: string[]) => runIip([...args, '--db', path]);

  it('prints a locality’s former provinces', async () => {
    const r = await cli('places', '--geo', 'L37');
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n')).toEqual(['L37 Ninh Bình (Ninh Binh), locality', 'Formed on 2025-07-01 from: P37 Ninh Bình, P35 Hà Nam, P36 Nam Định']);
  });

  it('prints a province’s successor and the provinces merged with it, and JSON for scripts', async () => {
    const r = await cli('places', '--geo', 'Hoà Bình');
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'P17 Hòa Bình (Hoa Binh), province',
      'Merged on 2025-07-01 into: L25 Phú Thọ',
      'Together with: P25 Phú Thọ, P26 Vĩnh Phúc',
    ]);
    const json = await cli('places', '--geo', 'P01', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ geo: { code: 'P01' }, successor: { code: 'L01' }, siblings: [] });
    expect((await cli('places', '--geo', 'VN')).out).toBe('VN Cả nước (Viet Nam), country\nNot changed by the 1 July 2025 merger.');
  });

  it('exits 1 for an unknown place and 2 without --geo', async () => {
    expect(await cli('places', '--geo', 'Atlantis')).toMatchObject({ code: 1, err: "iip places: no locality or province 'Atlantis'" });
    const bare = await cli('places');
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('--geo is required');
  });
});
