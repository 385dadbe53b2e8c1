// Reads the parts of an .xlsx that a table reader needs: sheet names and order, cell values
// (cached results of formulas included), number formats, font names and merged ranges.
// Sheets are parsed only when asked for, so a 50-sheet workbook costs little when 2 sheets matter.
import { ZipArchive, ZipError } from './zip.js';
import { decodeEntities, decodeExcelEscapes, tokenize } from './xml.js';

export type CellValue = number | string | boolean | null;

export interface Cell {
  value: CellValue;
  /** Excel error text (#N/A, #REF!, #DIV/0! …) when the cell holds an error. */
  error?: string;
  /** Index into the workbook's cellXfs. */
  style: number;
  hasFormula: boolean;
}

export interface SheetInfo {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  path: string;
}

export interface MergeRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export class XlsxFormatError extends Error {
  constructor(
    readonly place: string | null,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'XlsxFormatError';
  }
}

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row}`;

/** "D10" → { row: 10, col: 4 }; null when not an A1 reference. */
export function parseAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

// Built-in number formats that carry decimals (ECMA-376 Part 1, 18.8.30).
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 48: '##0.0E+0', 49: '@',
};

/** Decimal places a number format shows for positive numbers; null for General, text or unknown formats. */
export function formatDecimals(code: string | null | undefined): number | null {
  if (!code) return null;
  const first = (code.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/general/i.test(first) || first.trim() === '@' || !/[0#?]/.test(first)) return null;
  const dot = first.indexOf('.');
  if (dot < 0) return 0;
  const m = /^[0#?]*/.exec(first.slice(dot + 1));
  return m ? m[0].length : 0;
}

export class Sheet {
  /** row → column → cell */
  readonly rows = new Map<number, Map<number, Cell>>();
  readonly merges: MergeRange[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  maxRow = 0;
  maxCol = 0;
  private mergeIndex: Map<string, MergeRange> | null = null;

  constructor(readonly info: SheetInfo) {}

  get name(): string {
    return this.info.name;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The merged range that covers the cell, if any. */
  mergeAt(row: number, col: number): MergeRange | undefined {
    if (!this.mergeIndex) {
      this.mergeIndex = new Map();
      for (const m of this.merges) {
        // Header merges are small; a huge merge is indexed by its first cells only.
        const rows = Math.min(m.r2, m.r1 + 200);
        const cols = Math.min(m.c2, m.c1 + 200);
        for (let r = m.r1; r <= rows; r++) for (let c = m.c1; c <= cols; c++) this.mergeIndex.set(`${r},${c}`, m);
      }
    }
    return this.mergeIndex.get(`${row},${col}`);
  }

  /** The cell, or for a cell inside a merged range, the range's top-left cell. */
  effectiveCell(row: number, col: number): { cell: Cell | undefined; row: number; col: number; merge?: MergeRange } {
    const own = this.cell(row, col);
    const m = this.mergeAt(row, col);
    if (m && (m.r1 !== row || m.c1 !== col) && (own === undefined || own.value === null || own.value === '')) {
      return { cell: this.cell(m.r1, m.c1), row: m.r1, col: m.c1, merge: m };
    }
    return { cell: own, row, col, ...(m ? { merge: m } : {}) };
  }
}

export class XlsxWorkbook {
  readonly sheets: SheetInfo[] = [];
  private sharedStrings: string[] = [];
  private xfNumFmt: number[] = [];
  private xfFont: number[] = [];
  private numFmts = new Map<number, string>();
  private fonts: (string | null)[] = [];
  private readonly cache = new Map<string, Sheet>();

  private constructor(private readonly zip: ZipArchive) {}

  /** Opens a workbook from its bytes. Throws ZipError for container problems, XlsxFormatError for missing parts. */
  static open(buf: Buffer): XlsxWorkbook {
    const wb = new XlsxWorkbook(new ZipArchive(buf));
    wb.load();
    return wb;
  }

  private load(): void {
    const workbookPath = this.officeDocumentPath();
    const xml = this.zip.readText(workbookPath);
    if (xml === null) throw new XlsxFormatError(workbookPath, 'zip has no workbook part: not an .xlsx workbook');
    const rels = this.readRels(workbookPath);
    // Only the <sheets> list matters; defined names and the rest can be long.
    const sheetsXml = /<(?:[A-Za-z]+:)?sheets\b[\s\S]*?<\/(?:[A-Za-z]+:)?sheets>/.exec(xml)?.[0] ?? xml;
    for (const t of this.tokens(sheetsXml, workbookPath)) {
      if (t.kind !== 'open' || t.name !== 'sheet') continue;
      const rid = t.attrs['r:id'] ?? t.attrs['id'] ?? '';
      const target = rels.get(rid);
      if (!target) continue; // chart sheets and dialog sheets have other relationship types
      const state = t.attrs['state'] === 'hidden' ? 'hidden' : t.attrs['state'] === 'veryHidden' ? 'veryHidden' : 'visible';
      this.sheets.push({ name: t.attrs['name'] ?? '', state, path: target });
    }
    if (this.sheets.length === 0) throw new XlsxFormatError(workbookPath, 'workbook lists no worksheets');
    const relTargets = [...rels.entries()];
    const sst = relTargets.find(([, p]) => /sharedStrings\d*\.xml$/i.test(p))?.[1] ?? 'xl/sharedStrings.xml';
    const styles = relTargets.find(([, p]) => /styles\d*\.xml$/i.test(p))?.[1] ?? 'xl/styles.xml';
    this.loadSharedStrings(sst);
    this.loadStyles(styles);
  }

  private tokens(xml: string, part: string) {
    try {
      return [...tokenize(xml)];
    } catch (err) {
      throw new XlsxFormatError(part, `malformed XML: ${(err as Error).message}`);
    }
  }

  private officeDocumentPath(): string {
    const rels = this.zip.readText('_rels/.rels');
    if (rels) {
      for (const t of this.tokens(rels, '_rels/.rels')) {
        if (t.kind === 'open' && t.name === 'Relationship' && /officeDocument$/.test(t.attrs['Type'] ?? '')) {
          return resolvePath('', t.attrs['Target'] ?? '');
        }
      }
    }
    return 'xl/workbook.xml';
  }

  /** Relationship id → part path for a part's .rels file. */
  private readRels(partPath: string): Map<string, string> {
    const slash = partPath.lastIndexOf('/');
    const dir = slash < 0 ? '' : partPath.slice(0, slash);
    const relsPath = `${dir ? `${dir}/` : ''}_rels/${partPath.slice(slash + 1)}.rels`;
    const out = new Map<string, string>();
    const xml = this.zip.readText(relsPath);
    if (!xml) return out;
    for (const t of this.tokens(xml, relsPath)) {
      if (t.kind !== 'open' || t.name !== 'Relationship') continue;
      if (t.attrs['TargetMode'] === 'External') continue;
      const type = t.attrs['Type'] ?? '';
      const target = resolvePath(dir, t.attrs['Target'] ?? '');
      if (/\/(worksheet|sharedStrings|styles)$/.test(type)) out.set(t.attrs['Id'] ?? '', target);
    }
    return out;
  }

  private loadSharedStrings(path: string): void {
    const xml = this.zip.readText(path);
    if (!xml) return;
    if (!/<[A-Za-z]+:si[\s>]/.test(xml)) {
      // Fast path for unprefixed markup: each <si> is text runs, minus phonetic runs.
      for (const m of xml.matchAll(SI)) {
        const body = (m[1] ?? '').replace(RPH, '');
        let text = '';
        for (const t of body.matchAll(T_RUN)) text += t[1] ?? '';
        this.sharedStrings.push(decodeExcelEscapes(decodeEntities(text)));
      }
      return;
    }
    let inSi = false;
    let phonetic = 0;
    let inT = false;
    let cur = '';
    for (const t of this.tokens(xml, path)) {
      if (t.kind === 'open') {
        if (t.name === 'si') {
          inSi = true;
          cur = '';
        } else if (t.name === 'rPh') phonetic++;
        else if (t.name === 't' && !t.selfClosing) inT = true;
      } else if (t.kind === 'close') {
        if (t.name === 'si') {
          inSi = false;
          this.sharedStrings.push(decodeExcelEscapes(cur));
        } else if (t.name === 'rPh') phonetic--;
        else if (t.name === 't') inT = false;
      } else if (inSi && inT && phonetic === 0) cur += t.text;
    }
  }

  private loadStyles(path: string): void {
    const xml = this.zip.readText(path);
    if (!xml) return;
    if (!/<[A-Za-z]+:styleSheet[\s>]/.test(xml)) {
      // Fast path: only the three sections that matter, scanned with regular expressions.
      const section = (name: string) => new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '';
      const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
      for (const m of section('numFmts').matchAll(/<numFmt\b[^>]*>/g)) {
        this.numFmts.set(Number(attr(m[0], 'numFmtId')), decodeEntities(attr(m[0], 'formatCode') ?? ''));
      }
      for (const m of section('fonts').matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)) {
        const name = /<name\b[^>]*\bval="([^"]*)"/.exec(m[1] ?? '');
        this.fonts.push(name ? decodeEntities(name[1] as string) : null);
      }
      for (const m of section('cellXfs').matchAll(/<xf\b[^>]*>/g)) {
        this.xfNumFmt.push(Number(attr(m[0], 'numFmtId') ?? 0));
        this.xfFont.push(Number(attr(m[0], 'fontId') ?? 0));
      }
      return;
    }
    let section = '';
    let inFont = false;
    let fontName: string | null = null;
    for (const t of this.tokens(xml, path)) {
      if (t.kind === 'open') {
        if (t.name === 'numFmt') this.numFmts.set(Number(t.attrs['numFmtId']), t.attrs['formatCode'] ?? '');
        else if (t.name === 'fonts' || t.name === 'cellXfs' || t.name === 'cellStyleXfs' || t.name === 'dxfs') section = t.name;
        else if (t.name === 'font' && section === 'fonts') {
          inFont = true;
          fontName = null;
        } else if (t.name === 'name' && inFont) fontName = t.attrs['val'] ?? null;
        else if (t.name === 'xf' && section === 'cellXfs') {
          this.xfNumFmt.push(Number(t.attrs['numFmtId'] ?? 0));
          this.xfFont.push(Number(t.attrs['fontId'] ?? 0));
        }
      } else if (t.kind === 'close') {
        if (t.name === 'font' && inFont) {
          inFont = false;
          this.fonts.push(fontName);
        } else if (t.name === section) section = '';
      }
    }
  }

  /** The number format code of a cell style (built-in codes filled in). */
  numFmt(style: number): string | null {
    const id = this.xfNumFmt[style] ?? 0;
    return this.numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? null;
  }

  fontName(style: number): string | null {
    return this.fonts[this.xfFont[style] ?? 0] ?? null;
  }

  sheet(name: string): Sheet {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const info = this.sheets.find((s) => s.name === name);
    if (!info) throw new XlsxFormatError(name, 'no such sheet');
    const xml = this.zip.readText(info.path);
    if (xml === null) throw new XlsxFormatError(info.path, `sheet '${name}' is listed but its part is missing`);
    const sheet = this.parseSheet(info, xml);
    this.cache.set(name, sheet);
    return sheet;
  }

  private parseSheet(info: SheetInfo, xml: string): Sheet {
    return this.parseSheetFast(info, xml) ?? this.parseSheetTokens(info, xml);
  }

  /**
   * Regular-expression scan of the usual Excel output: unprefixed elements, every cell with its
   * reference. Returns null when the markup is otherwise, for the general tokenizer to handle.
   */
  private parseSheetFast(info: SheetInfo, xml: string): Sheet | null {
    if (!xml.includes('<sheetData') || /<[A-Za-z]+:(?:c|row|sheetData)[\s>]/.test(xml)) return null;
    const sheet = new Sheet(info);
    const dataStart = xml.indexOf('<sheetData');
    const dataEnd = xml.indexOf('</sheetData>', dataStart);
    const data = xml.slice(dataStart, dataEnd < 0 ? xml.length : dataEnd);
    for (const m of data.matchAll(ROW_OPEN)) {
      const attrs = m[1] ?? '';
      if (/\bhidden="(?:1|true)"/.test(attrs)) {
        const r = /\br="(\d+)"/.exec(attrs);
        if (!r) return null;
        sheet.hiddenRows.add(Number(r[1]));
      }
    }
    for (const m of data.matchAll(CELL)) {
      const attrs = m[1] ?? '';
      const ref = /\br="([A-Za-z]+\d+)"/.exec(attrs);
      if (!ref) return null;
      const pos = parseAddress(ref[1] as string);
      if (!pos) return null;
      const type = /\bt="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
      const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
      const body = m[2];
      if (body === undefined) continue; // <c .../>: formatting only
      let text: string | null = null;
      if (type === 'inlineStr') {
        const is = /<is>([\s\S]*?)<\/is>/.exec(body);
        if (is) {
          text = '';
          for (const t of (is[1] ?? '').replace(RPH, '').matchAll(T_RUN)) text += t[1] ?? '';
          text = decodeEntities(text);
        }
      } else {
        const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body);
        if (v) text = decodeEntities(v[1] ?? '');
      }
      this.storeCell(sheet, { type, style, row: pos.row, col: pos.col }, text, /<f[\s>/]/.test(body));
    }
    const tail = dataEnd < 0 ? '' : xml.slice(dataEnd);
    for (const m of tail.matchAll(MERGE)) {
      const [a, b] = (m[1] ?? '').split(':');
      const p = a ? parseAddress(a) : null;
      const q = b ? parseAddress(b) : p;
      if (p && q) sheet.merges.push({ r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) });
    }
    const head = xml.slice(0, dataStart);
    for (const m of head.matchAll(COL)) {
      const attrs = m[1] ?? '';
      if (!/\bhidden="(?:1|true)"/.test(attrs)) continue;
      const min = Number(/\bmin="(\d+)"/.exec(attrs)?.[1] ?? 0);
      const max = Math.min(Number(/\bmax="(\d+)"/.exec(attrs)?.[1] ?? 0), min + 500);
      for (let c = min; c <= max; c++) sheet.hiddenCols.add(c);
    }
    return sheet;
  }

  private parseSheetTokens(info: SheetInfo, xml: string): Sheet {
    const sheet = new Sheet(info);
    let row = 0;
    let col = 0;
    let cur: { type: string; style: number; row: number; col: number } | null = null;
    let text: string | null = null; // collected <v> or <is><t> text
    let inV = false;
    let inIsT = false;
    let inIs = false;
    let phonetic = 0;
    let hasFormula = false;
    for (const t of this.tokens(xml, info.path)) {
      if (t.kind === 'open') {
        switch (t.name) {
          case 'row': {
            row = t.attrs['r'] ? Number(t.attrs['r']) : row + 1;
            col = 0;
            if (t.attrs['hidden'] === '1' || t.attrs['hidden'] === 'true') sheet.hiddenRows.add(row);
            break;
          }
          case 'c': {
            const ref = t.attrs['r'] ? parseAddress(t.attrs['r']) : null;
            if (ref) {
              row = ref.row;
              col = ref.col;
            } else col += 1;
            cur = { type: t.attrs['t'] ?? 'n', style: Number(t.attrs['s'] ?? 0), row, col };
            text = null;
            hasFormula = false;
            if (t.selfClosing) cur = null; // styled empty cell; the close token follows and is ignored
            break;
          }
          case 'v':
            inV = !t.selfClosing;
            if (inV && text === null) text = '';
            break;
          case 'f':
            hasFormula = true;
            break;
          case 'is':
            inIs = true;
            if (text === null) text = '';
            break;
          case 'rPh':
            phonetic++;
            break;
          case 't':
            if (inIs && !t.selfClosing) inIsT = true;
            break;
          case 'mergeCell': {
            const [a, b] = (t.attrs['ref'] ?? '').split(':');
            const p = a ? parseAddress(a) : null;
            const q = b ? parseAddress(b) : p;
            if (p && q) sheet.merges.push({ r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) });
            break;
          }
          case 'col': {
            if (t.attrs['hidden'] === '1' || t.attrs['hidden'] === 'true') {
              const min = Number(t.attrs['min']);
              const max = Math.min(Number(t.attrs['max']), min + 500);
              for (let c = min; c <= max; c++) sheet.hiddenCols.add(c);
            }
            break;
          }
        }
      } else if (t.kind === 'close') {
        switch (t.name) {
          case 'v':
            inV = false;
            break;
          case 'is':
            inIs = false;
            break;
          case 't':
            inIsT = false;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'c': {
            if (cur) this.storeCell(sheet, cur, text, hasFormula);
            cur = null;
            break;
          }
        }
      } else if ((inV || inIsT) && phonetic === 0 && text !== null) {
        text += t.text;
      }
    }
    return sheet;
  }

  private storeCell(sheet: Sheet, c: { type: string; style: number; row: number; col: number }, text: string | null, hasFormula: boolean): void {
    let value: CellValue = null;
    let error: string | undefined;
    if (text !== null) {
      switch (c.type) {
        case 's': {
          const s = this.sharedStrings[Number(text)];
          if (s === undefined) throw new XlsxFormatError(cellAddress(c.row, c.col), `shared string ${text} does not exist`);
          value = s;
          break;
        }
        case 'str':
        case 'inlineStr':
        case 'd':
          value = decodeExcelEscapes(text);
          break;
        case 'b':
          value = text.trim() === '1' || text.trim() === 'true';
          break;
        case 'e':
          error = text.trim();
          break;
        default: {
          const trimmed = text.trim();
          if (trimmed === '') break;
          const n = Number(trimmed);
          if (!Number.isFinite(n)) throw new XlsxFormatError(cellAddress(c.row, c.col), `numeric cell holds '${trimmed}'`);
          value = n;
        }
      }
    }
    if (value === null && error === undefined && !hasFormula) {
      // Style-only cells carry no content; keep them out so that "used range" means content.
      return;
    }
    let r = sheet.rows.get(c.row);
    if (!r) sheet.rows.set(c.row, (r = new Map()));
    r.set(c.col, { value, style: c.style, hasFormula, ...(error !== undefined ? { error } : {}) });
    if (c.row > sheet.maxRow) sheet.maxRow = c.row;
    if (c.col > sheet.maxCol) sheet.maxCol = c.col;
  }
}

const SI = /<si(?:\s[^>]*[^/>])?>([\s\S]*?)<\/si>|<si\s*\/>/g;
const RPH = /<rPh\b[\s\S]*?<\/rPh>/g;
const T_RUN = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
const ROW_OPEN = /<row\b([^>]*)>/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const MERGE = /<mergeCell\b[^>]*\bref="([^"]+)"/g;
const COL = /<col\b([^>]*?)\/?>/g;

/** Resolves a relationship target against the folder of the part that names it. */
function resolvePath(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = baseDir ? baseDir.split('/') : [];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export { ZipError };
