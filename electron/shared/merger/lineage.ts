// Places across the 1 July 2025 arrangement of provincial units (Resolution 202/2025/QH15): the 63
// provinces to 30 June 2025 ("P" codes) and the 34 localities from 1 July 2025 ("L" codes), linked
// by each province's `successor`. Pure: works on the reference list however it was loaded.
import type { Lineage } from '../contract/reference.js';
import type { GeoKind } from '../domain.js';
import { nameKey } from '../text.js';

/** The day the 34 localities replaced the 63 provinces. */
export const MERGER_DATE = '2025-07-01';
/** The last month of the provinces and the first of the localities. */
export const LAST_PROVINCE_MONTH = '2025-06';
export const FIRST_LOCALITY_MONTH = '2025-07';

/** What lineage needs of a geo: the reference list's record (geos table, reference:geos). */
export interface LineageGeo {
  code: string;
  kind: GeoKind;
  nameVi: string;
  nameEn: string;
  successor: string | null;
}

/** A place before or after the change, and a geo's lineage across it (as reference:lineage answers). */
export type { Lineage };
export type Place = Lineage['geo'];

const placeOf = ({ code, kind, nameVi, nameEn }: LineageGeo): Place => ({ code, kind, nameVi, nameEn });

/**
 * The provinces that became `locality`, the one whose name it kept first (the list's convention:
 * Phú Thọ before Vĩnh Phúc and Hòa Bình), the others in the list's order.
 */
export function predecessorsOf(geos: readonly LineageGeo[], locality: LineageGeo): LineageGeo[] {
  const merged = geos.filter((g) => g.kind === 'province' && g.successor === locality.code);
  const key = nameKey(locality.nameVi);
  const sameName = merged.filter((g) => nameKey(g.nameVi) === key);
  return [...sameName, ...merged.filter((g) => !sameName.includes(g))];
}

/** The lineage of `code` in `geos`, or null when there is no such geo. */
export function geoLineage(geos: readonly LineageGeo[], code: string): Lineage | null {
  const geo = geos.find((g) => g.code === code);
  if (!geo) return null;
  const none: Lineage = { geo: placeOf(geo), changedOn: null, predecessors: [], successor: null, siblings: [] };
  if (geo.kind === 'locality') {
    const predecessors = predecessorsOf(geos, geo);
    return predecessors.length === 0 ? none : { ...none, changedOn: MERGER_DATE, predecessors: predecessors.map(placeOf) };
  }
  if (geo.kind === 'province' && geo.successor) {
    const successor = geos.find((g) => g.code === geo.successor);
    if (!successor) return none;
    const siblings = predecessorsOf(geos, successor).filter((g) => g.code !== geo.code);
    return { ...none, changedOn: MERGER_DATE, successor: placeOf(successor), siblings: siblings.map(placeOf) };
  }
  return none;
}

/** The locality a lineage leads to: the geo itself, or the province's successor. */
export const localityOf = (lineage: Lineage): Place | null => (lineage.geo.kind === 'locality' ? lineage.geo : lineage.successor);

/** The provinces a lineage comes from: a locality's predecessors, or the province with its siblings in the successor's order. */
export function provincesOf(lineage: Lineage): Place[] {
  if (lineage.geo.kind === 'locality') return lineage.predecessors;
  if (!lineage.successor) return [];
  return [lineage.geo, ...lineage.siblings];
}

/** A reference record as localities.json has it: `successor` on provinces, `mergedFrom` on localities. */
export interface ReferenceRecord {
  code: string;
  kind: GeoKind;
  successor: string | null;
  mergedFrom?: string[];
}

/**
 * Where the reference list's two descriptions of the change disagree, one sentence each; empty
 * when every province names one existing locality as successor, that locality lists it in
 * mergedFrom, every locality's mergedFrom names provinces that name it back, and no province is
 * listed twice.
 */
export function lineageProblems(records: readonly ReferenceRecord[]): string[] {
  const problems: string[] = [];
  const byCode = new Map(records.map((r) => [r.code, r]));
  const listedBy = new Map<string, string>();
  for (const l of records.filter((r) => r.kind === 'locality')) {
    if (!l.mergedFrom || l.mergedFrom.length === 0) problems.push(`${l.code}: mergedFrom is empty`);
    for (const p of l.mergedFrom ?? []) {
      const province = byCode.get(p);
      if (province?.kind !== 'province') problems.push(`${l.code}: mergedFrom lists ${p}, which is no province`);
      else if (province.successor !== l.code) problems.push(`${l.code}: mergedFrom lists ${p}, whose successor is ${province.successor ?? 'none'}`);
      const earlier = listedBy.get(p);
      if (earlier) problems.push(`${p}: listed in the mergedFrom of both ${earlier} and ${l.code}`);
      else listedBy.set(p, l.code);
    }
  }
  for (const p of records.filter((r) => r.kind === 'province')) {
    if (!p.successor) problems.push(`${p.code}: no successor`);
    else if (byCode.get(p.successor)?.kind !== 'locality') problems.push(`${p.code}: successor ${p.successor} is no locality`);
    else if (!byCode.get(p.successor)?.mergedFrom?.includes(p.code)) problems.push(`${p.code}: successor ${p.successor} does not list it in mergedFrom`);
  }
  return problems;
}
