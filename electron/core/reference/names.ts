// What a name in a file or on the command line means: the geo valid in the figure's period, the
// item whose name (with or without "ngành", "industry", …) a label gives.
import type { ItemKind, Measure } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { nameKey } from '../../shared/text.js';
import { aliasesOf, codesForLabel, geoByCode, geoCodesByOfficialCode, itemByCode, type GeoRow, type ItemRow } from './repository.js';

/**
 * The geo a label means for a period ending `periodEnd` (YYYY-MM): a name or official code shared by a
 * pre-merger province and a post-merger locality resolves to the one valid then.
 */
export function resolveGeo(db: Db, label: string, periodEnd?: string): GeoRow | undefined {
  const direct = geoByCode(db, label.trim().toUpperCase());
  if (direct) return direct;
  const codes = [...new Set([...codesForLabel(db, 'geo', label), ...geoCodesByOfficialCode(db, label.trim())])];
  const rows = codes.map((c) => geoByCode(db, c)).filter((g): g is GeoRow => g !== undefined);
  if (rows.length <= 1) return rows[0];
  const day = periodEnd ? `${periodEnd}-28` : new Date().toISOString().slice(0, 10);
  return rows.find((g) => (g.validFrom === null || g.validFrom <= day) && (g.validTo === null || g.validTo >= day)) ?? rows[0];
}

/**
 * Words after a product's name that do not change which product it is: statistics tables write
 * "Xăng, dầu các loại" (of all kinds), "Dầu mỏ thô khai thác trong nước" (domestic), "Ti vi (tổng
 * số)". Folded (nameKey). Not "nguyên khai" (raw coal is another product than clean coal), nor
 * "thương phẩm" or "chế biến", which name another stage of the product.
 */
export const PRODUCT_QUALIFIERS = ['cac loai', 'trong nuoc', 'tong so', 'of all kinds', 'all kinds', 'of all types', 'all types', 'domestic', 'domestically'];
const TRAILING_QUALIFIER = new RegExp(` (?:${PRODUCT_QUALIFIERS.join('|')})$`);

/**
 * An industry's or product's name without the words around it that name no industry and the
 * qualifiers that name no other product: "ngành công nghiệp chế biến, chế tạo" and "chế biến, chế
 * tạo", "the electricity sector" and "electricity", "Bia các loại" and "Bia" agree.
 */
export function itemCore(label: string): string {
  let core = nameKey(label);
  for (let before = ''; before !== core;) {
    before = core;
    core = core
      .replace(/^(?:the|only|nganh|nhom nganh|cong nghiep|linh vuc|khu vuc) /, '')
      .replace(/ (?:industry|industries|sector|sectors|activities|nganh|cong nghiep)$/, '')
      .replace(TRAILING_QUALIFIER, '')
      .replace(/^domestic /, '');
  }
  return core;
}

/** Codes of the items one of whose names has the same core as `label`. */
function codesForItemCore(db: Db, label: string): string[] {
  const core = itemCore(label);
  if (!core) return [];
  return [
    ...new Set(
      aliasesOf(db, 'item')
        .filter((r) => itemCore(r.folded) === core)
        .map((r) => r.code),
    ),
  ];
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

/** The measure a series of this item usually has: output for products, the index otherwise. */
export const usualMeasure = (item: Pick<ItemRow, 'kind'>): Measure => (item.kind === 'product' ? 'output' : 'iip');
