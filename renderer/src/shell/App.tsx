// The window: header with tabs, the active view, and the error banner. Files dropped anywhere
// start an import; after an import or an undo every view asks the store again.
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { ExploreView } from '../features/explore/ExploreView.js';
import { useImportSession } from '../features/import/useImportSession.js';
import { FigurePanel } from '../features/figure/FigurePanel.js';
import { LangContext } from '../i18n/useLang.js';
import { useStore } from '../state/createStore.js';
import { dismissError, errorStore, reportError } from '../state/errors.js';
import { languageFromStore, languageStore } from '../state/language.js';
import { openTab, tabStore } from '../state/navigation.js';
import { loadPreferences, preferencesStore } from '../state/preferences.js';
import { screenStore } from '../state/screens.js';
import { StoreBanner } from '../features/backup/StoreBanner.js';
import { AsOfBanner } from './AsOfBanner.js';
import { DropOverlay } from './DropOverlay.js';
import { ErrorBanner } from './ErrorBanner.js';
import { Header } from './Header.js';
import { refreshAfterStoreChange } from './refreshAfterStoreChange.js';
import { SHELL_STRINGS } from './strings.js';
import { useWindowDrop } from './useWindowDrop.js';

// The window opens on Explore: the other views load when first shown, so that the first chart
// waits for less code to be read and run.
const LatestView = lazy(async () => ({ default: (await import('../features/latest/LatestView.js')).LatestView }));
const NotesView = lazy(async () => ({ default: (await import('../features/notes/NotesView.js')).NotesView }));
const DecksView = lazy(async () => ({ default: (await import('../features/export/DecksView.js')).DecksView }));
const ChecksView = lazy(async () => ({ default: (await import('../features/checks/ChecksView.js')).ChecksView }));
const ReleasesView = lazy(async () => ({ default: (await import('../features/releases/ReleasesView.js')).ReleasesView }));
const PreferencesScreen = lazy(async () => ({ default: (await import('../features/preferences/PreferencesScreen.js')).PreferencesScreen }));
const ImportView = lazy(async () => ({ default: (await import('../features/import/ImportView.js')).ImportView }));

export function App() {
  const lang = useStore(languageStore);
  const tab = useStore(tabStore);
  const error = useStore(errorStore);
  const screen = useStore(screenStore);
  // numbers are written again (remounted) when their format changes: rare, and no view need know
  const { numberFormat } = useStore(preferencesStore);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = SHELL_STRINGS[lang].appName;
  }, [lang]);

  // after the first paint (in the language localStorage remembered), the store's preferences win
  useEffect(() => {
    loadPreferences().then(languageFromStore, reportError);
  }, []);

  const importer = useImportSession(() => void refreshAfterStoreChange());
  const { readFiles } = importer.actions;
  const dragging = useWindowDrop(
    useCallback(
      (files: File[]) => {
        openTab('import');
        void readFiles(files);
      },
      [readFiles],
    ),
  );

  return (
    <LangContext.Provider value={lang}>
      <div className="app">
        <Header />
        <StoreBanner />
        <AsOfBanner />
        {error && <ErrorBanner error={error} onDismiss={dismissError} />}
        <main className="app-main" key={`main:${numberFormat}`}>
          <Suspense fallback={null}>
            {tab === 'explore' && <ExploreView />}
            {tab === 'latest' && <LatestView />}
            {tab === 'notes' && <NotesView />}
            {tab === 'decks' && <DecksView />}
            {tab === 'checks' && <ChecksView />}
            {tab === 'releases' && <ReleasesView onChanged={refreshAfterStoreChange} />}
            {tab === 'import' && (
              <ImportView session={importer.session} actions={importer.actions} dragging={dragging} onOpenReleases={() => openTab('releases')} />
            )}
          </Suspense>
        </main>
        <FigurePanel key={`figure:${numberFormat}`} />
        {screen === 'preferences' && (
          <Suspense fallback={null}>
            <PreferencesScreen />
          </Suspense>
        )}
        {dragging && <DropOverlay />}
      </div>
    </LangContext.Provider>
  );
}
