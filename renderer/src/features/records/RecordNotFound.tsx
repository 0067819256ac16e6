import { IconQuestionMark } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { EmptyState } from '../../ui/EmptyState';

export function RecordNotFound({ backTo }: { backTo: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <EmptyState
      icon={<IconQuestionMark size={40} />}
      title={t('notFoundTitle')}
      description={t('notFoundBody')}
      action={{ label: t('backToList'), onClick: () => navigate(backTo) }}
    />
  );
}
