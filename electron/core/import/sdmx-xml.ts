// A small, strict XML 1.0 tokenizer for SDMX-ML data messages. It takes text in chunks (streaming), checks
// well-formedness (one root, matching tags, quoted unique attributes, known entities, bound namespace prefixes) and
// reports elements, attributes and text to a handler. It reads: elements, attributes, namespace prefixes and default
// namespaces, the five predefined entities and numeric character references, comments, CDATA sections, processing
// instructions and the XML declaration, and a DOCTYPE without an internal subset (which is skipped).
// Not supported (refused): DTD internal subsets and entity declarations.
//
// The handler interface is deliberately minimal so a maintained parser (saxes) can be swapped in: saxes' opentag/
// closetag/text events with { xmlns: true } carry the same facts.
import { ImportError } from './types.js';

export interface XmlName {
  /** Qualified name as written ("generic:Obs"). */
  name: string;
  prefix: string;
  local: string;
  /** Namespace URI ("" when none). */
  uri: string;
}

export interface XmlElement extends XmlName {
  /** Attributes by qualified name as written; xmlns declarations excluded. */
  attrs: Map<string, string>;
  /** Attribute names resolved: qualified name → namespace URI ("" for unprefixed attributes). */
  attrUris: Map<string, string>;
  line: number;
}

export interface XmlHandler {
  openTag(el: XmlElement): void;
  closeTag(el: XmlElement): void;
  /** Character data inside the root element (entities resolved; CDATA included). May arrive in pieces. */
  text(text: string, line: number): void;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*(?::[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?$/;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export class XmlTokenizer {
  private buf = '';
  private line = 1;
  private readonly stack: { el: XmlElement; ns: Map<string, string> }[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private closed = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly fileName: string,
  ) {}

  private err(detail: string, line = this.line): ImportError {
    return new ImportError(this.fileName, `line ${line}`, detail);
  }

  /** Feeds more text. */
  write(chunk: string): void {
    if (this.closed) throw new Error('write after close');
    this.buf += chunk;
    this.pump(false);
  }

  /** Ends the input: everything open is an error (truncated file). */
  close(): void {
    this.pump(true);
    this.closed = true;
    if (this.buf.trim() !== '') {
      const t = this.buf.trimStart();
      if (t.startsWith('<')) throw this.err(`the file ends inside markup: ${JSON.stringify(t.slice(0, 40))}… is never closed (truncated file?)`);
      throw this.err('text after the end of the document');
    }
    if (this.stack.length > 0) {
      const open = this.stack[this.stack.length - 1]!.el;
      throw this.err(`the file ends before </${open.name}> (element opened at line ${open.line}); the file is truncated`);
    }
    if (!this.rootSeen) throw this.err('no XML element found');
  }

  private countLines(s: string): void {
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) this.line++;
  }

  private pump(final: boolean): void {
    let pos = 0;
    const b = this.buf;
    for (;;) {
      const lt = b.indexOf('<', pos);
      if (lt < 0) {
        // text to the end: keep it until we know it is complete (entities may be split), unless final
        if (final && pos < b.length) {
          this.textRun(b.slice(pos));
          pos = b.length;
        }
        break;
      }
      if (lt > pos) {
        this.textRun(b.slice(pos, lt));
        pos = lt;
      }
      const end = this.markupEnd(b, lt);
      if (end < 0) break; // incomplete markup: wait for more
      this.markup(b.slice(lt, end));
      pos = end;
    }
    this.buf = b.slice(pos);
  }

  /** End index (exclusive) of the markup starting at `lt`, or -1 when it is not complete yet. */
  private markupEnd(b: string, lt: number): number {
    if (b.startsWith('<!--', lt)) {
      const e = b.indexOf('-->', lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (b.startsWith('<![CDATA[', lt)) {
      const e = b.indexOf(']]>', lt + 9);
      return e < 0 ? -1 : e + 3;
    }
    if (b.startsWith('<?', lt)) {
      const e = b.indexOf('?>', lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    if (b.length - lt < 9 && '<!DOCTYPE'.startsWith(b.slice(lt))) return -1;
    if (b.startsWith('<!DOCTYPE', lt)) {
      const e = b.indexOf('>', lt);
      if (e >= 0 && b.slice(lt, e).includes('[')) throw this.err('DOCTYPE with an internal subset is not supported');
      return e < 0 ? -1 : e + 1;
    }
    // a tag: '>' outside quotes
    let q = '';
    for (let i = lt + 1; i < b.length; i++) {
      const c = b[i]!;
      if (q) {
        if (c === q) q = '';
      } else if (c === '"' || c === "'") q = c;
      else if (c === '>') return i + 1;
      else if (c === '<') throw this.err(`"<" inside a tag: ${JSON.stringify(b.slice(lt, i + 1).slice(0, 60))}`, this.line + (b.slice(lt, i).split('\n').length - 1));
    }
    return -1;
  }

  private textRun(raw: string): void {
    const line = this.line;
    this.countLines(raw);
    if (this.stack.length === 0) {
      if (raw.trim() !== '') throw this.err(this.rootClosed ? 'text after the root element' : 'text before the root element', line);
      return;
    }
    this.handler.text(this.entities(raw, line), line);
  }

  private entities(s: string, line: number): string {
    if (!s.includes('&')) return s;
    return s.replace(/&([^;\s&<]*);?/g, (m, name: string) => {
      if (!m.endsWith(';')) throw this.err(`"&" must start an entity such as &amp; (found ${JSON.stringify(m.slice(0, 12))})`, line);
      if (name in PREDEFINED) return PREDEFINED[name]!;
      const num = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(name);
      if (num) {
        const cp = num[1] ? parseInt(num[1], 16) : parseInt(num[2]!, 10);
        if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw this.err(`character reference &${name}; is not a valid character`, line);
        return String.fromCodePoint(cp);
      }
      throw this.err(`unknown entity &${name};`, line);
    });
  }

  private markup(m: string): void {
    const line = this.line;
    this.countLines(m);
    if (m.startsWith('<!--')) {
      if (m.slice(4, -3).includes('--')) throw this.err('"--" inside a comment', line);
      return;
    }
    if (m.startsWith('<![CDATA[')) {
      if (this.stack.length === 0) throw this.err('CDATA outside the root element', line);
      this.handler.text(m.slice(9, -3), line);
      return;
    }
    if (m.startsWith('<?')) {
      if (/^<\?xml[\s?]/.test(m) && (this.rootSeen || line !== 1)) throw this.err('the XML declaration must come first', line);
      return;
    }
    if (m.startsWith('<!DOCTYPE')) {
      if (this.rootSeen) throw this.err('DOCTYPE after the root element', line);
      return;
    }
    if (m.startsWith('<!')) throw this.err(`unexpected markup ${JSON.stringify(m.slice(0, 20))}`, line);
    if (m.startsWith('</')) {
      const name = m.slice(2, -1).trim();
      const top = this.stack.pop();
      if (!top) throw this.err(`</${name}> without an open element`, line);
      if (top.el.name !== name) throw this.err(`</${name}> closes <${top.el.name}> (opened at line ${top.el.line})`, line);
      this.handler.closeTag(top.el);
      if (this.stack.length === 0) this.rootClosed = true;
      return;
    }
    this.startTag(m, line);
  }

  private startTag(m: string, line: number): void {
    const selfClosing = m.endsWith('/>');
    const body = m.slice(1, selfClosing ? -2 : -1);
    const nameMatch = /^[^\s/>]+/.exec(body);
    if (!nameMatch || !NAME.test(nameMatch[0])) throw this.err(`bad element name in ${JSON.stringify(m.slice(0, 40))}`, line);
    const name = nameMatch[0];
    if (this.rootClosed) throw this.err(`<${name}> after the root element`, line);
    if (this.stack.length === 0 && this.rootSeen) throw this.err(`second root element <${name}>`, line);
    this.rootSeen = true;
    const raw = new Map<string, string>();
    const attrRe = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
    let i = name.length;
    for (;;) {
      attrRe.lastIndex = i;
      const a = attrRe.exec(body);
      if (!a) break;
      const an = a[1]!;
      if (!NAME.test(an)) throw this.err(`bad attribute name "${an}" on <${name}>`, line);
      if (raw.has(an)) throw this.err(`attribute "${an}" repeated on <${name}>`, line);
      const v = a[2] ?? a[3] ?? '';
      if (v.includes('<')) throw this.err(`"<" in the value of attribute "${an}"`, line);
      raw.set(an, this.entities(v.replace(/[\t\n\r]/g, ' '), line));
      i = attrRe.lastIndex;
    }
    if (body.slice(i).trim() !== '') throw this.err(`malformed attributes in <${name}>: ${JSON.stringify(body.slice(i).trim().slice(0, 40))}`, line);
    const parentNs = this.stack.length ? this.stack[this.stack.length - 1]!.ns : new Map<string, string>([['xml', XML_NS]]);
    let ns = parentNs;
    const attrs = new Map<string, string>();
    for (const [k, v] of raw) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (ns === parentNs) ns = new Map(parentNs);
        ns.set(k === 'xmlns' ? '' : k.slice(6), v);
      } else attrs.set(k, v);
    }
    const resolve = (qname: string, isAttr: boolean): XmlName => {
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? '' : qname.slice(0, colon);
      const local = colon < 0 ? qname : qname.slice(colon + 1);
      if (prefix === '' && isAttr) return { name: qname, prefix, local, uri: '' };
      const uri = ns.get(prefix);
      if (uri === undefined) {
        if (prefix === '') return { name: qname, prefix, local, uri: '' };
        throw this.err(`namespace prefix "${prefix}" of <${qname}> is not declared`, line);
      }
      return { name: qname, prefix, local, uri };
    };
    const attrUris = new Map<string, string>();
    for (const k of attrs.keys()) attrUris.set(k, resolve(k, true).uri);
    const el: XmlElement = { ...resolve(name, false), attrs, attrUris, line };
    this.handler.openTag(el);
    if (selfClosing) {
      this.handler.closeTag(el);
      if (this.stack.length === 0) this.rootClosed = true;
    } else this.stack.push({ el, ns });
  }
}
