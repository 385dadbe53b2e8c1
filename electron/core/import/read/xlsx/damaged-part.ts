// Where a workbook exceljs could not read is damaged: the first XML part that is not well-formed,
// with its line and column and, for a worksheet, the sheet's name (from xl/workbook.xml and its
// relationships). Asked only after exceljs failed, on a zip zip-bounds.ts has already bounded.
import zlib from 'node:zlib';
import { SaxesParser } from 'saxes';
import { zipParts, type ZipPart } from './zip-directory.js';
import { WORKBOOK_LIMITS } from './zip-bounds.js';

export interface DamagedPart {
  part: string;
  /** The worksheet's name when the part is one. */
  sheet: string | null;
  line: number;
  column: number;
}

const isXml = (name: string): boolean => /\.(xml|rels)$/i.test(name);

function text(part: ZipPart): string | null {
  try {
    const bytes = part.method === 0 ? part.data : zlib.inflateRawSync(part.data, { maxOutputLength: WORKBOOK_LIMITS.expandedBytes });
    return bytes.toString('utf8');
  } catch {
    return null;
  }
}

/** Where the XML stops being well-formed, or null when it is. */
function firstXmlError(xml: string): { line: number; column: number } | null {
  const parser = new SaxesParser();
  let at: { line: number; column: number } | null = null;
  parser.on('error', () => {
    at ??= { line: parser.line, column: parser.column };
  });
  parser.write(xml).close();
  return at;
}

/** Worksheet part → sheet name, from the workbook's list of sheets and its relationships. */
function sheetNames(texts: Map<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const m of (texts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of (texts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part)
      names.set(
        part,
        name
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
      );
  }
  return names;
}

/** The first damaged XML part, worksheets first; null when every part is well-formed (exceljs failed otherwise). */
export function findDamagedPart(bytes: Buffer): DamagedPart | null {
  let parts: ZipPart[];
  try {
    parts = zipParts(bytes, WORKBOOK_LIMITS.parts).filter((p) => isXml(p.name));
  } catch {
    return null;
  }
  const texts = new Map<string, string>();
  for (const part of parts) {
    const xml = text(part);
    if (xml !== null) texts.set(part.name, xml);
  }
  const names = sheetNames(texts);
  const order = [...texts.keys()].sort((a, b) => Number(!names.has(a)) - Number(!names.has(b)));
  for (const part of order) {
    const at = firstXmlError(texts.get(part)!);
    if (at) return { part, sheet: names.get(part) ?? null, ...at };
  }
  return null;
}
