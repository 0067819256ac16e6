import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../ui/useConfirm';

/** Leaving a form with unsaved changes asks first; an untouched form just leaves. */
export function useDiscardGuard(dirty: boolean) {
  const { t } = useTranslation();
  const { confirm, confirmModal } = useConfirm();
  const leave = async (go: () => void) => {
    if (!dirty) return go();
    const yes = await confirm({
      title: t('discardTitle'),
      message: t('discardBody'),
      confirmLabel: t('discard'),
      cancelLabel: t('keepEditing'),
      danger: true,
    });
    if (yes) go();
  };
  return { leave, discardModal: confirmModal };
}
