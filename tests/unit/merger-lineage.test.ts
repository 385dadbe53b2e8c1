// Places across the 1 July 2025 merger: the reference list's two descriptions of the change agree,
// and lineage reads it both ways (a locality's predecessors, a province's successor and siblings).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoLineage, lineageProblems, type LineageGeo, type ReferenceRecord } from '../../electron/shared/merger/lineage.js';

type Record = LineageGeo & ReferenceRecord;
const { geos } = JSON.parse(readFileSync(new URL('../../data/reference/localities.json', import.meta.url), 'utf8')) as { geos: Record[] };
const provinces = geos.filter((g) => g.kind === 'province');
const localities = geos.filter((g) => g.kind === 'locality');
const codes = (places: { code: string }[]): string[] => places.map((p) => p.code);

describe('the reference list of the 2025 merger', () => {
  it('agrees both ways: successor on the 63 provinces, mergedFrom on the 34 localities', () => {
    expect(provinces).toHaveLength(63);
    expect(localities).toHaveLength(34);
    expect(lineageProblems(geos)).toEqual([]);
  });

  it('gives each province exactly one successor, and the localities cover all 63 once', () => {
    const listed = localities.flatMap((l) => l.mergedFrom ?? []);
    expect(listed).toHaveLength(63);
    expect(new Set(listed)).toEqual(new Set(codes(provinces)));
    for (const p of provinces)
      expect(
        localities.filter((l) => l.mergedFrom?.includes(p.code)).map((l) => l.code),
        p.code,
      ).toEqual([p.successor]);
  });

  it('finds each disagreement, saying where', () => {
    const broken = geos.map((g): Record => {
      if (g.code === 'P17') return { ...g, successor: 'L24' }; // Hòa Bình sent to Bắc Ninh
      if (g.code === 'L08') return { ...g, mergedFrom: ['P08'] }; // Hà Giang left out of Tuyên Quang
      if (g.code === 'L91') return { ...g, mergedFrom: ['P89', 'P91', 'P96'] }; // Cà Mau's province listed twice
      return g;
    });
    expect(lineageProblems(broken).sort()).toEqual(
      [
        'L25: mergedFrom lists P17, whose successor is L24',
        'P17: successor L24 does not list it in mergedFrom',
        'P02: successor L08 does not list it in mergedFrom',
        'L91: mergedFrom lists P96, whose successor is L96',
        'P96: listed in the mergedFrom of both L91 and L96',
      ].sort(),
    );
    const orphan = geos.map((g) => (g.code === 'P94' ? { ...g, successor: null } : g));
    expect(lineageProblems(orphan)).toEqual(['L92: mergedFrom lists P94, whose successor is none', 'P94: no successor']);
  });
});

describe('geoLineage', () => {
  it('gives a locality its predecessors, the one whose name it kept first', () => {
    const phuTho = geoLineage(geos, 'L25')!;
    expect(phuTho.changedOn).toBe('2025-07-01');
    expect(phuTho.predecessors.map((p) => p.nameVi)).toEqual(['Phú Thọ', 'Hòa Bình', 'Vĩnh Phúc']);
    expect(phuTho.successor).toBeNull();
    expect(phuTho.siblings).toEqual([]);
    // Lào Cai (L15) keeps the code of Yên Bái (P15), where its centre is, but Lào Cai's name.
    expect(codes(geoLineage(geos, 'L15')!.predecessors)).toEqual(['P10', 'P15']);
  });

  it('reads the reference list the same way as its mergedFrom, same-named province first', () => {
    for (const l of localities) {
      const predecessors = codes(geoLineage(geos, l.code)!.predecessors);
      expect(predecessors[0], l.code).toBe(l.mergedFrom![0]);
      expect([...predecessors].sort(), l.code).toEqual([...l.mergedFrom!].sort());
    }
  });

  it('gives a province its successor and the provinces merged with it', () => {
    const hoaBinh = geoLineage(geos, 'P17')!;
    expect(hoaBinh.geo).toEqual({ code: 'P17', kind: 'province', nameVi: 'Hòa Bình', nameEn: 'Hoa Binh' });
    expect(hoaBinh.changedOn).toBe('2025-07-01');
    expect(hoaBinh.successor?.nameVi).toBe('Phú Thọ');
    expect(hoaBinh.siblings.map((p) => p.nameVi)).toEqual(['Phú Thọ', 'Vĩnh Phúc']);
    expect(hoaBinh.predecessors).toEqual([]);
    const haNoi = geoLineage(geos, 'P01')!;
    expect(haNoi.successor?.code).toBe('L01');
    expect(haNoi.siblings).toEqual([]);
  });

  it('leaves the whole country unchanged and knows no unknown code', () => {
    expect(geoLineage(geos, 'VN')).toMatchObject({ changedOn: null, predecessors: [], successor: null, siblings: [] });
    expect(geoLineage(geos, 'P99')).toBeNull();
  });
});
