import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  createWindowStateStore,
  fitToDisplays,
  restoreWindowState,
  trackWindowState,
  type DisplayArea,
  type Rect,
} from '../../../electron/window-state';

const primary: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
// A second monitor on the left of the primary one (negative coordinates are normal).
const left: DisplayArea = { workArea: { x: -1280, y: 0, width: 1280, height: 984 } };

function isInside(rect: Rect, area: Rect): boolean {
  return rect.x >= area.x && rect.y >= area.y && rect.x + rect.width <= area.x + area.width && rect.y + rect.height <= area.y + area.height;
}

describe('fitToDisplays', () => {
  it('keeps bounds that are already visible', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800 };
    expect(fitToDisplays(saved, [primary, left], primary)).toEqual(saved);
    const onLeft = { x: -1200, y: 10, width: 1000, height: 700 };
    expect(fitToDisplays(onLeft, [primary, left], primary)).toEqual(onLeft);
  });

  it('centers the default size on the primary display when nothing was saved', () => {
    const bounds = fitToDisplays(null, [primary], primary);
    expect(bounds).toEqual({ x: 320, y: 120, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height });
  });

  it('moves bounds from an unplugged monitor onto the primary display', () => {
    const saved = { x: -1200, y: 10, width: 1000, height: 700 }; // the left monitor is gone
    const bounds = fitToDisplays(saved, [primary], primary);
    expect(isInside(bounds, primary.workArea)).toBe(true);
    expect(bounds).toMatchObject({ width: 1000, height: 700 });
  });

  it('moves far off-screen bounds onto a display', () => {
    for (const saved of [
      { x: 50_000, y: 50_000, width: 900, height: 600 },
      { x: -50_000, y: -50_000, width: 900, height: 600 },
    ]) {
      expect(isInside(fitToDisplays(saved, [primary, left], primary), primary.workArea)).toBe(true);
    }
  });

  it('pulls a partly visible window fully onto the display it overlaps most', () => {
    const saved = { x: 1700, y: 900, width: 1000, height: 700 };
    const bounds = fitToDisplays(saved, [primary, left], primary);
    expect(isInside(bounds, primary.workArea)).toBe(true);
    expect(bounds).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display and enforces the minimum size', () => {
    const huge = fitToDisplays({ x: 0, y: 0, width: 5000, height: 3000 }, [primary], primary);
    expect(huge).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    const tiny = fitToDisplays({ x: 10, y: 10, width: 50, height: 40 }, [primary], primary);
    expect(tiny.width).toBeGreaterThanOrEqual(800);
    expect(tiny.height).toBeGreaterThanOrEqual(560);
  });
});

describe('window state store', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peyvand-window-'));
    file = path.join(dir, 'window-state.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('saves and restores size, position and maximized state', () => {
    const store = createWindowStateStore(file);
    store.save({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, isMaximized: true });
    expect(restoreWindowState(createWindowStateStore(file), [primary], primary)).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      isMaximized: true,
    });
  });

  it.each(['{ not json', '[]', '{"bounds":{"x":"a"},"isMaximized":false}', '{"bounds":{"x":1,"y":1,"width":-5,"height":9},"isMaximized":false}', ''])(
    'ignores a corrupt file: %s',
    (content) => {
      fs.writeFileSync(file, content);
      const state = restoreWindowState(createWindowStateStore(file), [primary], primary);
      expect(state.isMaximized).toBe(false);
      expect(state.bounds).toEqual(fitToDisplays(null, [primary], primary));
    },
  );

  it('a missing file means defaults', () => {
    expect(createWindowStateStore(file).load()).toBeNull();
  });

  it('saves the normal bounds when the window closes', () => {
    const listeners: Record<string, () => void> = {};
    const window = {
      on: (event: 'close', listener: () => void) => (listeners[event] = listener),
      getNormalBounds: () => ({ x: 5.4, y: 6, width: 1100.6, height: 720 }),
      isMaximized: () => true,
    };
    const store = createWindowStateStore(file);
    trackWindowState(window, store);
    listeners.close!();
    expect(store.load()).toEqual({ bounds: { x: 5, y: 6, width: 1101, height: 720 }, isMaximized: true });
  });

  it('a failed save never blocks closing the window', () => {
    const listeners: Record<string, () => void> = {};
    const window = { on: (e: 'close', l: () => void) => (listeners[e] = l), getNormalBounds: () => ({ x: 0, y: 0, width: 900, height: 600 }), isMaximized: () => false };
    const warn = vi.fn();
    trackWindowState(window, { load: () => null, save: () => { throw new Error('disk full'); } }, warn);
    expect(() => listeners.close!()).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('disk full'));
  });
});
