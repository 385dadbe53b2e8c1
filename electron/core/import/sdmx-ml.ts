// SDMX-ML 2.1 data messages: structure-specific (<message:StructureSpecificData>: Series/Obs carry components as
// XML attributes) and generic (<message:GenericData>: generic:SeriesKey/generic:Value, generic:ObsDimension,
// generic:ObsValue, generic:Attributes). Also the flat forms (Obs directly in DataSet: dimensionAtObservation=
// "AllDimensions", generic:ObsKey), Group attributes, and SDMX 2.0 CompactData (same shape as structure-specific).
import type { Readable } from 'node:stream';
import { SdmxCollector } from './sdmx-common.js';
import { XmlTokenizer, type XmlElement, type XmlHandler } from './sdmx-xml.js';
import { decodeText, StreamTextDecoder } from './text-decode.js';
import { ImportError, type ParseResult } from './types.js';

/** DataSet attributes that are message mechanics, not components. */
const DATASET_MECHANICS = new Set(['ACTION', 'SETID', 'REPORTINGBEGINDATE', 'REPORTINGENDDATE', 'VALIDFROMDATE', 'VALIDTODATE', 'PUBLICATIONYEAR', 'PUBLICATIONPERIOD', 'DATASCOPE', 'STRUCTUREREF', 'DATASETID', 'KEYFAMILYURI']);

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

const unprefixedAttrs = (el: XmlElement, skip?: Set<string>): Map<string, string> => {
  const m = new Map<string, string>();
  for (const [k, v] of el.attrs) {
    if (k.includes(':')) continue;
    const id = k.toUpperCase();
    if (skip?.has(id)) continue;
    m.set(id, v);
  }
  return m;
};

/** The SDMX-ML reading as a handler: feed it with any tokenizer that produces the XmlHandler events. */
export class SdmxMlHandler implements XmlHandler {
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

  openTag(el: XmlElement): void {
    const local = el.local;
    const parent = this.path[this.path.length - 1];
    this.path.push(local);
    this.textBuf = '';
    if (this.path.length === 1) {
      if (/^(StructureSpecific(TimeSeries)?Data|CompactData)$/.test(local)) this.kind = 'structure-specific';
      else if (/^Generic(TimeSeries)?Data$/.test(local)) this.kind = 'generic';
      else throw new ImportError(this.fileName, `line ${el.line}`, `<${el.name}> is not an SDMX-ML data message (expected StructureSpecificData or GenericData)`);
      return;
    }
    if (this.path.includes('Header')) {
      if (local === 'Structure') {
        const d = el.attrs.get('dimensionAtObservation');
        if (d && d !== 'AllDimensions') this.dimensionAtObservation = d.toUpperCase();
      }
      if (local === 'Sender' && parent === 'Header') this.header.sender = el.attrs.get('id');
      return;
    }
    if (local === 'DataSet') {
      this.dataset = unprefixedAttrs(el, DATASET_MECHANICS);
      return;
    }
    if (this.kind === 'structure-specific') {
      if (local === 'Series') this.series = { components: unprefixedAttrs(el), line: el.line };
      else if (local === 'Group') this.groups.push(unprefixedAttrs(el));
      else if (local === 'Obs') this.addObs(unprefixedAttrs(el), el.line);
      return;
    }
    // generic
    switch (local) {
      case 'Series':
        this.series = { components: new Map(), line: el.line };
        this.valueTarget = null;
        break;
      case 'Group':
        this.group = new Map();
        break;
      case 'Obs':
        this.obs = { series: this.series, components: new Map(), n: ++this.obsCount, line: el.line };
        break;
      case 'SeriesKey':
      case 'GroupKey':
      case 'ObsKey':
      case 'Attributes':
        this.valueTarget = this.obs ? this.obs.components : this.group ? this.group : this.series ? this.series.components : this.dataset;
        break;
      case 'Value': {
        const id = el.attrs.get('id');
        const value = el.attrs.get('value');
        if (id === undefined || value === undefined) throw new ImportError(this.fileName, `line ${el.line}`, '<Value> needs id and value attributes');
        if (!this.valueTarget) throw new ImportError(this.fileName, `line ${el.line}`, '<Value> outside SeriesKey, ObsKey or Attributes');
        this.valueTarget.set(id.toUpperCase(), value);
        break;
      }
      case 'ObsDimension':
        if (!this.obs) throw new ImportError(this.fileName, `line ${el.line}`, '<ObsDimension> outside <Obs>');
        this.obs.components.set((el.attrs.get('id') ?? this.dimensionAtObservation).toUpperCase(), el.attrs.get('value') ?? '');
        break;
      case 'ObsValue':
        if (!this.obs) throw new ImportError(this.fileName, `line ${el.line}`, '<ObsValue> outside <Obs>');
        this.obs.components.set('OBS_VALUE', el.attrs.get('value') ?? '');
        break;
    }
  }

  private addObs(components: Map<string, string>, line: number): void {
    this.pending.push({ series: this.series, components, n: ++this.obsCount, line });
  }

  closeTag(el: XmlElement): void {
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
    if (!this.kind) throw new ImportError(this.fileName, null, 'no SDMX-ML root element');
    const collector = new SdmxCollector(this.fileName);
    for (const p of this.pending) {
      const comps = new Map(this.dataset);
      const seriesComps = p.series?.components;
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
      }
      for (const [k, v] of p.components) comps.set(k, v);
      collector.add({ components: comps, location: `observation ${p.n}, line ${p.line}` });
    }
    collector.finish();
    const release: ParseResult['release'] = { sourceKind: 'sdmx', sourceFile: this.fileName };
    const name = this.header.name ?? this.header.id;
    if (name) release.name = name;
    if (this.header.sender) release.publisher = this.header.sender;
    if (this.header.prepared && /^\d{4}-\d{2}-\d{2}/.test(this.header.prepared)) release.publishedOn = this.header.prepared.slice(0, 10);
    const warnings = collector.warnings();
    if (this.pending.length === 0) warnings.push('the message has no observations');
    return { figures: collector.figures, release, warnings };
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
  if (text.trim() === '') throw new ImportError(fileName, null, 'the file is empty');
  const handler = new SdmxMlHandler(fileName);
  const tok = new XmlTokenizer(handler, fileName);
  tok.write(text);
  tok.close();
  return handler.result();
}

/** Streaming variant: reads the message chunk by chunk; only the observations' components are kept. */
export async function parseSdmxMlStream(readable: Readable | AsyncIterable<Buffer | string>, fileName: string): Promise<ParseResult> {
  const handler = new SdmxMlHandler(fileName);
  const tok = new XmlTokenizer(handler, fileName);
  const dec = new StreamTextDecoder(fileName, 'utf-8');
  let any = false;
  for await (const chunk of readable as AsyncIterable<Buffer | string>) {
    const t = typeof chunk === 'string' ? chunk : dec.write(chunk);
    if (t.trim()) any = true;
    tok.write(t);
  }
  tok.write(dec.end());
  if (!any) throw new ImportError(fileName, null, 'the file is empty');
  tok.close();
  return handler.result();
}
