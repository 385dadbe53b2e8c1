// A template applied to a workbook: one raw figure per name row and mapped column, with sheet!cell.
import { said } from '../../../../shared/messages/import.js';
import { cellPlace } from '../../../../shared/messages/place.js';
import { excerpt } from '../../read/limits.js';
import path from 'node:path';
import { COUNTRY_CODE, TOTAL_ITEM, type ReleaseInput } from '../../../../shared/domain.js';
import { cumulativePeriod, monthPeriod, parsePeriod, quarterPeriod, yearPeriod } from '../../../../shared/period.js';
import { columnLetter, type TemplateColumn, type XlsxTemplate } from '../../../../shared/xlsx-template.js';
import { parseNumber } from '../../read/numbers.js';
import { ImportError, type ParseResult, type RawFigure, type Warning } from '../../types.js';
import { latestMonth, monthsMentioned } from './reference-month.js';
import { locateTemplate, signatureOf, type Location } from './signature.js';
import type { SheetGrid, TemplateWorkbook } from './workbook.js';

/** Cell texts that mean "no figure" in statistical tables. */
const MISSING = /^(-|–|—|\.{1,3}|…|x|n\/?a|\*)$/i;

export interface TemplateParseResult extends ParseResult {
  /** The template with the signature of the sheet it was applied to (to save it, or as it was). */
  template: XlsxTemplate;
  sheet: string;
  referenceMonth: string;
}

/** The period a column pattern means for a reference month YYYY-MM. */
export function periodFor(pattern: string, referenceMonth: string): string | null {
  const year = Number(referenceMonth.slice(0, 4));
  const month = Number(referenceMonth.slice(5, 7));
  const prev = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  switch (pattern) {
    case 'month':
      return monthPeriod(year, month).code;
    case 'previous-month':
      return monthPeriod(prev.year, prev.month).code;
    case 'cumulative':
      return cumulativePeriod(year, month).code;
    case 'previous-cumulative':
      return month === 1 ? null : cumulativePeriod(year, month - 1).code;
    case 'quarter':
      return month % 3 === 0 ? quarterPeriod(year, month / 3).code : null;
    case 'year':
      return month === 12 ? yearPeriod(year).code : null;
    default:
      return parsePeriod(pattern)?.code ?? null;
  }
}

function referenceMonthOf(template: XlsxTemplate, grid: SheetGrid, headerRow: number, fileName: string): string {
  const from = template.referenceMonthFrom;
  if (from.kind === 'fixed') return from.month;
  if (from.kind === 'file-name') {
    const month = latestMonth(monthsMentioned(path.basename(fileName, path.extname(fileName)).replace(/[_]+/g, ' '), true));
    if (!month) throw new ImportError(fileName, null, said('template.month-from-file-name', { template: excerpt(template.name), file: excerpt(fileName) }));
    return month;
  }
  const texts: string[] = [grid.name];
  for (let r = 1; r <= headerRow + 1; r++) for (let c = 1; c <= grid.columnCount; c++) texts.push(grid.text(r, c));
  const month = latestMonth(monthsMentioned(texts.join(' \n ')));
  if (!month)
    throw new ImportError(
      fileName,
      [
        ['sheet', grid.name],
        ['range', `A1:${columnLetter(grid.columnCount)}${headerRow}`],
      ],
      said('template.month-from-header', { template: excerpt(template.name) }),
    );
  return month;
}

function valueAt(grid: SheetGrid, row: number, column: number, fileName: string): { value: number; decimals: number } | null {
  const cell = grid.cell(row, column);
  if (cell.number !== null) return { value: cell.number, decimals: cell.decimals ?? 1 };
  const text = cell.text.trim();
  if (text === '' || MISSING.test(text)) return null;
  const parsed = parseNumber(text.replace(/%$/, ''));
  if (parsed.ok) return { value: parsed.value, decimals: parsed.decimals };
  throw new ImportError(fileName, cellPlace(grid.name, `${columnLetter(column)}${row}`), said('template.not-a-number', { text: excerpt(text) }));
}

function cleanLabel(text: string): string {
  return text
    .replace(/^[\s\-–—+*•·]+/, '')
    .replace(/^(\d+|[IVX]+|[a-z])[.)]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the figures a template describes; throws an ImportError when its layout is not in the workbook. */
export function applyTemplate(
  workbook: TemplateWorkbook,
  template: XlsxTemplate,
  fileName: string,
  location: Location | null = locateTemplate(workbook, template),
): TemplateParseResult {
  const file = path.basename(fileName);
  if (!location) {
    throw new ImportError(
      file,
      null,
      said('template.matches-no-sheet', { template: excerpt(template.name), sheets: excerpt(workbook.sheets.map((s) => s.name).join(', '), 200) }),
    );
  }
  const { sheet: grid, headerRow } = location;
  const shift = headerRow - template.headerRow;
  const warnings: Warning[] = [];
  if (grid.name !== template.sheet)
    warnings.push(said('warning.template.other-sheet', { template: template.name, sheet: grid.name, mappedSheet: template.sheet }));
  if (shift !== 0) warnings.push(said('warning.template.header-moved', { template: template.name, row: headerRow, mappedRow: template.headerRow }));

  const referenceMonth = referenceMonthOf(template, grid, headerRow, file);
  const periods = new Map<TemplateColumn, string>();
  for (const col of template.columns) {
    const period = periodFor(col.period, referenceMonth);
    if (!period) {
      warnings.push(said('warning.template.no-period', { column: columnLetter(col.column), period: col.period, month: referenceMonth }));
      continue;
    }
    periods.set(col, period);
  }

  const figures: RawFigure[] = [];
  for (let r = headerRow + 1; r <= grid.rowCount; r++) {
    const label = cleanLabel(grid.text(r, template.labelColumn));
    if (label === '') continue;
    for (const [col, period] of periods) {
      const read = valueAt(grid, r, col.column, file);
      if (!read) continue;
      const dimension =
        template.labelKind === 'geo'
          ? { geoLabel: label, itemLabel: template.fixedItem ?? TOTAL_ITEM }
          : { geoLabel: template.fixedGeo ?? COUNTRY_CODE, itemLabel: label };
      figures.push({
        ...dimension,
        measure: template.measure,
        period,
        basis: col.basis,
        unit: col.unit,
        value: read.value,
        decimals: read.decimals,
        status: col.status ?? 'estimate',
        location: `${grid.name}!${columnLetter(col.column)}${r}`,
        quote: `${grid.text(r, template.labelColumn)} | ${grid.text(headerRow, col.column)}`,
      });
    }
  }
  if (figures.length === 0)
    throw new ImportError(file, cellPlace(grid.name, `A${headerRow + 1}`), said('template.no-figures', { template: excerpt(template.name) }));

  const release: Partial<ReleaseInput> = {
    name: `${template.name}, ${referenceMonth} (${file})`,
    sourceKind: 'workbook',
    sourceFile: file,
    status: 'estimate',
    ...(template.publisher ? { publisher: template.publisher } : {}),
  };
  const saved: XlsxTemplate = { ...template, sheet: grid.name, headerRow, sheetMatch: signatureOf(grid, headerRow, template.labelColumn) };
  return { figures, release, warnings, template: saved, sheet: grid.name, referenceMonth };
}
