// The bridge contract: channel name → input schema → result type. Main, preload, the web host,
// the CLI and the renderer all go through this one map. Inputs arrive as `unknown` and are parsed.
import { z } from 'zod';
import { BASES, MEASURES, UNITS } from './domain.js';
import { CHANNEL_NAMES, isChannelName, type ChannelName, type EventName } from './channels.js';
import { MAX_STAGE_CHUNK_BYTES, type CommitResult, type ImportPreview, type ImportProgress } from './imports.js';
import { xlsxTemplateSchema, type TemplateSummary } from './xlsx-template.js';
import { STATUSES } from './domain.js';
import type { Basis, GeoKind, ItemKind, Measure, PeriodKind, Status, Unit } from './domain.js';

// ---- result types -------------------------------------------------------------------------

export interface GeoRef { code: string; officialCode: string; kind: GeoKind; nameVi: string; nameEn: string; validFrom: string | null; validTo: string | null }
export interface ItemRef { code: string; kind: ItemKind; parent: string | null; nameVi: string; nameEn: string; quantityUnitVi: string | null; quantityUnitEn: string | null }

export interface SeriesSummary {
  id: number;
  geo: GeoRef;
  item: ItemRef;
  measure: Measure;
  figureCount: number;
  firstPeriod: string;
  lastPeriod: string;
  /** The basis/unit pairs this series has figures for, e.g. yoy/pct, yoy/index. */
  views: { basis: Basis; unit: Unit }[];
}

export interface CatalogGroup {
  /** total, section, division, locality, product */
  key: 'total' | 'section' | 'division' | 'locality' | 'product';
  series: SeriesSummary[];
}

export interface SourceRef {
  releaseId: number;
  releaseName: string;
  publisher: string;
  publishedOn: string;
  publishedOnNote: string | null;
  /** The figure's status in that source: estimate, preliminary or official. */
  status: Status;
  sourceFile: string;
  quote: string | null;
  location: string | null;
  value: number;
  decimals: number;
  unit: Unit;
  statedPeriod: string | null;
  flags: string[];
  note: string | null;
}

export interface FigureValue {
  seriesId: number;
  geo: string;
  item: string;
  measure: Measure;
  period: string;
  periodKind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  basis: Basis;
  /** The unit of `value`; pct for changes even where the source gave an index. */
  unit: Unit;
  value: number;
  decimals: number;
  status: Status;
  /** True when the value was computed from an index (index − 100) rather than stated. */
  derived: boolean;
  statedPeriod: string | null;
  flags: string[];
  note: string | null;
  quantityUnit: string | null;
  /** The source shown (most precise of the agreeing newest ones) first, then the others. */
  sources: SourceRef[];
  /** Earlier values of this figure that later releases revised, oldest first. */
  revisions: { value: number; decimals: number; publishedOn: string; releaseName: string }[];
}

export interface SeriesFigures { series: SeriesSummary; basis: Basis; points: FigureValue[] }

export interface RankingRow { geo: GeoRef; item: ItemRef; figure: FigureValue }
export interface Ranking { period: string; basis: Basis; measure: Measure; rows: RankingRow[] }

export interface ReleaseSummary {
  id: number;
  name: string;
  publisher: string;
  publishedOn: string;
  publishedOnNote: string | null;
  status: Status;
  sourceKind: string;
  sourceFile: string;
  sourceUrl: string | null;
  checksum: string | null;
  importedAt: string;
  figureCount: number;
}

export interface PeriodOption { period: string; kind: PeriodKind; rankable: boolean }

export interface LatestSummary {
  period: string;
  periods: PeriodOption[];
  headline: FigureValue | null;
  /** The whole-industry month-on-month figure for a month period, where there is one. */
  headlineMom: FigureValue | null;
  sections: RankingRow[];
  industries: RankingRow[];
  localities: RankingRow[];
  products: RankingRow[];
}

/** A name the user matched to a code by hand; `folded` (no diacritics, lower case) is what imports match. */
export interface RememberedName { kind: 'geo' | 'item'; folded: string; code: string; nameVi: string; nameEn: string }

export interface AppInfo { version: string; storePath: string; figureCount: number; releaseCount: number; seriesCount: number; schemaVersion: number }

// ---- input schemas ------------------------------------------------------------------------

const periodText = z.string().trim().min(4).max(32);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const basis = z.enum(BASES);

/** Files the window imports are staged first (import:stage-*), a base64 chunk at a time. */
export const MAX_STAGE_CHUNK_BASE64 = 4 * Math.ceil(MAX_STAGE_CHUNK_BYTES / 3);
const stagedId = z.string().regex(/^[\w-]{8,64}$/, 'expected a staged file id from import:stage-begin');
const fileName = z.string().min(1).max(255);

const importChoices = {
  mappings: z.object({ geo: z.record(z.string(), z.string()), item: z.record(z.string(), z.string()) }).optional(),
  skipUnknown: z.boolean().optional(),
  release: z
    .object({ name: z.string().min(1).max(300).optional(), publisher: z.string().min(1).max(300).optional(), publishedOn: isoDate.optional(), status: z.enum(STATUSES).optional() })
    .strict()
    .optional(),
  /** A layout for spreadsheets no reader knows (mapped in the preview); saved on commit under saveTemplateAs. */
  template: xlsxTemplateSchema.optional(),
  saveTemplateAs: z.string().trim().min(1).max(100).optional(),
};

export const schemas = {
  'app:info': z.object({}).strict(),
  'catalog:list': z.object({ search: z.string().max(200).optional() }).strict(),
  'figures:series': z.object({ seriesId: z.number().int().positive(), basis, unit: z.enum(UNITS).optional(), asOf: isoDate.optional() }).strict(),
  'figures:get': z.object({ geo: z.string().min(1).max(100), item: z.string().min(1).max(200), measure: z.enum(MEASURES).optional(), period: periodText, basis, asOf: isoDate.optional() }).strict(),
  'figures:ranking': z.object({ period: periodText, basis, measure: z.enum(MEASURES).optional(), group: z.enum(['section', 'division', 'locality', 'product']), asOf: isoDate.optional() }).strict(),
  'latest:summary': z.object({ period: periodText.optional(), asOf: isoDate.optional() }).strict(),
  'releases:list': z.object({}).strict(),
  'reference:geos': z.object({}).strict(),
  'import:stage-begin': z.object({ fileName, size: z.number().int().min(0) }).strict(),
  'import:stage-chunk': z
    .object({
      stagedId,
      offset: z.number().int().min(0),
      dataBase64: z.string().min(4).max(MAX_STAGE_CHUNK_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64').refine((t) => t.length % 4 === 0, 'expected padded base64 (length a multiple of 4)'),
    })
    .strict(),
  'import:stage-end': z.object({ stagedId }).strict(),
  'import:stage-discard': z.object({ stagedIds: z.array(stagedId).max(200) }).strict(),
  'import:preview': z
    .object({
      /** Files staged with import:stage-begin/-chunk/-end. */
      stagedIds: z.array(stagedId).max(200).optional(),
      text: z.string().max(1_000_000).optional(),
      textName: z.string().max(255).optional(),
      ...importChoices,
    })
    .strict()
    .refine((v) => (v.stagedIds?.length ?? 0) > 0 || (v.text ?? '').trim() !== '', 'give staged files or text'),
  'import:commit': z.object({ previewId: z.string().min(1).max(64), ...importChoices }).strict(),
  'releases:undo': z.object({ releaseId: z.number().int().positive() }).strict(),
  'templates:list': z.object({}).strict(),
  'templates:delete': z.object({ name: z.string().trim().min(1).max(100) }).strict(),
  'aliases:list': z.object({}).strict(),
  'aliases:forget': z.object({ kind: z.enum(['geo', 'item']), folded: z.string().min(1).max(500), code: z.string().min(1).max(100) }).strict(),
} as const satisfies Record<ChannelName, z.ZodType>;

export type Channel = keyof typeof schemas;
export type In<C extends Channel> = z.input<(typeof schemas)[C]>;
export type Parsed<C extends Channel> = z.output<(typeof schemas)[C]>;

export interface Results {
  'app:info': AppInfo;
  'catalog:list': CatalogGroup[];
  'figures:series': SeriesFigures;
  'figures:get': FigureValue | null;
  'figures:ranking': Ranking;
  'latest:summary': LatestSummary;
  'releases:list': ReleaseSummary[];
  'reference:geos': (GeoRef & { successor: string | null })[];
  'import:stage-begin': { stagedId: string };
  'import:stage-chunk': { received: number };
  'import:stage-end': { stagedId: string; size: number };
  'import:stage-discard': { discarded: number };
  'import:preview': ImportPreview & { previewId: string };
  'import:commit': CommitResult;
  'releases:undo': { undone: boolean };
  'templates:list': TemplateSummary[];
  'templates:delete': { deleted: boolean };
  'aliases:list': RememberedName[];
  'aliases:forget': { forgotten: boolean };
}
export type Out<C extends Channel> = Results[C];

export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;
export const isChannel: (name: unknown) => name is Channel = isChannelName;

// ---- the envelope every call answers with -------------------------------------------------

export type ErrorCode = 'bad-input' | 'not-found' | 'unknown-channel' | 'internal';
export interface BridgeError { code: ErrorCode; message: string; issues?: { path: string; message: string }[] }
export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

// ---- events main pushes -------------------------------------------------------------------

export interface EventPayloads {
  'import:progress': ImportProgress;
}
export type EmitEvent = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** The API the renderer sees, whether over Electron IPC or the web host. */
export interface BridgeApi {
  invoke<C extends Channel>(channel: C, input: In<C>): Promise<Result<Out<C>>>;
  /** Subscribes to an event main pushes; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
