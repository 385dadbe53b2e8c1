// Explore in real Chromium through the web host: (1) the points the consistency checks found at odds
// with other figures are marked on the chart, with a line under it that opens Checks narrowed to the
// series; (2) Export writes what the chart shows: the transformation, and every series on the chart;
// (3) the date range chosen (after a moving average), and this year against last year as its months.
// Invented values: a store emptied of the embedded history with March 2024's month-on-month change
// stated as +28.0 % where its year-on-year changes give +30.9 %, and a newspaper's year-on-year change
// of 21.5 % against the office's 20.0; then the sections' 2015 index (tests/fixtures/e2e).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, reloadApp, screenshotOf } from '../helpers/browser.js';
import { PLANTED_MARCH, PLANTED_NEWSPAPER } from '../helpers/planted.js';
import { emptyStore } from '../helpers/store.js';
import { tempDir } from '../helpers/temp.js';
import { ChecksPage } from './pages/checksPage.js';
import { DecksPage } from './pages/decksPage.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';
import { ShellPage } from './pages/shellPage.js';
import { TimeFramePage } from './pages/timeFramePage.js';

const SECTIONS_INDEX = path.resolve(import.meta.dirname, '../fixtures/e2e/sections-index-2015.csv');

/** A CSV export's data rows (after the header lines and the table's heading), split into fields. */
function csvRows(file: string): string[][] {
  const lines = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  const head = lines.findIndex((l) => l.startsWith('Subject,') || l.startsWith('Series,'));
  expect(head, lines.slice(0, 12).join('\n')).toBeGreaterThan(0);
  return lines
    .slice(head + 1)
    .filter(Boolean)
    .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '')));
}

/** Each test imports, and the first chart after an import runs the whole store's checks (seconds on a busy machine). */
const SLOW = 90_000;

describeInChromium('explore: checks marked on the chart, exports of what is shown (needs /usr/bin/chromium)', (browser) => {
  it(
    'marks the planted inconsistency on the chart and opens Checks narrowed to the series',
    async () => {
      const app = await openApp(browser());
      const { page } = app;
      const checks = new ChecksPage(page);
      const explore = new ExplorePage(page);
      const importer = new ImportPage(page);
      const shell = new ShellPage(page);
      try {
        emptyStore(app.store.db);
        await reloadApp(page);
        const dir = tempDir();
        for (const [name, lines, publisher, date] of [
          ['march', PLANTED_MARCH, 'Tổng cục Thống kê', '2024-03-29'],
          ['newspaper', PLANTED_NEWSPAPER, 'Example Daily', '2024-04-02'],
        ] as const) {
          const file = path.join(dir, `${name}.csv`);
          fs.writeFileSync(file, lines.join('\n') + '\n');
          await importer.chooseFile(file);
          await importer.setRelease({ name, publisher, publishedOn: date });
          await importer.commit(1);
        }

        await explore.open();
        await explore.showSeries(explore.indexSeriesItem('VN', 'TOTAL'));
        await explore.chooseView('mom/pct');
        await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-check-marks="1"]');
        const note = page.locator('[data-testid="check-marks-note"]');
        expect(await note.getAttribute('data-marked')).toBe('1');
        expect(await page.locator('[data-testid="check-marks-link"]').textContent()).toBe('1 point disagrees with other published figures — see Checks');
        await screenshotOf(page.locator('section.panel'), 'explore-check-marks-en');

        // the year-on-year view has its own finding (the newspaper's March)
        await explore.chooseView('yoy/pct');
        await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-check-marks="1"][data-axis-title="% change on same period last year"]');
        await explore.chooseView('mom/pct');
        await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-check-marks="1"][data-axis-title="% change on previous month"]');
        const seriesId = (await explore.chart().getAttribute('data-series-id'))!;

        // a transformed line shows other numbers than those checked: no marks, and the line says why
        await explore.chooseTransform('chain', /^Index chained from month-on-month changes$/);
        expect(await explore.chart().getAttribute('data-check-marks')).toBe('0');
        expect(await note.getAttribute('data-hidden')).toBe('1');
        expect(await page.locator('[data-testid="check-marks-link"]').textContent()).toBe(
          '1 point of the published series disagrees with other published figures (not marked on a transformed line) — see Checks',
        );
        await page.click('[data-testid="transform-none"]');
        await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-check-marks="1"]');

        await page.click('[data-testid="check-marks-link"]');
        await checks.waitForReport();
        expect(await shell.isTabSelected('checks')).toBe('true');
        expect(await checks.filter().getAttribute('data-series-id')).toBe(seriesId);
        expect(await page.locator('[data-testid="checks-filter-text"]').textContent()).toBe('Only Whole industry · % change on previous month');
        expect(await checks.findings.count()).toBe(1);
        expect(await checks.finding('mom-vs-yoy', seriesId, '2024-03').count()).toBe(1);
        await screenshotOf(checks.view, 'checks-filtered-en');

        await shell.switchLanguage('vi');
        expect(await page.locator('[data-testid="checks-filter-text"]').textContent()).toBe('Chỉ hiện: Toàn ngành công nghiệp · % so với tháng trước');
        await page.click('[data-testid="checks-filter-clear"]');
        expect(await checks.filter().count()).toBe(0);
        // the findings of every series are asked of the checks worker again (pages, not a filter in the window)
        await expect.poll(() => checks.findings.count()).toBe(2);

        // a finding opens its chart as published, the point marked
        await checks.openChart(checks.finding('sources-disagree', seriesId, '2024-03'));
        await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-check-marks="1"]');
        expect(await page.inputValue('[data-testid="basis-select"]')).toBe('yoy/pct');
        expect(await page.locator('[data-testid="check-marks-link"]').textContent()).toBe('1 điểm không khớp với các số liệu đã công bố khác — xem Kiểm tra');
      } finally {
        await app.close();
      }
    },
    SLOW,
  );

  it(
    'exports the transformation shown, and every series on the chart',
    async () => {
      const app = await openApp(browser());
      const { page } = app;
      const explore = new ExplorePage(page);
      const importer = new ImportPage(page);
      const decks = new DecksPage(page);
      const dir = tempDir();
      try {
        await importer.chooseFile(SECTIONS_INDEX);
        await importer.commit();
        await explore.open();
        await explore.search('manufacturing');
        await explore.showSeries(explore.indexSeriesItem('VN', 'C'));
        await explore.chooseView('base/index');
        await explore.chooseTransform('mom', /^Month-on-month change \(%\)$/);
        expect(await page.locator('[data-testid="export-leaves-out"]').count()).toBe(0);

        // March 2024 on February: 15.2 % (the index's months), as the chart and its table show
        const one = csvRows(await decks.exportFromMenu('csv', path.join(dir, 'mom.csv')));
        const march = one.find((r) => r[4] === '2024-03')!;
        expect(march[0]).toBe('Manufacturing');
        expect(march[6]).toBe('15.2');
        expect(march[10]).toBe('Month-on-month change (%)');
        expect(one.every((r) => r[10] === 'Month-on-month change (%)')).toBe(true);
        expect(one.some((r) => r[4] === '2023-01')).toBe(false); // no month before it
        const header = fs.readFileSync(path.join(dir, 'mom.csv'), 'utf8');
        expect(header).toContain('Month-on-month change (%)');

        await explore.addToChart('Mining and quarrying');
        await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-legend*="Mining and quarrying"]');
        const two = csvRows(await decks.exportFromMenu('csv', path.join(dir, 'two.csv')));
        expect([...new Set(two.map((r) => r[0]))].sort()).toEqual(['Manufacturing', 'Mining and quarrying']);
        expect(two.find((r) => r[0] === 'Manufacturing' && r[4] === '2024-03')![6]).toBe('15.2');
        // mining has no June 2024: July's change is not computed, so not exported
        expect(two.some((r) => r[0] === 'Mining and quarrying' && r[4] === '2024-07')).toBe(false);
        expect(two.some((r) => r[0] === 'Mining and quarrying' && r[4] === '2024-08')).toBe(true);

        // year-on-year changes show January–February combined beside the months: on screen only, and said so
        await explore.chooseTransform('yoy', /^Year-on-year change \(%\)$/);
        const leftOut = page.locator('[data-testid="export-leaves-out"]');
        expect(Number(await leftOut.getAttribute('data-count'))).toBeGreaterThan(0);
        expect(await leftOut.textContent()).toMatch(/^Exports and decks leave out the \d+ year to date points shown: they are on screen only\.$/);
        await screenshotOf(page.locator('section.panel'), 'explore-export-leaves-out-en');
      } finally {
        await app.close();
      }
    },
    SLOW,
  );

  it(
    'exports the last 24 months chosen, a moving average there computed from the months before, and the two years drawn against each other',
    async () => {
      const app = await openApp(browser());
      const { page } = app;
      const explore = new ExplorePage(page);
      const frame = new TimeFramePage(page);
      const decks = new DecksPage(page);
      const dir = tempDir();
      try {
        await new ImportPage(page).chooseFile(SECTIONS_INDEX);
        await new ImportPage(page).commit();
        await explore.open();
        await explore.search('manufacturing');
        await explore.showSeries(explore.indexSeriesItem('VN', 'C'));
        await explore.chooseView('base/index');
        // the index runs January 2023 – October 2025: the last 24 months start in November 2023
        await frame.chooseRange('Last 24 months', '2023-11');
        const months = csvRows(await decks.exportFromMenu('csv', path.join(dir, 'last24.csv')));
        expect(months).toHaveLength(24);
        expect([months[0]![4], months.at(-1)![4]]).toEqual(['2023-11', '2025-10']);
        expect(await page.locator('[data-testid="export-leaves-out"]').count()).toBe(0);

        // November 2023's 3-month average takes September and October: (182.2 + 185.0 + 189.8) / 3 = 185.7
        await explore.chooseTransform('ma3', /^3-month moving average/);
        const averaged = csvRows(await decks.exportFromMenu('csv', path.join(dir, 'last24-ma3.csv')));
        expect(averaged).toHaveLength(24);
        expect([averaged[0]![4], averaged[0]![6]]).toEqual(['2023-11', '185.7']);

        // this year against last year: the file holds the two years' months, and says it draws them over time
        await page.click('[data-testid="transform-none"]');
        await frame.showYearLines();
        const years = csvRows(await decks.exportFromMenu('csv', path.join(dir, 'years.csv')));
        expect([years[0]![4], years.at(-1)![4], years.length]).toEqual(['2024-01', '2025-10', 22]);
        expect(await page.locator('[data-testid="export-leaves-out"]').textContent()).toBe(
          'Exports draw these two years as lines over time, as in the table below.',
        );
      } finally {
        await app.close();
      }
    },
    SLOW,
  );
});
