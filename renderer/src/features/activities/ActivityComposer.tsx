import { Button, Group, Paper, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { IconCalendarCheck, IconNote, IconPhone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CALL_DIRECTIONS, PRIORITIES, type ActivityInput, type FieldErrors, type RegardingType,
} from '../../../../shared/entities';
import { toLatinDigits } from '../../../../shared/text/digits';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { JalaliDateInput } from '../../ui/JalaliDateInput';
import { errorFor } from '../records/form-fields';
import { useFormSubmit } from '../records/use-form-submit';
import { saveActivity } from './activity-actions';

type ComposerType = 'note' | 'call' | 'task';

const NOTE_SUBJECT_MAX = 80;

/** Logs a note, a call or a task on a record's timeline. */
export function ActivityComposer({ regardingType, regardingId }: { regardingType: RegardingType; regardingId: string }) {
  const { t } = useTranslation('activities');
  const db = useDatabase();
  const [type, setType] = useState<ComposerType>('note');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [priority, setPriority] = useState<ActivityInput['priority']>('normal');
  const [direction, setDirection] = useState<ActivityInput['direction']>('outbound');
  const [duration, setDuration] = useState('');
  const [outcome, setOutcome] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const reset = () => {
    setSubject(''); setBody(''); setDueDate(''); setPriority('normal'); setDuration(''); setOutcome(''); setErrors({});
  };

  const submit = async () => {
    const actor = currentActor();
    const durationText = toLatinDigits(duration.trim());
    if (type === 'call' && durationText && !/^\d{1,4}$/.test(durationText)) {
      setErrors({ durationMinutes: 'validation:invalidNumber' });
      return;
    }
    // A note is one text; its first line doubles as the subject shown in lists.
    const noteSubject = body.trim().split('\n')[0]?.slice(0, NOTE_SUBJECT_MAX) ?? '';
    const input: ActivityInput = {
      type,
      regardingType,
      regardingId,
      subject: type === 'note' ? noteSubject : subject,
      body,
      occurredAt: new Date().toISOString(),
      status: type === 'task' ? 'open' : 'done',
      dueDate: type === 'task' ? dueDate : '',
      priority: type === 'task' ? priority : 'normal',
      direction: type === 'call' ? direction : '',
      durationMinutes: type === 'call' && durationText ? Number(durationText) : null,
      outcome: type === 'call' ? outcome : '',
      assigneeType: 'user',
      assigneeId: actor.userId,
      completedAt: null,
      ownerId: actor.userId,
    };
    setSaving(true);
    const result = await saveActivity(db, input, actor);
    setSaving(false);
    if (!result.ok) {
      setErrors(type === 'note' && result.errors.subject ? { body: result.errors.subject } : result.errors);
      return;
    }
    reset();
  };

  const { formProps, submitButtonProps } = useFormSubmit(submit);

  return (
    <Paper withBorder p="sm" data-testid="activity-composer">
      <form {...formProps}>
        <Stack gap="xs">
          <SegmentedControl
            value={type}
            onChange={(v) => { setType(v as ComposerType); setErrors({}); }}
            data={[
              { value: 'note', label: <Group gap={4} wrap="nowrap"><IconNote size={14} />{t('type.note')}</Group> },
              { value: 'call', label: <Group gap={4} wrap="nowrap"><IconPhone size={14} />{t('type.call')}</Group> },
              { value: 'task', label: <Group gap={4} wrap="nowrap"><IconCalendarCheck size={14} />{t('type.task')}</Group> },
            ]}
            data-testid="activity-type"
          />
          {type !== 'note' && (
            <TextInput label={t('fields.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} dir="auto" withAsterisk error={errorFor(errors, t, 'subject')} data-testid="activity-subject" />
          )}
          <Textarea
            label={type === 'note' ? t('fields.note') : t('fields.details')}
            value={body} onChange={(e) => setBody(e.currentTarget.value)} dir="auto" autosize minRows={2}
            withAsterisk={type === 'note'} error={errorFor(errors, t, 'body')} data-testid="activity-body"
          />
          {type === 'call' && (
            <Group grow>
              <Select label={t('fields.direction')} value={direction} onChange={(v) => setDirection((v ?? 'outbound') as ActivityInput['direction'])} allowDeselect={false}
                data={CALL_DIRECTIONS.filter(Boolean).map((d) => ({ value: d, label: t(`direction.${d}`) }))} />
              <TextInput label={t('fields.durationMinutes')} value={duration} onChange={(e) => setDuration(e.currentTarget.value)} dir="ltr" inputMode="numeric" error={errorFor(errors, t, 'durationMinutes')} data-testid="activity-duration" />
              <TextInput label={t('fields.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} dir="auto" />
            </Group>
          )}
          {type === 'task' && (
            <Group grow align="flex-start">
              <JalaliDateInput label={t('fields.dueDate')} value={dueDate} onChange={setDueDate} error={errorFor(errors, t, 'dueDate')} data-testid="activity-due" />
              <Select label={t('fields.priority')} value={priority} onChange={(v) => setPriority((v ?? 'normal') as ActivityInput['priority'])} allowDeselect={false}
                data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
            </Group>
          )}
          <Group justify="flex-end">
            <Button {...submitButtonProps} size="xs" loading={saving} data-testid="activity-save">{t(`save.${type}`)}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
