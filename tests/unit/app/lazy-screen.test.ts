// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The failure screen itself is a translated EmptyState; here only whether it shows matters.
vi.mock('../../../renderer/src/app/ScreenLoadFailed', () => ({ ScreenLoadFailed: () => createElement('p', { id: 'failed' }, 'failed') }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function freshModule() {
  vi.resetModules();
  return import('../../../renderer/src/app/lazy-screen');
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});

describe('lazy screens', () => {
  it('prefetches every declared screen once, in declaration order', async () => {
    const { lazyScreen, prefetchLazyScreens } = await freshModule();
    const order: string[] = [];
    const make = (name: string) => lazyScreen(async () => {
      order.push(name);
      return () => createElement('p', null, name);
    });
    make('board');
    make('detail');
    make('quote-editor');
    await prefetchLazyScreens();
    await prefetchLazyScreens();
    expect(order).toEqual(['board', 'detail', 'quote-editor']);
  });

  it('a failed load (offline) is retried at the next attempt instead of being remembered', async () => {
    const { lazyScreen } = await freshModule();
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(() => null);
    const screen = lazyScreen(load);
    await screen.prefetch();
    await screen.prefetch();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the load-failed screen instead of throwing out of render, and the screen once its code is in', async () => {
    const { lazyScreen } = await freshModule();
    let fail = true;
    const screen = lazyScreen(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return () => createElement('p', { id: 'editor' }, 'editor');
    });
    const root = createRoot(document.getElementById('root')!);
    await act(async () => root.render(createElement(screen.Screen)));
    expect(document.getElementById('failed')).not.toBeNull();
    fail = false;
    await act(async () => root.unmount());
    const again = createRoot(document.getElementById('root')!);
    await act(async () => again.render(createElement(screen.Screen)));
    expect(document.getElementById('editor')).not.toBeNull();
    await act(async () => again.unmount());
  });
});
