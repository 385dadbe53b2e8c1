// A reader's warnings in words, as the preview shows them (English unless told).
import type { Lang } from '../../electron/shared/lang.js';
import { sayImport } from '../../electron/shared/messages/import.js';
import type { Said } from '../../electron/shared/messages/said.js';

export const warningTexts = (result: { warnings: readonly Said[] }, lang: Lang = 'en'): string[] => result.warnings.map((w) => sayImport(w, lang));
