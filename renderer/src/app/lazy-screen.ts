import { createElement, useEffect, useState, type ComponentType } from 'react';
import { ScreenLoadFailed } from './ScreenLoadFailed';

export interface LazyScreen {
  Screen: ComponentType;
  /** Loads the screen's code now; settles when it is in (a failure is retried at the next attempt). */
  prefetch(): Promise<void>;
}

/** Every lazy screen, in the order the features declared them (most wanted first). */
const screens: LazyScreen[] = [];

/**
 * A screen whose code loads when first needed, so the code every start parses stays small
 * (the board's drag-and-drop library, the quote editor and print view). Every such screen
 * is also fetched once the app is idle after starting (`prefetchLazyScreens`): its first
 * visit then does not wait, and a screen first opened offline does not need the network
 * (the browser edition has no other copy of these files).
 *
 * Not React.lazy: a Suspense boundary holds revealed content back for up to 300 ms (React's
 * fallback throttling), which a prefetched screen does not need to wait for; and a failed
 * load shows ScreenLoadFailed instead of an error thrown out of render.
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const get = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // try again next time
        throw error;
      },
    ));
  function Screen() {
    const [state, setState] = useState<{ component: ComponentType | null; failed: boolean }>(() => ({ component: loaded, failed: false }));
    useEffect(() => {
      if (state.component || state.failed) return;
      let live = true;
      get().then(
        (component) => live && setState({ component, failed: false }),
        () => live && setState({ component: null, failed: true }),
      );
      return () => {
        live = false;
      };
    }, [state]);
    if (state.failed) return createElement(ScreenLoadFailed);
    return state.component ? createElement(state.component) : null;
  }
  const screen: LazyScreen = { Screen, prefetch: () => get().then(() => undefined, () => undefined) };
  screens.push(screen);
  return screen;
}

/** Loads every lazy screen's code, one after the other (the start's own work goes between), in declaration order. */
export async function prefetchLazyScreens(): Promise<void> {
  for (const screen of screens) await screen.prefetch();
}
