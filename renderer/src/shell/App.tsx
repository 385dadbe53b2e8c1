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
import { declareScreen, screenStore } from '../state/screens.js';
import { StoreBanner } from '../features/backup/StoreBanner.js';
import { ActionNotice } from '../features/commands/ActionNotice.js';
import { PaletteHost } from '../features/commands/CommandPalette.js';
import { useDefaultActions } from '../features/commands/useDefaultActions.js';
import { useShellActions } from '../features/commands/useShellActions.js';
import { useExploreCommands } from '../features/explore/useExploreCommands.js';
import { AsOfBanner } from './AsOfBanner.js';
import { DropOverlay } from './DropOverlay.js';
import { ErrorBanner } from './ErrorBanner.js';
import { Header } from './Header.js';
import { SkipLink } from './SkipLink.js';
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

  // the Preferences screen is shown below when open (the menu's and the palette's action open it)
  useEffect(() => declareScreen('preferences'), []);
  // after the first paint (in the language localStorage remembered), the store's preferences win
  useEffect(() => {
    loadPreferences().then(languageFromStore, reportError);
  }, []);

  // The app's actions: the shell's own, the menu's (shell:action) and the shortcuts; Explore's views for the palette.
  useDefaultActions(languageStore.get);
  useShellActions(languageStore.get);
  useExploreCommands(lang);

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
        <SkipLink />
        <Header />
        <StoreBanner />
        <AsOfBanner />
        {error && <ErrorBanner error={error} onDismiss={dismissError} />}
        <main className="app-main" id="main" key={`main:${numberFormat}`}>
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
        <PaletteHost />
        <ActionNotice />
      </div>
    </LangContext.Provider>
  );
}
