// A file's warnings as the preview carries them: English words (what answers have always had) and
// the catalogue messages beside them, so the window and the CLI say them in the user's language.
import { sayImport } from '../../../shared/messages/import.js';
import type { Warning } from '../types.js';

export const warningFields = (warnings: readonly Warning[]): { warnings: string[]; warningsSaid: Warning[] } => ({
  warnings: warnings.map((w) => sayImport(w, 'en')),
  warningsSaid: [...warnings],
});
