// The window: header with tabs, the active view, and the error banner. Files dropped anywhere
// start an import; after an import or an undo every view asks the store again.
import { useCallback, useEffect, useState } from 'react';
import { invoke } from './bridge.js';
import { ReportErrorContext, toShownError, type ShownError } from './errors.js';
import { ErrorBanner } from './features/errors/ErrorBanner.js';
import { ExploreView, initialExploreState, type ExploreState } from './features/explore/ExploreView.js';
import { Header, type Tab } from './features/header/Header.js';
import { DataVersionContext, freshSeries, keepPeriod } from './features/import/dataVersion.js';
import { ImportView } from './features/import/ImportView.js';
import { useImportSession } from './features/import/useImportSession.js';
import { useWindowDrop } from './features/import/useWindowDrop.js';
import { LatestView } from './features/latest/LatestView.js';
import { ReleasesView } from './features/releases/ReleasesView.js';
import { loadLang, saveLang, STRINGS, type Lang } from './i18n.js';

export function App() {
  const [lang, setLang] = useState<Lang>(loadLang);
  const [tab, setTab] = useState<Tab>('explore');
  const [explore, setExplore] = useState<ExploreState>(initialExploreState);
  const [latestPeriod, setLatestPeriod] = useState<string | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [dataVersion, setDataVersion] = useState(0);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = STRINGS[lang].appName;
  }, [lang]);

  const chooseLang = (next: Lang) => {
    setLang(next);
    saveLang(next);
  };
  const report = useCallback((err: unknown) => setError(toShownError(err)), []);

  /** The store changed: drop choices that point at what is gone, then have every view ask again. */
  const dataChanged = useCallback(async () => {
    const [groups, summary] = await Promise.allSettled([invoke('catalog:list', {}), invoke('latest:summary', {})]);
    const latest = summary.status === 'fulfilled' ? summary.value : null;
    if (groups.status === 'fulfilled') setExplore((st) => ({ ...st, series: freshSeries(st.series, groups.value) }));
    setExplore((st) => ({ ...st, ranking: { ...st.ranking, period: keepPeriod(st.ranking.period, latest) } }));
    setLatestPeriod((p) => keepPeriod(p, latest));
    setDataVersion((v) => v + 1);
  }, []);

  const importer = useImportSession(() => void dataChanged());
  const { readFiles } = importer.actions;
  const dragging = useWindowDrop(
    useCallback(
      (files: File[]) => {
        setTab('import');
        void readFiles(files);
      },
      [readFiles],
    ),
  );

  return (
    <ReportErrorContext.Provider value={report}>
      <DataVersionContext.Provider value={dataVersion}>
        <div className="app">
          <Header tab={tab} onTab={setTab} lang={lang} onLang={chooseLang} />
          {error && <ErrorBanner error={error} onDismiss={() => setError(null)} lang={lang} />}
          <main className="app-main">
            {tab === 'explore' && <ExploreView state={explore} onChange={setExplore} lang={lang} />}
            {tab === 'latest' && <LatestView period={latestPeriod} onPeriod={setLatestPeriod} lang={lang} />}
            {tab === 'releases' && <ReleasesView onChanged={dataChanged} lang={lang} />}
            {tab === 'import' && <ImportView session={importer.session} actions={importer.actions} dragging={dragging} onOpenReleases={() => setTab('releases')} lang={lang} />}
          </main>
          {dragging && (
            <div className="drop-overlay" aria-hidden="true">
              <p>{STRINGS[lang].importer.dropOverlay}</p>
            </div>
          )}
        </div>
      </DataVersionContext.Provider>
    </ReportErrorContext.Provider>
  );
}
