// Releases a test writes straight into a store, as press texts and workbooks are written (the release,
// then its figures by insertFigures, in one transaction), and the figures such tests write.
import type { Db } from '../../electron/core/db/connection.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import type { Basis, FigureInput, Status } from '../../electron/shared/domain.js';

/** The release a test names: published by "Test" from `<name>.csv`, an estimate unless it says. */
export interface TestRelease {
  name: string;
  publishedOn: string;
  status?: Status;
}

/** Writes the release holding `figures`; its id. */
export function writeRelease(db: Db, { name, publishedOn, status = 'estimate' }: TestRelease, figures: FigureInput[]): number {
  return db.transaction(() => {
    const id = insertRelease(db, { name, publisher: 'Test', publishedOn, status, sourceKind: 'csv', sourceFile: `${name}.csv` });
    insertFigures(db, id, figures);
    return id;
  })();
}

/** A preliminary figure of the country's manufacturing (VN, C) index of industrial production. */
export const manufacturingFigure = (
  period: string,
  basis: Basis,
  unit: FigureInput['unit'],
  value: number,
  decimals: number,
  more: Partial<FigureInput> = {},
): FigureInput => ({ geo: 'VN', item: 'C', measure: 'iip', period, basis, unit, value, decimals, status: 'preliminary', ...more });

/** An estimated year-on-year % change of the index of industrial production, to one decimal. */
export const yoyEstimate = (geo: string, item: string, period: string, value: number): FigureInput => ({
  geo,
  item,
  measure: 'iip',
  period,
  basis: 'yoy',
  unit: 'pct',
  value,
  decimals: 1,
  status: 'estimate',
});
