import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Switch, Table, Text, TextInput, Title, Tooltip, VisuallyHidden, useDirection } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { ltrFieldProps } from '../../ui/ltr-field';
import { useDiscardGuard } from '../records/use-discard-guard';
import { useDraft, type PanelProps } from './panel';
import { removeReferenceRows, saveReferenceRows, usePipelineStages, useReferenceRows } from './sales-reference';
import {
  canDeleteStage, draftFromStages, moveStage, newStageDraft, planStageSave, stagesDirty, type StageDraft, type StageErrors,
} from './stage-plan';
import { useOpenDealsByStage } from './use-sales-data';

const NO_DEALS: ReadonlyMap<string, number> = new Map();

/** The pipeline stages (مراحل فروش): order, names, default probabilities, active or not. */
export function StagesPanel({ readOnly, onDirtyChange }: PanelProps) {
  const { t } = useTranslation('salesSettings');
  const { dir } = useDirection();
  const fmt = useFormatters();
  const db = useDatabase();
  const stages = usePipelineStages();
  const savedRows = useReferenceRows('pipelineStage');
  const openDeals = useOpenDealsByStage() ?? NO_DEALS;
  const saved = useMemo(() => (stages ? draftFromStages(stages) : undefined), [stages]);
  const { draft, setDraft, dirty, reset } = useDraft(saved, stagesDirty, onDirtyChange);
  const { leave, discardModal } = useDiscardGuard(dirty);
  const [errors, setErrors] = useState<StageErrors>({});
  const [listError, setListError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // After a move, add or delete, focus goes where the keyboard user expects it.
  const [focus, setFocus] = useState<{ id: string; target: 'name' | 'up' | 'down' } | { id: null; target: 'add' } | null>(null);

  useEffect(() => {
    if (!focus) return;
    const selector = focus.id === null
      ? '[data-testid=stage-add]'
      : `[data-stage-id="${focus.id}"] [data-focus="${focus.target}"]`;
    let element = document.querySelector<HTMLElement>(selector);
    // A stage moved to the top cannot move further up: keep focus on the row's other arrow.
    if (element?.hasAttribute('disabled') && focus.id !== null) {
      element = document.querySelector<HTMLElement>(`[data-stage-id="${focus.id}"] [data-focus="${focus.target === 'up' ? 'down' : 'up'}"]`);
    }
    element?.focus();
    setFocus(null);
  }, [focus, draft]);

  if (!draft || !savedRows) return null;
  const builtIn = draft.some((s) => s.builtIn);

  const update = (id: string, patch: Partial<StageDraft>) => {
    setDraft(draft.map((s) => (s.id === id ? { ...s, ...patch } : s)));
    if (errors[id]) setErrors({ ...errors, [id]: {} });
  };
  const move = (index: number, delta: number, target: 'name' | 'up' | 'down') => {
    const stage = draft[index];
    if (!stage) return;
    setDraft(moveStage(draft, index, delta));
    setFocus({ id: stage.id, target });
  };
  const add = () => {
    const stage = newStageDraft('', 50);
    setDraft([...draft, stage]);
    setFocus({ id: stage.id, target: 'name' });
  };
  const remove = (index: number) => {
    const next = draft.filter((_, i) => i !== index);
    setDraft(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    setFocus(neighbour ? { id: neighbour.id, target: 'name' } : { id: null, target: 'add' });
  };
  const onRowKey = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const target = (event.target as HTMLElement).getAttribute('data-focus');
    move(index, event.key === 'ArrowUp' ? -1 : 1, target === 'up' || target === 'down' ? target : 'name');
  };

  const save = async () => {
    const plan = planStageSave(savedRows, draft, openDeals);
    setErrors(plan.errors);
    setListError(plan.listError);
    if (!plan.ok) return;
    setSaving(true);
    try {
      const result = await saveReferenceRows(db, 'pipelineStage', plan.upserts, currentActor());
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      await removeReferenceRows(db, 'pipelineStage', plan.removals);
      notifications.show({ color: 'teal', message: t('stages.saved') });
    } catch (err) {
      console.error('saving stages failed', err);
      notifications.show({ color: 'red', message: t('saveFailed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md" data-testid="stages-panel">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t('stages.title')}</Title>
          <Text size="sm" c="dimmed">{t('stages.hint')}</Text>
          {builtIn && <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="stages-builtin">{t('stages.builtInNote')}</Alert>}
          <Table verticalSpacing="xs" data-testid="stages-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>{t('stages.order')}</Table.Th>
                <Table.Th>{t('stages.name')}</Table.Th>
                <Table.Th w={130}>{t('stages.probability')}</Table.Th>
                <Table.Th w={90}>{t('stages.active')}</Table.Th>
                <Table.Th w={110}>{t('stages.openDeals')}</Table.Th>
                {!readOnly && <Table.Th w={130}><VisuallyHidden>{t('stages.actions')}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.map((stage, index) => {
                const n = fmt.number(index + 1);
                const deals = openDeals.get(stage.id) ?? 0;
                const deletable = canDeleteStage(stage, openDeals);
                const own = errors[stage.id] ?? {};
                return (
                  <Table.Tr key={stage.id} data-stage-id={stage.id} data-testid="stage-row" onKeyDown={(e) => onRowKey(e, index)} opacity={stage.active ? 1 : 0.6}>
                    <Table.Td>{n}</Table.Td>
                    <Table.Td>
                      <TextInput
                        value={stage.name}
                        onChange={(e) => update(stage.id, { name: e.currentTarget.value })}
                        aria-label={t('stages.nameOf', { n })}
                        dir="auto"
                        maxLength={80}
                        disabled={readOnly}
                        error={own.name && t(own.name)}
                        placeholder={t('stages.namePlaceholder')}
                        data-focus="name"
                        data-testid="stage-name"
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        value={fmt.digits(stage.probability)}
                        onChange={(e) => update(stage.id, { probability: e.currentTarget.value })}
                        aria-label={t('stages.probabilityOf', { n })}
                        {...ltrFieldProps(dir, <Text size="sm" c="dimmed">{t('stages.percentSign')}</Text>)}
                        inputMode="numeric"
                        maxLength={4}
                        disabled={readOnly}
                        error={own.probability && t(own.probability)}
                        data-testid="stage-probability"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        checked={stage.active}
                        onChange={(e) => update(stage.id, { active: e.currentTarget.checked })}
                        aria-label={t('stages.activeOf', { n })}
                        disabled={readOnly}
                        data-testid="stage-active"
                      />
                    </Table.Td>
                    <Table.Td>
                      {deals > 0 ? <Badge variant="light">{t('stages.deals', { count: deals, n: fmt.number(deals) })}</Badge> : <Text size="sm" c="dimmed">—</Text>}
                    </Table.Td>
                    {!readOnly && (
                      <Table.Td>
                        <Group gap={2} wrap="nowrap" justify="flex-end">
                          <ActionIcon variant="subtle" aria-label={t('stages.moveUp', { n })} disabled={index === 0} onClick={() => move(index, -1, 'up')} data-focus="up" data-testid="stage-up">
                            <IconArrowUp size={16} />
                          </ActionIcon>
                          <ActionIcon variant="subtle" aria-label={t('stages.moveDown', { n })} disabled={index === draft.length - 1} onClick={() => move(index, 1, 'down')} data-focus="down" data-testid="stage-down">
                            <IconArrowDown size={16} />
                          </ActionIcon>
                          <Tooltip label={deletable ? t('stages.delete') : t('stages.cannotDelete', { count: deals, n: fmt.number(deals) })} multiline w={240}>
                            {/* A disabled button gets no hover or focus: the wrapper keeps the reason reachable. */}
                            <span tabIndex={deletable ? -1 : 0} aria-label={deletable ? undefined : t('stages.cannotDelete', { count: deals, n: fmt.number(deals) })}>
                              <ActionIcon variant="subtle" color="red" aria-label={t('stages.deleteOf', { n })} disabled={!deletable} onClick={() => remove(index)} data-testid="stage-delete">
                                <IconTrash size={16} />
                              </ActionIcon>
                            </span>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {!readOnly && (
            <Group justify="space-between" wrap="wrap">
              <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} data-testid="stage-add">{t('stages.add')}</Button>
              <Text size="xs" c="dimmed">{t('stages.keyboardHint')}</Text>
            </Group>
          )}
          <Text size="sm" c="dimmed">{t('stages.deleteRule')}</Text>
          {listError && <Alert color="red" data-testid="stages-error">{t(listError)}</Alert>}
        </Stack>
      </Paper>
      {!readOnly && (
        <Group justify="flex-end">
          {dirty && <Button variant="default" onClick={() => void leave(reset)} data-testid="stages-discard">{t('discardChanges')}</Button>}
          <Button onClick={() => void save()} loading={saving} disabled={!dirty && !builtIn} data-testid="stages-save">{t('save')}</Button>
        </Group>
      )}
      {discardModal}
    </Stack>
  );
}
