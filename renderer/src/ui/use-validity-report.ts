import { useEffect, useRef } from 'react';

/**
 * Tells the parent form when a field's validity changes (not on every render). A field
 * starts valid, so nothing is reported until it first turns invalid; a field that
 * unmounts while invalid reports valid, since its unreadable text is gone with it.
 */
export function useValidityReport(valid: boolean, onValidityChange: ((valid: boolean) => void) | undefined): void {
  const reported = useRef(true);
  const callback = useRef(onValidityChange);
  useEffect(() => {
    callback.current = onValidityChange;
  });
  useEffect(() => {
    if (reported.current === valid) return;
    reported.current = valid;
    callback.current?.(valid);
  }, [valid]);
  useEffect(
    () => () => {
      if (!reported.current) callback.current?.(true);
    },
    [],
  );
}
