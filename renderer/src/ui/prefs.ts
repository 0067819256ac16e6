import { useShallow } from 'zustand/react/shallow';
import type { DisplayPrefs } from '../../../shared/preferences';
import { selectDisplayPrefs, usePreferences } from '../app/preferences-store';

/** The user's language, calendar, digits and rial/toman choice; re-renders only when one changes. */
export function useDisplayPrefs(): DisplayPrefs {
  return usePreferences(useShallow(selectDisplayPrefs));
}
