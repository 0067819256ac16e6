import { Button, Group, Paper, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import {
  IconCalendarCheck, IconFileText, IconMail, IconMessage, IconNote, IconPhone, IconUsers,
} from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/dates';
import {
  PRIORITIES, type ActivityDoc, type ActivityInput, type FieldErrors, type RegardingType,
} from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { JalaliDateInput } from '../../ui/JalaliDateInput';
import { useFormSubmit } from '../records/use-form-submit';
import { saveActivity } from './activity-actions';
import {
  DAY_REMINDER_TIME, MAX_DURATION_MINUTES, REMINDER_MINUTES_BEFORE, draftErrors, draftFromDoc, draftToInput, emptyDraft, hasDirection,
  moveStart, reminderChoicesFor, scheduleOf, setPlanned, subjectFromBody, switchType, type ActivityDraft,
} from './activity-draft';
import { COMPOSER_TYPES, type ComposerType } from './activity-view';
import { TimeInput } from './TimeInput';
import { useAssignees } from './use-assignees';

export const COMPOSER_ICONS: Record<ComposerType, typeof IconNote> = {
  note: IconNote, call: IconPhone, meeting: IconUsers, task: IconCalendarCheck, email: IconMail, letter: IconFileText, sms: IconMessage,
};

export interface ActivityComposerProps {
  regardingType: RegardingType;
  regardingId: string;
  /** The type selected at first (default: note). */
  defaultType?: ComposerType;
  /** Schedule on this day (the calendar's "add on a day"). */
  defaultDate?: IsoDate;
  /** Edit this activity instead of logging a new one (its type stays). */
  activity?: ActivityDoc;
  onSaved?(doc: ActivityDoc): void;
  /** Shows a cancel button. */
  onCancel?(): void;
  /** Reports whether anything was typed (for a discard question). */
  onDirtyChange?(dirty: boolean): void;
  /** Without its own frame (inside a modal). */
  bare?: boolean;
}

/**
 * Logs or schedules an activity of any type on a record's timeline, each type with its
 * own fields: direction, minutes and outcome for calls; day, start, end and place for
 * meetings; due date and priority for tasks; a reminder and an assignee for what is to do.
 */
export function ActivityComposer({
  regardingType, regardingId, defaultType = 'note', defaultDate, activity, onSaved, onCancel, onDirtyChange, bare,
}: ActivityComposerProps) {
  const { t } = useTranslation('activities');
  const db = useDatabase();
  const assignees = useAssignees();
  const fresh = () => emptyDraft(defaultType, { now: new Date(), actor: currentActor(), date: defaultDate });
  const [draft, setDraftState] = useState<ActivityDraft>(() => (activity ? draftFromDoc(activity, currentActor()) : fresh()));
  const initial = useRef(JSON.stringify(draft));
  const [errors, setErrors] = useState<FieldErrors>({});
  // The meeting's times when the start field was entered: the end keeps that length.
  const startAtFocus = useRef<{ startText: string; endText: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const setDraft = (next: ActivityDraft) => {
    setDraftState(next);
    onDirtyChange?.(JSON.stringify(next) !== initial.current);
  };
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) => {
    setDraft({ ...draft, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: '' });
  };

  const fmt = useFormatters();
  // Error messages and labels that show numbers get them in the user's digits.
  const numbers = { example: fmt.digits('14:30'), max: fmt.number(MAX_DURATION_MINUTES), time: fmt.digits(DAY_REMINDER_TIME) };
  const err = (field: string) => (errors[field] ? t(errors[field], numbers) : undefined);
  const reminderLabel = (c: ActivityDraft['reminder']) => t(`reminder.${c}`, { ...numbers, n: fmt.number(REMINDER_MINUTES_BEFORE[c] ?? 0) });

  const schedule = scheduleOf(draft);
  const reminderChoices = reminderChoicesFor(draft);
  const { type } = draft;

  const submit = async () => {
    const actor = currentActor();
    const result = draftToInput(draft, { regardingType, regardingId, actor, now: new Date(), existing: activity });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    const saved = await saveActivity(db, result.input, actor, activity?.id);
    setSaving(false);
    if (!saved.ok) {
      setErrors(draftErrors(type, saved.errors));
      return;
    }
    setErrors({});
    if (!activity) {
      // Keep the type (and a chosen day) for the next entry; clear what was typed.
      const blank = emptyDraft(type, { now: new Date(), actor, date: defaultDate });
      const next = draft.planned ? setPlanned(blank, true, new Date()) : blank;
      initial.current = JSON.stringify(next);
      setDraft(next);
    } else {
      initial.current = JSON.stringify(draft);
      onDirtyChange?.(false);
    }
    onSaved?.(saved.doc);
  };

  const { formProps, submitButtonProps } = useFormSubmit(submit);

  const typeData = useMemo(
    () => COMPOSER_TYPES.map((value) => {
      const Icon = COMPOSER_ICONS[value];
      // The text sits directly in the segment's label, so "click the text" clicks the segment.
      return { value, label: <><Icon size={14} aria-hidden style={{ marginInlineEnd: 4, verticalAlign: -2 }} />{t(`composerType.${value}`)}</> };
    }),
    [t],
  );

  const directionLabel = (d: 'inbound' | 'outbound') => (type === 'call' ? t(`direction.${d}`) : t(`messageDirection.${d}`));
  const assigneeData = [
    { group: t('assignee.users'), items: assignees.users },
    { group: t('assignee.teams'), items: assignees.teams },
  ].filter((g) => g.items.length > 0);

  const form = (
    <form {...formProps} data-testid="activity-form" data-type={type}>
      <Stack gap="xs">
        <SegmentedControl
          value={type}
          onChange={(v) => { setDraft(switchType(draft, v as ComposerType, new Date())); setErrors({}); }}
          data={typeData}
          disabled={activity !== undefined}
          size="xs"
          fullWidth
          aria-label={t('fields.type')}
          data-testid="activity-type"
        />
        {type === 'call' && !activity && (
          <SegmentedControl
            value={draft.planned ? 'planned' : 'logged'}
            onChange={(v) => setDraft(setPlanned(draft, v === 'planned', new Date()))}
            data={[{ value: 'logged', label: t('call.logged') }, { value: 'planned', label: t('call.planned') }]}
            size="xs"
            aria-label={t('call.kind')}
            data-testid="call-kind"
          />
        )}
        {!subjectFromBody(type) && (
          <TextInput label={t('fields.subject')} value={draft.subject} onChange={(e) => set('subject', e.currentTarget.value)} dir="auto" withAsterisk error={err('subject')} data-testid="activity-subject" />
        )}
        <Textarea
          label={type === 'note' ? t('fields.note') : type === 'sms' ? t('fields.smsText') : t('fields.details')}
          value={draft.body} onChange={(e) => set('body', e.currentTarget.value)} dir="auto" autosize minRows={2} maxRows={10}
          withAsterisk={subjectFromBody(type)} error={err('body')} data-testid="activity-body"
        />
        {schedule === 'timed' && (
          <Group grow align="flex-start">
            <JalaliDateInput label={type === 'meeting' ? t('fields.meetingDate') : t('fields.callDate')} value={draft.date} onChange={(v) => set('date', v)} required error={err('date')} data-testid="activity-date" />
            <TimeInput label={t('fields.startTime')} value={draft.startText}
              onFocus={() => { startAtFocus.current = { startText: draft.startText, endText: draft.endText }; }}
              onChange={(v) => { setDraft(moveStart(draft, v, startAtFocus.current ?? draft)); setErrors({ ...errors, startText: '', endText: '' }); }} required error={err('startText')} data-testid="activity-start" />
            {type === 'meeting' && (
              <TimeInput label={t('fields.endTime')} value={draft.endText} onChange={(v) => set('endText', v)} error={err('endText')} data-testid="activity-end" />
            )}
          </Group>
        )}
        {type === 'meeting' && (
          <TextInput label={t('fields.location')} value={draft.location} onChange={(e) => set('location', e.currentTarget.value)} dir="auto" error={err('location')} data-testid="activity-location" />
        )}
        {hasDirection(type) && (
          <Group grow align="flex-start">
            <Select
              label={type === 'call' ? t('fields.direction') : t('fields.messageDirection')}
              value={draft.direction || 'outbound'}
              onChange={(v) => set('direction', (v ?? 'outbound') as ActivityInput['direction'])}
              allowDeselect={false}
              data={(['outbound', 'inbound'] as const).map((d) => ({ value: d, label: directionLabel(d) }))}
              data-testid="activity-direction"
            />
            {type === 'call' && (
              <TextInput label={t('fields.durationMinutes')} value={draft.durationText} onChange={(e) => set('durationText', e.currentTarget.value)} dir="ltr" inputMode="numeric" error={err('durationMinutes')} data-testid="activity-duration" />
            )}
            {type === 'call' && (
              <TextInput label={t('fields.outcome')} value={draft.outcome} onChange={(e) => set('outcome', e.currentTarget.value)} dir="auto" error={err('outcome')} data-testid="activity-outcome" />
            )}
          </Group>
        )}
        {type === 'task' && (
          <Group grow align="flex-start">
            <JalaliDateInput label={t('fields.dueDate')} value={draft.date} onChange={(v) => set('date', v)} error={err('date')} data-testid="activity-due" />
            <Select label={t('fields.priority')} value={draft.priority} onChange={(v) => set('priority', (v ?? 'normal') as ActivityInput['priority'])} allowDeselect={false}
              data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} data-testid="activity-priority" />
          </Group>
        )}
        {schedule !== 'none' && (
          <Group grow align="flex-start">
            <Select
              label={t('fields.reminder')}
              value={reminderChoices.includes(draft.reminder) ? draft.reminder : 'none'}
              onChange={(v) => set('reminder', (v ?? 'none') as ActivityDraft['reminder'])}
              allowDeselect={false}
              data={reminderChoices.map((c) => ({ value: c, label: reminderLabel(c) }))}
              error={err('reminder')}
              data-testid="activity-reminder"
            />
            <Select
              label={t('fields.assignee')}
              value={draft.assignee}
              onChange={(v) => v && set('assignee', v)}
              allowDeselect={false}
              searchable
              data={assigneeData}
              nothingFoundMessage={t('assignee.nothingFound')}
              error={err('assigneeId')}
              data-testid="activity-assignee"
            />
          </Group>
        )}
        {draft.reminder === 'custom' && reminderChoices.includes('custom') && (
          <Group grow align="flex-start">
            <JalaliDateInput label={t('fields.reminderDate')} value={draft.reminderDate} onChange={(v) => set('reminderDate', v)} required error={err('reminderDate')} data-testid="activity-reminder-date" />
            <TimeInput label={t('fields.reminderTime')} value={draft.reminderTimeText} onChange={(v) => set('reminderTimeText', v)} required error={err('reminderTimeText')} data-testid="activity-reminder-time" />
          </Group>
        )}
        <Group justify="flex-end" gap="xs">
          {onCancel && <Button variant="default" size="xs" onClick={onCancel} data-testid="activity-cancel">{t('common:cancel')}</Button>}
          <Button {...submitButtonProps} size="xs" loading={saving} data-testid="activity-save">
            {activity ? t('saveChanges') : t(`save.${type}${type === 'call' && draft.planned ? 'Planned' : ''}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );

  return bare ? form : <Paper withBorder p="sm" data-testid="activity-composer">{form}</Paper>;
}
