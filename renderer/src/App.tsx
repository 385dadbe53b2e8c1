// The window: header with tabs, the active view, and the error banner.
import { useCallback, useEffect, useState } from 'react';
import { ReportErrorContext, toShownError, type ShownError } from './errors.js';
import { ErrorBanner } from './features/errors/ErrorBanner.js';
import { ExploreView, initialExploreState, type ExploreState } from './features/explore/ExploreView.js';
import { Header, type Tab } from './features/header/Header.js';
import { LatestView } from './features/latest/LatestView.js';
import { ReleasesView } from './features/releases/ReleasesView.js';
import { loadLang, saveLang, STRINGS, type Lang } from './i18n.js';

export function App() {
  const [lang, setLang] = useState<Lang>(loadLang);
  const [tab, setTab] = useState<Tab>('explore');
  const [explore, setExplore] = useState<ExploreState>(initialExploreState);
  const [latestPeriod, setLatestPeriod] = useState<string | null>(null);
  const [error, setError] = useState<ShownError | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = STRINGS[lang].appName;
  }, [lang]);

  const chooseLang = (next: Lang) => {
    setLang(next);
    saveLang(next);
  };
  const report = useCallback((err: unknown) => setError(toShownError(err)), []);

  return (
    <ReportErrorContext.Provider value={report}>
      <div className="app">
        <Header tab={tab} onTab={setTab} lang={lang} onLang={chooseLang} />
        {error && <ErrorBanner error={error} onDismiss={() => setError(null)} lang={lang} />}
        <main className="app-main">
          {tab === 'explore' && <ExploreView state={explore} onChange={setExplore} lang={lang} />}
          {tab === 'latest' && <LatestView period={latestPeriod} onPeriod={setLatestPeriod} lang={lang} />}
          {tab === 'releases' && <ReleasesView lang={lang} />}
        </main>
      </div>
    </ReportErrorContext.Provider>
  );
}
