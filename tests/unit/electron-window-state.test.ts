// The main window's placement per display: remembered, restored, brought back onto a display when
// the one it was on is gone, and a damaged file read as no file (the window opens at its defaults).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bringOntoDisplays,
  DEFAULT_SIZE,
  displayKey,
  emptyWindowState,
  initialPlacement,
  loadWindowState,
  parseWindowState,
  rememberPlacement,
  saveWindowState,
  type DisplayArea,
} from '../../electron/main/window-state.js';
import { tempDir } from '../helpers/temp.js';

// A laptop's screen (task bar 40 px at the bottom) and a monitor to its right.
const laptop: DisplayArea = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const monitor: DisplayArea = { id: 2, bounds: { x: 1920, y: 0, width: 2560, height: 1440 }, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };

describe('window state per display', () => {
  it('opens at the default size centred on the primary display when nothing is remembered', () => {
    expect(initialPlacement(emptyWindowState(), [laptop], laptop)).toEqual({
      // (1920 − 1280) / 2 = 320, (1040 − 840) / 2 = 100
      bounds: { x: 320, y: 100, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it('reopens where it was closed, on that display, maximised or not', () => {
    let state = rememberPlacement(emptyWindowState(), laptop, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    state = rememberPlacement(state, monitor, { bounds: { x: 2000, y: 50, width: 1600, height: 1000 }, maximized: true });
    expect(state.last).toBe('2@2560x1440');
    expect(initialPlacement(state, [laptop, monitor], laptop)).toEqual({ bounds: { x: 2000, y: 50, width: 1600, height: 1000 }, maximized: true });
  });

  it('takes the primary display’s own placement when the last display is unplugged', () => {
    let state = rememberPlacement(emptyWindowState(), laptop, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    state = rememberPlacement(state, monitor, { bounds: { x: 2000, y: 50, width: 1600, height: 1000 }, maximized: true });
    expect(initialPlacement(state, [laptop], laptop)).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
  });

  it('treats the same display at another resolution as another display', () => {
    const state = rememberPlacement(emptyWindowState(), laptop, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    const smaller: DisplayArea = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 } };
    expect(displayKey(smaller)).toBe('1@1366x768');
    // default 1280×840 cut to the 728 px high work area, centred: x = (1366 − 1280) / 2 = 43
    expect(initialPlacement(state, [smaller], smaller)).toEqual({ bounds: { x: 43, y: 0, width: 1280, height: 728 }, maximized: false });
  });

  it('brings a window that falls off every display back onto the nearest one, whole', () => {
    // far to the right of the monitor, 500 px below its top: moved to the monitor's right edge
    expect(bringOntoDisplays({ x: 9000, y: 500, width: 1200, height: 800 }, [laptop, monitor], laptop)).toEqual({
      x: 1920 + 2560 - 1200,
      y: 500,
      width: 1200,
      height: 800,
    });
    // above the laptop (title bar out of reach): moved down to the top of its work area
    expect(bringOntoDisplays({ x: 100, y: -790, width: 1000, height: 800 }, [laptop, monitor], laptop)).toEqual({ x: 100, y: 0, width: 1000, height: 800 });
    // larger than any display: cut to the nearest work area
    expect(bringOntoDisplays({ x: -5000, y: 0, width: 3000, height: 2000 }, [laptop], laptop)).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('leaves a window that is partly off a display where it is, as long as its title bar can be grabbed', () => {
    const hanging = { x: 1700, y: 300, width: 1000, height: 700 };
    expect(bringOntoDisplays(hanging, [laptop], laptop)).toEqual(hanging);
    // only 100 px of it on the laptop: less than the 120 px needed, so moved
    expect(bringOntoDisplays({ x: 1820, y: 300, width: 1000, height: 700 }, [laptop], laptop)).toEqual({ x: 920, y: 300, width: 1000, height: 700 });
  });

  it('restores a remembered window that would now be off screen onto a display (the monitor was to the left last time)', () => {
    const leftMonitor: DisplayArea = { id: 3, bounds: { x: -2560, y: 0, width: 2560, height: 1440 }, workArea: { x: -2560, y: 0, width: 2560, height: 1400 } };
    // remembered on the laptop, but at coordinates of the monitor (a layout change the OS made)
    const state = rememberPlacement(emptyWindowState(), laptop, { bounds: { x: -2000, y: 100, width: 1200, height: 800 }, maximized: false });
    expect(initialPlacement(state, [laptop], laptop).bounds).toEqual({ x: 0, y: 100, width: 1200, height: 800 });
    expect(initialPlacement(state, [laptop, leftMonitor], laptop).bounds).toEqual({ x: -2000, y: 100, width: 1200, height: 800 });
  });

  it('reads a missing, damaged or foreign file as no file', () => {
    for (const text of [
      null,
      '',
      '{',
      'null',
      '[]',
      '{"version":2,"last":null,"displays":{}}',
      '{"version":1,"last":null,"displays":{"a":{"bounds":{"x":0,"y":0,"width":-5,"height":9},"maximized":false}}}',
    ])
      expect(parseWindowState(text), String(text)).toEqual(emptyWindowState());
  });

  it('writes the file and reads it back; a damaged file on disk opens at the defaults', () => {
    const file = path.join(tempDir(), 'user-data', 'window-state.json');
    expect(loadWindowState(file)).toEqual(emptyWindowState());
    const state = rememberPlacement(emptyWindowState(), laptop, { bounds: { x: 10.4, y: 20.6, width: 1000, height: 700 }, maximized: true });
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual({
      version: 1,
      last: '1@1920x1080',
      displays: { '1@1920x1080': { bounds: { x: 10, y: 21, width: 1000, height: 700 }, maximized: true } },
    });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
    fs.writeFileSync(file, '{"version":1,"last":"1@1920x1080","displa');
    expect(initialPlacement(loadWindowState(file), [laptop], laptop).bounds).toEqual({ x: 320, y: 100, width: 1280, height: 840 });
  });

  it('forgets the oldest displays past sixteen', () => {
    let state = emptyWindowState();
    for (let id = 1; id <= 20; id++)
      state = rememberPlacement(state, { ...laptop, id }, { bounds: { x: id, y: 0, width: 800, height: 600 }, maximized: false });
    expect(Object.keys(state.displays)).toHaveLength(16);
    expect(Object.keys(state.displays)[0]).toBe('5@1920x1080');
    expect(state.last).toBe('20@1920x1080');
  });
});
