// What keeps reading an article linear in its length, whatever the text: the reader's patterns look around
// runs of spaces and punctuation, and some steps look at a whole sentence for each figure in it, so runs are
// shortened and overlong sentences and table lines are left out (real articles stay far below every bound).

/** Prose: a run of spaces or punctuation longer than this is shortened to it (articles have at most a few). */
export const PROSE_RUN = 8;
/** Tables: runs of spaces align columns, so more is kept (the longest in the articles read so far: 72). */
export const TABLE_RUN = 128;
/** A table line longer than this is no header or row (the longest line of the articles read so far: 666). */
export const MAX_TABLE_LINE = 2_000;
/** A sentence longer than this is not read (the longest of the articles read so far: 502 characters). */
export const MAX_SENTENCE = 3_000;

/** Figures read in one sentence (the articles read so far state at most 9 in one). */
export const MAX_SENTENCE_FIGURES = 40;
/** Warnings listed one by one; past this, a count (the articles read so far give at most 18). */
export const MAX_WARNINGS = 100;

/** Shortens every run of characters that are neither letters, digits nor line breaks to at most `max`. */
export function boundRuns(text: string, max: number): string {
  let out = '';
  let from = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    const inRun = c !== 10 && c !== 13 && !isLetterOrDigit(c);
    if (inRun) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > max) {
      out += text.slice(from, runStart + max);
      from = i;
    }
    runStart = -1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // surrogate halves belong to letters of the astral planes or to symbols: kept as they are
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}
