// The application menu as main builds it, read in Node: both languages, the three OSes' layouts
// (macOS's app menu, Quit/Exit), the accelerators, and every entry's action reaching its runner.
import { describe, expect, it } from 'vitest';
import { APP_ACTIONS, type AppAction } from '../../electron/shared/app-actions.js';
import { MAIN_ACTIONS, menuActions, menuPlatform, menuTemplate, withClicks, type MenuEntry, type MenuPlatform } from '../../electron/main/menu.js';

const OPTIONS = { appName: 'IIP Explorer', devTools: false };
const PLATFORMS: MenuPlatform[] = ['darwin', 'win32', 'linux'];

const labels = (entries: readonly MenuEntry[]): (string | undefined)[] => entries.map((e) => (e.type === 'separator' ? '—' : e.label));
const find = (entries: readonly MenuEntry[], predicate: (e: MenuEntry) => boolean): MenuEntry | undefined => {
  for (const entry of entries) {
    if (predicate(entry)) return entry;
    const inside = find(entry.submenu ?? [], predicate);
    if (inside) return inside;
  }
  return undefined;
};
const byAction = (entries: readonly MenuEntry[], action: AppAction): MenuEntry | undefined => find(entries, (e) => e.action === action);
const byRole = (entries: readonly MenuEntry[], role: MenuEntry['role']): MenuEntry | undefined => find(entries, (e) => e.role === role);

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help in English on Windows, with the File entries in order and Exit last', () => {
    const menu = menuTemplate('en', 'win32', OPTIONS);
    expect(labels(menu)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(labels(menu[0]!.submenu!)).toEqual([
      'Import…',
      '—',
      'Export chart…',
      'Export data…',
      'Export deck…',
      '—',
      'Back up store…',
      'Restore…',
      'Open store folder',
      '—',
      'Exit',
    ]);
    expect(menu[0]!.submenu!.at(-1)).toEqual({ role: 'quit', label: 'Exit' });
    expect(labels(menu[4]!.submenu!)).toEqual(['IIP Explorer help', '—', 'About IIP Explorer']);
  });

  it('speaks Vietnamese, with diacritics, in every menu', () => {
    const menu = menuTemplate('vi', 'linux', OPTIONS);
    expect(labels(menu)).toEqual(['&Tệp', '&Sửa', '&Xem', '&Cửa sổ', 'Trợ &giúp']);
    expect(labels(menu[0]!.submenu!)).toEqual([
      'Nhập dữ liệu…',
      '—',
      'Xuất biểu đồ…',
      'Xuất số liệu…',
      'Xuất bộ slide…',
      '—',
      'Sao lưu kho dữ liệu…',
      'Khôi phục…',
      'Mở thư mục kho dữ liệu',
      '—',
      'Thoát',
    ]);
    expect(labels(menu[1]!.submenu!)).toEqual([
      'Hoàn tác',
      'Làm lại',
      '—',
      'Cắt',
      'Sao chép',
      'Dán',
      'Xóa',
      'Chọn tất cả',
      '—',
      'Tìm chuỗi số liệu…',
      '—',
      'Tùy chọn…',
    ]);
    expect(labels(menu[2]!.submenu!)).toEqual([
      'Bảng lệnh…',
      '—',
      'Ngôn ngữ',
      'Tính đến ngày…',
      '—',
      'Cỡ chữ mặc định',
      'Phóng to',
      'Thu nhỏ',
      '—',
      'Toàn màn hình',
    ]);
    expect(labels(menu[4]!.submenu!)).toEqual(['Hướng dẫn sử dụng', '—', 'Giới thiệu IIP Explorer']);
    // no English word left in any label of the Vietnamese menu (but the app's and the languages' own names)
    const all: string[] = [];
    const collect = (entries: readonly MenuEntry[]): void => {
      for (const e of entries) {
        if (e.label) all.push(e.label);
        collect(e.submenu ?? []);
      }
    };
    collect(menu);
    const english = menuTemplate('en', 'linux', OPTIONS);
    const englishLabels: string[] = [];
    const collectEnglish = (entries: readonly MenuEntry[]): void => {
      for (const e of entries) {
        if (e.label && !['IIP Explorer', 'English', 'Tiếng Việt'].includes(e.label)) englishLabels.push(e.label);
        collectEnglish(e.submenu ?? []);
      }
    };
    collectEnglish(english);
    expect(all.filter((l) => englishLabels.includes(l))).toEqual([]);
  });

  it('on macOS: the app menu first (About, Preferences, Services, Hide, Quit IIP Explorer), no Quit in File, no & marks', () => {
    for (const lang of ['vi', 'en'] as const) {
      const menu = menuTemplate(lang, 'darwin', OPTIONS);
      expect(menu[0]!.label).toBe('IIP Explorer');
      expect(menu.map((m) => m.label).join('')).not.toContain('&');
      expect(menu[0]!.submenu!.map((e) => e.role ?? e.action ?? e.type)).toEqual([
        'about',
        'separator',
        'preferences',
        'separator',
        'services',
        'separator',
        'hide',
        'hideOthers',
        'unhide',
        'separator',
        'quit',
      ]);
      expect(menu[1]!.submenu!.some((e) => e.role === 'quit')).toBe(false);
      expect(byRole(menu, 'quit')).toEqual({ role: 'quit', label: lang === 'vi' ? 'Thoát IIP Explorer' : 'Quit IIP Explorer', accelerator: 'Command+Q' });
      // the Window and Help menus are marked as macOS's own; Preferences is not under Edit
      expect(menu[4]).toMatchObject({ role: 'window' });
      expect(menu[5]).toMatchObject({ role: 'help' });
      expect(menu[2]!.submenu!.some((e) => e.action === 'preferences')).toBe(false);
      expect(menu[2]!.submenu!.some((e) => e.role === 'pasteAndMatchStyle')).toBe(true);
    }
    expect(labels(menuTemplate('en', 'darwin', OPTIONS))).toEqual(['IIP Explorer', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('names Quit as each OS does: Quit (Ctrl+Q) on Linux, Exit on Windows, Quit IIP Explorer (⌘Q) on macOS', () => {
    expect(byRole(menuTemplate('en', 'linux', OPTIONS), 'quit')).toEqual({ role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' });
    expect(byRole(menuTemplate('en', 'win32', OPTIONS), 'quit')).toEqual({ role: 'quit', label: 'Exit' });
    expect(byRole(menuTemplate('en', 'darwin', OPTIONS), 'quit')?.label).toBe('Quit IIP Explorer');
  });

  it('gives the accelerators people expect, as CmdOrCtrl so one template serves every OS', () => {
    for (const platform of PLATFORMS) {
      const menu = menuTemplate('en', platform, OPTIONS);
      expect(byAction(menu, 'import')?.accelerator).toBe('CmdOrCtrl+O');
      expect(byAction(menu, 'export-chart')?.accelerator).toBe('CmdOrCtrl+E');
      expect(byAction(menu, 'export-data')?.accelerator).toBe('CmdOrCtrl+Shift+E');
      expect(byAction(menu, 'preferences')?.accelerator).toBe('CmdOrCtrl+,');
      expect(byAction(menu, 'find-series')?.accelerator).toBe('CmdOrCtrl+F');
      // the palette's key is the window's own (it works in the web host too): shown, not registered
      expect(byAction(menu, 'palette')).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false });
      expect(byRole(menu, 'togglefullscreen')?.accelerator).toBe(platform === 'darwin' ? 'Ctrl+Command+F' : 'F11');
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'minimize'] as const)
        expect(byRole(menu, role), `${platform} ${role}`).toBeDefined();
    }
    for (const platform of PLATFORMS) expect(byAction(menuTemplate('en', platform, OPTIONS), 'help')?.accelerator).toBe('F1');
    // none for the actions without a shortcut
    expect(byAction(menuTemplate('en', 'linux', OPTIONS), 'export-deck')?.accelerator).toBeUndefined();
  });

  it('shows the current language checked, each language in its own name', () => {
    for (const lang of ['vi', 'en'] as const) {
      const languages = find(menuTemplate(lang, 'linux', OPTIONS), (e) => e.label === (lang === 'vi' ? 'Ngôn ngữ' : 'Language'))!.submenu!;
      expect(languages).toEqual([
        { label: 'Tiếng Việt', type: 'radio', checked: lang === 'vi', action: 'language-vi' },
        { label: 'English', type: 'radio', checked: lang === 'en', action: 'language-en' },
      ]);
    }
  });

  it('has DevTools in View only when the policy allows them', () => {
    expect(byRole(menuTemplate('en', 'linux', OPTIONS), 'toggleDevTools')).toBeUndefined();
    expect(byRole(menuTemplate('en', 'linux', { ...OPTIONS, devTools: true }), 'toggleDevTools')).toEqual({ role: 'toggleDevTools', label: 'Developer tools' });
  });

  it('reaches every app action, each once per OS (About in the app menu on macOS, in Help elsewhere)', () => {
    for (const platform of PLATFORMS) {
      const actions = menuActions(menuTemplate('vi', platform, OPTIONS));
      expect(new Set(actions).size, platform).toBe(actions.length);
      expect([...actions].sort(), platform).toEqual([...APP_ACTIONS].sort());
    }
    expect([...MAIN_ACTIONS]).toEqual(['open-store-folder']);
  });

  it('turns each action into a click that runs it, and leaves roles and separators without one', () => {
    const ran: AppAction[] = [];
    const clickable = withClicks(menuTemplate('en', 'win32', OPTIONS), (action) => ran.push(action));
    const file = clickable[0]!.submenu!;
    file[0]!.click!();
    file[8]!.click!();
    clickable[2]!.submenu![2]!.submenu![0]!.click!();
    expect(ran).toEqual(['import', 'open-store-folder', 'language-vi']);
    expect(file[1]).toEqual({ type: 'separator' });
    expect(file.at(-1)).toEqual({ role: 'quit', label: 'Exit' });
    expect(file[0]).toMatchObject({ id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O' });
    expect(JSON.stringify(clickable)).not.toContain('"action"');
  });

  it('lays the menu out as macOS, Windows, or Linux for every other Unix', () => {
    expect((['darwin', 'win32', 'linux', 'freebsd', 'openbsd'] as const).map(menuPlatform)).toEqual(['darwin', 'win32', 'linux', 'linux', 'linux']);
  });
});
