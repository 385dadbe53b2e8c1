// A data cube (dimensions × flat values in row-major order, last dimension fastest) turned into raw figures.
// Shared by PC-Axis and JSON-stat: both describe dimensions with categories and give values in one flat list.
import { said, type ImportSaid } from '../../../shared/messages/import.js';
import type { Place } from '../../../shared/messages/place.js';
import { listParam } from '../../../shared/messages/said.js';
import type { Basis, Measure, Status, Unit } from '../../../shared/domain.js';
import { TOTAL_ITEM } from '../../../shared/domain.js';
import {
  geoKindOf,
  isGeoDimensionName,
  isTimeDimensionName,
  looksLikeQuantityUnit,
  readComparison,
  readPeriodLabel,
  type Comparison,
  type TimeScale,
} from './classify.js';
import { ImportError, type RawFigure, type Warning } from '../types.js';
import { excerpt, MAX_LABEL_CHARS, quoted } from './limits.js';

export interface CubeCategory {
  code: string;
  /** Label in the file's default language. */
  label: string;
  /** Vietnamese label when the file has a translation. */
  viLabel?: string;
  /** Unit attached to this category (JSON-stat metric unit): label and decimals. */
  unitLabel?: string;
  decimals?: number;
}

export interface CubeDimension {
  id: string;
  label: string;
  categories: CubeCategory[];
  /** Declared role (JSON-stat role, PX TIMEVAL). */
  role?: 'time' | 'geo' | 'metric' | null;
  timeScale?: TimeScale | null;
  /** Where to point errors about this dimension ("keyword VALUES(\"Tháng\")", "dimension \"time\""). */
  place: Place;
}

export interface CubeContext {
  fileName: string;
  /** Texts that describe all values: title, contents, units. */
  describe: string[];
  /** Unit text (PX UNITS): used for quantity detection. */
  units?: string | null;
  /** Decimals stated for the whole table (PX SHOWDECIMALS/DECIMALS). */
  decimals?: number | null;
  /** Place for errors about the comparison ("keyword CONTENTS"). */
  describePlace: Place;
}

export interface CubeCell {
  value: number;
  /** Decimals as written, when the format keeps the text. */
  decimals?: number;
  status?: Status;
}

export type DimKind = 'time' | 'geo' | 'comparison' | 'item';

export function classifyDimension(d: CubeDimension): DimKind {
  if (d.role === 'time' || d.timeScale) return 'time';
  if (d.role === 'geo') return 'geo';
  if (d.role === 'metric') return 'comparison';
  const names = [d.id, d.label];
  const labels = d.categories.map((c) => c.label);
  if (names.some(isTimeDimensionName)) return 'time';
  if (
    labels.length > 0 &&
    labels.every((l) => readPeriodLabel(l) !== null) &&
    d.categories.every((c) => readPeriodLabel(c.code) !== null || readPeriodLabel(c.label) !== null)
  )
    return 'time';
  if (names.some(isGeoDimensionName)) return 'geo';
  const geoCount = d.categories.filter((c) => geoKindOf(c.label) !== null || (c.viLabel && geoKindOf(c.viLabel) !== null)).length;
  if (geoCount > 0 && geoCount * 2 >= d.categories.length) return 'geo';
  if (
    labels.length > 0 &&
    labels.every((l) => {
      const c = readComparison(l);
      return c.basis !== undefined || c.measure === 'contribution';
    })
  )
    return 'comparison';
  return 'item';
}

/** The label a figure carries: the Vietnamese one when the file has it, else the default language's, else the code. */
const shownLabel = (c: CubeCategory): string => c.viLabel || c.label || c.code;

function mergeComparison(...cs: Comparison[]): Comparison {
  const out: Comparison = {};
  for (const c of cs) {
    if (out.basis === undefined && c.basis !== undefined) {
      out.basis = c.basis;
      if (c.baseYear !== undefined) out.baseYear = c.baseYear;
    }
    if (out.unit === undefined && c.unit !== undefined) out.unit = c.unit;
    if (out.measure === undefined && c.measure !== undefined) out.measure = c.measure;
  }
  return out;
}

/**
 * Walks every cell. getCell(flat) returns null for a missing value (no figure). Row-major: the last dimension varies
 * fastest. Throws ImportError for time categories that are not periods and for tables whose comparison is unknown.
 */
export function cubeToFigures(
  dims: CubeDimension[],
  ctx: CubeContext,
  total: number,
  getCell: (flat: number) => CubeCell | null,
  locationOf: (flat: number) => string,
): { figures: RawFigure[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const kinds = dims.map(classifyDimension);
  const timeDims = kinds.flatMap((k, i) => (k === 'time' ? [i] : []));
  if (timeDims.length === 0)
    throw new ImportError(ctx.fileName, null, said('cube.no-time-dimension', { dimensions: excerpt(dims.map((d) => `"${d.id}"`).join(', '), 200) }));
  if (timeDims.length > 1)
    throw new ImportError(
      ctx.fileName,
      dims[timeDims[1]!]!.place,
      said('cube.several-time-dimensions', { dimensions: excerpt(timeDims.map((i) => `"${dims[i]!.id}"`).join(', '), 200) }),
    );
  const geoDims = kinds.flatMap((k, i) => (k === 'geo' ? [i] : []));
  if (geoDims.length > 1) {
    for (const i of geoDims.slice(1)) kinds[i] = 'item';
    warnings.push(said('warning.cube.several-localities', { dimension: dims[geoDims[0]!]!.id }));
  }
  const itemDims = kinds.flatMap((k, i) => (k === 'item' ? [i] : []));
  // Unclassified one-category dimensions qualify the whole table; keep them out of item labels when another exists.
  const multiItem = itemDims.filter((i) => dims[i]!.categories.length > 1);
  const labelItemDims = multiItem.length > 0 ? multiItem : itemDims;
  if (labelItemDims.length > 1)
    warnings.push(
      said('warning.cube.item-labels-combined', {
        dimensions: listParam(
          labelItemDims.map((i) => `"${dims[i]!.id}"`),
          'and',
        ),
      }),
    );
  const singleDescribe = itemDims.filter((i) => !labelItemDims.includes(i)).map((i) => shownLabel(dims[i]!.categories[0]!));

  // Periods per time category.
  const td = dims[timeDims[0]!]!;
  const periods = td.categories.map((c) => {
    const r = readPeriodLabel(c.code, td.timeScale) ?? readPeriodLabel(c.label, td.timeScale) ?? (c.viLabel ? readPeriodLabel(c.viLabel, td.timeScale) : null);
    if (!r) throw new ImportError(ctx.fileName, td.place, said('cube.not-a-period', { value: quoted(c.label || c.code, 40) }));
    // A label may add a status the code lacks ("2024" / "Sơ bộ 2024").
    const status = r.status ?? readPeriodLabel(c.label)?.status ?? (c.viLabel ? readPeriodLabel(c.viLabel)?.status : undefined);
    return status ? { period: r.period, status } : { period: r.period };
  });

  const tableComparison = mergeComparison(...ctx.describe.map(readComparison));
  const compDims = kinds.flatMap((k, i) => (k === 'comparison' ? [i] : []));
  const categoryComparison = (coords: number[]): Comparison =>
    mergeComparison(
      ...compDims.map((i) => {
        const c = dims[i]!.categories[coords[i]!]!;
        return mergeComparison(readComparison(c.label), c.viLabel ? readComparison(c.viLabel) : {}, c.unitLabel ? readComparison(c.unitLabel) : {});
      }),
    );
  const quantity = !tableComparison.basis && ctx.units ? looksLikeQuantityUnit(ctx.units) : false;

  const sizes = dims.map((d) => d.categories.length);
  const coords = new Array<number>(dims.length).fill(0);
  const figures: RawFigure[] = [];
  const undecidedUnit: RawFigure[] = [];
  let undecidedBasis = 0;
  for (let flat = 0; flat < total; flat++) {
    // coordinates of `flat`: last dimension fastest
    let rest = flat;
    for (let i = dims.length - 1; i >= 0; i--) {
      coords[i] = rest % sizes[i]!;
      rest = Math.floor(rest / sizes[i]!);
    }
    const cell = getCell(flat);
    if (cell === null) continue;
    const cmp = mergeComparison(categoryComparison(coords), tableComparison);
    let basis: Basis | undefined = cmp.basis;
    let unit: Unit | undefined = cmp.unit;
    let measure: Measure = cmp.measure ?? 'iip';
    let quantityUnit: string | null = null;
    if (!basis && quantity) {
      basis = 'level';
      unit = 'qty';
      measure = 'output';
      quantityUnit = ctx.units ?? null;
    }
    if (measure === 'contribution') unit = 'pp';
    if (!basis) {
      if (measure === 'contribution') basis = 'yoy';
      else {
        undecidedBasis++;
        continue;
      }
    }
    if (basis === 'base') unit = 'index';
    const p = periods[coords[timeDims[0]!]!]!;
    const geoCat = geoDims.length ? dims[geoDims[0]!]!.categories[coords[geoDims[0]!]!]! : null;
    const itemParts = labelItemDims.map((i) => shownLabel(dims[i]!.categories[coords[i]!]!));
    const unitCat = compDims.map((i) => dims[i]!.categories[coords[i]!]!).find((c) => c.decimals !== undefined);
    const fig: RawFigure = {
      geoLabel: geoCat ? shownLabel(geoCat) : '',
      itemLabel: itemParts.length ? itemParts.join(' | ') : (singleDescribe[0] ?? TOTAL_ITEM),
      measure,
      period: p.period,
      basis,
      unit: unit ?? 'pct',
      value: cell.value,
      decimals: unitCat?.decimals ?? ctx.decimals ?? cell.decimals ?? 1,
      location: locationOf(flat),
    };
    if (basis === 'base') fig.baseYear = cmp.baseYear ?? null;
    const status = cell.status ?? p.status;
    if (status) fig.status = status;
    if (quantityUnit) fig.quantityUnit = quantityUnit;
    if (!unit) undecidedUnit.push(fig);
    figures.push(fig);
  }
  if (undecidedBasis > 0 && figures.length === 0) {
    throw new ImportError(ctx.fileName, ctx.describePlace, said('cube.comparison-unknown'));
  }
  if (undecidedBasis > 0) warnings.push(said('warning.cube.comparison-unknown', { count: undecidedBasis }));
  if (undecidedUnit.length > 0) {
    // "(%)" alone: GSO's yoy/mom tables give indices (previous period = 100, e.g. 110.8); change rates are small.
    const allHigh = undecidedUnit.every((f) => f.value > 20);
    for (const f of undecidedUnit) f.unit = allHigh ? 'index' : 'pct';
    warnings.push(said(allHigh ? 'warning.cube.read-as-indices' : 'warning.cube.read-as-changes'));
  }
  return { figures, warnings };
}

/** Refuses a label past MAX_LABEL_CHARS, naming where it stands and what it labels. */
export function checkLabel(file: string, place: Place, what: ImportSaid, label: string): void {
  if (label.length > MAX_LABEL_CHARS)
    throw new ImportError(file, place, said('limit.label-too-long', { what, label: quoted(label, 40), length: label.length, limit: MAX_LABEL_CHARS }));
}
