// Contributions to growth in real Chromium through the web host: a store emptied of the embedded
// history, then the fixture figures of tests/fixtures/contributions (invented values; base year
// 2020 stated by an index figure). Explore's Contributions mode first says no weights are known;
// with the fixture's stated contributions and its weights file imported through the window, it
// draws the stacked chart and flags manufacturing's stated 9.6 pp against 75.0 % × 12.0 % = 9.00.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, reloadApp, screenshotOf } from '../helpers/browser.js';
import { runIip } from '../helpers/cli.js';
import { emptyStore } from '../helpers/store.js';
import { tempDir } from '../helpers/temp.js';
import { ContributionsPage } from './pages/contributionsPage.js';
import { ShellPage } from './pages/shellPage.js';

const FIXTURES = path.resolve('tests/fixtures/contributions');

describeInChromium('contributions to growth in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('says when no weights are known, then draws the stacked contributions and flags a stated one beyond rounding', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const contributions = new ContributionsPage(page);
    const importFixture = async (name: string) => {
      const run = await runIip([
        'import',
        path.join(FIXTURES, name),
        '--name',
        name,
        '--publisher',
        'GSO',
        '--published',
        '2024-04-29',
        '--db',
        app.store.path,
      ]);
      expect(run.code, run.err).toBe(0);
    };
    try {
      emptyStore(app.store.db);
      await importFixture('figures-2024.csv');
      await reloadApp(page);

      await contributions.open();
      expect(await contributions.noWeights.textContent()).toBe(
        'No weights known for base year 2020 — import a weights file or a release that states contributions.',
      );
      await contributions.waitForChart(0);

      await importFixture('contributions-2024.csv');
      await reloadApp(page);
      await contributions.open();
      const bad = path.join(tempDir(), 'weights-bad.csv');
      fs.writeFileSync(bad, 'base_year,item,weight_percent\n2020,C,75.0\n2020,D,eight\n');
      expect(await contributions.importWeights(bad, 'The weights file was not imported')).toBe(
        "The weights file was not imported: weights-bad.csv (row 3, column 3 (weight_percent)): 'eight' is not a number (a decimal point, no % sign, no thousands separator: 81.5)",
      );
      expect(await contributions.importWeights(path.join(FIXTURES, 'weights-fixture.csv'), 'Imported')).toBe('Imported 4 weights for base year 2020.');
      await contributions.waitForChart(1);
      expect(await contributions.noWeights.count()).toBe(0);
      expect(await contributions.title.textContent()).toBe("Sections' contributions to the whole industry's growth, 2024");

      expect(await contributions.row('C').getAttribute('data-flagged')).toBe('true');
      expect(await contributions.cell('C', 2).textContent()).toBe('+9.00');
      expect(await contributions.cell('C', 3).textContent()).toBe('+9.6');
      expect(await contributions.cell('C', 5).textContent()).toBe('Beyond rounding');
      expect(await contributions.row('E').getAttribute('data-flagged')).toBe('false');
      expect(await contributions.row('sum').getAttribute('data-flagged')).toBe('false');
      expect(await contributions.cell('sum', 2).textContent()).toBe('+9.22');
      await screenshotOf(contributions.panel, 'contributions-en');

      await contributions.chooseKind('month');
      await contributions.waitForChart(3);

      await new ShellPage(page).switchLanguage('vi');
      expect(await contributions.message.textContent()).toBe('Đã nhập 4 trọng số cho năm gốc 2020.');
      expect(await contributions.title.textContent()).toBe('Đóng góp của các ngành cấp I vào tăng trưởng toàn ngành công nghiệp, 2024');
      await contributions.chooseKind('cumulative');
      await contributions.waitForChart(1);
      expect(await contributions.cell('C', 5).textContent()).toBe('Lệch quá mức làm tròn');
      expect(await contributions.cell('C', 2).textContent()).toBe('+9,00');
      await screenshotOf(contributions.panel, 'contributions-vi');
    } finally {
      await app.close();
    }
  });

  it('on the embedded history, implies weights from the 2025 articles and draws the periods they reach', async () => {
    const app = await openApp(browser());
    const contributions = new ContributionsPage(app.page);
    try {
      await contributions.open();
      // January–May and January–November 2025 (every section), the year 2025 (manufacturing only).
      await contributions.waitForChart(3);
      expect(await contributions.title.textContent()).toBe("Sections' contributions to the whole industry's growth, 2025");
      expect(await app.page.textContent('[data-testid="contributions-base-year"]')).toBe(
        "No figure states the base year for this period; weights are labelled by the period's year (2025).",
      );
      // 2025: manufacturing 81.5 % (implied by January–May: 8.8 / 10.8) × 10.6 % = 8.64 against 8.5 stated.
      expect(await contributions.cell('C', 2).textContent()).toBe('+8.6');
      expect(await contributions.cell('C', 3).textContent()).toBe('+8.5');
      expect(await contributions.row('C').getAttribute('data-flagged')).toBe('false');
      expect(await contributions.cell('C', 1).textContent()).toBe('81.5 ±0.84implied by a release');
      await screenshotOf(contributions.panel, 'contributions-embedded');
    } finally {
      await app.close();
    }
  });
});
