// SDMX series placed by their whole key: the activity inside IMF-style indicator codes, unplaceable series sent to
// name mapping, colliding series named by both keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { loadReference } from '../../electron/core/seed/embedded.js';
import { parseSdmxMl } from '../../electron/core/import/formats/sdmx-ml/index.js';
import { parseSdmxCsv } from '../../electron/core/import/formats/sdmx-csv/index.js';
import { matchFigures } from '../../electron/core/import/pipeline/match.js';
import { activityItem, indicatorItem } from '../../electron/core/import/read/sdmx-industry.js';
import { importErrorOf } from '../helpers/errors.js';
import { warningTexts } from '../helpers/warnings.js';

const fixture = join(__dirname, '../fixtures/sdmx-ml/nsdp-iip-sections.xml');

const referenceDb = () => {
  const db = openDatabase(':memory:');
  loadReference(db);
  return db;
};

const message = (series: string): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">',
    '<message:DataSet>',
    series,
    '</message:DataSet>',
    '</message:StructureSpecificData>',
  ].join('\n');

describe('indicator codes with a classification inside', () => {
  it('reads ISIC Rev.4 sections and divisions, the whole industry, and the fused IFS codes', () => {
    expect(indicatorItem('AIP_IX')).toBe('TOTAL');
    expect(indicatorItem('AIP_PC_CP_A_PT')).toBe('TOTAL');
    expect(indicatorItem('IND_PROD')).toBe('TOTAL');
    expect(indicatorItem('AIP_ISIC4_B_IX')).toBe('B');
    expect(indicatorItem('IND_PROD_ISIC4_C')).toBe('C');
    expect(indicatorItem('AIP_ISIC_D_PC_PP_PT')).toBe('D');
    expect(indicatorItem('AIP_VSIC_10_IX')).toBe('10');
    expect(indicatorItem('AIP_ISIC4_C10_IX')).toBe('10');
    expect(indicatorItem('AIP_ISIC4_B_E_IX')).toBe('TOTAL');
    expect(indicatorItem('AIP_ISIC4__T_IX')).toBe('TOTAL');
    expect(indicatorItem('AIPMA_IX')).toBe('C');
    expect(indicatorItem('AIPMI_IX')).toBe('B');
    // not understood: no guess
    expect(indicatorItem('AIP_ISIC4_ZZ_IX')).toBeUndefined();
    expect(indicatorItem('AIP_SA_ISIC4_C_IX')).toBeUndefined();
    expect(indicatorItem('PCPI_IX')).toBeUndefined();
    expect(activityItem('C')).toBe('C');
    expect(activityItem('_T')).toBe('TOTAL');
    expect(activityItem('C29')).toBe('29');
    expect(activityItem('T')).toBe('T');
    expect(indicatorItem('AIPEE_IX')).toBeUndefined();
    expect(activityItem('Manufacturing')).toBeUndefined();
  });
});

describe('SDMX series placed by their whole key', () => {
  it('places the five NSDP series (whole industry and sections B, C, D, E) on their items', async () => {
    const r = parseSdmxMl(readFileSync(fixture), 'nsdp.xml');
    expect(r.figures.map((f) => [f.geoLabel, f.itemLabel, f.period, f.basis, f.unit, f.baseYear ?? null, f.value])).toEqual([
      ['VN', 'TOTAL', '2025-09', 'base', 'index', 2015, 165.3],
      ['VN', 'TOTAL', '2025-10', 'base', 'index', 2015, 168.9],
      ['VN', 'B', '2025-09', 'base', 'index', 2015, 82.4],
      ['VN', 'B', '2025-10', 'base', 'index', 2015, 84.1],
      ['VN', 'C', '2025-09', 'base', 'index', 2015, 190.7],
      ['VN', 'C', '2025-10', 'base', 'index', 2015, 195.2],
      ['VN', 'D', '2025-09', 'base', 'index', 2015, 171.6],
      ['VN', 'D', '2025-10', 'base', 'index', 2015, 169.8],
      ['VN', 'E', '2025-09', 'base', 'index', 2015, 148.2],
      ['VN', 'E', '2025-10', 'base', 'index', 2015, 150.5],
    ]);
    expect(r.warnings).toEqual([]);
    const db = referenceDb();
    const m = await matchFigures(db, r.figures);
    expect(m.unknown).toEqual([]);
    expect(new Set(m.figures.map((f) => f.item))).toEqual(new Set(['TOTAL', 'B', 'C', 'D', 'E']));
    db.close();
  });

  it('sends a series it cannot place to name mapping, never into another series', async () => {
    const r = parseSdmxMl(
      message(
        [
          '<Series FREQ="M" REF_AREA="VN" INDICATOR="AIP_IX" BASE_PER="2015"><Obs TIME_PERIOD="2025-09" OBS_VALUE="165.3"/></Series>',
          '<Series FREQ="M" REF_AREA="VN" INDICATOR="AIP_ISIC4_ZZ_IX" BASE_PER="2015"><Obs TIME_PERIOD="2025-09" OBS_VALUE="99.1"/></Series>',
        ].join('\n'),
      ),
      'x.xml',
    );
    expect(r.figures.map((f) => [f.itemLabel, f.value])).toEqual([
      ['TOTAL', 165.3],
      ['AIP_ISIC4_ZZ', 99.1],
    ]);
    const db = referenceDb();
    const m = await matchFigures(db, r.figures);
    expect(m.figures.map((f) => [f.item, f.value])).toEqual([['TOTAL', 165.3]]);
    expect(m.unknown).toMatchObject([{ kind: 'item', label: 'AIP_ISIC4_ZZ', places: ['observation 2, line 5'] }]);
    // remembered like any name: a mapping places it
    const mapped = await matchFigures(db, r.figures, { geo: {}, item: { AIP_ISIC4_ZZ: 'C' } });
    expect(mapped.unknown).toEqual([]);
    db.close();
  });

  it('reports two series that fall on the same figures with both keys', () => {
    const e = importErrorOf(() =>
      parseSdmxMl(
        message(
          [
            '<Series FREQ="M" REF_AREA="VN" INDICATOR="AIP_ISIC4_C_IX" SOURCE_DATASET="NSDP" BASE_PER="2015"><Obs TIME_PERIOD="2025-09" OBS_VALUE="190.7"/></Series>',
            '<Series FREQ="M" REF_AREA="VN" INDICATOR="AIP_ISIC4_C_IX" SOURCE_DATASET="IFS" BASE_PER="2015"><Obs TIME_PERIOD="2025-09" OBS_VALUE="188.2"/></Series>',
          ].join('\n'),
        ),
        'x.xml',
      ),
    );
    expect(e.place).toBe('observation 2, line 5');
    expect(e.detail).toContain('series FREQ=M, REF_AREA=VN, INDICATOR=AIP_ISIC4_C_IX, SOURCE_DATASET=NSDP, BASE_PER=2015 (observation 1, line 4)');
    expect(e.detail).toContain('series FREQ=M, REF_AREA=VN, INDICATOR=AIP_ISIC4_C_IX, SOURCE_DATASET=IFS, BASE_PER=2015;');
  });

  it('skips seasonally adjusted series with a warning instead of placing them on the unadjusted figures', () => {
    const r = parseSdmxMl(
      message(
        [
          '<Series FREQ="M" REF_AREA="VN" INDICATOR="AIP_IX" BASE_PER="2015"><Obs TIME_PERIOD="2025-09" OBS_VALUE="165.3"/></Series>',
          '<Series FREQ="M" REF_AREA="VN" INDICATOR="AIP_SA_IX" BASE_PER="2015"><Obs TIME_PERIOD="2025-09" OBS_VALUE="161.0"/></Series>',
          '<Series FREQ="M" REF_AREA="VN" INDICATOR="AIP_ISIC4_C_IX" ADJUSTMENT="S" BASE_PER="2015"><Obs TIME_PERIOD="2025-09" OBS_VALUE="188.2"/></Series>',
          '<Series FREQ="M" REF_AREA="VN" INDICATOR="AIP_ISIC4_C_IX" ADJUSTMENT="N" BASE_PER="2015"><Obs TIME_PERIOD="2025-09" OBS_VALUE="190.7"/></Series>',
        ].join('\n'),
      ),
      'x.xml',
    );
    expect(r.figures.map((f) => [f.itemLabel, f.value])).toEqual([
      ['TOTAL', 165.3],
      ['C', 190.7],
    ]);
    expect(warningTexts(r)).toEqual([
      '1 observation(s) of series FREQ=M, REF_AREA=VN, INDICATOR=AIP_SA_IX, BASE_PER=2015 skipped: the series is seasonally or calendar adjusted, and the store keeps the unadjusted figures',
      '1 observation(s) of series FREQ=M, REF_AREA=VN, INDICATOR=AIP_ISIC4_C_IX, ADJUSTMENT=S, BASE_PER=2015 skipped: the series is seasonally or calendar adjusted, and the store keeps the unadjusted figures',
    ]);
  });

  it('places SDMX-CSV rows the same way', () => {
    const csv = [
      'DATAFLOW,FREQ,REF_AREA,INDICATOR,BASE_PER,TIME_PERIOD,OBS_VALUE',
      'IMF:NSDP(1.0),M,VN,AIP_IX,2015,2025-09,165.3',
      'IMF:NSDP(1.0),M,VN,AIP_ISIC4_D_IX,2015,2025-09,171.6',
    ].join('\n');
    const r = parseSdmxCsv(Buffer.from(csv), 'x.csv');
    expect(r.figures.map((f) => [f.itemLabel, f.value])).toEqual([
      ['TOTAL', 165.3],
      ['D', 171.6],
    ]);
  });
});
