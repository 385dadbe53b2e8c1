// Geographies and classification items: the reference lists and the names sources use for them.
import type { GeoRef, ItemRef, RememberedName } from '../../../shared/contract.js';
import type { GeoKind, ItemKind } from '../../../shared/domain.js';
import { foldForSearch } from '../../../shared/text.js';
import type { Db } from '../connection.js';

export interface GeoRow extends GeoRef { successor: string | null; sortOrder: number }
export interface ItemRow extends ItemRef { sortOrder: number }

export interface GeoDefinition extends Omit<GeoRow, 'sortOrder'> { aliases?: string[] }
export interface ItemDefinition extends Omit<ItemRow, 'sortOrder'> { aliases?: string[] }

export function upsertGeos(db: Db, geos: GeoDefinition[]): void {
  const put = db.prepare(`INSERT INTO geos (code, officialCode, kind, nameVi, nameEn, validFrom, validTo, successor, sortOrder)
    VALUES (@code, @officialCode, @kind, @nameVi, @nameEn, @validFrom, @validTo, @successor, @sortOrder)
    ON CONFLICT (code) DO UPDATE SET officialCode = excluded.officialCode, kind = excluded.kind, nameVi = excluded.nameVi,
      nameEn = excluded.nameEn, validFrom = excluded.validFrom, validTo = excluded.validTo, successor = excluded.successor, sortOrder = excluded.sortOrder`);
  geos.forEach((g, sortOrder) => {
    put.run({ code: g.code, officialCode: g.officialCode, kind: g.kind, nameVi: g.nameVi, nameEn: g.nameEn, validFrom: g.validFrom, validTo: g.validTo, successor: g.successor, sortOrder });
    addAliases(db, 'geo', g.code, [g.code, g.nameVi, g.nameEn, ...(g.aliases ?? [])], 'reference');
  });
}

export function upsertItems(db: Db, items: ItemDefinition[]): void {
  const put = db.prepare(`INSERT INTO items (code, kind, parent, nameVi, nameEn, quantityUnitVi, quantityUnitEn, sortOrder)
    VALUES (@code, @kind, @parent, @nameVi, @nameEn, @quantityUnitVi, @quantityUnitEn, @sortOrder)
    ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, parent = excluded.parent, nameVi = excluded.nameVi, nameEn = excluded.nameEn,
      quantityUnitVi = excluded.quantityUnitVi, quantityUnitEn = excluded.quantityUnitEn, sortOrder = excluded.sortOrder`);
  items.forEach((i, sortOrder) => {
    put.run({ code: i.code, kind: i.kind, parent: i.parent, nameVi: i.nameVi, nameEn: i.nameEn, quantityUnitVi: i.quantityUnitVi, quantityUnitEn: i.quantityUnitEn, sortOrder });
    addAliases(db, 'item', i.code, [i.code, i.nameVi, i.nameEn, ...(i.aliases ?? [])], 'reference');
  });
}

export function addAliases(db: Db, kind: 'geo' | 'item', code: string, names: string[], origin: 'reference' | 'user'): void {
  const put = db.prepare('INSERT OR IGNORE INTO aliases (kind, folded, code, origin) VALUES (?, ?, ?, ?)');
  for (const name of names) {
    const folded = foldForSearch(name);
    if (folded) put.run(kind, folded, code, origin);
  }
}

export function listUserAliases(db: Db): RememberedName[] {
  return db
    .prepare(
      `SELECT a.kind, a.folded, a.code, COALESCE(g.nameVi, i.nameVi) AS nameVi, COALESCE(g.nameEn, i.nameEn) AS nameEn
       FROM aliases a LEFT JOIN geos g ON a.kind = 'geo' AND g.code = a.code LEFT JOIN items i ON a.kind = 'item' AND i.code = a.code
       WHERE a.origin = 'user' ORDER BY a.kind, a.folded`,
    )
    .all() as RememberedName[];
}

/** Forgets a name matched by hand; names from the reference lists are never removed. */
export function forgetUserAlias(db: Db, kind: 'geo' | 'item', folded: string, code: string): boolean {
  return db.prepare("DELETE FROM aliases WHERE kind = ? AND folded = ? AND code = ? AND origin = 'user'").run(kind, folded, code).changes > 0;
}

export function listGeos(db: Db): GeoRow[] {
  return db.prepare('SELECT * FROM geos ORDER BY sortOrder').all() as GeoRow[];
}

export function listItems(db: Db): ItemRow[] {
  return db.prepare('SELECT * FROM items ORDER BY sortOrder').all() as ItemRow[];
}

export function geoByCode(db: Db, code: string): GeoRow | undefined {
  return db.prepare('SELECT * FROM geos WHERE code = ?').get(code) as GeoRow | undefined;
}

export function itemByCode(db: Db, code: string): ItemRow | undefined {
  return db.prepare('SELECT * FROM items WHERE code = ?').get(code) as ItemRow | undefined;
}

/** Codes whose name, code or alias folds to the same text as `label`. */
export function codesForLabel(db: Db, kind: 'geo' | 'item', label: string): string[] {
  const rows = db.prepare('SELECT DISTINCT code FROM aliases WHERE kind = ? AND folded = ?').all(kind, foldForSearch(label)) as { code: string }[];
  return rows.map((r) => r.code);
}

/**
 * The geo a label means for a period ending `periodEnd` (YYYY-MM): a name or official code shared by a
 * pre-merger province and a post-merger locality resolves to the one valid then.
 */
export function resolveGeo(db: Db, label: string, periodEnd?: string): GeoRow | undefined {
  const direct = geoByCode(db, label.trim().toUpperCase());
  if (direct) return direct;
  const byOfficial = db.prepare('SELECT code FROM geos WHERE officialCode = ?').all(label.trim()) as { code: string }[];
  const codes = [...new Set([...codesForLabel(db, 'geo', label), ...byOfficial.map((r) => r.code)])];
  const rows = codes.map((c) => geoByCode(db, c)).filter((g): g is GeoRow => g !== undefined);
  if (rows.length <= 1) return rows[0];
  const day = periodEnd ? `${periodEnd}-28` : new Date().toISOString().slice(0, 10);
  return rows.find((g) => (g.validFrom === null || g.validFrom <= day) && (g.validTo === null || g.validTo >= day)) ?? rows[0];
}

/**
 * An industry's name without the words around it that name no industry: "ngành công nghiệp chế biến,
 * chế tạo" and "chế biến, chế tạo", "the electricity sector" and "electricity" agree.
 */
export function itemCore(label: string): string {
  let core = foldForSearch(label).replace(/[,;:()]/g, ' ').replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== core; ) {
    before = core;
    core = core
      .replace(/^(?:the|only|nganh|nhom nganh|cong nghiep|linh vuc|khu vuc) /, '')
      .replace(/ (?:industry|industries|sector|sectors|activities|nganh|cong nghiep)$/, '');
  }
  return core;
}

/** Codes of the items one of whose names has the same core as `label`. */
function codesForItemCore(db: Db, label: string): string[] {
  const core = itemCore(label);
  if (!core) return [];
  const rows = db.prepare("SELECT DISTINCT folded, code FROM aliases WHERE kind = 'item'").all() as { folded: string; code: string }[];
  return [...new Set(rows.filter((r) => itemCore(r.folded) === core).map((r) => r.code))];
}

const ITEM_LEVEL: Record<ItemKind, number> = { total: 0, section: 1, division: 2, product: 3 };

/**
 * The item a label means. A name shared by a section and its only division (D and 35 are both
 * "Electricity, gas, steam and air conditioning supply") means the section, the row tables publish.
 */
export function resolveItem(db: Db, label: string): ItemRow | undefined {
  const direct = itemByCode(db, label.trim().toUpperCase()) ?? itemByCode(db, label.trim());
  if (direct) return direct;
  let codes = codesForLabel(db, 'item', label);
  if (codes.length === 0) codes = codesForItemCore(db, label);
  const rows = codes.map((c) => itemByCode(db, c)).filter((i): i is ItemRow => i !== undefined);
  if (rows.length <= 1) return rows[0];
  const [first, second] = [...rows].sort((a, b) => ITEM_LEVEL[a.kind] - ITEM_LEVEL[b.kind]);
  const nested = second!.parent === first!.code && first!.kind !== second!.kind;
  return nested ? first : undefined;
}

export type { GeoKind, ItemKind };
