import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityDoc } from '../../../../shared/entities';
import { useDiscardGuard } from '../records/use-discard-guard';
import { ActivityComposer } from './ActivityComposer';

/** Edits an activity in a dialog; closing with unsaved changes asks first. */
export function ActivityEditModal({ activity, onClose }: { activity: ActivityDoc | null; onClose(): void }) {
  const { t } = useTranslation('activities');
  const [dirty, setDirty] = useState(false);
  const { leave, discardModal } = useDiscardGuard(dirty);
  const close = () => void leave(() => { setDirty(false); onClose(); });
  return (
    <>
      <Modal opened={activity !== null} onClose={close} title={activity ? t('editTitle', { type: t(`type.${activity.type}`) }) : ''} size="lg" data-testid="activity-edit-modal">
        {activity && (
          <ActivityComposer
            key={activity.id}
            regardingType={activity.regardingType}
            regardingId={activity.regardingId}
            activity={activity}
            bare
            onDirtyChange={setDirty}
            onCancel={close}
            onSaved={() => { setDirty(false); onClose(); }}
          />
        )}
      </Modal>
      {discardModal}
    </>
  );
}
