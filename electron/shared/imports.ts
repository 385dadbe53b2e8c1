// Types of the import flow as the renderer, the CLI and the bridge see them.
import type { FigureInput, ReleaseInput } from './domain.js';
import type { SheetDescription, XlsxTemplate } from './xlsx-template.js';

export const IMPORT_FORMATS = ['gso-xlsx', 'pc-axis', 'json-stat', 'sdmx-ml', 'sdmx-csv', 'csv', 'text', 'xlsx-template'] as const;
export type FormatId = (typeof IMPORT_FORMATS)[number];

export type NameKind = 'geo' | 'item';
/** label (as written in the file) → code, per kind. */
export interface NameMappings { geo: Record<string, string>; item: Record<string, string> }
export interface Suggestion { code: string; nameVi: string; nameEn: string; score: number }
export interface UnknownName { kind: NameKind; label: string; places: string[]; suggestions: Suggestion[] }

export type Change = { change: 'new' } | { change: 'unchanged' } | { change: 'revised'; oldValue: number; oldDecimals: number };

export interface NamedRef { code: string; name: string; nameEn: string }
export type PreviewFigure = Omit<FigureInput, 'geo' | 'item'> & { geo: NamedRef; item: NamedRef } & Change;

export interface FilePreview {
  fileName: string;
  format: FormatId;
  checksum: string;
  release: ReleaseInput;
  /** Set when this very file was imported before: committing it again changes nothing. */
  alreadyImported: { releaseId: number; name: string } | null;
  figures: PreviewFigure[];
  unknown: UnknownName[];
  warnings: string[];
  counts: { new: number; revised: number; unchanged: number; skipped: number };
  /** For a spreadsheet read with a layout template: its name and the definition as applied (with the sheet's signature). */
  template?: { name: string; saved: boolean; definition: XlsxTemplate };
}

export interface ImportProblem { file: string; place: string | null; message: string }

export interface ImportPreview {
  files: FilePreview[];
  errors: ImportProblem[];
  /** Names matching nothing, over all files (blocking unless skipped or mapped). */
  unknown: UnknownName[];
  /** True when committing would store everything recognised. */
  ready: boolean;
  /** Spreadsheets whose layout no reader or saved template knows: their sheets, to map. */
  layouts?: { fileName: string; sheets: SheetDescription[] }[];
}

/** Main's steps in an import: read a file, match its names, compare with the store, store. */
export const IMPORT_PHASES = ['reading', 'matching', 'comparing', 'storing'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** The `import:progress` event: `done` of `total` (bytes or figures) of one phase. */
export interface ImportProgress {
  phase: ImportPhase;
  /** The file being worked on; null when the phase covers the whole import (storing). */
  file: string | null;
  /** Its place in the import (0-based) and how many files the import has. */
  fileIndex: number;
  fileCount: number;
  done: number;
  total: number;
  unit: 'bytes' | 'figures';
}

/** Files the window imports travel to main in chunks of at most this many bytes (base64-encoded)… */
export const MAX_STAGE_CHUNK_BYTES = 8 * 2 ** 20;
/** …into staged files on disk, which may total at most this many bytes at a time. */
export const MAX_STAGED_BYTES = 2 ** 30;

export interface CommitResult {
  releases: { id: number; name: string; fileName: string; figureCount: number; counts: FilePreview['counts'] }[];
  /** Files imported before: nothing was changed for them. */
  alreadyImported: { fileName: string; releaseId: number; name: string }[];
}
