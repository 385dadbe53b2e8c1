// The user's preferences, kept in the store: the author of their notes, the UI language, how
// numbers are written, what an export is by default, and how many automatic backups are kept.
import { z } from 'zod';
import { EXPORT_FILE_FORMATS } from './export.js';
import { channel } from './define.js';
import { noteAuthorSchema } from './notes.js';

/** The UI language; 'auto' follows the system's (the browser's in the web host). */
export const LANGUAGE_CHOICES = ['auto', 'vi', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Separators of numbers: 'vi' writes 1.234,5, 'en' 1,234.5; 'auto' follows the UI language. */
export const NUMBER_FORMATS = ['auto', 'vi', 'en'] as const;
export type NumberFormatChoice = (typeof NUMBER_FORMATS)[number];

/** The shape of slides (a chart's PowerPoint and a deck). */
export const SLIDE_ASPECTS = ['16:9', '4:3'] as const;
/** PNG pictures at 1×, 2× or 3× the chart's size (on screen, or the 1200 × 675 picture files are drawn at). */
export const PICTURE_SCALES = [1, 2, 3] as const;

export const exportSizeSchema = z.strictObject({
  aspect: z.enum(SLIDE_ASPECTS, { error: `expected a slide shape: ${SLIDE_ASPECTS.join(' or ')}` }),
  scale: z.literal(PICTURE_SCALES, { error: `expected a picture scale: ${PICTURE_SCALES.join(', ')}` }),
});
export type ExportSize = z.infer<typeof exportSizeSchema>;

/** The most automatic backups kept (as `backup:keep` accepts); 0 turns them off. */
export const MAX_BACKUPS_KEPT = 1000;

/** Each preference with the values it takes; a stored value that is none of them reads as the default. */
export const preferencesSchema = z.strictObject({
  /** Who writes the notes made in this store; null until the user says. */
  authorName: noteAuthorSchema.nullable(),
  language: z.enum(LANGUAGE_CHOICES, { error: `expected a language: ${LANGUAGE_CHOICES.join(', ')}` }),
  numberFormat: z.enum(NUMBER_FORMATS, { error: `expected a number format: ${NUMBER_FORMATS.join(', ')}` }),
  exportFormat: z.enum(EXPORT_FILE_FORMATS, { error: `expected an export format: ${EXPORT_FILE_FORMATS.join(', ')}` }),
  exportSize: exportSizeSchema,
  backupsKept: z
    .number({ error: 'expected a whole number of backups' })
    .int('expected a whole number of backups')
    .min(0, 'expected 0 (automatic backups off) or more')
    .max(MAX_BACKUPS_KEPT, `expected at most ${MAX_BACKUPS_KEPT}`),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export type PreferenceKey = keyof Preferences;

export const DEFAULT_PREFERENCES: Preferences = {
  authorName: null,
  language: 'auto',
  numberFormat: 'auto',
  exportFormat: 'pptx',
  exportSize: { aspect: '16:9', scale: 2 },
  backupsKept: 10,
};

export const preferencesChannels = {
  'preferences:get': channel({ input: z.strictObject({}), output: preferencesSchema }),
  /** Changes the preferences named (a key left out stays as it is); answers them all. */
  'preferences:set': channel({ input: preferencesSchema.partial(), output: preferencesSchema }),
};
