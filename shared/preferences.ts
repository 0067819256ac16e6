import type { DigitStyle } from './text/digits';

export type Language = 'fa' | 'en';
export type CalendarSystem = 'jalali' | 'gregorian';
/** How IRR amounts are shown; the stored currency is always IRR (toman is not an ISO code). */
export type IrrDisplayUnit = 'rial' | 'toman';

/** The user's display preferences; each is independent of the others. */
export interface DisplayPrefs {
  language: Language;
  calendar: CalendarSystem;
  digits: DigitStyle;
  irrUnit: IrrDisplayUnit;
}

export const DEFAULT_PREFS: Record<Language, DisplayPrefs> = {
  fa: { language: 'fa', calendar: 'jalali', digits: 'persian', irrUnit: 'toman' },
  en: { language: 'en', calendar: 'gregorian', digits: 'latin', irrUnit: 'rial' },
};
