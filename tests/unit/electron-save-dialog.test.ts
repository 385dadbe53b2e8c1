// The save dialog main shows for a file the window exports: in the documents folder under the
// file's own (cleaned) name, in the window's language, the file's type offered first.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSaveDialogOptions } from '../../electron/main/save-dialog.js';

describe('the export save dialog', () => {
  it('starts in the documents folder with the file’s type first, in Vietnamese or English', () => {
    expect(exportSaveDialogOptions('/home/lan/Documents', 'iip-2026-10.pptx', 'vi')).toEqual({
      title: 'Lưu tệp xuất',
      defaultPath: path.join('/home/lan/Documents', 'iip-2026-10.pptx'),
      filters: [
        { name: 'Bản trình chiếu PowerPoint', extensions: ['pptx'] },
        { name: 'Mọi tệp', extensions: ['*'] },
      ],
    });
    expect(exportSaveDialogOptions('/d', 'notes-2026-12-06.IIPNOTES', 'en').filters).toEqual([
      { name: 'IIP Explorer notes', extensions: ['iipnotes'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('keeps a suggested name from leaving the documents folder, and offers all files for an unknown type', () => {
    const options = exportSaveDialogOptions('/d', '../../etc/cron.d/x', 'en');
    expect(options.defaultPath).toBe(path.join('/d', 'x'));
    expect(options.filters).toEqual([{ name: 'All files', extensions: ['*'] }]);
    expect(exportSaveDialogOptions('/d', 'a:b?.csv', 'en')).toMatchObject({ defaultPath: path.join('/d', 'a-b-.csv'), filters: [{ extensions: ['csv'] }, {}] });
  });
});
