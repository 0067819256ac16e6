import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';

/** A screen's code could not be read (offline in the browser edition, or the app was updated while open): say so and offer a reload. */
export function ScreenLoadFailed() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconRefresh size={36} stroke={1.5} />}
      title={t('screenLoadFailed.title')}
      description={t('screenLoadFailed.body')}
      action={{ label: t('screenLoadFailed.reload'), onClick: () => window.location.reload() }}
    />
  );
}
