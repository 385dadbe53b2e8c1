// JSON-stat 2.0 reader (json-stat.org format). A dataset has `id` (dimension ids, in order), `size` (category counts),
// `dimension` (each with category.index — array of ids or {id: position} — and category.label), `value` (array, or an
// object keyed by flat index for sparse cubes), optional `status` (string, array or object) and `role`
// (time/geo/metric). Values are row-major with the last dimension fastest. A "collection" whose link.item holds one
// dataset, and a version-1 style bundle ({name: dataset}) with one dataset, are accepted too.
import { said, type ImportSaid } from '../../../../shared/messages/import.js';
import type { Place } from '../../../../shared/messages/place.js';
import type { Status } from '../../../../shared/domain.js';
import { checkLabel, cubeToFigures, type CubeCategory, type CubeDimension } from '../../read/cube.js';
import { decimalsOfFloat } from '../../read/numbers.js';
import { jsonTooDeep } from '../../read/json-depth.js';
import { excerpt, MAX_CUBE_CELLS, MAX_NESTING, quoted } from '../../read/limits.js';
import { decodeText } from '../../read/text-decode.js';
import { ImportError, type ParseResult, type Warning } from '../../types.js';
import type { FormatReader } from '../format-reader.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Finds where JSON text stops being valid. Only called after JSON.parse failed, to say line and column. */
export function locateJsonError(text: string): { line: number; column: number; message: ImportSaid } {
  let i = 0;
  const fail = (message: ImportSaid): never => {
    throw { at: i, message };
  };
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === undefined) fail(said('json.value-expected'));
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(said('json.name-expected'));
        string();
        ws();
        if (text[i] !== ':') fail(said('json.colon-expected'));
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(text[i] === undefined ? said('json.ends-in-object') : said('json.comma-or-brace'));
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(text[i] === undefined ? said('json.ends-in-array') : said('json.comma-or-bracket'));
      }
    }
    if (c === '"') return string();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!lit) fail(said('json.unexpected', { text: JSON.stringify(c) }));
    i += lit![0].length;
  };
  const string = (): void => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail(said('json.ends-in-string'));
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !e || !'"\\/bfnrt'.includes(e)) fail(said('json.bad-escape'));
        i += e === 'u' ? 6 : 2;
        continue;
      }
      if (c! < ' ') fail(said('json.control-in-string'));
      i++;
    }
  };
  let found: { at: number; message: ImportSaid } = { at: 0, message: said('json.unexpected', { text: '' }) };
  try {
    value();
    ws();
    if (i < text.length) fail(said('json.text-after-end'));
  } catch (e) {
    found = e as { at: number; message: ImportSaid };
  }
  const before = text.slice(0, found.at);
  const line = before.split('\n').length;
  const column = found.at - before.lastIndexOf('\n');
  return { line, column, message: found.message };
}

function statusOf(code: string | undefined): Status | undefined {
  if (!code) return undefined;
  const c = code.trim().toLowerCase();
  if (c === 'e' || c === 'estimate' || c === 'estimated' || c === 'ước tính') return 'estimate';
  if (c === 'p' || c === 'provisional' || c === 'preliminary' || c === 'sơ bộ') return 'preliminary';
  if (c === 'a' || c === 'f' || c === 'official' || c === 'final' || c === 'chính thức') return 'official';
  return undefined;
}

/** Picks the dataset from a dataset, a collection with one dataset, or a bundle with one dataset. */
function findDataset(root: Json, file: string): { ds: Obj; version1: boolean } {
  if (!isObj(root)) throw new ImportError(file, null, said('jsonstat.not-an-object'));
  if (root.class === 'dataset') return { ds: root, version1: false };
  if (root.class === 'collection') {
    const items =
      isObj(root.link) && Array.isArray(root.link.item) ? root.link.item.filter((x): x is Obj => isObj(x) && x.class === 'dataset' && 'value' in x) : [];
    if (items.length !== 1) throw new ImportError(file, [['field', 'link.item']], said('jsonstat.collection-count', { count: items.length }));
    return { ds: items[0]!, version1: false };
  }
  if (root.class === 'bundle' || root.class === undefined) {
    const entries = Object.entries(root).filter(([k, v]) => k !== 'class' && k !== 'version' && isObj(v) && 'dimension' in v);
    if (entries.length === 1) {
      const ds = entries[0]![1] as Obj;
      return { ds, version1: !Array.isArray(ds.id) };
    }
    if ('dimension' in root && 'value' in root) return { ds: root, version1: !Array.isArray(root.id) };
    throw new ImportError(file, null, entries.length > 1 ? said('jsonstat.bundle-count', { count: entries.length }) : said('jsonstat.no-dataset'));
  }
  throw new ImportError(file, [['field', 'class']], said('jsonstat.class-unsupported', { value: quoted(String(root.class)) }));
}

const textOf = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** Parses one JSON-stat file into raw figures. */
export function parseJsonStat(input: Buffer | string, fileName: string): ParseResult {
  const warnings: Warning[] = [];
  const { text } = decodeText(input, fileName);
  if (text.trim() === '') throw new ImportError(fileName, null, said('file.empty'));
  const deep = jsonTooDeep(text);
  if (deep)
    throw new ImportError(
      fileName,
      [
        ['line', deep.line],
        ['column', deep.column],
      ],
      said('json.too-deep', { limit: MAX_NESTING }),
    );
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    const at = locateJsonError(text);
    throw new ImportError(
      fileName,
      [
        ['line', at.line],
        ['column', at.column],
      ],
      said('json.invalid', { problem: at.message }),
    );
  }
  const { ds, version1 } = findDataset(root, fileName);
  const dimObj = ds.dimension;
  if (!isObj(dimObj)) throw new ImportError(fileName, [['field', 'dimension']], said('jsonstat.no-dimension'));
  const idJson = version1 ? dimObj.id : ds.id;
  const sizeJson = version1 ? dimObj.size : ds.size;
  if (!Array.isArray(idJson) || !idJson.every((x) => typeof x === 'string'))
    throw new ImportError(fileName, [['field', 'id']], said('jsonstat.id-not-strings'));
  if (!Array.isArray(sizeJson) || !sizeJson.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0))
    throw new ImportError(fileName, [['field', 'size']], said('jsonstat.size-not-numbers'));
  const ids = idJson as string[];
  const sizes = sizeJson as number[];
  if (ids.length !== sizes.length)
    throw new ImportError(fileName, [['field', 'size']], said('jsonstat.id-size-count', { ids: ids.length, sizes: sizes.length }));
  const cells = sizes.reduce((a, b) => a * b, 1);
  if (cells > MAX_CUBE_CELLS || sizes.some((n) => n > MAX_CUBE_CELLS))
    throw new ImportError(
      fileName,
      [['field', 'size']],
      said('limit.cube-too-large', { sizes: excerpt(sizes.join(' × '), 200), cells, limit: MAX_CUBE_CELLS }),
    );
  for (const id of ids) checkLabel(fileName, [['field', 'id']], said('label.dimension-id'), id);
  const roleJson = version1 ? dimObj.role : ds.role;
  const roleOf = (id: string): 'time' | 'geo' | 'metric' | null => {
    if (!isObj(roleJson)) return null;
    for (const r of ['time', 'geo', 'metric'] as const) {
      const list = roleJson[r];
      if (Array.isArray(list) && list.includes(id)) return r;
    }
    return null;
  };

  const dims: CubeDimension[] = ids.map((id, d) => {
    const place: Place = [['dimension', quoted(id, 40)]];
    const dim = dimObj[id];
    if (!isObj(dim) || !isObj(dim.category)) throw new ImportError(fileName, place, said('jsonstat.dimension-missing', { dimension: quoted(id, 40) }));
    const cat = dim.category;
    const labels = isObj(cat.label) ? cat.label : {};
    let order: string[];
    if (Array.isArray(cat.index)) order = cat.index.map(String);
    else if (isObj(cat.index)) {
      const idx = cat.index;
      order = [];
      for (const [k, pos] of Object.entries(idx)) {
        if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0 || pos >= sizes[d]! || order[pos] !== undefined)
          throw new ImportError(
            fileName,
            [...place, ['category', quoted(k, 40)]],
            said('jsonstat.index-position', { position: excerpt(JSON.stringify(pos) ?? '', 40), last: sizes[d]! - 1 }),
          );
        order[pos] = k;
      }
    } else order = Object.keys(labels);
    if (order.length !== sizes[d])
      throw new ImportError(fileName, place, said('jsonstat.category-count', { size: sizes[d]!, dimension: quoted(id, 40), count: order.length }));
    const units = isObj(cat.unit) ? cat.unit : {};
    const categories = order.map((code): CubeCategory => {
      const c: CubeCategory = { code, label: textOf(labels[code]) ?? code };
      checkLabel(fileName, [...place, ['category', quoted(code, 40)]], said('label.category'), c.label);
      checkLabel(fileName, place, said('label.category-code'), code);
      const u = units[code];
      if (isObj(u)) {
        const ul = [textOf(u.label), textOf(u.symbol)].filter(Boolean).join(' ');
        if (ul) c.unitLabel = ul;
        if (typeof u.decimals === 'number') c.decimals = u.decimals;
      }
      return c;
    });
    const out: CubeDimension = { id, label: textOf(dim.label) ?? id, categories, place, role: roleOf(id) };
    checkLabel(fileName, place, said('label.dimension'), out.label);
    return out;
  });

  const total = sizes.reduce((a, b) => a * b, 1);
  const values = ds.value;
  let getValue: (flat: number) => Json | undefined;
  if (Array.isArray(values)) {
    if (values.length !== total)
      throw new ImportError(
        fileName,
        [['field', 'value']],
        said('jsonstat.value-count', { total, shape: excerpt(dims.map((d) => `${d.categories.length} ${d.id}`).join(' × '), 200), found: values.length }),
      );
    getValue = (flat) => values[flat];
  } else if (isObj(values)) {
    for (const k of Object.keys(values)) {
      if (!/^\d+$/.test(k) || Number(k) >= total) throw new ImportError(fileName, [['value', quoted(k, 40)]], said('jsonstat.sparse-key', { last: total - 1 }));
    }
    getValue = (flat) => values[String(flat)];
  } else throw new ImportError(fileName, [['field', 'value']], said('jsonstat.no-value'));

  const st = ds.status;
  const statusAt = (flat: number): Status | undefined => {
    if (typeof st === 'string') return statusOf(st);
    if (Array.isArray(st)) return st.length === 1 ? statusOf(textOf(st[0])) : statusOf(textOf(st[flat]));
    if (isObj(st)) return statusOf(textOf(st[String(flat)]));
    return undefined;
  };

  const extension = isObj(ds.extension) ? ds.extension : {};
  const describe = [textOf(ds.label), textOf(extension.contents), textOf(extension.units), textOf(ds.note as Json)].filter((s): s is string => !!s);
  if (Array.isArray(ds.note)) describe.push(...ds.note.filter((n): n is string => typeof n === 'string'));

  const { figures, warnings: w } = cubeToFigures(
    dims,
    { fileName, describe, units: textOf(extension.units) ?? null, decimals: null, describePlace: [['field', 'label']] },
    total,
    (flat) => {
      const v = getValue(flat);
      if (v === null || v === undefined) return null;
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new ImportError(fileName, [['value', flat]], said('jsonstat.not-a-number', { value: excerpt(JSON.stringify(v) ?? '') }));
      const cell: { value: number; decimals: number; status?: Status } = { value: v, decimals: decimalsOfFloat(v) };
      const s = statusAt(flat);
      if (s) cell.status = s;
      return cell;
    },
    (flat) => `value ${flat}`,
  );
  warnings.push(...w);
  const release: ParseResult['release'] = { sourceKind: 'json-stat', sourceFile: fileName };
  const label = textOf(ds.label);
  if (label) release.name = label;
  const source = textOf(ds.source);
  if (source) release.publisher = source;
  const updated = textOf(ds.updated);
  if (updated && /^\d{4}-\d{2}-\d{2}/.test(updated)) release.publishedOn = updated.slice(0, 10);
  return { figures, release, warnings };
}

export const jsonStatReader: FormatReader = {
  format: 'json-stat',
  read: (bytes, opts) => parseJsonStat(bytes, opts.fileName),
};
