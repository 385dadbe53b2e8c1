// Runs the app's actions the window is asked for: a menu entry main reports (shell:action), or a
// shortcut pressed in the page (where no menu catches it first: the web host). What cannot run now
// is said, never silently dropped.
import { useEffect } from 'react';
import type { AppAction } from '@shared/app-actions.js';
import { actionOfKey } from '@shared/app-shortcuts.js';
import type { Lang } from '@shared/lang.js';
import { onEvent } from '../../bridge/bridge.js';
import { sayNotice } from '../../state/notice.js';
import { closePalette } from './paletteState.js';
import { actions } from './registry.js';
import { COMMAND_STRINGS } from './strings.js';

export const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Runs an action (or a palette command) by id, saying why when it cannot run now. */
export function runAction(id: string, lang: Lang): void {
  // A shortcut or a menu entry chosen while the palette is open: the palette gives way.
  if (id !== 'palette') closePalette();
  const outcome = actions.run(id);
  if (outcome.ran === false) sayNotice(outcome.reason ?? COMMAND_STRINGS[lang].unavailable.notNow);
}

export function useShellActions(lang: () => Lang): void {
  useEffect(() => onEvent('shell:action', ({ action }) => runAction(action, lang())), [lang]);
  useEffect(() => {
    const mac = isMac();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const action: AppAction | null = actionOfKey(e, mac);
      if (!action) return;
      e.preventDefault();
      runAction(action, lang());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lang]);
}
