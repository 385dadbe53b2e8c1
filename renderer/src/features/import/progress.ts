// What the import's progress bar shows: the window's own upload (bytes sent of all files), then the
// phases main reports in import:progress events. Pure.
import type { ImportPhase, ImportProgress } from '@shared/contract/import.js';
import type { Lang } from '@shared/lang.js';
import { IMPORT_STRINGS } from './strings.js';

export type ProgressPhase = 'uploading' | ImportPhase;

export interface Progress {
  phase: ProgressPhase;
  /** The file being worked on, where the phase is about one. */
  file: string | null;
  /** 0–1, or null while the amount of work is not known yet. */
  fraction: number | null;
}

export const uploadProgress = (file: string, sent: number, total: number): Progress => ({
  phase: 'uploading',
  file,
  fraction: total > 0 ? Math.min(1, sent / total) : null,
});

/** Storing is one transaction: there is nothing to count until it is done, so its bar runs indeterminate. */
export function progressFromMain(p: ImportProgress): Progress {
  const counted = p.total > 0 && (p.phase !== 'storing' || p.done >= p.total);
  return { phase: p.phase, file: p.file, fraction: counted ? Math.min(1, p.done / p.total) : null };
}

/** Whole percent, never 100 before the work is done. */
export const percentOf = (p: Progress): number | null => (p.fraction === null ? null : Math.floor(p.fraction * 100));

export function progressText(p: Progress, lang: Lang): string {
  const t = IMPORT_STRINGS[lang].progress;
  return p.file ? t.ofFile(t[p.phase], p.file) : t[p.phase];
}
