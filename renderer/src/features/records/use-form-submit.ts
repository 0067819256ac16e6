import { useRef, type FormEvent, type MouseEvent } from 'react';

/**
 * Fields commit typed text on blur, and a committed error can shift the layout. Pressing
 * Save while such a field has focus would then lose the click (the button moves between
 * mousedown and mouseup) or save the text as it was before the blur. So Save acts on
 * mousedown: blur first, let React apply the commit, then run the latest save.
 */
export function useFormSubmit(save: () => Promise<void> | void) {
  const latest = useRef(save);
  latest.current = save;
  const pointerAt = useRef(0);

  const run = () => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    setTimeout(() => void latest.current(), 0);
  };

  return {
    formProps: {
      noValidate: true,
      onSubmit: (e: FormEvent) => {
        e.preventDefault();
        // The click that follows a handled mousedown must not save twice.
        if (Date.now() - pointerAt.current < 1000) return;
        run();
      },
    },
    submitButtonProps: {
      type: 'submit' as const,
      onMouseDown: (e: MouseEvent) => {
        if (e.button !== 0) return;
        e.preventDefault();
        pointerAt.current = Date.now();
        run();
      },
    },
  };
}
