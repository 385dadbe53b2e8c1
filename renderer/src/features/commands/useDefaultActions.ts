// The shell's own handlers for the app's actions: those that need no feature (the palette, the
// language), and fallbacks for the others, which open the tab where the action lives and leave it
// pending until that view registers it (a chart's export menu, "Your data", the catalog's search).
import { useEffect } from 'react';
import type { AppAction } from '@shared/app-actions.js';
import type { Lang } from '@shared/lang.js';
import { invoke } from '../../bridge/bridge.js';
import { chooseLanguage } from '../../state/language.js';
import { openTab, tabStore, type Tab } from '../../state/navigation.js';
import { sayNotice } from '../../state/notice.js';
import { openScreen, shownScreens, type Screen } from '../../state/screens.js';
import { openPalette } from './paletteState.js';
import { actions, type ActionHandler } from './registry.js';
import { COMMAND_STRINGS } from './strings.js';

/** Opens the tab; the action waits for its view, unless that view is open already and did not register it. */
const openWhere =
  (tab: Tab, otherwise: () => string): ActionHandler['run'] =>
  () => {
    if (tabStore.get() === tab) {
      sayNotice(otherwise());
      return;
    }
    openTab(tab);
    return 'pending';
  };

const screen =
  (name: Screen, words: () => { noScreen: string }): ActionHandler['run'] =>
  () => {
    if (shownScreens.get().has(name)) openScreen(name);
    else sayNotice(words().noScreen);
  };

/** Registers the shell's handlers while the window is up. `lang` gives the words of what it says. */
export function useDefaultActions(lang: () => Lang): void {
  useEffect(() => {
    const s = () => COMMAND_STRINGS[lang()].unavailable;
    const fallbacks: Record<AppAction, ActionHandler['run']> = {
      import: openWhere('import', () => s().notNow),
      'export-chart': openWhere('explore', () => s().noChart),
      'export-data': openWhere('explore', () => s().noChart),
      'export-deck': openWhere('decks', () => s().noDeck),
      backup: openWhere('releases', () => s().notNow),
      restore: openWhere('releases', () => s().notNow),
      'find-series': openWhere('explore', () => s().notNow),
      'as-of': () => sayNotice(s().notNow),
      'open-store-folder': () => {
        invoke('app:info', {}).then(
          (info) => sayNotice(s().storeFolder(info.storePath)),
          () => sayNotice(s().notNow),
        );
      },
      preferences: screen('preferences', s),
      about: screen('about', s),
      help: screen('help', s),
      palette: openPalette,
      'language-vi': () => chooseLanguage('vi'),
      'language-en': () => chooseLanguage('en'),
    };
    const undo = Object.entries(fallbacks).map(([id, run]) => actions.register(id, { run, fallback: true }));
    return () => undo.forEach((u) => u());
  }, [lang]);
}
