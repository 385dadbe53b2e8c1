// The app actions' keyboard shortcuts, written as Electron accelerators ("CmdOrCtrl+K"), so the
// application menu can show them and the window can honour them where there is no menu (the web
// host). Every one of them is safe to run twice (it opens or shows something), as Electron may
// deliver a key both to the menu and to the page. Pure.
import type { AppAction } from './app-actions.js';

export const APP_SHORTCUTS: Partial<Record<AppAction, string>> = {
  palette: 'CmdOrCtrl+K',
  'find-series': 'CmdOrCtrl+F',
  import: 'CmdOrCtrl+O',
  'export-chart': 'CmdOrCtrl+E',
  'export-data': 'CmdOrCtrl+Shift+E',
  preferences: 'CmdOrCtrl+,',
  help: 'F1',
};

/** What a shortcut needs of a keyboard event. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Chord {
  /** Cmd on macOS, Ctrl elsewhere. */
  primary: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parseAccelerator(accelerator: string): Chord {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+Plus" style names are not used; a trailing "+" would be the key itself.
  const key = parts.pop() ?? '';
  return { primary: parts.includes('CmdOrCtrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key: key.toLowerCase() };
}

/** True when the key press is the shortcut (Cmd stands for CmdOrCtrl on macOS, Ctrl elsewhere). */
export function matchesShortcut(accelerator: string, press: KeyPress, mac: boolean): boolean {
  const chord = parseAccelerator(accelerator);
  const primary = mac ? press.metaKey : press.ctrlKey;
  const other = mac ? press.ctrlKey : press.metaKey;
  return primary === chord.primary && !other && press.shiftKey === chord.shift && press.altKey === chord.alt && press.key.toLowerCase() === chord.key;
}

/** The action a key press is the shortcut of, if any. */
export function actionOfKey(press: KeyPress, mac: boolean): AppAction | null {
  for (const [action, accelerator] of Object.entries(APP_SHORTCUTS) as [AppAction, string][]) if (matchesShortcut(accelerator, press, mac)) return action;
  return null;
}

/** How the shortcut reads on this OS: "⌘K" on macOS, "Ctrl+K" elsewhere. */
export function shortcutLabel(accelerator: string, mac: boolean): string {
  const chord = parseAccelerator(accelerator);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key.replace(/^f(\d+)$/, 'F$1');
  if (mac) return `${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.primary ? '⌘' : ''}${key}`;
  return [chord.primary && 'Ctrl', chord.shift && 'Shift', chord.alt && 'Alt', key].filter(Boolean).join('+');
}
