// The main window's size, position and maximised state, remembered per display (a laptop's own
// screen and the monitor at the office each keep theirs) in a JSON file in the user-data folder.
// Kept free of Electron: main passes the displays' rectangles and the window's bounds.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What main knows of a display (Electron's Display has these). */
export interface DisplayArea {
  id: number;
  /** The whole screen; its size is part of what names the display (the same screen at another resolution is another). */
  bounds: Rect;
  /** The part windows may use (without the task bar or the dock). */
  workArea: Rect;
}

export interface WindowPlacement {
  /** The window's bounds when not maximised (Electron's getNormalBounds). */
  bounds: Rect;
  maximized: boolean;
}

const rectSchema = z.strictObject({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(1), height: z.number().int().min(1) });
const placementSchema = z.strictObject({ bounds: rectSchema, maximized: z.boolean() });
const stateSchema = z.strictObject({
  version: z.literal(1),
  /** The display the window was last closed on. */
  last: z.string().nullable(),
  displays: z.record(z.string(), placementSchema),
});
export type WindowState = z.infer<typeof stateSchema>;

export const WINDOW_STATE_FILE = 'window-state.json';

/** How long after the last move or resize the placement is written (a drag sends many). */
export const WINDOW_STATE_DELAY_MS = 1000;
export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
/** Smaller than this the window's controls do not fit; a saved size below it is raised. */
export const MIN_SIZE = { width: 640, height: 480 } as const;
/** How much of the window must lie on some display for it to be left where it was: enough to grab its title bar. */
const VISIBLE_ENOUGH = { width: 120, height: 40 } as const;
/** Displays remembered at most (a laptop docked at many desks): the oldest are forgotten. */
const MAX_DISPLAYS = 16;

export const emptyWindowState = (): WindowState => ({ version: 1, last: null, displays: {} });

/** A display's name in the file: its id and its size, so a change of resolution starts afresh. */
export const displayKey = (display: DisplayArea): string => `${display.id}@${display.bounds.width}x${display.bounds.height}`;

/** The file's content as a state; anything unreadable (not JSON, another shape, a future version) gives the empty state. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return emptyWindowState();
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyWindowState();
  } catch {
    return emptyWindowState();
  }
}

/** The state read from `file`; a missing or damaged file gives the empty state (the window opens at its defaults). */
export function loadWindowState(file: string): WindowState {
  let text: string | null = null;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    // no file yet (first start) or unreadable: start from the defaults
  }
  return parseWindowState(text);
}

/** Writes the state whole or not at all (a temporary file renamed over the old), so a crash mid-write leaves the previous one. */
export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state, null, 2));
  fs.renameSync(temporary, file);
}

/** The state with the window's placement on `display` remembered, and that display marked as the last. */
export function rememberPlacement(state: WindowState, display: DisplayArea, placement: WindowPlacement): WindowState {
  const key = displayKey(display);
  const others = Object.entries(state.displays).filter(([k]) => k !== key);
  const kept = others.slice(Math.max(0, others.length - (MAX_DISPLAYS - 1)));
  return { version: 1, last: key, displays: Object.fromEntries([...kept, [key, { bounds: roundRect(placement.bounds), maximized: placement.maximized }]]) };
}

/**
 * Where the window opens: as it was last closed, if that display is still there; else as it was on
 * the primary display; else at the default size centred on the primary display. Whatever is chosen
 * is then brought onto a display (see bringOntoDisplays).
 */
export function initialPlacement(state: WindowState, displays: readonly DisplayArea[], primary: DisplayArea): WindowPlacement {
  const present = new Set(displays.map(displayKey));
  const saved = (state.last !== null && present.has(state.last) ? state.displays[state.last] : undefined) ?? state.displays[displayKey(primary)];
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary.workArea), maximized: false };
  const bounds = { ...saved.bounds, width: Math.max(MIN_SIZE.width, saved.bounds.width), height: Math.max(MIN_SIZE.height, saved.bounds.height) };
  return { bounds: bringOntoDisplays(bounds, displays, primary), maximized: saved.maximized };
}

/**
 * The bounds unchanged when enough of the window lies on some display to grab it; otherwise moved
 * onto the display nearest to it (its size cut to that display's work area where larger).
 */
export function bringOntoDisplays(bounds: Rect, displays: readonly DisplayArea[], primary: DisplayArea): Rect {
  const areas = displays.length > 0 ? displays.map((d) => d.workArea) : [primary.workArea];
  if (areas.some((area) => visibleEnough(bounds, area))) return bounds;
  const centre = { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
  const nearest = areas.reduce((best, area) => (distanceTo(centre, area) < distanceTo(centre, best) ? area : best));
  return fitInto(bounds, nearest);
}

function visibleEnough(bounds: Rect, area: Rect): boolean {
  const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
  // the top edge (the title bar) must be on the display too: a window hanging from above cannot be moved
  const topOnDisplay = bounds.y >= area.y && bounds.y < area.y + area.height;
  return topOnDisplay && width >= Math.min(VISIBLE_ENOUGH.width, bounds.width) && height >= Math.min(VISIBLE_ENOUGH.height, bounds.height);
}

/** From a point to the nearest point of a rectangle (0 inside it). */
function distanceTo(point: { x: number; y: number }, area: Rect): number {
  const dx = Math.max(area.x - point.x, 0, point.x - (area.x + area.width));
  const dy = Math.max(area.y - point.y, 0, point.y - (area.y + area.height));
  return Math.hypot(dx, dy);
}

/** The rectangle moved (and shrunk where needed) to lie wholly inside `area`. */
function fitInto(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

const roundRect = (r: Rect): Rect => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) });
