// Notes: what consultants and analysts write about a figure, a period range or a whole series.
// Anchored by codes and periods (not rows), so they outlive revisions and undone releases, and
// travel between colleagues as `.iipnotes` files merged by note identity.
import { z } from 'zod';
import { BASES, isCalendarDate, MEASURES } from '../domain.js';
import { parsePeriod } from '../period.js';
import { channel } from './define.js';
import { geoRefSchema, itemRefSchema } from './reference.js';

export const NOTE_STATUSES = ['draft', 'approved'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

export const NOTE_SCOPES = ['figure', 'series', 'range'] as const;
export type NoteScope = (typeof NOTE_SCOPES)[number];

/** Largest `.iipnotes` file read, in bytes of UTF-8. */
export const NOTES_FILE_MAX_BYTES = 8 * 2 ** 20;
/** The `.iipnotes` format this app writes and the newest it reads. */
export const NOTES_FILE_VERSION = 1;
export const NOTES_FILE_FORMAT = 'iip-notes';

const code = z.string().trim().min(1).max(40);
const periodCode = z
  .string()
  .trim()
  .refine((p) => parsePeriod(p) !== null, 'expected a period: 2025-11, 2025-01..2025-11, 2025-Q2 or 2025')
  .transform((p) => parsePeriod(p)!.code);
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;
const timestamp = z
  .string()
  .refine((t) => TIMESTAMP.test(t) && isCalendarDate(t.slice(0, 10)), 'expected a UTC time on the calendar, such as 2026-03-01T09:30:00.000Z');

/** What a note describes. A range without a series is an event band on every chart. */
export const noteAnchorSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('figure'), geo: code, item: code, measure: z.enum(MEASURES), basis: z.enum(BASES), period: periodCode }),
  z.strictObject({ scope: z.literal('series'), geo: code, item: code, measure: z.enum(MEASURES), basis: z.enum(BASES).nullable().default(null) }),
  z.strictObject({
    scope: z.literal('range'),
    from: periodCode,
    to: periodCode,
    geo: code.nullable().default(null),
    item: code.nullable().default(null),
    measure: z.enum(MEASURES).nullable().default(null),
  }),
]);
export type NoteAnchor = z.output<typeof noteAnchorSchema>;
export type NoteAnchorInput = z.input<typeof noteAnchorSchema>;

/** An anchor as a caller gives it: names or codes, the measure defaulting to the item's usual one. */
export const noteAnchorInputSchema = z.discriminatedUnion('scope', [
  z.strictObject({
    scope: z.literal('figure'),
    geo: code.max(120),
    item: code.max(200),
    measure: z.enum(MEASURES).optional(),
    basis: z.enum(BASES),
    period: periodCode,
  }),
  z.strictObject({
    scope: z.literal('series'),
    geo: code.max(120),
    item: code.max(200),
    measure: z.enum(MEASURES).optional(),
    basis: z.enum(BASES).nullable().default(null),
  }),
  z.strictObject({
    scope: z.literal('range'),
    from: periodCode,
    to: periodCode,
    geo: code.max(120).nullable().default(null),
    item: code.max(200).nullable().default(null),
    measure: z.enum(MEASURES).optional(),
  }),
]);
export type NoteAnchorRequest = z.output<typeof noteAnchorInputSchema>;

export const noteTextSchema = z
  .string()
  .max(20_000)
  .refine((t) => t.trim().length > 0, 'a note needs some text');
export const noteTagsSchema = z.array(z.string().trim().min(1).max(60)).max(30);
export const noteAuthorSchema = z.string().trim().min(1).max(120);

const valueSchema = z.strictObject({ value: z.number(), decimals: z.number().int().min(0).max(10) });
export type NoteValue = z.infer<typeof valueSchema>;

/** A note as stored and as written to `.iipnotes` files. */
export const noteRecordSchema = z.strictObject({
  id: z.string().min(1).max(100),
  anchor: noteAnchorSchema,
  text: noteTextSchema,
  author: noteAuthorSchema,
  tags: noteTagsSchema,
  status: z.enum(NOTE_STATUSES),
  showOnCharts: z.boolean(),
  /** The figure's value when the note was written (figure notes). */
  valueWhenWritten: valueSchema.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Set when deleted: deletions travel to colleagues as tombstones. */
  deletedAt: timestamp.nullable(),
  /** Hash of this version's content. */
  revision: z.string().min(1).max(100),
  /** Every revision this version descends from, its own included: how merges tell who is newer. */
  history: z.array(z.string().min(1).max(100)).max(10_000),
});
export type NoteRecord = z.output<typeof noteRecordSchema>;

/** A note as the app shows it: is its figure or series in the store, and has the figure changed? */
export const noteViewSchema = noteRecordSchema.omit({ history: true }).extend({
  attached: z.boolean(),
  valueNow: valueSchema.nullable(),
  changedSinceWritten: z.boolean(),
  /** A colleague's version awaits a decision (notes:resolve). */
  inConflict: z.boolean(),
  /** The series the anchor names, if the store holds it (its catalog entry: catalog:list by `ids`). */
  seriesId: z.number().int().nullable().optional(),
});
export type NoteView = z.infer<typeof noteViewSchema>;

export const notesFileSchema = z.strictObject({
  format: z.literal(NOTES_FILE_FORMAT),
  version: z.number().int().min(1),
  exportedAt: timestamp,
  app: z.string().max(100),
  notes: z.array(noteRecordSchema),
});
export type NotesFile = z.output<typeof notesFileSchema>;

export const noteFilterSchema = z.strictObject({
  geo: z.string().max(120).optional(),
  item: z.string().max(120).optional(),
  measure: z.enum(MEASURES).optional(),
  author: z.string().max(120).optional(),
  tag: z.string().max(60).optional(),
  status: z.enum(NOTE_STATUSES).optional(),
  /** Matched against text, author and tags, diacritics ignored. */
  search: z.string().max(200).optional(),
});
export type NoteFilter = z.infer<typeof noteFilterSchema>;

/** A series by its codes, as a chart knows it. */
const seriesCodesSchema = z.strictObject({ geo: code, item: code, measure: z.enum(MEASURES) });
export type SeriesCodes = z.infer<typeof seriesCodesSchema>;

/** What the notes (not deleted) are on, by whom and tagged how: the notes list's filter choices. */
export const noteFacetsSchema = z.strictObject({
  /** Each series a note is on, as "geo|item|measure". */
  series: z.array(z.string()),
  /** Their places and items as the reference lists have them (to name the series): a few hundred at most. */
  geos: z.array(geoRefSchema),
  items: z.array(itemRefSchema),
  authors: z.array(z.string()),
  tags: z.array(z.string()),
});
export type NoteFacets = z.infer<typeof noteFacetsSchema>;

export const NOTE_IMPORT_OUTCOMES = ['new', 'changed', 'identical', 'older', 'conflict'] as const;
export type NoteImportOutcome = (typeof NOTE_IMPORT_OUTCOMES)[number];

export const noteImportItemSchema = z.strictObject({
  id: z.string(),
  outcome: z.enum(NOTE_IMPORT_OUTCOMES),
  attached: z.boolean(),
  deleted: z.boolean(),
  text: z.string(),
  author: z.string(),
});

export const noteImportReportSchema = z.strictObject({
  fileName: z.string(),
  committed: z.boolean(),
  counts: z.strictObject({
    new: z.number().int(),
    changed: z.number().int(),
    identical: z.number().int(),
    older: z.number().int(),
    conflict: z.number().int(),
    unattached: z.number().int(),
  }),
  items: z.array(noteImportItemSchema),
});
export type NoteImportReport = z.infer<typeof noteImportReportSchema>;

export const noteConflictSchema = z.strictObject({
  id: z.string(),
  mine: noteViewSchema,
  theirs: noteRecordSchema,
  fileName: z.string(),
  importedAt: z.string(),
});
export type NoteConflict = z.infer<typeof noteConflictSchema>;

const noteFileInput = z.strictObject({ fileName: z.string().min(1).max(500), content: z.string() });
const idInput = z.strictObject({ id: z.string().min(1).max(100) });

export const notesChannels = {
  /**
   * The matching notes, oldest first: all of them, or with `offset` or `limit` that page of them and
   * `total`, the count of all matching (a list shown a page at a time).
   */
  'notes:list': channel({
    input: noteFilterSchema.extend({
      /** Only the notes on these series (codes) and the bands on every chart: what charts of them show. */
      onSeries: z.array(seriesCodesSchema).max(1000).optional(),
      includeDeleted: z.boolean().optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    output: z.strictObject({ notes: z.array(noteViewSchema), total: z.number().int().optional() }),
  }),
  'notes:facets': channel({ input: z.strictObject({}), output: noteFacetsSchema }),
  'notes:add': channel({
    input: z.strictObject({
      anchor: noteAnchorInputSchema,
      text: noteTextSchema,
      author: noteAuthorSchema.optional(),
      tags: noteTagsSchema.default([]),
      status: z.enum(NOTE_STATUSES).default('draft'),
      showOnCharts: z.boolean().default(true),
    }),
    output: noteViewSchema,
  }),
  'notes:update': channel({
    input: idInput.extend({
      text: noteTextSchema.optional(),
      tags: noteTagsSchema.optional(),
      status: z.enum(NOTE_STATUSES).optional(),
      showOnCharts: z.boolean().optional(),
    }),
    output: noteViewSchema,
  }),
  'notes:delete': channel({ input: idInput, output: noteViewSchema }),
  /** Undoes a delete. */
  'notes:restore': channel({ input: idInput, output: noteViewSchema }),
  'notes:export': channel({ input: noteFilterSchema, output: z.strictObject({ fileName: z.string(), content: z.string(), count: z.number().int() }) }),
  'notes:import-preview': channel({ input: noteFileInput, output: noteImportReportSchema, maxInputBytes: 3 * NOTES_FILE_MAX_BYTES }),
  'notes:import': channel({ input: noteFileInput, output: noteImportReportSchema, maxInputBytes: 3 * NOTES_FILE_MAX_BYTES }),
  'notes:conflicts': channel({ input: z.strictObject({}), output: z.array(noteConflictSchema) }),
  'notes:resolve': channel({
    input: idInput.extend({ revision: z.string().min(1).max(100), keep: z.enum(['mine', 'theirs', 'both']) }),
    output: z.strictObject({ notes: z.array(noteViewSchema) }),
  }),
  'notes:author': channel({ input: z.strictObject({}), output: z.strictObject({ author: z.string().nullable() }) }),
  'notes:set-author': channel({ input: z.strictObject({ author: noteAuthorSchema }), output: z.strictObject({ author: z.string() }) }),
};
