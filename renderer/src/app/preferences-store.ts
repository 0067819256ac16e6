import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_PREFS, type DisplayPrefs, type Language } from '../../../shared/preferences';

interface PreferencesState extends DisplayPrefs {
  /**
   * Switching language also switches calendar and digits to that language's habits; each
   * can then be changed on its own. The rial/toman choice is kept.
   */
  setLanguage(language: Language): void;
  setPrefs(patch: Partial<Omit<DisplayPrefs, 'language'>>): void;
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFS.fa,
      setLanguage: (language) => {
        const { calendar, digits } = DEFAULT_PREFS[language];
        set({ language, calendar, digits });
      },
      setPrefs: (patch) => set(patch),
    }),
    { name: 'peyvand.preferences', version: 1 },
  ),
);

export const selectDisplayPrefs = (s: PreferencesState): DisplayPrefs => ({
  language: s.language, calendar: s.calendar, digits: s.digits, irrUnit: s.irrUnit,
});
