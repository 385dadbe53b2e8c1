import { describe, expect, it } from 'vitest';
import { APP_ACTIONS } from './app-actions.js';
import { actionOfKey, APP_SHORTCUTS, matchesShortcut, shortcutLabel, type KeyPress } from './app-shortcuts.js';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the app shortcuts', () => {
  it('opens the palette with Ctrl+K, and with Cmd+K on macOS only', () => {
    expect(actionOfKey(press('k', { ctrlKey: true }), false)).toBe('palette');
    expect(actionOfKey(press('k', { metaKey: true }), false)).toBeNull();
    expect(actionOfKey(press('k', { metaKey: true }), true)).toBe('palette');
    expect(actionOfKey(press('k', { ctrlKey: true }), true)).toBeNull();
    expect(actionOfKey(press('k'), false)).toBeNull();
  });

  it('tells Shift apart, whatever case the key comes in', () => {
    expect(actionOfKey(press('e', { ctrlKey: true }), false)).toBe('export-chart');
    expect(actionOfKey(press('E', { ctrlKey: true, shiftKey: true }), false)).toBe('export-data');
    expect(matchesShortcut('CmdOrCtrl+E', press('e', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(actionOfKey(press('F1'), false)).toBe('help');
    expect(actionOfKey(press(',', { ctrlKey: true }), false)).toBe('preferences');
  });

  it('reads as each OS writes it', () => {
    expect(shortcutLabel('CmdOrCtrl+Shift+E', false)).toBe('Ctrl+Shift+E');
    expect(shortcutLabel('CmdOrCtrl+Shift+E', true)).toBe('⇧⌘E');
    expect(shortcutLabel('CmdOrCtrl+K', true)).toBe('⌘K');
    expect(shortcutLabel('F1', false)).toBe('F1');
  });

  it('gives each shortcut to one known action', () => {
    const accelerators = Object.values(APP_SHORTCUTS);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const action of Object.keys(APP_SHORTCUTS)) expect(APP_ACTIONS).toContain(action);
  });
});
