import { describe, expect, it } from 'vitest';
import { preferredExportEntry, preferredFirst } from './preferredExport.js';

describe('the export menu’s preferred entry', () => {
  it('is the format at the preferred slide shape or picture size', () => {
    expect(preferredExportEntry({ exportFormat: 'pptx', exportSize: { aspect: '16:9', scale: 2 } })).toBe('export-pptx');
    expect(preferredExportEntry({ exportFormat: 'pptx', exportSize: { aspect: '4:3', scale: 2 } })).toBe('export-pptx-43');
    expect(preferredExportEntry({ exportFormat: 'png', exportSize: { aspect: '4:3', scale: 3 } })).toBe('export-png-3');
    expect(preferredExportEntry({ exportFormat: 'xlsx', exportSize: { aspect: '4:3', scale: 3 } })).toBe('export-xlsx');
  });

  it('comes first, the others keeping their order', () => {
    const entries: [string, number][] = [
      ['export-pptx', 1],
      ['export-csv', 2],
      ['export-png-2', 3],
      ['export-svg', 4],
    ];
    expect(preferredFirst(entries, 'export-png-2').map(([id]) => id)).toEqual(['export-png-2', 'export-pptx', 'export-csv', 'export-svg']);
    expect(preferredFirst(entries, 'export-pdf')).toEqual(entries);
  });
});
