import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal, type ConfirmOptions } from './ConfirmModal';

// First Strong Isolate … Pop Directional Isolate: a Latin name inside a Persian sentence
// (or the reverse) keeps its own direction in a plain string, where <bdi> cannot go.
const isolate = (text: string) => `\u2068${text}\u2069`;

export interface UseConfirm {
  /** Resolves true on confirm, false on cancel, Escape or a click outside. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** «حذف «نام» ؟» with a red button. */
  confirmDelete(name: string): Promise<boolean>;
  /** Render this once in the component that calls confirm(). */
  confirmModal: ReactNode;
}

/**
 * Promise-based confirmation on a plain Mantine Modal (@mantine/modals is not installed):
 *   const { confirmDelete, confirmModal } = useConfirm();
 *   if (await confirmDelete(contact.name)) remove(contact);
 */
export function useConfirm(): UseConfirm {
  const { t } = useTranslation('ui');
  const [options, setOptions] = useState<ConfirmOptions | null>(null);
  // Kept apart from `options` so the title does not blank out during the closing transition.
  const [opened, setOpened] = useState(false);
  const resolver = useRef<((answer: boolean) => void) | null>(null);

  const answer = useCallback((value: boolean) => {
    resolver.current?.(value);
    resolver.current = null;
    setOpened(false);
  }, []);

  const confirm = useCallback((next: ConfirmOptions) => {
    resolver.current?.(false); // a second question replaces (and declines) the first
    setOptions(next);
    setOpened(true);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const confirmDelete = useCallback(
    (name: string) =>
      confirm({
        title: t('confirm.deleteTitle'),
        message: t('confirm.deleteMessage', { name: isolate(name) }),
        confirmLabel: t('confirm.delete'),
        danger: true,
      }),
    [confirm, t],
  );

  const confirmModal = (
    <ConfirmModal
      opened={opened}
      title={options?.title ?? ''}
      message={options?.message}
      confirmLabel={options?.confirmLabel}
      cancelLabel={options?.cancelLabel}
      danger={options?.danger}
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    />
  );

  return { confirm, confirmDelete, confirmModal };
}
