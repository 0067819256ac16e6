import { useEffect, useRef, useState } from 'react';

/** What every tab of the sales settings gets from the page. */
export interface PanelProps {
  /** The signed-in user may not change reference data: show, do not edit. */
  readOnly: boolean;
  /** The tab has unsaved changes (the page marks its tab). */
  onDirtyChange(dirty: boolean): void;
}

/**
 * A form's draft of saved data. While the user has not changed anything the draft follows
 * the saved value (another admin's change arriving by sync shows up); once edited it stays
 * as typed until saved or discarded.
 */
export function useDraft<T>(saved: T | undefined, differs: (a: T, b: T) => boolean, onDirtyChange: (dirty: boolean) => void) {
  const [draft, setDraft] = useState<T | undefined>(saved);
  const [base, setBase] = useState<T | undefined>(saved);
  const dirty = draft !== undefined && base !== undefined && differs(base, draft);
  // Saved data changed: follow it unless the user is editing something else (after a save
  // the saved value equals the draft, so it is followed too).
  if (saved !== undefined && saved !== base && (base === undefined || draft === undefined || !dirty || !differs(saved, draft))) {
    setBase(saved);
    setDraft(saved);
  }
  const report = useRef(onDirtyChange);
  report.current = onDirtyChange;
  useEffect(() => report.current(dirty), [dirty]);
  return {
    draft,
    setDraft: setDraft as (next: T | ((d: T) => T)) => void,
    dirty,
    /** Back to the saved value. */
    reset: () => {
      setBase(saved);
      setDraft(saved);
    },
  };
}
