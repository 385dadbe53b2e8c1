// What is wrong with bytes that cannot be an .xlsx, told from signatures alone before exceljs
// is asked (its own messages for these cases name zip internals, not the file's problem).
import { said, type ImportSaid } from '../../../../shared/messages/import.js';

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END_RECORD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The end-of-central-directory record (22 bytes plus a comment of up to 64 KiB) closes a zip. */
const END_RECORD_SEARCH = 22 + 0xffff;

/** Whether the bytes open as a zip does (an .xlsx is one). */
export const startsLikeZip = (bytes: Buffer): boolean => bytes.subarray(0, ZIP_LOCAL_HEADER.length).equals(ZIP_LOCAL_HEADER);

/** A sentence saying why these bytes are not an .xlsx workbook, or null when they may be one. */
export function containerProblem(bytes: Buffer): ImportSaid | null {
  if (bytes.length === 0) return said('file.empty');
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) {
    return said('workbook.is-xls');
  }
  if (!startsLikeZip(bytes)) return said('workbook.not-xlsx');
  const tail = bytes.subarray(Math.max(0, bytes.length - END_RECORD_SEARCH));
  if (tail.lastIndexOf(ZIP_END_RECORD) < 0) {
    return said('zip.no-end-record', { bytes: bytes.length });
  }
  return null;
}
