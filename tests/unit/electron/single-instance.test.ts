import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { acquireSingleInstance, focusWindow } from '../../../electron/single-instance';

function fakeApp(gotLock: boolean) {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { requestSingleInstanceLock: vi.fn(() => gotLock), quit: vi.fn() });
}

function fakeWindow({ minimized = false, destroyed = false } = {}) {
  return {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('single instance', () => {
  it('the second process quits at once', () => {
    const app = fakeApp(false);
    expect(acquireSingleInstance(app as never, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the first process focuses (and restores) its window when a second one starts', () => {
    const app = fakeApp(true);
    const window = fakeWindow({ minimized: true });
    expect(acquireSingleInstance(app as never, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('copes with no window or a destroyed one', () => {
    const app = fakeApp(true);
    acquireSingleInstance(app as never, () => null);
    expect(() => app.emit('second-instance')).not.toThrow();
    const destroyed = fakeWindow({ destroyed: true });
    focusWindow(destroyed);
    expect(destroyed.focus).not.toHaveBeenCalled();
    const normal = fakeWindow();
    focusWindow(normal);
    expect(normal.restore).not.toHaveBeenCalled();
    expect(normal.focus).toHaveBeenCalledOnce();
  });
});
