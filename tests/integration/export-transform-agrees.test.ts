// The window's export of a transformed chart: the core builds the file from the request (its own
// transformation of the stored series), the window draws the renderer's transformation of the
// figures it was given. On the same store both must give the same numbers: every exported row's
// value and decimals equal the point on screen, for each transformation the window offers, on an
// index (with a missing month), on stated changes, and for two series on one chart. Invented values
// (tests/fixtures/e2e/sections-index-2015.csv) beside the embedded history.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../electron/core/export/build.js';
import type { Core } from '../../electron/core/handlers.js';
import type { Store } from '../../electron/core/store.js';
import type { SeriesSummary } from '../../electron/shared/contract/catalog.js';
import { figuresOfSeries } from '../../electron/shared/series-points.js';
import type { Basis, Unit } from '../../electron/shared/domain.js';
import { seriesName } from '../../electron/shared/format.js';
import type { DataRow } from '../../electron/shared/export/chart-spec.js';
import { exportedPoints, shownChartSpec, shownExportRequest, type ShownChart } from '../../renderer/src/features/explore/shownExport.js';
import { applyTransform, effectiveSpec, withTet } from '../../renderer/src/features/explore/transform.js';
import { importedStore, type ImportedStore } from '../helpers/imported-store.js';
import { call } from '../helpers/staging.js';

const SECTIONS_INDEX = path.resolve(import.meta.dirname, '../fixtures/e2e/sections-index-2015.csv');

let store: Store;
let core: Core;
let seriesOf: ImportedStore['seriesOf'];

beforeAll(async () => {
  const imported = await importedStore([{ file: SECTIONS_INDEX, name: 'sections' }]);
  ({ store, core, seriesOf } = imported);
  return imported.close;
}, 120_000);

/** The chart as Explore shows it: the view's figures of each series, transformed as SeriesPanel does. */
async function shownChart(subjects: SeriesSummary[], basis: Basis, unit: Unit, chosen: string): Promise<ShownChart> {
  const figures = await Promise.all(subjects.map(async (s) => figuresOfSeries(await call(core.handlers, 'figures:series', { seriesId: s.id, basis, unit }))));
  const spec = effectiveSpec(chosen, figures);
  expect(spec, `${chosen} applies`).toBe(chosen);
  const shown = figures.map((f) => {
    const outcome = applyTransform(f, spec);
    if (!outcome.ok) throw new Error(`${spec}: ${outcome.reason}`);
    return withTet(f, spec, outcome.series);
  });
  return { series: subjects, names: subjects.map((s) => seriesName(s, 'en')), figures, shown, basis, unit, spec, lang: 'en' };
}

const rowKey = (r: DataRow): string => `${r.subject}|${r.period}|${r.value}|${r.decimals}|${r.obtained}`;

async function expectSameNumbers(chart: ShownChart): Promise<number> {
  const file = buildChartSpec(store.db, shownExportRequest(chart));
  const screen = shownChartSpec(chart);
  // what the screen draws (of the kind exports hold), point by point
  const drawn = chart.shown.flatMap((s, i) =>
    exportedPoints(s.points, chart.spec).flatMap((p) =>
      p.value === null ? [] : [`${file.series.length > 1 ? chart.names[i] : ''}|${p.period}|${p.value}|${p.decimals}`],
    ),
  );
  const filed = file.rows.map((r) => `${file.series.length > 1 ? r.subject : ''}|${r.period}|${r.value}|${r.decimals}`);
  expect(filed.sort()).toEqual(drawn.sort());
  expect(screen.rows.map(rowKey)).toEqual(file.rows.map(rowKey));
  expect(screen.series.map((s) => s.values)).toEqual(file.series.map((s) => s.values));
  expect(screen.axisTitle).toBe(file.axisTitle);
  expect(screen.footnotes.map((f) => f.text)).toEqual(file.footnotes.filter((f) => f.author === '').map((f) => f.text));
  return file.rows.length;
}

describe('a transformed chart exports the numbers it draws', () => {
  it.each(['mom', 'yoy', 'ytd', 'ma3', 'ma12', 'rebase:2024', 'annual', 'tet'])('manufacturing’s 2015 index, %s', async (spec) => {
    const rows = await expectSameNumbers(await shownChart([seriesOf('VN', 'C')], 'base', 'index', spec));
    expect(rows).toBeGreaterThan(0);
  });

  it('mining’s index, with a month missing: the points not computed are left out of both, and named', async () => {
    const chart = await shownChart([seriesOf('VN', 'B')], 'base', 'index', 'mom');
    await expectSameNumbers(chart);
    const file = buildChartSpec(store.db, shownExportRequest(chart));
    expect(file.rows.some((r) => r.period === '2024-07')).toBe(false);
    expect(file.footnotes.map((f) => f.text)).toContain('Mining and quarrying: a month is missing (Jul 2024)');
  });

  it.each([
    ['yoy', 'pct', 'ma3'],
    ['yoy', 'pct', 'ma12'],
    ['mom', 'pct', 'chain'],
  ] as const)('the whole industry’s stated changes (%s/%s), %s', async (basis, unit, spec) => {
    expect(await expectSameNumbers(await shownChart([seriesOf('VN', 'TOTAL')], basis, unit, spec))).toBeGreaterThan(10);
  });

  it('two sections on one chart: both lines, transformed or as published', async () => {
    const both = [seriesOf('VN', 'C'), seriesOf('VN', 'B')];
    for (const spec of ['none', 'mom', 'ma3']) {
      const chart = await shownChart(both, 'base', 'index', spec);
      await expectSameNumbers(chart);
      const file = buildChartSpec(store.db, shownExportRequest(chart));
      expect(file.series.map((s) => s.name)).toEqual(['Manufacturing', 'Mining and quarrying']);
      expect(new Set(file.rows.map((r) => r.subject))).toEqual(new Set(['Manufacturing', 'Mining and quarrying']));
    }
  });
});
