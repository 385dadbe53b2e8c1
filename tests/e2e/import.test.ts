// The import flow in real Chromium through the web host: choose a file, preview what would change,
// commit, see it in Explore, undo it; re-importing changes nothing; unknown names get a decision.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { type AppSession, describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';
import { ReleasesPage } from './pages/releasesPage.js';
import { ShellPage } from './pages/shellPage.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/e2e');
const REVISION_CSV = path.join(FIXTURES, 'import-revision.csv');
const UNKNOWN_CSV = path.join(FIXTURES, 'import-unknown-locality.csv');
const RELEASE_NAME = 'E2E test: IIP December 2025';

const releaseCount = (app: AppSession): number => (app.store.db.prepare('SELECT COUNT(*) AS n FROM releases').get() as { n: number }).n;

describeInChromium('import in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('previews a tidy CSV, stores it, shows it in Explore, and undoes it', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const importer = new ImportPage(page);
    const explore = new ExplorePage(page);
    const releases = new ReleasesPage(page);
    const shell = new ShellPage(page);
    try {
      const before = releaseCount(app);
      await importer.chooseFile(REVISION_CSV);

      await expect.poll(() => importer.rows('new').count()).toBe(1);
      expect(await importer.rows('revised').count()).toBe(1);
      expect(await importer.rows('unchanged').count()).toBe(1);
      expect(await importer.figureRows.count()).toBe(3);
      expect(await importer.format()).toContain('CSV');
      expect(await importer.counts()).toBe('1 new · 1 revised · 1 unchanged');
      expect(await importer.already().count()).toBe(0);

      const revised = importer.rows('revised');
      expect(await revised.getAttribute('data-period')).toBe('2025-01..2025-11');
      expect(await revised.textContent()).toMatch(/\+9\.3%\s*→\s*\+9\.42%/);
      expect(await revised.textContent()).toContain('Whole industry');
      expect(await importer.rows('new').textContent()).toContain('+10.1%');
      const unchanged = importer.rows('unchanged');
      expect(await unchanged.textContent()).toContain('Manufacture of motor vehicles');
      expect(await unchanged.getAttribute('data-item')).toBe('29');

      // the filters show one kind at a time
      await importer.filter('revised');
      await expect.poll(() => importer.figureRows.count()).toBe(1);
      await importer.filter('all');
      await expect.poll(() => importer.figureRows.count()).toBe(3);

      // release details can be set before storing
      await importer.setReleaseName(RELEASE_NAME);
      await importer.setReleaseStatus('preliminary');
      expect(await importer.isReady()).toBe('true');
      await screenshot(page, 'import-preview');

      await importer.commit();
      const result = importer.result;
      expect(await result.getAttribute('data-stored')).toBe('1');
      expect(await result.textContent()).toContain(RELEASE_NAME);
      expect(await result.textContent()).toContain('3 figures');
      expect(releaseCount(app)).toBe(before + 1);
      expect(await importer.preview.count()).toBe(0);
      // the header's store line is asked again
      await expect.poll(() => shell.storeInfo()).toContain(`${before + 1} releases`);

      await explore.showWholeIndustry();
      const december = explore.figureRow('2025-12');
      const janNov = explore.figureRow('2025-01..2025-11');
      await expect.poll(() => december.textContent()).toContain('10.1');
      await expect.poll(() => janNov.textContent()).toContain('9.42');
      expect(await janNov.textContent()).toMatch(/revised from \+9\.3%/);
      expect(await janNov.textContent()).toContain(RELEASE_NAME);
      await explore.waitForChart();
      await screenshot(page, 'import-chart');

      // the result's link opens the releases, where the new one can be undone
      await importer.open();
      await importer.openReleases();
      await releases.waitForView();
      const row = releases.row(RELEASE_NAME);
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('preliminary');
      await releases.askToUndo(row);
      // nothing happens before the confirm step
      expect(releaseCount(app)).toBe(before + 1);
      await screenshot(page, 'release-undo-confirm');
      await releases.confirmUndo(row);
      await expect.poll(() => row.count()).toBe(0);
      expect(releaseCount(app)).toBe(before);
      await expect.poll(() => shell.storeInfo()).toContain(`${before} releases`);

      await explore.showWholeIndustry();
      await expect.poll(() => janNov.textContent()).toContain('9.3');
      expect(await janNov.textContent()).not.toContain('9.42');
      expect(await december.count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('says a file already imported changes nothing, and storing it again changes nothing', async () => {
    const app = await openApp(browser());
    const importer = new ImportPage(app.page);
    try {
      await importer.chooseFile(REVISION_CSV);
      await importer.commit(1);
      const after = releaseCount(app);
      const figures = (app.store.db.prepare('SELECT COUNT(*) AS n FROM figures').get() as { n: number }).n;

      await importer.chooseFile(REVISION_CSV);
      await importer.already().waitFor();
      expect(await importer.already().textContent()).toContain('nothing will change');
      // what the file says is now what the store shows
      await expect.poll(() => importer.rows('unchanged').count()).toBe(3);
      expect(await importer.counts()).toBe('0 new · 0 revised · 3 unchanged');

      await importer.commit();
      const result = importer.result;
      expect(await result.getAttribute('data-stored')).toBe('0');
      expect(await result.textContent()).toContain('Nothing changed');
      expect(await result.textContent()).toContain('import-revision.csv was imported before');
      expect(releaseCount(app)).toBe(after);
      expect((app.store.db.prepare('SELECT COUNT(*) AS n FROM figures').get() as { n: number }).n).toBe(figures);
    } finally {
      await app.close();
    }
  });

  it('asks about an unknown locality and is ready once a suggestion is chosen', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const { page } = app;
    const importer = new ImportPage(page);
    try {
      await importer.open();
      await importer.setFile(UNKNOWN_CSV);
      await importer.preview.waitFor();
      const name = importer.unknownNames;
      await expect.poll(() => name.count()).toBe(1);
      expect(await name.getAttribute('data-label')).toBe('Phu Tho tinh');
      expect(await name.getAttribute('data-kind')).toBe('geo');
      expect(await importer.isReady()).toBe('false');
      expect(await importer.canCommit()).toBe(false);
      const choice = importer.unknownChoice(name);
      const suggestion = choice.locator('option[value="code:P25"]');
      expect(await suggestion.textContent()).toContain('Phú Thọ');
      expect(await choice.locator('option').allTextContents()).toContain('Bỏ qua các số liệu này');
      await screenshot(page, 'import-unknown-vi');

      await choice.selectOption('code:P25');
      await expect.poll(() => importer.isReady()).toBe('true');
      expect(await importer.canCommit()).toBe(true);
      const row = importer.rowAt({ geo: 'P25' });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.getAttribute('data-change')).toBe('new');
      expect(await row.textContent()).toContain('Phú Thọ');
      expect(await row.textContent()).toContain('+12,5%');
      expect(await importer.counts()).toBe('1 mới · 0 điều chỉnh · 0 không đổi');
      // the decision stays shown and can be changed
      expect(await choice.inputValue()).toBe('code:P25');

      await importer.commit(1);
      // the mapping is remembered: next time the name is known
      await importer.setFile(UNKNOWN_CSV);
      await importer.already().waitFor();
      expect(await importer.unknownSectionCount()).toBe(0);

      // Import → Remembered lists the name matched by hand, and forgets it on request
      await importer.openRemembered();
      const remembered = importer.rememberedName('phu tho tinh', 'P25');
      await remembered.waitFor();
      expect(await remembered.textContent()).toContain('Phú Thọ');
      await screenshot(page, 'import-remembered-vi');
      await importer.forget(remembered);
      await expect.poll(() => remembered.count()).toBe(0);
      expect(await importer.remembered()).toContain('Chưa có tên nào được tự ghép');
    } finally {
      await app.close();
    }
  });

  it('shows a figure pasted text states with two values, and stores the one chosen', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const importer = new ImportPage(page);
    const key = 'VN/TOTAL/iip/2020-01..2020-02/yoy/pct';
    try {
      await importer.pasteText(
        [
          'Hanoi, March 3, 2020 (VNA) – The IIP rose 5.5% in January–February from a year earlier, preliminary figures showed.',
          'According to revised data, the index of industrial production rose 5.8% in January–February.',
        ].join('\n'),
      );
      const clash = importer.clash(key);
      await clash.waitFor();
      expect(await clash.getAttribute('data-decided')).toBe('false');
      expect(await clash.textContent()).toContain('(line 2)');
      expect(await page.textContent('[data-testid="import-date-note"]')).toBe('* Publication date taken from the file');
      expect(await importer.canCommit()).toBe(false);
      await screenshot(page, 'import-clash-en');
      await importer.chooseClashValue(key, 5.8);
      await expect.poll(() => importer.isReady()).toBe('true');
      expect(await clash.getAttribute('data-decided')).toBe('true');
      await importer.commit(1);
      const stored = app.store.db
        .prepare("SELECT value FROM figures WHERE period = '2020-01..2020-02' AND releaseId = (SELECT MAX(id) FROM releases)")
        .all() as { value: number }[];
      expect(stored.map((r) => r.value)).toEqual([5.8]);
    } finally {
      await app.close();
    }
  });

  it('takes a file dropped anywhere on the window; leaving the unknown name out makes it ready', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const shell = new ShellPage(page);
    const importer = new ImportPage(page);
    try {
      await new ExplorePage(page).waitForView();
      await shell.dropFile('dropped.csv', fs.readFileSync(UNKNOWN_CSV, 'utf8'));
      await importer.waitForView();
      expect(await shell.isTabSelected('import')).toBe('true');
      await importer.preview.waitFor();
      await expect.poll(() => importer.unknownNames.count()).toBe(1);
      expect(await importer.fileName()).toBe('dropped.csv');

      await importer.unknownChoice().selectOption('leave-out');
      await expect.poll(() => importer.isReady()).toBe('true');
      expect(await importer.counts()).toBe('0 new · 0 revised · 0 unchanged · 1 unmatched');
      expect(await importer.canCommit()).toBe(true);
      expect(await shell.dropOverlayCount()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
