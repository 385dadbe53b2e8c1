// Which entry of the export menu the preferences pick: their format, at their slide shape or picture size.
import type { Preferences } from '@shared/contract/preferences.js';

/** The test id (and key) of the export menu's entry for the preferred format and size. */
export function preferredExportEntry({ exportFormat, exportSize }: Pick<Preferences, 'exportFormat' | 'exportSize'>): string {
  switch (exportFormat) {
    case 'pptx':
      return exportSize.aspect === '4:3' ? 'export-pptx-43' : 'export-pptx';
    case 'png':
      return `export-png-${exportSize.scale}`;
    default:
      return `export-${exportFormat}`;
  }
}

/** The entries with the preferred one first (the rest in their order). */
export const preferredFirst = <T extends readonly [string, ...unknown[]]>(entries: readonly T[], preferred: string): T[] => [
  ...entries.filter(([id]) => id === preferred),
  ...entries.filter(([id]) => id !== preferred),
];
