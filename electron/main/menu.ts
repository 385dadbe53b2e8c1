// The application menu as plain objects (Electron's MenuItemConstructorOptions without the clicks),
// built for a language and an OS, so tests read it in Node; main.ts gives it to Menu.buildFromTemplate
// with a click for each entry that has an action. An action is one of the app's actions
// (shared/app-actions.ts): main runs open-store-folder itself; the others are the window's, sent to
// it as shell:action.
import type { AppAction } from '../shared/app-actions.js';
import { APP_SHORTCUTS } from '../shared/app-shortcuts.js';
import type { Lang } from '../shared/lang.js';
import { MENU_STRINGS } from './menu-strings.js';

export type MenuPlatform = 'darwin' | 'win32' | 'linux';

/** The menu's layout for Node's platform: macOS's, Windows', or the Linux one for every other Unix. */
export const menuPlatform = (platform: NodeJS.Platform): MenuPlatform => (platform === 'darwin' || platform === 'win32' ? platform : 'linux');

/**
 * Electron's roles the menu uses: each does what the OS's own menus do, with Electron's accelerator
 * for it. No top menu has a whole-menu role (fileMenu, editMenu…): on macOS such a role replaces our
 * entries with Electron's English ones. `window` and `help` only mark macOS's Window and Help menus.
 */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'front'
  | 'quit'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'services'
  | 'window'
  | 'help';

export interface MenuEntry {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'radio';
  checked?: boolean;
  accelerator?: string;
  /** false: the accelerator is shown but the window handles the key itself (the palette's Ctrl/Cmd+K), so it is not run twice. */
  registerAccelerator?: boolean;
  action?: AppAction;
  submenu?: MenuEntry[];
}

export interface MenuOptions {
  appName: string;
  /** Whether the window may open DevTools (policy.ts devToolsEnabled): then View has an entry for them. */
  devTools: boolean;
}

/** The actions main runs itself; every other action of the menu is sent to the window. */
export const MAIN_ACTIONS: ReadonlySet<AppAction> = new Set<AppAction>(['open-store-folder']);

const SEPARATOR: MenuEntry = { type: 'separator' };
/** Each language named in itself, whichever language the menu speaks. */
const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { vi: 'Tiếng Việt', en: 'English' };

export function menuTemplate(lang: Lang, platform: MenuPlatform, options: MenuOptions): MenuEntry[] {
  const t = MENU_STRINGS[lang];
  const mac = platform === 'darwin';
  // the Alt key's letter, marked with &, means nothing on macOS
  const top = (label: string): string => (mac ? label.replace('&', '') : label);
  // an action's accelerator is its shortcut (shared/app-shortcuts.ts), the one the window honours where there is no menu
  const action = (label: string, id: AppAction): MenuEntry => {
    const accelerator = APP_SHORTCUTS[id];
    return accelerator ? { label, action: id, accelerator } : { label, action: id };
  };
  const role = (r: MenuRole, label: string): MenuEntry => ({ role: r, label });

  const about = action(t.about(options.appName), 'about');
  const preferences = action(t.preferences, 'preferences');
  const quit: MenuEntry = mac
    ? { role: 'quit', label: t.quitApp(options.appName), accelerator: 'Command+Q' }
    : platform === 'win32'
      ? // Alt+F4 closes the window, as everywhere on Windows
        { role: 'quit', label: t.exit }
      : { role: 'quit', label: t.quit, accelerator: 'Ctrl+Q' };

  const appMenu: MenuEntry = {
    label: options.appName,
    submenu: [
      about,
      SEPARATOR,
      preferences,
      SEPARATOR,
      role('services', t.services),
      SEPARATOR,
      role('hide', t.hide(options.appName)),
      role('hideOthers', t.hideOthers),
      role('unhide', t.unhide),
      SEPARATOR,
      quit,
    ],
  };
  const file: MenuEntry = {
    label: top(t.file),
    submenu: [
      action(t.import, 'import'),
      SEPARATOR,
      action(t.exportChart, 'export-chart'),
      action(t.exportData, 'export-data'),
      action(t.exportDeck, 'export-deck'),
      SEPARATOR,
      action(t.backup, 'backup'),
      action(t.restore, 'restore'),
      action(t.openStoreFolder, 'open-store-folder'),
      ...(mac ? [] : [SEPARATOR, quit]),
    ],
  };
  const edit: MenuEntry = {
    label: top(t.edit),
    submenu: [
      role('undo', t.undo),
      role('redo', t.redo),
      SEPARATOR,
      role('cut', t.cut),
      role('copy', t.copy),
      role('paste', t.paste),
      ...(mac ? [role('pasteAndMatchStyle', t.pasteAndMatchStyle)] : []),
      role('delete', t.delete),
      role('selectAll', t.selectAll),
      SEPARATOR,
      action(t.findSeries, 'find-series'),
      // Preferences live in the app menu on macOS, under Edit elsewhere
      ...(mac ? [] : [SEPARATOR, preferences]),
    ],
  };
  const view: MenuEntry = {
    label: top(t.view),
    submenu: [
      { ...action(t.palette, 'palette'), registerAccelerator: false },
      SEPARATOR,
      {
        label: t.language,
        submenu: (['vi', 'en'] as const).map((l) => ({
          label: LANGUAGE_NAMES[l],
          type: 'radio' as const,
          checked: l === lang,
          action: `language-${l}` as const,
        })),
      },
      action(t.asOf, 'as-of'),
      SEPARATOR,
      role('resetZoom', t.resetZoom),
      role('zoomIn', t.zoomIn),
      role('zoomOut', t.zoomOut),
      SEPARATOR,
      { role: 'togglefullscreen', label: t.fullScreen, accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
      ...(options.devTools ? [SEPARATOR, role('toggleDevTools', t.devTools)] : []),
    ],
  };
  const windowMenu: MenuEntry = mac
    ? { label: top(t.window), role: 'window', submenu: [role('minimize', t.minimize), role('zoom', t.zoom), SEPARATOR, role('front', t.front)] }
    : { label: top(t.window), submenu: [role('minimize', t.minimize), role('close', t.close)] };
  const help: MenuEntry = mac
    ? { label: top(t.help), role: 'help', submenu: [action(t.helpPage, 'help')] }
    : { label: t.help, submenu: [action(t.helpPage, 'help'), SEPARATOR, about] };
  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, windowMenu, help];
}

/** Every action the template's entries carry (what the menu can send or run). */
export function menuActions(template: readonly MenuEntry[]): AppAction[] {
  return template.flatMap((entry) => [...(entry.action ? [entry.action] : []), ...menuActions(entry.submenu ?? [])]);
}

/** An entry as Electron takes it: the action turned into a click that runs it, and its id (Menu.getMenuItemById finds it). */
export type ClickableEntry = Omit<MenuEntry, 'action' | 'submenu'> & { id?: string; click?: () => void; submenu?: ClickableEntry[] };

/** The template with a click on each entry that has an action, calling `run` with it. */
export function withClicks(template: readonly MenuEntry[], run: (action: AppAction) => void): ClickableEntry[] {
  return template.map(({ action, submenu, ...entry }) => ({
    ...entry,
    ...(action ? { id: action, click: () => run(action) } : {}),
    ...(submenu ? { submenu: withClicks(submenu, run) } : {}),
  }));
}
