// Stored section weights: a weights file's base years replace what the store held for them, in one
// transaction; listing them for the contributions and the window.
import type { ImportedWeight, WeightsImportReport } from '../../shared/contract/contributions.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { writeTransaction } from '../db/transactions.js';
import type { WeightRow } from './weights-file.js';

interface StoredWeightRow {
  geoCode: string;
  baseYear: number;
  itemCode: string;
  weightPercent: number;
  decimals: number;
  source: string | null;
  fileName: string;
  importedAt: string;
}

const toImportedWeight = (r: StoredWeightRow): ImportedWeight => ({
  geo: r.geoCode,
  baseYear: r.baseYear,
  item: r.itemCode,
  weight: r.weightPercent,
  decimals: r.decimals,
  source: r.source,
  fileName: r.fileName,
  importedAt: r.importedAt,
});

export function listWeights(db: Db, geo?: string): ImportedWeight[] {
  return statement<StoredWeightRow>(
    db,
    `SELECT geoCode, baseYear, itemCode, weightPercent, decimals, source, fileName, importedAt FROM sectionWeights
      WHERE (? IS NULL OR geoCode = ?) ORDER BY geoCode, baseYear, itemCode`,
  )
    .all(geo ?? null, geo ?? null)
    .map(toImportedWeight);
}

/** Replaces, for each geo and base year in `rows`, every weight the store held with the file's. */
export function replaceWeights(db: Db, fileName: string, rows: WeightRow[], now = new Date()): WeightsImportReport {
  const groups = new Map<string, { geo: string; baseYear: number; weights: number; replaced: number }>();
  for (const r of rows) {
    const key = `${r.geo}|${r.baseYear}`;
    const group = groups.get(key) ?? { geo: r.geo, baseYear: r.baseYear, weights: 0, replaced: 0 };
    group.weights++;
    groups.set(key, group);
  }
  const count = statement<{ n: number }>(db, 'SELECT count(*) AS n FROM sectionWeights WHERE geoCode = ? AND baseYear = ?');
  const remove = statement(db, 'DELETE FROM sectionWeights WHERE geoCode = ? AND baseYear = ?');
  const insert = statement(
    db,
    `INSERT INTO sectionWeights (geoCode, baseYear, itemCode, weightPercent, decimals, source, fileName, importedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const importedAt = now.toISOString();
  writeTransaction(db, () => {
    for (const g of groups.values()) {
      g.replaced = count.get(g.geo, g.baseYear)!.n;
      remove.run(g.geo, g.baseYear);
    }
    for (const r of rows) insert.run(r.geo, r.baseYear, r.item, r.weight, r.decimals, r.source, fileName, importedAt);
  });
  return { fileName, imported: rows.length, baseYears: [...groups.values()] };
}
