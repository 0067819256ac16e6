import * as z from 'zod';
import { readJsonFile, writeJsonFileSync } from './json-file';
import { MIN_WINDOW_SIZE } from './security';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What we need of an Electron Display. */
export interface DisplayArea {
  workArea: Rect;
}

export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

const stateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  isMaximized: z.boolean(),
});

function intersectionArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function centeredIn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Bounds that are fully visible: saved bounds move onto the display they overlap most
 * and shrink to fit it; bounds on no display (a monitor was unplugged, resolution
 * changed) are centered on the primary display. So a window never opens off-screen.
 */
export function fitToDisplays(saved: Rect | null, displays: DisplayArea[], primary: DisplayArea): Rect {
  if (saved === null) return centeredIn(primary.workArea, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height);
  let best: DisplayArea | null = null;
  let bestArea = 0;
  for (const display of displays) {
    const area = intersectionArea(saved, display.workArea);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  const width = Math.max(saved.width, MIN_WINDOW_SIZE.width);
  const height = Math.max(saved.height, MIN_WINDOW_SIZE.height);
  if (best === null) return centeredIn(primary.workArea, width, height);
  const area = best.workArea;
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: clamp(saved.x, area.x, area.x + area.width - w),
    y: clamp(saved.y, area.y, area.y + area.height - h),
    width: w,
    height: h,
  };
}

export interface WindowStateStore {
  /** The saved state, or null when there is none or it is unreadable. */
  load(): WindowState | null;
  /** Synchronous: it runs from the window's 'close' event, just before the app quits. */
  save(state: WindowState): void;
}

export function createWindowStateStore(filePath: string): WindowStateStore {
  return {
    load: () => readJsonFile(filePath, stateSchema),
    save: (state) => writeJsonFileSync(filePath, state),
  };
}

export function restoreWindowState(store: WindowStateStore, displays: DisplayArea[], primary: DisplayArea): WindowState {
  const saved = store.load();
  return {
    bounds: fitToDisplays(saved?.bounds ?? null, displays, primary),
    isMaximized: saved?.isMaximized ?? false,
  };
}

/** What we need of a BrowserWindow to remember its state. */
export interface TrackedWindow {
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/**
 * Saves on close only: bounds while maximized are the normal (restored) bounds, so
 * un-maximizing next time returns to the size the user chose.
 */
export function trackWindowState(window: TrackedWindow, store: WindowStateStore, warn = console.warn): void {
  window.on('close', () => {
    try {
      const { x, y, width, height } = window.getNormalBounds();
      const bounds = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
      store.save({ bounds, isMaximized: window.isMaximized() });
    } catch (error) {
      warn(`Window state not saved: ${String(error)}`);
    }
  });
}
