import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';

/** A screen's code could not be read (e.g. the app was updated while open): say so and offer a reload. */
export function ScreenLoadFailed() {
  const { t } = useTranslation('opportunities');
  return (
    <EmptyState
      icon={<IconRefresh size={36} stroke={1.5} />}
      title={t('loadFailed.title')}
      description={t('loadFailed.body')}
      action={{ label: t('loadFailed.reload'), onClick: () => window.location.reload() }}
    />
  );
}
