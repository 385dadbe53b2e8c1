import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importErrorOf } from '../helpers/errors.js';
import { parseSdmxMl, parseSdmxMlStream } from '../../electron/core/import/formats/sdmx-ml/index.js';
import { warningTexts } from '../helpers/warnings.js';

const path = (name: string): string => join(__dirname, '../fixtures/sdmx-ml', name);
const errorOf = importErrorOf;

describe('parseSdmxMl', () => {
  it('reads a structure-specific message (IMF indicator codes, BASE_PER, OBS_STATUS, time forms)', () => {
    const r = parseSdmxMl(readFileSync(path('ss-imf-iip.xml')), 'ss.xml');
    expect(r.figures.map((f) => [f.geoLabel, f.itemLabel, f.period, f.basis, f.unit, f.baseYear ?? null, f.value, f.decimals, f.status ?? null])).toEqual([
      ['VN', 'TOTAL', '2025-09', 'base', 'index', 2010, 208.4, 1, 'official'],
      ['VN', 'TOTAL', '2025-10', 'base', 'index', 2010, 212.05, 2, null],
      ['VN', 'TOTAL', '2025-10', 'yoy', 'pct', null, 10.8, 1, 'estimate'],
      ['VN', 'TOTAL', '2025-11', 'yoy', 'pct', null, 10.8, 1, 'preliminary'],
      ['VN', 'TOTAL', '2025-Q3', 'mom', 'pct', null, -1.5, 1, null],
      ['VN', 'TOTAL', '2024', 'yoy', 'pct', null, 8.4, 1, null],
    ]);
    expect(r.figures[0]!.location).toBe('observation 1, line 19');
    expect(warningTexts(r)).toEqual(['1 observation(s) without a value (empty or NaN) were skipped']);
    expect(r.release).toMatchObject({ name: 'IFS_VN_AIP', publisher: 'International Monetary Fund', publishedOn: '2025-12-20', sourceKind: 'sdmx' });
  });

  it('reads a generic message (SeriesKey, ObsDimension, flat ObsKey, DECIMALS, entities, CDATA)', () => {
    const r = parseSdmxMl(readFileSync(path('generic-activity.xml'), 'utf8'), 'g.xml');
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.basis, f.unit, f.value, f.decimals, f.status ?? null])).toEqual([
      ['C', '2025-11', 'yoy', 'pct', 11.8, 1, 'estimate'],
      ['C', '2024-11', 'yoy', 'pct', 10, 1, null],
      ['B', '2025-11', 'mom', 'pct', 1.25, 2, null],
    ]);
    expect(r.release).toMatchObject({ name: 'VN_IIP_ACT', publisher: 'NSO_VN', publishedOn: '2025-12-06' });
  });

  it('streams the same result', async () => {
    const a = parseSdmxMl(readFileSync(path('ss-imf-iip.xml')), 'ss.xml');
    const b = await parseSdmxMlStream(createReadStream(path('ss-imf-iip.xml'), { highWaterMark: 64 }), 'ss.xml');
    expect(b).toEqual(a);
  });

  it('rejects malformed XML with a line', () => {
    const msg = (body: string): string =>
      `<?xml version="1.0"?>\n<message:StructureSpecificData xmlns:message="urn:m">\n<message:DataSet>\n${body}\n</message:DataSet>\n</message:StructureSpecificData>`;
    expect(errorOf(() => parseSdmxMl(msg('<Series A="1"><Obs/></Serie>'), 'x.xml'))).toMatchObject({
      place: 'line 4, column 28',
      detail: '</Serie> closes <Series> (opened at line 4)',
    });
    expect(errorOf(() => parseSdmxMl(msg('<Obs TIME_PERIOD="2024" OBS_VALUE="1" OBS_VALUE="2"/>'), 'x.xml')).detail).toMatch(/repeated/);
    expect(errorOf(() => parseSdmxMl(msg('<Obs X="&nbsp;"/>'), 'x.xml')).detail).toBe('unknown entity &nbsp;');
    expect(errorOf(() => parseSdmxMl(msg('<x:Obs/>'), 'x.xml')).detail).toMatch(/prefix "x"/);
    expect(errorOf(() => parseSdmxMl('<root/>', 'x.xml')).detail).toMatch(/not an SDMX-ML data message/);
    expect(errorOf(() => parseSdmxMl(msg('<Series INDICATOR="AIP_IX"><Obs TIME_PERIOD="2024-13" OBS_VALUE="1"/></Series>'), 'x.xml'))).toMatchObject({
      place: 'observation 1, line 4',
    });
  });

  it('reads in tiny chunks identically (split tags, entities, CDATA, multi-byte characters)', async () => {
    const bytes = readFileSync(path('generic-activity.xml'));
    const chunks = (size: number): Buffer[] => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
    const whole = parseSdmxMl(bytes, 'g.xml');
    expect(await parseSdmxMlStream(Readable.from(chunks(7)), 'g.xml')).toEqual(whole);
    expect(await parseSdmxMlStream(Readable.from(chunks(1)), 'g.xml')).toEqual(whole);
  });

  it('says where a truncated message ends', async () => {
    const xml = '<message:GenericData xmlns:message="urn:m">\n<message:DataSet>\n<generic:Series xmlns:generic="urn:g">\n';
    const e = errorOf(() => parseSdmxMl(xml, 'x.xml'));
    expect(e).toMatchObject({
      place: 'line 4, column 1',
      detail: 'the file ends before </generic:Series> (element opened at line 3, inside 2 other open elements); the file is truncated',
    });
    await expect(parseSdmxMlStream(Readable.from([Buffer.from(xml.slice(0, 30)), Buffer.from(xml.slice(30))]), 'x.xml')).rejects.toMatchObject({
      place: e.place,
      detail: e.detail,
    });
    expect(errorOf(() => parseSdmxMl(`${xml}<!-- a comm`, 'x.xml')).detail).toBe(
      'the file ends inside markup: "<!-- a comm" (begun at line 4) is never closed; the file is truncated',
    );
  });
});
