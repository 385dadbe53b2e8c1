// Explore's Export writes what the chart shows, on a real store: the date range cuts the exported
// rows by the month they end in after the transformation (a 3-month average at the range's start
// averages the months before it); a second unit goes on a right axis in the spec, the PowerPoint
// chart (a secondary value axis in its XML; opened by LibreOffice where installed) and the SVG; a
// place followed across the 2025 merger exports each line cut at the change, as drawn. The screen's
// side is built as SeriesPanel builds it (layOut, the merger's cut) and must give the same rows.
// Old-shaped requests, as decks stored them, still build. Invented values (tests/fixtures/e2e/
// sections-index-2015.csv, export-merger-both-sides.csv) beside the embedded history.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../electron/core/export/build.js';
import { writeSvg } from '../../electron/core/export/formats/image.js';
import { writePptx } from '../../electron/core/export/formats/pptx.js';
import type { Core } from '../../electron/core/handlers.js';
import type { Store } from '../../electron/core/store.js';
import type { SeriesSummary } from '../../electron/shared/contract/catalog.js';
import { figuresOfSeries } from '../../electron/shared/series-points.js';
import { exportRequestSchema, type ExportRequest } from '../../electron/shared/contract/export.js';
import type { DataRow } from '../../electron/shared/export/chart-spec.js';
import { mergerPlan, onSide, sideMonths } from '../../electron/shared/merger/plan.js';
import { layOut } from '../../renderer/src/features/explore/seriesLayout.js';
import { shownChartSpec, shownExportRequest, type ShownChart } from '../../renderer/src/features/explore/shownExport.js';
import type { TimeFrame } from '../../renderer/src/features/explore/timeFrame.js';
import { effectiveSpec } from '../../renderer/src/features/explore/transform.js';
import type { View } from '../../renderer/src/features/explore/views.js';
import { importedStore, type ImportedStore } from '../helpers/imported-store.js';
import { onPath } from '../helpers/programs.js';
import { call } from '../helpers/staging.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/e2e');
const run = promisify(execFile);

let store: Store;
let core: Core;
let catalog: SeriesSummary[];
let seriesOf: ImportedStore['seriesOf'];

beforeAll(async () => {
  const imported = await importedStore([
    { file: path.join(FIXTURES, 'sections-index-2015.csv'), name: 'sections' },
    { file: path.join(FIXTURES, 'export-merger-both-sides.csv'), name: 'merger' },
  ]);
  ({ store, core, catalog, seriesOf } = imported);
  return imported.close;
}, 120_000);

const frameOf = (range: string): TimeFrame => ({ range, yearLines: false, year: null });

interface Screen {
  /** Each series' months when following a merger (before the transformation), with the name's side. */
  sides?: { months: { from: string | null; to: string | null }; suffix: string }[];
}

/** The chart as SeriesPanel shows it: each series in its view, cut to its side, transformed, laid out in the time frame. */
async function screenChart(subjects: SeriesSummary[], views: View[], chosen: string, frame: TimeFrame, screen: Screen = {}): Promise<ShownChart> {
  const stored = await Promise.all(
    subjects.map(async (s, i) =>
      figuresOfSeries(await call(core.handlers, 'figures:series', { seriesId: s.id, basis: views[i]!.basis, unit: views[i]!.unit })),
    ),
  );
  const figures = screen.sides ? stored.map((points, i) => onSide(points, screen.sides![i]!.months.to !== null ? 'before' : 'after')) : stored;
  const spec = effectiveSpec(chosen, figures);
  expect(spec, `${chosen} applies`).toBe(chosen);
  const layout = layOut(subjects, views, figures, spec, frame, 'en');
  const names = layout.shown.map((one, i) => (screen.sides ? `${one.name} ${screen.sides[i]!.suffix}` : one.name));
  return {
    series: subjects,
    names,
    figures,
    shown: layout.shown,
    basis: views[0]!.basis,
    unit: views[0]!.unit,
    views,
    span: layout.span,
    figuresWithin: subjects.map((_, i) => screen.sides?.[i]?.months ?? null),
    spec,
    lang: 'en',
  };
}

const rowKey = (r: DataRow): string => `${r.subject}|${r.period}|${r.value}|${r.decimals}|${r.unit}`;

/** The file's spec from the request, checked against the screen's: the same rows, lines and axes. */
function filed(chart: ShownChart) {
  const request = exportRequestSchema.parse(shownExportRequest(chart));
  const file = buildChartSpec(store.db, request);
  const screen = shownChartSpec(chart);
  expect(file.rows.map(rowKey)).toEqual(screen.rows.map(rowKey));
  expect(file.series.map((s) => [s.name, s.values, s.right ?? false])).toEqual(screen.series.map((s) => [s.name, s.values, s.right ?? false]));
  expect(file.rightAxis).toEqual(screen.rightAxis);
  expect(file.axisTitle).toBe(screen.axisTitle);
  return { request, file };
}

const INDEX: View = { basis: 'base', unit: 'index' };
const CHANGES: View = { basis: 'yoy', unit: 'pct' };

describe('the date range', () => {
  it('cuts a 3-month average by end month after averaging: February 2024 averages December to February', async () => {
    const chart = await screenChart([seriesOf('VN', 'C')], [INDEX], 'ma3', frameOf('months:2024-02..2024-04'));
    const { request, file } = filed(chart);
    expect(request.within).toEqual({ from: '2024-02', to: '2024-04' });
    // (195.9 + 201.9 + 181.9) / 3 = 193.23; (201.9 + 181.9 + 209.6) / 3 = 197.8; (181.9 + 209.6 + 210.0) / 3 = 200.5
    expect(file.rows.map((r) => [r.period, r.value])).toEqual([
      ['2024-02', 193.2],
      ['2024-03', 197.8],
      ['2024-04', 200.5],
    ]);
    // cut before averaging, February would have had nothing to average
    expect(file.footnotes.filter((f) => f.author === '')).toEqual([]);
  });

  it('keeps the last 24 months of the figures as published, and every period with no range', async () => {
    const last = filed(await screenChart([seriesOf('VN', 'C')], [INDEX], 'none', frameOf('last-months:24'))).file;
    expect(last.rows).toHaveLength(24);
    expect([last.rows[0]!.period, last.rows.at(-1)!.period]).toEqual(['2023-11', '2025-10']);
    const all = filed(await screenChart([seriesOf('VN', 'C')], [INDEX], 'none', frameOf('all')));
    expect(all.request).not.toHaveProperty('within');
    expect(all.file.rows).toHaveLength(34);
  });

  it('refuses a range whose start comes after its end, and a range on bars', () => {
    const line: ExportRequest = { geos: ['VN'], items: ['C'], basis: 'base', unit: 'index', chart: 'line', lang: 'en' };
    expect(() => buildChartSpec(store.db, { ...line, within: { from: '2025-03', to: '2024-01' } })).toThrow("within: from '2025-03' comes after to '2024-01'");
    expect(() => buildChartSpec(store.db, { ...line, chart: 'bar', period: '2025-01', within: { from: null, to: '2025-06' } })).toThrow(
      'within: applies to a line chart',
    );
  });
});

describe('a second unit', () => {
  // Manufacturing's index on the left; Cần Thơ's year-on-year changes (the merger fixture's locality) on the right
  const subjects = () => [seriesOf('VN', 'C'), seriesOf('L92', 'TOTAL')];

  it('goes on a right axis in the spec, each row with its own unit, as published and averaged', async () => {
    for (const spec of ['none', 'ma3']) {
      const chart = await screenChart(subjects(), [INDEX, CHANGES], spec, frameOf('months:2025-01..2025-06'));
      const { request, file } = filed(chart);
      expect(request.lines).toEqual([{}, { basis: 'yoy', unit: 'pct' }]);
      expect(file.series.map((s) => s.right ?? false)).toEqual([false, true]);
      expect(file.unit).toBe('index');
      expect(file.rightAxis?.unit).toBe('pct');
      const units = new Map(file.rows.map((r) => [r.subject, r.unit]));
      expect(units.get('Manufacturing')).toMatch(/index/);
      expect(units.get('Cần Thơ')).toMatch(/% change/);
      expect(new Set(file.rows.map((r) => r.period.slice(0, 7)))).toEqual(new Set(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']));
    }
  });

  it('draws a PowerPoint chart with a secondary value axis on the right, the second line against it', async () => {
    const chart = await screenChart(subjects(), [INDEX, CHANGES], 'none', frameOf('months:2025-01..2025-06'));
    const { file } = filed(chart);
    const deck = await writePptx([file], {});
    const zip = await JSZip.loadAsync(deck);
    const xml = await zip.file('ppt/charts/chart1.xml')!.async('string');
    const groups = [...xml.matchAll(/<c:lineChart>([\s\S]*?)<\/c:lineChart>/g)].map((m) => m[1]!);
    expect(groups).toHaveLength(2);
    const axisIds = (group: string) => [...group.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(groups[0]).toContain('Manufacturing');
    expect(groups[1]).toContain('Cần Thơ');
    expect(groups[1]).not.toContain('Manufacturing');
    const valAxes = [...xml.matchAll(/<c:valAx>([\s\S]*?)<\/c:valAx>/g)].map((m) => m[1]!);
    expect(valAxes).toHaveLength(2);
    const right = valAxes.find((a) => a.includes('<c:axPos val="r"/>'))!;
    expect(right).toBeDefined();
    // the second group's value axis is the right one, titled with its unit and formatted as signed %
    const rightId = /<c:axId val="(\d+)"\/>/.exec(right)![1];
    expect(axisIds(groups[1]!)).toContain(rightId);
    expect(axisIds(groups[0]!)).not.toContain(rightId);
    expect(right).toContain(file.rightAxis!.title);
    expect(right).toContain('formatCode="+0.0&quot;%&quot;');
  });

  it('draws the right axis in the SVG picture: its title turned down the right edge, the left one up the left edge', async () => {
    const chart = await screenChart(subjects(), [INDEX, CHANGES], 'none', frameOf('months:2025-01..2025-06'));
    const { file } = filed(chart);
    const svg = Buffer.from(await writeSvg([file], {})).toString('utf8');
    // text turned a quarter (axis titles), by the x it is drawn at: word by word, as the SVG writes it
    const turned = (direction: '0 1 -1 0' | '0 -1 1 0') =>
      [...svg.matchAll(/<text[^>]*transform="matrix\(([^)]*)\)"[^>]*>([^<]*)<\/text>/g)]
        .filter((m) => m[1]!.startsWith(direction))
        .map((m) => ({ x: Number(m[1]!.split(' ')[4]), word: m[2]! }));
    const said = (texts: { word: string }[]) =>
      texts
        .map((t) => t.word.trim())
        .filter(Boolean)
        .join(' ');
    const right = turned('0 1 -1 0');
    const left = turned('0 -1 1 0');
    expect(said(right)).toBe(file.rightAxis!.title);
    expect(right.every((t) => t.x > 1000)).toBe(true);
    expect(said(left)).toBe(file.axisTitle);
    expect(left.every((t) => t.x < 200)).toBe(true);
  });

  it.skipIf(!onPath('soffice') || !onPath('pdftotext'))(
    'opens in LibreOffice Impress, converted to PDF with the slide’s title',
    { timeout: 180_000 },
    async () => {
      const chart = await screenChart(subjects(), [INDEX, CHANGES], 'none', frameOf('months:2025-01..2025-06'));
      const { file } = filed(chart);
      const dir = tempDir('iip-pptx-two-axes-');
      const deck = path.join(dir, 'two-axes.pptx');
      fs.writeFileSync(deck, await writePptx([file], {}));
      await run(onPath('soffice')!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, deck], {
        timeout: 150_000,
      });
      const pdf = path.join(dir, 'two-axes.pdf');
      expect(fs.existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true);
      const text = (await run(onPath('pdftotext')!, [pdf, '-'])).stdout.replace(/\s+/g, ' ');
      expect(text).toContain(file.title);
      expect(text).toContain(file.source);
    },
  );
});

describe('a place followed across the merger', () => {
  async function followed(spec: string) {
    const lineage = await call(core.handlers, 'reference:lineage', { geo: 'L92' });
    const plan = mergerPlan(lineage, seriesOf('L92', 'TOTAL'), CHANGES, catalog)!;
    const lines = plan.lines.filter((l) => l.series !== null);
    const sides = lines.map((l) => ({ months: sideMonths(l.side), suffix: l.side === 'before' ? '(to Jun 2025)' : '(from Jul 2025)' }));
    const chart = await screenChart(
      lines.map((l) => l.series!),
      lines.map(() => CHANGES),
      spec,
      frameOf('all'),
      { sides },
    );
    return { lines, ...filed(chart) };
  }

  it('exports each former province to June 2025 and the locality from July 2025, though each has figures on both sides', async () => {
    const { lines, request, file } = await followed('none');
    expect(lines.map((l) => l.place.code)).toEqual(['P92', 'P93', 'L92']);
    expect(request.lines).toEqual([
      { name: 'Cần Thơ (to Jun 2025)', figuresWithin: { from: null, to: '2025-06' } },
      { name: 'Hậu Giang (to Jun 2025)', figuresWithin: { from: null, to: '2025-06' } },
      { name: 'Cần Thơ (from Jul 2025)', figuresWithin: { from: '2025-07', to: null } },
    ]);
    const periodsOf = (subject: string) => file.rows.filter((r) => r.subject === subject).map((r) => r.period);
    expect(periodsOf('Cần Thơ (to Jun 2025)')).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(periodsOf('Cần Thơ (from Jul 2025)')).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(file.rows.filter((r) => r.period === '2025-07').map((r) => [r.subject, r.value])).toEqual([['Cần Thơ (from Jul 2025)', 9.7]]);
  });

  it('averages each line on its own side only: the locality’s first average is September’s', async () => {
    const { file } = await followed('ma3');
    const locality = file.rows.filter((r) => r.subject === 'Cần Thơ (from Jul 2025)').map((r) => [r.period, r.value]);
    // (9.7 + 10.2 + 10.9) / 3 = 10.27; July and August have fewer than three months of the locality
    expect(locality).toEqual([['2025-09', 10.3]]);
    // Cần Thơ the province to June: (8.8 + 9.6 + 8.4) / 3 = 8.93
    expect(file.rows.find((r) => r.subject === 'Cần Thơ (to Jun 2025)' && r.period === '2025-06')?.value).toBe(8.9);
    expect(file.rows.some((r) => r.subject === 'Cần Thơ (to Jun 2025)' && r.period > '2025-06')).toBe(false);
  });
});

describe('requests stored before these fields', () => {
  const OLD = { geos: ['VN'], items: ['C'], basis: 'base', unit: 'index', chart: 'line', transform: 'ma3', title: 'Manufacturing', lang: 'en' };

  it('still parse and build every period, as decks stored them', async () => {
    const request = exportRequestSchema.parse(OLD);
    const file = buildChartSpec(store.db, request);
    expect(file.rows).toHaveLength(32); // the index's 34 months less the two an average of three needs first
    const basket = await call(core.handlers, 'baskets:create', { name: 'old shape' });
    // written as the app wrote it before: the JSON of the old request, straight into the store
    store.db
      .prepare("INSERT INTO basketSlides (basketId, position, title, request, addedAt) VALUES (?, 0, 'Old', ?, '2025-12-01T00:00:00Z')")
      .run(basket.id, JSON.stringify(OLD));
    const listed = (await call(core.handlers, 'baskets:list', {})).find((b) => b.id === basket.id)!;
    expect(listed.slides[0]!.request).toEqual(OLD);
    const deck = await call(core.handlers, 'baskets:export', { basketId: basket.id, aspect: '16:9' });
    expect(deck.fileName).toMatch(/\.pptx$/);
  });

  it('keeps a new request’s range and lines in a deck', async () => {
    const basket = await call(core.handlers, 'baskets:create', { name: 'new shape' });
    const request: ExportRequest = {
      geos: ['VN', 'VN'],
      items: ['C', 'TOTAL'],
      pairwise: true,
      basis: 'base',
      unit: 'index',
      chart: 'line',
      within: { from: '2025-01', to: '2025-06' },
      lines: [{}, { basis: 'yoy', unit: 'pct' }],
      lang: 'en',
    };
    const added = await call(core.handlers, 'baskets:add-slide', { basketId: basket.id, title: 'Two units', request });
    expect(added.slides[0]!.request).toEqual(request);
    const refreshed = await call(core.handlers, 'baskets:refresh', { basketId: basket.id });
    expect(refreshed.basket.slides).toHaveLength(1);
  });

  it('refuses lines that do not match the subjects, saying how many', () => {
    const request: ExportRequest = { geos: ['VN', 'VN'], items: ['C', 'TOTAL'], pairwise: true, basis: 'base', chart: 'line', lines: [{}], lang: 'en' };
    expect(() => buildChartSpec(store.db, request)).toThrow('lines: give one for each line (2 lines, 1 given)');
  });
});
