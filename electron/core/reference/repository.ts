// Geographies and classification items: the reference lists, and the names sources use for them
// (folded by nameKey: no diacritics, lower case, spelling variants and punctuation alike), from the lists or matched by hand on import.
import type { GeoRef, ItemRef, RememberedName } from '../../shared/contract/reference.js';
import { nameKey } from '../../shared/text.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { writeTransaction } from '../db/transactions.js';

export interface GeoRow extends GeoRef {
  successor: string | null;
  sortOrder: number;
}
export interface ItemRow extends ItemRef {
  sortOrder: number;
}

export interface GeoDefinition extends Omit<GeoRow, 'sortOrder'> {
  aliases?: string[];
}
export interface ItemDefinition extends Omit<ItemRow, 'sortOrder'> {
  aliases?: string[];
}

export type NameKind = 'geo' | 'item';

const GEO_COLUMNS = 'code, officialCode, kind, nameVi, nameEn, validFrom, validTo, successor, sortOrder';
const ITEM_COLUMNS = 'code, kind, parent, nameVi, nameEn, quantityUnitVi, quantityUnitEn, sortOrder';

/** The geo as the contract gives it (without its place in the list and its successor). */
export const toGeoRef = ({ sortOrder: _order, successor: _successor, ...geo }: GeoRow): GeoRef => geo;
export const toItemRef = ({ sortOrder: _order, ...item }: ItemRow): ItemRef => item;

export function upsertGeos(db: Db, geos: GeoDefinition[]): void {
  const put = statement(
    db,
    `INSERT INTO geos (${GEO_COLUMNS}) VALUES (@code, @officialCode, @kind, @nameVi, @nameEn, @validFrom, @validTo, @successor, @sortOrder)
     ON CONFLICT (code) DO UPDATE SET officialCode = excluded.officialCode, kind = excluded.kind, nameVi = excluded.nameVi,
       nameEn = excluded.nameEn, validFrom = excluded.validFrom, validTo = excluded.validTo, successor = excluded.successor, sortOrder = excluded.sortOrder`,
  );
  geos.forEach((g, sortOrder) => {
    put.run({
      code: g.code,
      officialCode: g.officialCode,
      kind: g.kind,
      nameVi: g.nameVi,
      nameEn: g.nameEn,
      validFrom: g.validFrom,
      validTo: g.validTo,
      successor: g.successor,
      sortOrder,
    });
    addAliases(db, 'geo', g.code, [g.code, g.nameVi, g.nameEn, ...(g.aliases ?? [])], 'reference');
  });
}

export function upsertItems(db: Db, items: ItemDefinition[]): void {
  const put = statement(
    db,
    `INSERT INTO items (${ITEM_COLUMNS}) VALUES (@code, @kind, @parent, @nameVi, @nameEn, @quantityUnitVi, @quantityUnitEn, @sortOrder)
     ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, parent = excluded.parent, nameVi = excluded.nameVi, nameEn = excluded.nameEn,
       quantityUnitVi = excluded.quantityUnitVi, quantityUnitEn = excluded.quantityUnitEn, sortOrder = excluded.sortOrder`,
  );
  items.forEach((i, sortOrder) => {
    put.run({
      code: i.code,
      kind: i.kind,
      parent: i.parent,
      nameVi: i.nameVi,
      nameEn: i.nameEn,
      quantityUnitVi: i.quantityUnitVi,
      quantityUnitEn: i.quantityUnitEn,
      sortOrder,
    });
    addAliases(db, 'item', i.code, [i.code, i.nameVi, i.nameEn, ...(i.aliases ?? [])], 'reference');
  });
}

export function listGeos(db: Db): GeoRow[] {
  return statement<GeoRow>(db, `SELECT ${GEO_COLUMNS} FROM geos ORDER BY sortOrder`).all();
}

export function listItems(db: Db): ItemRow[] {
  return statement<ItemRow>(db, `SELECT ${ITEM_COLUMNS} FROM items ORDER BY sortOrder`).all();
}

export function geoByCode(db: Db, code: string): GeoRow | undefined {
  return statement<GeoRow>(db, `SELECT ${GEO_COLUMNS} FROM geos WHERE code = ?`).get(code);
}

export function itemByCode(db: Db, code: string): ItemRow | undefined {
  return statement<ItemRow>(db, `SELECT ${ITEM_COLUMNS} FROM items WHERE code = ?`).get(code);
}

/** Codes of the geos with this official code (a province and the locality it became may share one). */
export function geoCodesByOfficialCode(db: Db, officialCode: string): string[] {
  return statement<{ code: string }>(db, 'SELECT code FROM geos WHERE officialCode = ?')
    .all(officialCode)
    .map((r) => r.code);
}

// ---- names ------------------------------------------------------------------------------------

export function addAliases(db: Db, kind: NameKind, code: string, names: string[], origin: 'reference' | 'user'): void {
  const put = statement(db, 'INSERT OR IGNORE INTO aliases (kind, folded, code, origin) VALUES (?, ?, ?, ?)');
  for (const name of names) {
    const folded = nameKey(name);
    if (folded) put.run(kind, folded, code, origin);
  }
}

/**
 * Re-keys names stored under an earlier key (a store made before nameKey folded i/y and punctuation),
 * names matched by hand included. Returns how many changed.
 */
export function rekeyAliases(db: Db): number {
  const rows = statement<{ kind: NameKind; folded: string; code: string; origin: 'reference' | 'user' }>(
    db,
    'SELECT kind, folded, code, origin FROM aliases',
  ).all();
  const put = statement(db, 'INSERT OR IGNORE INTO aliases (kind, folded, code, origin) VALUES (?, ?, ?, ?)');
  const drop = statement(db, 'DELETE FROM aliases WHERE kind = ? AND folded = ? AND code = ?');
  let changed = 0;
  for (const r of rows) {
    const key = nameKey(r.folded);
    if (key === r.folded) continue;
    drop.run(r.kind, r.folded, r.code);
    if (key) put.run(r.kind, key, r.code, r.origin);
    changed++;
  }
  return changed;
}

/** Codes whose name, code or alias has the same key (nameKey) as `label`. */
export function codesForLabel(db: Db, kind: NameKind, label: string): string[] {
  return statement<{ code: string }>(db, 'SELECT DISTINCT code FROM aliases WHERE kind = ? AND folded = ?')
    .all(kind, nameKey(label))
    .map((r) => r.code);
}

/** Every name of one kind with its code (for suggestions and loose matching). */
export function aliasesOf(db: Db, kind: NameKind): { folded: string; code: string }[] {
  return statement<{ folded: string; code: string }>(db, 'SELECT DISTINCT folded, code FROM aliases WHERE kind = ?').all(kind);
}

export function listUserAliases(db: Db): RememberedName[] {
  return statement<RememberedName>(
    db,
    `SELECT a.kind, a.folded, a.code, COALESCE(g.nameVi, i.nameVi) AS nameVi, COALESCE(g.nameEn, i.nameEn) AS nameEn
       FROM aliases a LEFT JOIN geos g ON a.kind = 'geo' AND g.code = a.code LEFT JOIN items i ON a.kind = 'item' AND i.code = a.code
      WHERE a.origin = 'user' ORDER BY a.kind, a.folded`,
  ).all();
}

/** Forgets a name matched by hand; names from the reference lists are never removed. */
export function forgetUserAlias(db: Db, kind: NameKind, folded: string, code: string): boolean {
  const forget = statement(db, "DELETE FROM aliases WHERE kind = ? AND folded = ? AND code = ? AND origin = 'user'");
  return writeTransaction(db, () => forget.run(kind, folded, code).changes > 0);
}
