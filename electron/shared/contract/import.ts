// Importing releases: files staged in chunks, previewed (what is new, revised or unchanged, names
// that match nothing, spreadsheets that need a layout), then committed as releases in one
// transaction; the layout templates saved for spreadsheets of other layouts.
import { z } from 'zod';
import { figureInputSchema, isoDateSchema, releaseInputSchema, STATUSES } from '../domain.js';
import { sheetDescriptionSchema, templateSummarySchema, xlsxTemplateSchema } from '../xlsx-template.js';
import { channel } from './define.js';
import { saidFields, saidSchema } from './messages.js';

export const IMPORT_FORMATS = ['gso-xlsx', 'pc-axis', 'json-stat', 'sdmx-ml', 'sdmx-csv', 'csv', 'text', 'xlsx-template'] as const;
export type FormatId = (typeof IMPORT_FORMATS)[number];

export const NAME_KINDS = ['geo', 'item'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** label (as written in the file) → code, per kind. */
export const nameMappingsSchema = z.strictObject({ geo: z.record(z.string(), z.string()), item: z.record(z.string(), z.string()) });
export type NameMappings = z.infer<typeof nameMappingsSchema>;

export const suggestionSchema = z.strictObject({ code: z.string(), nameVi: z.string(), nameEn: z.string(), score: z.number() });
export type Suggestion = z.infer<typeof suggestionSchema>;

export const unknownNameSchema = z.strictObject({
  kind: z.enum(NAME_KINDS),
  label: z.string(),
  places: z.array(z.string()),
  suggestions: z.array(suggestionSchema),
});
export type UnknownName = z.infer<typeof unknownNameSchema>;

export const namedRefSchema = z.strictObject({ code: z.string(), name: z.string(), nameEn: z.string() });
export type NamedRef = z.infer<typeof namedRefSchema>;

const newChange = z.strictObject({ change: z.literal('new') });
const unchangedChange = z.strictObject({ change: z.literal('unchanged') });
const revisedChange = z.strictObject({ change: z.literal('revised'), oldValue: z.number(), oldDecimals: z.number().int() });
/**
 * Differs from the figure shown, but the shown one comes from a newer release, so it stays shown: the
 * incoming value is kept as history (a revision older than what the user sees).
 */
const historyChange = z.strictObject({
  change: z.literal('history'),
  shownValue: z.number(),
  shownDecimals: z.number().int(),
  shownPublishedOn: isoDateSchema,
});
export const changeSchema = z.discriminatedUnion('change', [newChange, unchangedChange, revisedChange, historyChange]);
export type Change = z.infer<typeof changeSchema>;

/** A figure of the preview: as the file states it, its names matched, and what it would change. */
const previewFigureFields = { ...figureInputSchema.shape, geo: namedRefSchema, item: namedRefSchema };
export const previewFigureSchema = z.discriminatedUnion('change', [
  z.strictObject({ ...previewFigureFields, ...newChange.shape }),
  z.strictObject({ ...previewFigureFields, ...unchangedChange.shape }),
  z.strictObject({ ...previewFigureFields, ...revisedChange.shape }),
  z.strictObject({ ...previewFigureFields, ...historyChange.shape }),
]);
export type PreviewFigure = z.infer<typeof previewFigureSchema>;

/** A value of a figure an article states twice with different values, with where it says so. */
export const clashOptionSchema = z.strictObject({
  value: z.number(),
  decimals: z.number().int(),
  location: z.string().nullable(),
  quote: z.string().nullable(),
});
/** The user's decision on a clash: the value to keep, or leave the figure out. */
export const clashDecisionSchema = z.union([z.number(), z.literal('leave-out')]);
export type ClashDecision = z.infer<typeof clashDecisionSchema>;

/**
 * One figure a text states with two or more values (a headline's estimate and the body's revision, a
 * period misread): shown with every value for the user to choose, instead of refusing the whole text.
 */
export const clashSchema = z.strictObject({
  /** The figure's identity, "geo/item/measure/period/basis/unit" in codes: what a choice names. */
  key: z.string(),
  geo: namedRefSchema,
  item: namedRefSchema,
  measure: figureInputSchema.shape.measure,
  period: z.string(),
  basis: figureInputSchema.shape.basis,
  unit: figureInputSchema.shape.unit,
  options: z.array(clashOptionSchema).min(2),
  /** What the user chose; null while undecided (the import is not ready). */
  chosen: clashDecisionSchema.nullable(),
});
export type Clash = z.infer<typeof clashSchema>;

/** `shown`: the figures that will change what the user sees (new + revised), the preview's headline. */
const changeCounts = z.strictObject({
  new: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
  history: z.number().int(),
  shown: z.number().int(),
  skipped: z.number().int(),
});

export const filePreviewSchema = z.strictObject({
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  checksum: z.string(),
  release: releaseInputSchema,
  /** Where the release's date comes from: given on import, stated by the file (its dateline, a cell), or the day of import. */
  publishedOnFrom: z.enum(['given', 'file', 'today']),
  /**
   * Set when this very file was imported before, or a release with the same figures is in the store
   * (`sameFigures`: an embedded release re-imported from its workbook): committing it changes nothing.
   */
  alreadyImported: z.strictObject({ releaseId: z.number().int(), name: z.string(), sameFigures: z.boolean().optional() }).nullable(),
  figures: z.array(previewFigureSchema),
  /** Figures not in `figures`: a large file lists the first of each kind of change only (`counts` has them all). */
  unlisted: z.number().int().optional(),
  unknown: z.array(unknownNameSchema),
  /** The warnings in English words, as they have always been. */
  warnings: z.array(z.string()),
  /** The same warnings as catalogue messages, one for each of `warnings`, so the window and the CLI say them in the user's language. */
  warningsSaid: z.array(saidSchema).optional(),
  /** Figures a text states with different values: each waits for the user's choice. */
  clashes: z.array(clashSchema),
  counts: changeCounts,
  /** For a spreadsheet read with a layout template: its name and the definition as applied (with the sheet's signature). */
  template: z.strictObject({ name: z.string(), saved: z.boolean(), definition: xlsxTemplateSchema }).optional(),
});
export type FilePreview = z.infer<typeof filePreviewSchema>;

/** A file's problem: its place and message in English words; with `code`, `params` and `where` when a reader said it as a catalogue message. */
export const importProblemSchema = z.strictObject({ file: z.string(), place: z.string().nullable(), message: z.string(), ...saidFields });
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importPreviewSchema = z.strictObject({
  files: z.array(filePreviewSchema),
  errors: z.array(importProblemSchema),
  /** Names matching nothing, over all files (blocking unless skipped or mapped). */
  unknown: z.array(unknownNameSchema),
  /** True when committing would store everything recognised. */
  ready: z.boolean(),
  /** Spreadsheets whose layout no reader or saved template knows: their sheets, to map. */
  layouts: z.array(z.strictObject({ fileName: z.string(), sheets: z.array(sheetDescriptionSchema) })).optional(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const commitResultSchema = z.strictObject({
  releases: z.array(z.strictObject({ id: z.number().int(), name: z.string(), fileName: z.string(), figureCount: z.number().int(), counts: changeCounts })),
  /** Files imported before: nothing was changed for them. */
  alreadyImported: z.array(z.strictObject({ fileName: z.string(), releaseId: z.number().int(), name: z.string(), sameFigures: z.boolean().optional() })),
});
export type CommitResult = z.infer<typeof commitResultSchema>;

/** Main's steps in an import: read a file, match its names, compare with the store, store. */
export const IMPORT_PHASES = ['reading', 'matching', 'comparing', 'storing'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** The `import:progress` event: `done` of `total` (bytes or figures) of one phase. */
export const importProgressSchema = z.strictObject({
  phase: z.enum(IMPORT_PHASES),
  /** The file being worked on; null when the phase covers the whole import (storing). */
  file: z.string().nullable(),
  /** Its place in the import (0-based) and how many files the import has. */
  fileIndex: z.number().int(),
  fileCount: z.number().int(),
  done: z.number(),
  total: z.number(),
  unit: z.enum(['bytes', 'figures']),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** Files the window imports travel to main in chunks of at most this many bytes (base64-encoded)… */
export const MAX_STAGE_CHUNK_BYTES = 8 * 2 ** 20;
/** …into staged files on disk, which may total at most this many bytes at a time. */
export const MAX_STAGED_BYTES = 2 ** 30;
/** A chunk's length once base64-encoded. */
export const MAX_STAGE_CHUNK_BASE64 = 4 * Math.ceil(MAX_STAGE_CHUNK_BYTES / 3);

/** A preview carries pasted text (up to a million characters, four bytes each at most) and the choices made. */
const PASTED_TEXT_INPUT_BYTES = 8 * 2 ** 20;

const stagedId = z.string().regex(/^[\w-]{8,64}$/, 'expected a staged file id from import:stage-begin');
const fileName = z.string().min(1).max(255);
const requestId = z.string().regex(/^[\w-]{8,64}$/, 'expected a request id of 8 to 64 letters, digits, - or _');

const importChoices = {
  mappings: nameMappingsSchema.optional(),
  skipUnknown: z.boolean().optional(),
  release: z
    .strictObject({
      name: z.string().min(1).max(300).optional(),
      publisher: z.string().min(1).max(300).optional(),
      publishedOn: isoDateSchema.optional(),
      status: z.enum(STATUSES).optional(),
    })
    .optional(),
  /** The value kept (or 'leave-out') for each figure a text states with different values, by file and clash key. */
  clashChoices: z
    .array(z.strictObject({ file: fileName, key: z.string().max(600), choice: clashDecisionSchema }))
    .max(10_000)
    .optional(),
  /** A layout for spreadsheets no reader knows (mapped in the preview); saved on commit under saveTemplateAs. */
  template: xlsxTemplateSchema.optional(),
  saveTemplateAs: z.string().trim().min(1).max(100).optional(),
};

export const importChannels = {
  'import:stage-begin': channel({ input: z.strictObject({ fileName, size: z.number().int().min(0) }), output: z.strictObject({ stagedId: z.string() }) }),
  'import:stage-chunk': channel({
    input: z.strictObject({
      stagedId,
      offset: z.number().int().min(0),
      dataBase64: z
        .string()
        .min(4)
        .max(MAX_STAGE_CHUNK_BASE64)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64')
        .refine((t) => t.length % 4 === 0, 'expected padded base64 (length a multiple of 4)'),
    }),
    output: z.strictObject({ received: z.number().int() }),
    maxInputBytes: MAX_STAGE_CHUNK_BASE64 + 64 * 1024,
  }),
  'import:stage-end': channel({ input: z.strictObject({ stagedId }), output: z.strictObject({ stagedId: z.string(), size: z.number().int() }) }),
  'import:stage-discard': channel({
    input: z.strictObject({ stagedIds: z.array(stagedId).max(200) }),
    output: z.strictObject({ discarded: z.number().int() }),
  }),
  'import:preview': channel({
    input: z
      .strictObject({
        /** Files staged with import:stage-begin/-chunk/-end. */
        stagedIds: z.array(stagedId).max(200).optional(),
        text: z.string().max(1_000_000).optional(),
        textName: z.string().max(255).optional(),
        /** The caller's id for this preview, to cancel it with import:cancel while it runs. */
        requestId: requestId.optional(),
        ...importChoices,
      })
      .refine((v) => (v.stagedIds?.length ?? 0) > 0 || (v.text ?? '').trim() !== '', 'give staged files or text'),
    output: importPreviewSchema.extend({ previewId: z.string() }),
    maxInputBytes: PASTED_TEXT_INPUT_BYTES,
  }),
  'import:commit': channel({
    input: z.strictObject({ previewId: z.string().min(1).max(64), ...importChoices }),
    output: commitResultSchema,
    maxInputBytes: PASTED_TEXT_INPUT_BYTES,
  }),
  /** Stops a running preview the user abandoned (its workbook reading ended at once); false when none runs under the id. */
  'import:cancel': channel({ input: z.strictObject({ requestId }), output: z.strictObject({ cancelled: z.boolean() }) }),
  'templates:list': channel({ input: z.strictObject({}), output: z.array(templateSummarySchema) }),
  'templates:delete': channel({ input: z.strictObject({ name: z.string().trim().min(1).max(100) }), output: z.strictObject({ deleted: z.boolean() }) }),
};

/** Events main pushes to the caller during an import. */
export const importEvents = {
  'import:progress': importProgressSchema,
};
