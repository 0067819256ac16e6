import { useEffect, useState } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { todayIso, type IsoDate } from '../../../../shared/dates';
import type { AgendaScope } from './activity-queries';

interface CalendarPrefs {
  scope: AgendaScope;
  setScope(scope: AgendaScope): void;
}

/** Whose work the agenda and the calendar show, remembered on this device. */
export const useCalendarPrefs = create<CalendarPrefs>()(
  persist((set) => ({ scope: 'mine', setScope: (scope) => set({ scope }) }), { name: 'peyvand.calendar', version: 1 }),
);

/** Today's business date, rolling over at Tehran midnight while the screen stays open. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
