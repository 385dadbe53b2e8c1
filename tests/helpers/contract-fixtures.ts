// Small builders of contract objects for unit tests. Each is parsed through the contract's own
// schema, so a fixture that drifts from what the core answers fails where it is built.
import { seriesSummarySchema, type SeriesSummary } from '../../electron/shared/contract/catalog.js';
import {
  figureValueSchema,
  rankingRowSchema,
  sourceRefSchema,
  type FigureValue,
  type RankingRow,
  type SourceRef,
} from '../../electron/shared/contract/figures.js';
import { noteViewSchema, type NoteView } from '../../electron/shared/contract/notes.js';
import { geoRefSchema, itemRefSchema, type GeoRef, type ItemRef } from '../../electron/shared/contract/reference.js';
import { contract, events, type Channel, type EventName, type EventPayloads, type Out } from '../../electron/shared/contract/index.js';
import { parsePeriod } from '../../electron/shared/period.js';

export const VN: GeoRef = geoRefSchema.parse({
  code: 'VN',
  officialCode: 'VN',
  kind: 'country',
  nameVi: 'Cả nước',
  nameEn: 'Viet Nam',
  validFrom: null,
  validTo: null,
});
export const TOTAL: ItemRef = itemRefSchema.parse({
  code: 'TOTAL',
  kind: 'total',
  parent: null,
  nameVi: 'Toàn ngành công nghiệp',
  nameEn: 'Whole industry',
  quantityUnitVi: null,
  quantityUnitEn: null,
});

export const geo = (code: string, nameVi: string, nameEn: string): GeoRef =>
  geoRefSchema.parse({ code, officialCode: code, kind: 'province', nameVi, nameEn, validFrom: null, validTo: null });
export const item = (code: string, kind: ItemRef['kind'], nameVi: string, nameEn: string): ItemRef =>
  itemRefSchema.parse({ code, kind, parent: kind === 'total' ? null : 'TOTAL', nameVi, nameEn, quantityUnitVi: null, quantityUnitEn: null });

export function source(overrides: Partial<SourceRef> = {}): SourceRef {
  return sourceRefSchema.parse({
    releaseId: 1,
    releaseName: 'GSO November 2025 report',
    publisher: 'GSO',
    publishedOn: '2025-12-06',
    publishedOnNote: null,
    status: 'estimate',
    sourceFile: 'report.txt',
    quote: 'IIP rose 10.8%',
    location: null,
    value: 10.8,
    decimals: 1,
    unit: 'pct',
    statedPeriod: null,
    flags: [],
    note: null,
    ...overrides,
  });
}

export function figure(period: string, value: number, overrides: Partial<FigureValue> = {}): FigureValue {
  const p = parsePeriod(period);
  if (!p) throw new Error(`bad period ${period}`);
  return figureValueSchema.parse({
    seriesId: 1,
    geo: 'VN',
    item: 'TOTAL',
    measure: 'iip',
    period: p.code,
    periodKind: p.kind,
    periodStart: p.start,
    periodEnd: p.end,
    basis: 'yoy',
    unit: 'pct',
    value,
    decimals: 1,
    status: 'estimate',
    derived: false,
    statedPeriod: null,
    flags: [],
    note: null,
    quantityUnit: null,
    sources: [source({ value })],
    revisions: [],
    ...overrides,
  });
}

export function series(id: number, g: GeoRef, i: ItemRef, overrides: Partial<SeriesSummary> = {}): SeriesSummary {
  return seriesSummarySchema.parse({
    id,
    geo: g,
    item: i,
    measure: 'iip',
    figureCount: 1,
    firstPeriod: '2025-01',
    lastPeriod: '2025-11',
    views: [{ basis: 'yoy', unit: 'pct' }],
    ...overrides,
  });
}

export const row = (g: GeoRef, i: ItemRef, value: number, overrides: Partial<FigureValue> = {}): RankingRow =>
  rankingRowSchema.parse({ geo: g, item: i, figure: figure('2025-01..2025-11', value, { geo: g.code, item: i.code, ...overrides }) });

/** A channel's answer as the contract's output schema accepts it (throws if a mock drifts from it). */
export const contractAnswer = <C extends Channel>(name: C, value: unknown): Out<C> => contract[name].output.parse(value) as Out<C>;

/** An event's payload as the contract's event schema accepts it. */
export const contractEvent = <E extends EventName>(name: E, payload: unknown): EventPayloads[E] => events[name].parse(payload) as EventPayloads[E];

let noteClock = 0;
/** A note as notes:list answers it; each one written a second after the one before. */
export function noteView(anchor: NoteView['anchor'], overrides: Partial<NoteView> = {}): NoteView {
  noteClock += 1;
  const at = new Date(Date.UTC(2030, 0, 1, 0, 0, noteClock)).toISOString();
  return noteViewSchema.parse({
    id: `n${noteClock}`,
    anchor,
    text: `note ${noteClock}`,
    author: 'Lan',
    tags: [],
    status: 'draft',
    showOnCharts: true,
    valueWhenWritten: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    revision: `r${noteClock}`,
    attached: true,
    valueNow: null,
    changedSinceWritten: false,
    inConflict: false,
    ...overrides,
  });
}
