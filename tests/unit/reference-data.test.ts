import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldForSearch } from '../../electron/shared/text.js';

interface Geo {
  code: string;
  officialCode: string;
  kind: 'country' | 'province' | 'locality';
  nameVi: string;
  nameEn: string;
  validFrom: string | null;
  validTo: string | null;
  successor: string | null;
  aliases: string[];
  cityStatus?: boolean;
  mergedFrom?: string[];
}
interface VsicItem {
  code: string;
  kind: 'total' | 'section' | 'division';
  parent: string | null;
  nameVi: string;
  nameEn: string;
  aliases: string[];
}
interface Product {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  aliases: string[];
}

function load<T>(file: string): T {
  const url = new URL(`../../data/reference/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** The key the app looks names up by (diacritics and case ignored). */
const fold = foldForSearch;

function isNfcText(s: unknown): boolean {
  return typeof s === 'string' && s.trim().length > 0 && s === s.normalize('NFC');
}

/** Returns "key: codeA, codeB" for every folded alias claimed by more than one code. */
function aliasClashes(entries: { code: string; aliases: string[] }[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const a of e.aliases) {
      const k = fold(a);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(e.code);
    }
  }
  return [...owners].filter(([, c]) => c.size > 1).map(([k, c]) => `${k}: ${[...c].join(', ')}`);
}

const { geos } = load<{ source: string; geos: Geo[] }>('localities.json');
const { items } = load<{ source: string; items: VsicItem[] }>('vsic2018.json');
const { products } = load<{ source: string; products: Product[] }>('products.json');

describe('localities.json', () => {
  const provinces = geos.filter((g) => g.kind === 'province');
  const localities = geos.filter((g) => g.kind === 'locality');
  const byCode = new Map(geos.map((g) => [g.code, g]));

  it('has the country, 63 former provinces and 34 localities with unique codes', () => {
    expect(geos.filter((g) => g.kind === 'country').map((g) => g.code)).toEqual(['VN']);
    expect(provinces).toHaveLength(63);
    expect(localities).toHaveLength(34);
    expect(new Set(geos.map((g) => g.code)).size).toBe(geos.length);
  });

  it('builds codes from two-digit official codes, unique per kind', () => {
    for (const g of [...provinces, ...localities]) {
      expect(g.officialCode, g.code).toMatch(/^\d{2}$/);
      expect(g.code, g.code).toBe((g.kind === 'province' ? 'P' : 'L') + g.officialCode);
    }
    expect(new Set(provinces.map((g) => g.officialCode)).size).toBe(63);
    expect(new Set(localities.map((g) => g.officialCode)).size).toBe(34);
  });

  it('gives every province a validity ending 2025-06-30 and an existing locality as successor', () => {
    for (const p of provinces) {
      expect(p.validTo, p.code).toBe('2025-06-30');
      expect(p.successor, p.code).not.toBeNull();
      expect(byCode.get(p.successor!)?.kind, `${p.code} → ${p.successor}`).toBe('locality');
    }
    for (const l of localities) {
      expect(l.validFrom, l.code).toBe('2025-07-01');
      expect(l.validTo, l.code).toBeNull();
      expect(l.successor, l.code).toBeNull();
    }
  });

  it('agrees between successor and mergedFrom', () => {
    for (const l of localities) {
      const fromSuccessor = provinces
        .filter((p) => p.successor === l.code)
        .map((p) => p.code)
        .sort();
      expect([...(l.mergedFrom ?? [])].sort(), l.code).toEqual(fromSuccessor);
    }
  });

  it('partitions the 63 provinces over the mergedFrom lists', () => {
    const seen = new Map<string, string>();
    for (const l of localities) {
      expect(l.mergedFrom?.length ?? 0, l.code).toBeGreaterThan(0);
      for (const p of l.mergedFrom ?? []) {
        expect(byCode.get(p)?.kind, `${l.code} lists ${p}`).toBe('province');
        expect(seen.get(p), `${p} listed twice`).toBeUndefined();
        seen.set(p, l.code);
      }
    }
    expect(seen.size).toBe(63);
  });

  it('records known merges', () => {
    expect(byCode.get('L25')?.mergedFrom).toEqual(['P25', 'P26', 'P17']);
    expect(byCode.get('L25')?.nameVi).toBe('Phú Thọ');
    expect(byCode.get('P17')?.nameVi).toBe('Hòa Bình');
    expect(byCode.get('L79')?.mergedFrom).toEqual(['P79', 'P74', 'P77']);
    expect(byCode.get('L46')?.nameVi).toBe('Huế');
    expect(byCode.get('P27')?.successor).toBe('L24');
    expect(byCode.get('P91')?.successor).toBe('L91');
    expect(byCode.get('P89')?.successor).toBe('L91');
    const unchanged = localities.filter((l) => l.mergedFrom?.length === 1).map((l) => l.nameVi);
    expect(unchanged).toHaveLength(11);
  });

  it('marks the centrally-run cities', () => {
    const citiesAfter = localities
      .filter((l) => l.cityStatus === true)
      .map((l) => l.code)
      .sort();
    expect(citiesAfter).toEqual(['L01', 'L31', 'L46', 'L48', 'L79', 'L92']);
    const citiesBefore = provinces
      .filter((p) => p.cityStatus === true)
      .map((p) => p.code)
      .sort();
    expect(citiesBefore).toEqual(['P01', 'P31', 'P46', 'P48', 'P79', 'P92']);
  });

  it('has non-empty NFC names and aliases', () => {
    for (const g of geos) {
      expect(isNfcText(g.nameVi), g.code).toBe(true);
      expect(isNfcText(g.nameEn), g.code).toBe(true);
      for (const a of g.aliases) expect(isNfcText(a), `${g.code} alias ${a}`).toBe(true);
    }
  });

  it('never resolves a name or alias to two geos valid at the same time', () => {
    // P and L records share spellings (e.g. "Phú Thọ"), but never overlap in time.
    const start = (g: Geo) => g.validFrom ?? '0000-00-00';
    const end = (g: Geo) => g.validTo ?? '9999-12-31';
    const owners = new Map<string, Geo[]>();
    for (const g of geos) {
      for (const k of new Set([g.nameVi, g.nameEn, ...g.aliases].map(fold))) {
        if (!owners.has(k)) owners.set(k, []);
        owners.get(k)!.push(g);
      }
    }
    const clashes: string[] = [];
    for (const [k, gs] of owners) {
      for (let i = 0; i < gs.length; i++) {
        for (let j = i + 1; j < gs.length; j++) {
          const a = gs[i]!;
          const b = gs[j]!;
          if (start(a) <= end(b) && start(b) <= end(a)) clashes.push(`${k}: ${a.code}, ${b.code}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('vsic2018.json', () => {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const sections = items.filter((i) => i.kind === 'section');
  const divisions = items.filter((i) => i.kind === 'division');

  it('has a total, sections B–E and the 34 industrial divisions, codes unique', () => {
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    expect(items.filter((i) => i.kind === 'total').map((i) => i.code)).toEqual(['TOTAL']);
    expect(sections.map((s) => s.code)).toEqual(['B', 'C', 'D', 'E']);
    const expected = [...['05', '06', '07', '08', '09'], ...Array.from({ length: 24 }, (_, n) => String(10 + n)), '35', ...['36', '37', '38', '39']];
    expect(divisions.map((d) => d.code)).toEqual(expected);
    expect(divisions).toHaveLength(34);
  });

  it('links every item to an existing parent of the right level', () => {
    expect(byCode.get('TOTAL')?.parent).toBeNull();
    for (const s of sections) expect(s.parent, s.code).toBe('TOTAL');
    const sectionOf = (n: number) => (n <= 9 ? 'B' : n <= 33 ? 'C' : n === 35 ? 'D' : 'E');
    for (const d of divisions) {
      expect(byCode.get(d.parent ?? '')?.kind, d.code).toBe('section');
      expect(d.parent, d.code).toBe(sectionOf(Number(d.code)));
    }
  });

  it('has non-empty NFC names and aliases', () => {
    for (const i of items) {
      expect(isNfcText(i.nameVi), i.code).toBe(true);
      expect(isNfcText(i.nameEn), i.code).toBe(true);
      for (const a of i.aliases) expect(isNfcText(a), `${i.code} alias ${a}`).toBe(true);
    }
  });

  it('maps no folded alias to two codes, nor to another item’s name', () => {
    expect(aliasClashes(items)).toEqual([]);
    // Section D and division 35 share their official name; that is the only allowed clash.
    const nameOwner = new Map<string, string>();
    for (const i of items) for (const n of [i.nameVi, i.nameEn]) if (!nameOwner.has(fold(n))) nameOwner.set(fold(n), i.code);
    const bad: string[] = [];
    for (const i of items) {
      for (const a of i.aliases) {
        const owner = nameOwner.get(fold(a));
        if (owner && owner !== i.code) bad.push(`${a}: ${i.code} vs name of ${owner}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('resolves the wordings of GSO tables and news articles', () => {
    const lookup = new Map<string, string>();
    for (const i of items) for (const k of [i.nameVi, i.nameEn, ...i.aliases]) if (!lookup.has(fold(k))) lookup.set(fold(k), i.code);
    const cases: [string, string][] = [
      ['Sản xuất và phân phối điện', 'D'],
      ['Sản xuất và phân phối điện, khí đốt, nước nóng,\nhơi nước và điều hòa không khí', 'D'],
      ['Cung cấp nước; hoạt động quản lý\nvà xử lý rác thải, nước thải', 'E'],
      ['Hoạt động dịch vụ hỗ trợ khai thác mỏ và quặng', '09'],
      ['Sản xuất sản phẩm điện tử, máy vi tính \nvà sản phẩm quang học', '26'],
      ['processing and manufacturing', 'C'],
      ['motor vehicle production', '29'],
      ['transport equipment', '30'],
      ['food processing', '10'],
      ['metal production', '24'],
      ['garment', '14'],
      ['power generation and distribution', 'D'],
      ['Whole industry', 'TOTAL'],
    ];
    for (const [text, code] of cases) expect(lookup.get(fold(text)), text).toBe(code);
  });
});

describe('products.json', () => {
  it('has unique P- codes, NFC names and units', () => {
    expect(products.length).toBeGreaterThanOrEqual(30);
    expect(new Set(products.map((p) => p.code)).size).toBe(products.length);
    for (const p of products) {
      expect(p.code).toMatch(/^P-[A-Z0-9]+(-[A-Z0-9]+)*$/);
      for (const t of [p.nameVi, p.nameEn, p.unitVi, p.unitEn]) expect(isNfcText(t), p.code).toBe(true);
      for (const a of p.aliases) expect(isNfcText(a), `${p.code} alias ${a}`).toBe(true);
      expect(p.unitVi, p.code).not.toBe('"');
    }
  });

  it('maps no folded alias or name to two codes', () => {
    expect(aliasClashes(products.map((p) => ({ code: p.code, aliases: [p.nameVi, p.nameEn, ...p.aliases] })))).toEqual([]);
  });

  it('resolves the phrases used in articles', () => {
    const lookup = new Map<string, string>();
    for (const p of products) for (const k of [p.nameVi, p.nameEn, ...p.aliases]) lookup.set(fold(k), p.code);
    const cases: [string, string][] = [
      ['automobiles', 'P-CARS'],
      ['television', 'P-TELEVISIONS'],
      ['Ti vi các loại', 'P-TELEVISIONS'],
      ['NPK mixed fertilizer', 'P-NPK-FERTILISER'],
      ['clothing', 'P-CASUAL-CLOTHES'],
      ['rolled steel', 'P-ROLLED-STEEL'],
      ['leather shoes and sandals', 'P-LEATHER-FOOTWEAR'],
      ['aquatic feed', 'P-AQUATIC-FEED'],
      ['diameter', 'P-REFINED-SUGAR'],
      ['gaseous natural gas', 'P-NATURAL-GAS'],
      ['synthetic fiber textiles', 'P-SYNTHETIC-FABRIC'],
      ['Xăng, dầu các loại', 'P-PETROL-OIL'],
      ['Bia các loại', 'P-BEER'],
    ];
    for (const [text, code] of cases) expect(lookup.get(fold(text)), text).toBe(code);
  });
});
