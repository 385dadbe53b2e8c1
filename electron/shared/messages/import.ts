// The import's messages: every error a reader or the import pipeline gives, as a code with typed
// parameters and its text in Vietnamese and English. One file per reader under import/.
import type { Lang } from '../lang.js';
import { cappedMessage, sayIn, type Params, type ParamsFor, type Said } from './said.js';
import { sayPlace, type Place } from './place.js';
import { COMMON_MESSAGES } from './import/common.js';
import { WORKBOOK_MESSAGES } from './import/workbook.js';
import { CSV_MESSAGES } from './import/csv.js';
import { TEMPLATE_MESSAGES } from './import/template.js';
import { PCAXIS_MESSAGES } from './import/pcaxis.js';
import { JSONSTAT_MESSAGES } from './import/jsonstat.js';
import { SDMX_MESSAGES } from './import/sdmx.js';
import { PIPELINE_MESSAGES } from './import/pipeline.js';
import { WEIGHTS_MESSAGES } from './import/weights.js';
import { NOTES_MESSAGES } from './import/notes.js';
import { WARNING_MESSAGES } from './import/warnings.js';

export const IMPORT_MESSAGES = {
  ...COMMON_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...CSV_MESSAGES,
  ...TEMPLATE_MESSAGES,
  ...PCAXIS_MESSAGES,
  ...JSONSTAT_MESSAGES,
  ...SDMX_MESSAGES,
  ...PIPELINE_MESSAGES,
  ...WEIGHTS_MESSAGES,
  ...NOTES_MESSAGES,
  ...WARNING_MESSAGES,
};
export type ImportCode = keyof typeof IMPORT_MESSAGES;
export type ImportParams<C extends ImportCode> = ParamsFor<(typeof IMPORT_MESSAGES)[C]>;

/** An import message: its code and exactly the parameters its text names. */
export interface ImportSaid<C extends ImportCode = ImportCode> extends Said {
  readonly code: C;
  readonly params: ImportParams<C>;
}

/** The message `code` with its parameters; a message without parameters takes none. */
export function said<C extends ImportCode>(code: C, ...params: keyof ImportParams<C> extends never ? [] : [ImportParams<C>]): ImportSaid<C> {
  return { code, params: (params[0] ?? {}) as ImportParams<C> };
}

/**
 * The message in `lang`, cut to MAX_MESSAGE_CHARS in either language (a refusal listing every name
 * that matched nothing can run to megabytes); null for a code this catalogue does not know (the
 * caller keeps its English text).
 */
export const sayImportOrNull = (message: Said, lang: Lang): string | null => {
  const text = sayIn(IMPORT_MESSAGES, message, lang);
  return text === null ? null : cappedMessage(text);
};

/** The message in `lang` (its code when unknown: never for an ImportSaid). */
export const sayImport = (message: Said, lang: Lang): string => sayImportOrNull(message, lang) ?? message.code;

/** A problem as an answer carries it: English words, and the code, parameters and place as data when it has them. */
export interface ProblemWords {
  place?: string | null;
  message: string;
  code?: string | undefined;
  params?: Params | undefined;
  where?: Place | undefined;
}

/** A problem's place and message in `lang`; each falls back to the English words it carries (no code, an unknown code). */
export function sayImportProblem(problem: ProblemWords, lang: Lang): { place: string | null; message: string } {
  const message = problem.code !== undefined ? sayImportOrNull({ code: problem.code, params: problem.params ?? {} }, lang) : null;
  const place = problem.where && problem.where.length > 0 ? sayPlace(problem.where, lang) : (problem.place ?? null);
  return { place, message: message ?? problem.message };
}

/** A file's warnings in `lang`: each said from its catalogue message, else the English words it carries (an older core, an unknown code). */
export function sayWarnings(file: { warnings: readonly string[]; warningsSaid?: readonly Said[] | undefined }, lang: Lang): string[] {
  return file.warnings.map((words, i) => {
    const message = file.warningsSaid?.[i];
    return (message && lang !== 'en' && sayImportOrNull(message, lang)) || words;
  });
}
