// SDMX-ML 2.1 data messages: structure-specific (<message:StructureSpecificData>: Series/Obs carry components as
// XML attributes) and generic (<message:GenericData>: generic:SeriesKey/generic:Value, generic:ObsDimension,
// generic:ObsValue, generic:Attributes). Also the flat forms (Obs directly in DataSet: dimensionAtObservation=
// "AllDimensions", generic:ObsKey), Group attributes, and SDMX 2.0 CompactData (same shape as structure-specific).
import { said, type ImportSaid } from '../../../../shared/messages/import.js';
import type { Place } from '../../../../shared/messages/place.js';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { SdmxCollector, seriesKeyOf } from '../../read/sdmx-common.js';
import { decodeText, StreamTextDecoder } from '../../read/text-decode.js';
import { excerpt, MAX_NESTING } from '../../read/limits.js';
import { ImportError, type ParseResult } from '../../types.js';
import type { FormatReader } from '../format-reader.js';

/** DataSet attributes that are message mechanics, not components. */
const DATASET_MECHANICS = new Set([
  'ACTION',
  'SETID',
  'REPORTINGBEGINDATE',
  'REPORTINGENDDATE',
  'VALIDFROMDATE',
  'VALIDTODATE',
  'PUBLICATIONYEAR',
  'PUBLICATIONPERIOD',
  'DATASCOPE',
  'STRUCTUREREF',
  'DATASETID',
  'KEYFAMILYURI',
]);

type Kind = 'structure-specific' | 'generic';

interface SeriesState {
  components: Map<string, string>;
  line: number;
}

interface PendingObs {
  series: SeriesState | null;
  components: Map<string, string>;
  n: number;
  line: number;
}

/** Unprefixed attributes (the components), ids upper-cased; namespace declarations excluded. */
const unprefixedAttrs = (el: SaxesTagNS, skip?: Set<string>): Map<string, string> => {
  const m = new Map<string, string>();
  for (const a of Object.values(el.attributes)) {
    if (a.prefix !== '' || a.name === 'xmlns') continue;
    const id = a.name.toUpperCase();
    if (skip?.has(id)) continue;
    m.set(id, a.value);
  }
  return m;
};

const attr = (el: SaxesTagNS, name: string): string | undefined => el.attributes[name]?.value;

/** The SDMX-ML reading of saxes' events (opentag with the line the tag starts on, closetag, text and cdata). */
export class SdmxMlHandler {
  kind: Kind | null = null;
  private readonly path: string[] = [];
  private dataset = new Map<string, string>();
  private readonly groups: Map<string, string>[] = [];
  private series: SeriesState | null = null;
  private obs: PendingObs | null = null;
  /** generic: where Value elements go */
  private valueTarget: Map<string, string> | null = null;
  private group: Map<string, string> | null = null;
  private readonly pending: PendingObs[] = [];
  private obsCount = 0;
  private dimensionAtObservation = 'TIME_PERIOD';
  private textBuf = '';
  readonly header: { id?: string; prepared?: string; sender?: string; name?: string } = {};

  constructor(private readonly fileName: string) {}

  openTag(el: SaxesTagNS, line: number): void {
    const local = el.local;
    const parent = this.path[this.path.length - 1];
    this.path.push(local);
    this.textBuf = '';
    if (this.path.length === 1) {
      if (/^(StructureSpecific(TimeSeries)?Data|CompactData)$/.test(local)) this.kind = 'structure-specific';
      else if (/^Generic(TimeSeries)?Data$/.test(local)) this.kind = 'generic';
      else throw new ImportError(this.fileName, [['line', line]], said('sdmx.not-data-message', { name: excerpt(el.name, 40) }));
      return;
    }
    if (this.path.includes('Header')) {
      if (local === 'Structure') {
        const d = attr(el, 'dimensionAtObservation');
        if (d && d !== 'AllDimensions') this.dimensionAtObservation = d.toUpperCase();
      }
      if (local === 'Sender' && parent === 'Header') this.header.sender = attr(el, 'id');
      return;
    }
    if (local === 'DataSet') {
      this.dataset = unprefixedAttrs(el, DATASET_MECHANICS);
      return;
    }
    if (this.kind === 'structure-specific') {
      if (local === 'Series') this.series = { components: unprefixedAttrs(el), line: line };
      else if (local === 'Group') this.groups.push(unprefixedAttrs(el));
      else if (local === 'Obs') this.addObs(unprefixedAttrs(el), line);
      return;
    }
    // generic
    switch (local) {
      case 'Series':
        this.series = { components: new Map(), line: line };
        this.valueTarget = null;
        break;
      case 'Group':
        this.group = new Map();
        break;
      case 'Obs':
        this.obs = { series: this.series, components: new Map(), n: ++this.obsCount, line: line };
        break;
      case 'SeriesKey':
      case 'GroupKey':
      case 'ObsKey':
      case 'Attributes':
        this.valueTarget = this.obs ? this.obs.components : this.group ? this.group : this.series ? this.series.components : this.dataset;
        break;
      case 'Value': {
        const id = attr(el, 'id');
        const value = attr(el, 'value');
        if (id === undefined || value === undefined) throw new ImportError(this.fileName, [['line', line]], said('sdmx.value-attributes'));
        if (!this.valueTarget) throw new ImportError(this.fileName, [['line', line]], said('sdmx.value-outside'));
        this.valueTarget.set(id.toUpperCase(), value);
        break;
      }
      case 'ObsDimension':
        if (!this.obs) throw new ImportError(this.fileName, [['line', line]], said('sdmx.obs-dimension-outside'));
        this.obs.components.set((attr(el, 'id') ?? this.dimensionAtObservation).toUpperCase(), attr(el, 'value') ?? '');
        break;
      case 'ObsValue':
        if (!this.obs) throw new ImportError(this.fileName, [['line', line]], said('sdmx.obs-value-outside'));
        this.obs.components.set('OBS_VALUE', attr(el, 'value') ?? '');
        break;
    }
  }

  private addObs(components: Map<string, string>, line: number): void {
    this.pending.push({ series: this.series, components, n: ++this.obsCount, line });
  }

  closeTag(el: SaxesTagNS): void {
    const local = el.local;
    const inHeader = this.path.includes('Header');
    this.path.pop();
    if (inHeader) {
      const t = this.textBuf.trim();
      if (local === 'ID' && this.path[this.path.length - 1] === 'Header') this.header.id = t;
      if (local === 'Prepared') this.header.prepared = t;
      if (local === 'Name' && this.path[this.path.length - 1] === 'Header') this.header.name ??= t;
      if (local === 'Name' && this.path[this.path.length - 1] === 'Sender') this.header.sender = t || this.header.sender;
      return;
    }
    if (this.kind === 'generic') {
      if (local === 'Obs' && this.obs) {
        this.pending.push(this.obs);
        this.obs = null;
        this.valueTarget = null;
      } else if (local === 'Group' && this.group) {
        this.groups.push(this.group);
        this.group = null;
      } else if (local === 'SeriesKey' || local === 'GroupKey' || local === 'ObsKey' || local === 'Attributes') this.valueTarget = null;
    }
    if (local === 'Series') this.series = null;
  }

  text(text: string): void {
    this.textBuf += text;
  }

  /** Resolves groups and turns observations into figures. */
  result(): ParseResult {
    if (!this.kind) throw new ImportError(this.fileName, null, said('sdmx.no-root'));
    const collector = new SdmxCollector(this.fileName);
    for (const p of this.pending) {
      const comps = new Map(this.dataset);
      const seriesComps = p.series?.components;
      let seriesKey: string | undefined;
      if (seriesComps) {
        // group attributes apply to series whose key matches the group's dimension values
        for (const g of this.groups) {
          let matches = true;
          let shared = 0;
          for (const [k, v] of g) {
            const s = seriesComps.get(k);
            if (s !== undefined) {
              shared++;
              if (s !== v) matches = false;
            }
          }
          if (matches && shared > 0) for (const [k, v] of g) if (!seriesComps.has(k)) comps.set(k, v);
        }
        for (const [k, v] of seriesComps) comps.set(k, v);
        seriesKey = seriesKeyOf(comps);
      }
      for (const [k, v] of p.components) comps.set(k, v);
      collector.add({
        components: comps,
        location: `observation ${p.n}, line ${p.line}`,
        place: [
          ['observation', p.n],
          ['line', p.line],
        ],
        ...(seriesKey !== undefined ? { seriesKey } : {}),
      });
    }
    collector.finish();
    const release: ParseResult['release'] = { sourceKind: 'sdmx', sourceFile: this.fileName };
    const name = this.header.name ?? this.header.id;
    if (name) release.name = name;
    if (this.header.sender) release.publisher = this.header.sender;
    if (this.header.prepared && /^\d{4}-\d{2}-\d{2}/.test(this.header.prepared)) release.publishedOn = this.header.prepared.slice(0, 10);
    const warnings = collector.warnings();
    if (this.pending.length === 0) warnings.push(said('warning.sdmx.no-observations'));
    return { figures: collector.figures, release, warnings };
  }
}

/** How much of the input is kept for quoting the markup an error is in (from the last "<" on, at most this much). */
const TAIL_MAX = 4096;

/**
 * Drives saxes (namespaces on) over text given in chunks and hands its events to an SdmxMlHandler. Well-formedness
 * errors become ImportErrors placed at saxes' line and column. Memory stays bounded: saxes keeps only the element
 * stack and the pending text, and this keeps the input from the last "<" on to quote unfinished markup.
 */
class SdmxXmlReader {
  private readonly parser = new SaxesParser({ xmlns: true });
  /** Open elements with the line each starts on. */
  private readonly open: { name: string; line: number }[] = [];
  /** The start tag being read (between saxes' opentagstart and opentag). */
  private startTag: { name: string; line: number } | null = null;
  private lastClosed: { name: string; line: number } | undefined;
  private tail = '';
  private tailStart = 0;
  /** Errors reported while ending (collected, then explained together), and where the input ended. */
  private endErrors: string[] | null = null;
  private endLine = 0;
  private endPlace: Place = [];

  constructor(
    handler: SdmxMlHandler,
    private readonly fileName: string,
  ) {
    const p = this.parser;
    p.on('opentagstart', (t) => {
      // saxes has read the name and the character after it; a line break there has already moved the line on
      this.startTag = { name: t.name, line: p.column === 0 ? p.line - 1 : p.line };
      // refused before saxes resolves its namespaces, whose cost grows with the depth
      if (this.open.length >= MAX_NESTING)
        throw new ImportError(
          this.fileName,
          [
            ['line', this.startTag.line],
            ['element', this.path(t.name)],
          ],
          said('xml.too-deep', { limit: MAX_NESTING }),
        );
    });
    p.on('opentag', (t) => {
      const line = this.startTag?.line ?? p.line;
      this.startTag = null;
      this.open.push({ name: t.name, line });
      handler.openTag(t, line);
    });
    p.on('closetag', (t) => {
      this.lastClosed = this.open.pop();
      handler.closeTag(t);
    });
    p.on('text', (t) => handler.text(t));
    p.on('cdata', (t) => handler.text(t));
    p.on('error', (e) => {
      const message = e.message.replace(/^\d+:\d+: /, '');
      if (!this.endErrors)
        throw new ImportError(
          this.fileName,
          [
            ['line', p.line],
            ['column', Math.max(1, p.column)],
          ],
          this.explain(message),
        );
      if (this.endErrors.length === 0) {
        this.endLine = p.line;
        this.endPlace = [
          ['line', p.line],
          ['column', p.column + 1],
        ];
      }
      this.endErrors.push(message);
    });
  }

  write(text: string): void {
    this.tail += text;
    this.parser.write(text);
    const lt = this.tail.lastIndexOf('<');
    const from = Math.max(lt < 0 ? this.tail.length - 64 : lt, this.tail.length - TAIL_MAX, 0);
    this.tail = this.tail.slice(from);
    this.tailStart += from;
  }

  /** Ends the input; an unclosed element or unfinished markup means the file is truncated. */
  close(): void {
    this.endErrors = [];
    this.parser.close();
    const errors = this.endErrors;
    if (errors.length === 0) return;
    const fail = (message: ImportSaid): ImportError => new ImportError(this.fileName, this.endPlace, message);
    if (errors.includes('document must contain a root element.')) throw fail(said('xml.no-element'));
    if (errors.includes('unexpected end.')) {
      const markup = this.tail.trimEnd();
      if (!markup.startsWith('<')) throw fail(said('xml.ends-in-markup'));
      const breaks = this.tail.match(/\r\n?|\n/g)?.length ?? 0;
      const quote = JSON.stringify(markup.length > 60 ? `${markup.slice(0, 60)}…` : markup);
      throw fail(said('xml.ends-in-quoted-markup', { markup: quote, line: this.endLine - breaks }));
    }
    const top = this.open[this.open.length - 1];
    if (top)
      throw fail(
        this.open.length > 2
          ? said('xml.ends-before-close-nested', { name: excerpt(top.name, 40), line: top.line, count: this.open.length - 1 })
          : said(this.open.length === 2 ? 'xml.ends-before-close-nested-one' : 'xml.ends-before-close', { name: excerpt(top.name, 40), line: top.line }),
      );
    throw fail(this.explain(errors[0]!));
  }

  /** Where an element stands: its ancestors' names from the root, the middle of a long path left out. */
  private path(name: string): string {
    const names = [...this.open.map((o) => o.name), name].map((n) => excerpt(n, 40));
    return names.length > 6 ? `${names.slice(0, 3).join('/')}/…/${names.slice(-3).join('/')}` : names.join('/');
  }

  /** The input up to where saxes is now. */
  private before(): string {
    return this.tail.slice(0, Math.max(0, this.parser.position - this.tailStart));
  }

  /** saxes' message in the words of the other importers, with the names saxes leaves out. */
  private explain(message: string): ImportSaid {
    const tag = this.startTag ? `<${excerpt(this.startTag.name, 40)}>` : said('xml.the-element');
    let m: RegExpExecArray | null;
    if (message === 'unexpected close tag.') {
      const written = /<\/\s*([^<>\s]*)\s*>$/.exec(this.before())?.[1];
      const closed = this.lastClosed;
      if (written && closed) return said('xml.close-mismatch', { written: excerpt(written, 40), open: excerpt(closed.name, 40), line: closed.line });
    }
    if ((m = /^unmatched closing tag: (.*)\.$/.exec(message))) return said('xml.close-unmatched', { name: excerpt(m[1]!, 40) });
    if ((m = /^duplicate attribute: (.*)\.$/.exec(message))) return said('xml.attribute-repeated', { name: excerpt(m[1]!, 40), tag });
    if ((m = /^unbound namespace prefix: "(.*)"\.$/.exec(message))) return said('xml.prefix-undeclared', { prefix: excerpt(m[1]!, 40), tag });
    if (message === 'undefined entity.') {
      const entity = /&([^&;<>\s]*);$/.exec(this.before())?.[1];
      if (entity !== undefined) return said('xml.entity-unknown', { name: excerpt(entity, 40) });
    }
    if (message === 'text data outside of root node.') return said(this.lastClosed && this.open.length === 0 ? 'xml.text-after-root' : 'xml.text-outside-root');
    if (message === 'documents may contain only one root.') return said('xml.second-root', { tag });
    // the parser's own words stay out of the message
    const last = [...this.before().slice(-2)].pop();
    return message.startsWith('disallowed character') && last ? said('xml.disallowed-character', { char: JSON.stringify(last) }) : said('xml.not-well-formed');
  }
}

/** Parses an SDMX-ML 2.1 data message (structure-specific or generic). */
export function parseSdmxMl(input: Buffer | string, fileName: string): ParseResult {
  let declared: string | null = null;
  if (typeof input !== 'string') {
    const head = input.subarray(0, 200).toString('latin1');
    const m = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head);
    if (m && !/^utf-?8$/i.test(m[1]!) && !/^utf-?16/i.test(m[1]!)) declared = m[1]!;
  }
  const { text } = decodeText(input, fileName, { declared });
  if (text.trim() === '') throw new ImportError(fileName, null, said('file.empty'));
  const handler = new SdmxMlHandler(fileName);
  const reader = new SdmxXmlReader(handler, fileName);
  reader.write(text);
  reader.close();
  return handler.result();
}

/** Streaming variant: reads the message chunk by chunk; only the observations' components are kept. */
export async function parseSdmxMlStream(readable: Readable | AsyncIterable<Buffer | string>, fileName: string): Promise<ParseResult> {
  const handler = new SdmxMlHandler(fileName);
  const reader = new SdmxXmlReader(handler, fileName);
  const dec = new StreamTextDecoder(fileName, 'utf-8');
  let any = false;
  for await (const chunk of readable as AsyncIterable<Buffer | string>) {
    const t = typeof chunk === 'string' ? chunk : dec.write(chunk);
    if (t.trim()) any = true;
    reader.write(t);
  }
  reader.write(dec.end());
  if (!any) throw new ImportError(fileName, null, said('file.empty'));
  reader.close();
  return handler.result();
}

export const sdmxMlReader: FormatReader = {
  format: 'sdmx-ml',
  read: (bytes, opts) => parseSdmxMl(bytes, opts.fileName),
  readStream: (chunks, opts) => parseSdmxMlStream(chunks, opts.fileName),
};
