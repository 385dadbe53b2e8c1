// Domain vocabulary shared by every side (main, preload, renderer, CLI). No node:, no DOM.

/** What a figure compares against. `level` is a plain quantity (product output). */
export const BASES = ['yoy', 'mom', 'base', 'level'] as const;
export type Basis = (typeof BASES)[number];

/** pct: % change; index: comparison base = 100; pp: percentage points of contribution; qty: physical output. */
export const UNITS = ['pct', 'index', 'pp', 'qty'] as const;
export type Unit = (typeof UNITS)[number];

export const MEASURES = ['iip', 'output', 'contribution'] as const;
export type Measure = (typeof MEASURES)[number];

export const ITEM_KINDS = ['total', 'section', 'division', 'product'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const GEO_KINDS = ['country', 'province', 'locality'] as const;
export type GeoKind = (typeof GEO_KINDS)[number];

/** Publication status, as the statistics office labels it: ước tính, sơ bộ, chính thức. */
export const STATUSES = ['estimate', 'preliminary', 'official'] as const;
export type Status = (typeof STATUSES)[number];

export const PERIOD_KINDS = ['month', 'cumulative', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const COUNTRY_CODE = 'VN';
export const TOTAL_ITEM = 'TOTAL';

/** A figure as a source states it, before it is stored. Codes are reference-list codes. */
export interface FigureInput {
  geo: string;
  item: string;
  measure: Measure;
  /** Canonical period notation: 2025-11, 2025-01..2025-11, 2025-Q2, 2025. */
  period: string;
  basis: Basis;
  unit: Unit;
  /** Only for basis `base`: the year whose level is 100. */
  baseYear?: number | null;
  value: number;
  /** Decimal places as published (34 → 0, 34.3 → 1): decides which of two roundings is shown. */
  decimals: number;
  status: Status;
  /** Unit of a product's physical output (qty), e.g. "Nghìn tấn". */
  quantityUnit?: string | null;
  /** Where in the source: the quoted sentence, or sheet!cell, or line. */
  quote?: string | null;
  location?: string | null;
  /** The period as the source labels it, where that differs from `period`. */
  statedPeriod?: string | null;
  /** Data-quality flags, e.g. `period-mislabelled`, `rounded`. */
  flags?: string[];
  note?: string | null;
}

export interface ReleaseInput {
  name: string;
  publisher: string;
  /** ISO date YYYY-MM-DD. */
  publishedOn: string;
  /** Set when the date is not stated by the source and was inferred; says how. */
  publishedOnNote?: string | null;
  status: Status;
  /** article, workbook, px, json-stat, sdmx, csv, text, seed */
  sourceKind: string;
  sourceFile: string;
  sourceUrl?: string | null;
  checksum?: string | null;
}
