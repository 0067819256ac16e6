import { Modal, Select, Stack, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/dates';
import type { RegardingType } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { ActivityComposer } from '../activities/ActivityComposer';
import { useDiscardGuard } from '../records/use-discard-guard';
import { getSearchService, useSearchStatus } from '../search/search-service';

const RESULT_LIMIT = 12;
/** What an activity added from the calendar can be about (the quick search finds more kinds). */
const REGARDING_KINDS = ['account', 'contact'] as const;

export interface NewActivityModalProps {
  /** The day to schedule on; null when closed. */
  date: IsoDate | null;
  onClose(): void;
}

/**
 * Adds an activity on a day from the calendar: first the record it is about (an account
 * or a contact, found by name, phone or email), then the composer, set to a meeting on
 * that day.
 */
export function NewActivityModal({ date, onClose }: NewActivityModalProps) {
  const { t } = useTranslation('calendar');
  const fmt = useFormatters();
  const searchReady = useSearchStatus((s) => s.ready);
  const [query, setQuery] = useState('');
  const [regarding, setRegarding] = useState<{ type: RegardingType; id: string; label: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const { leave, discardModal } = useDiscardGuard(dirty);

  const hits = useMemo(
    () => (query.trim() && searchReady ? getSearchService()?.index.search(query, { limit: RESULT_LIMIT, kinds: REGARDING_KINDS }) ?? [] : []),
    [query, searchReady],
  );
  const options = hits.map((h) => ({
    value: `${h.kind}:${h.id}`,
    label: `${h.title} — ${t(`regardingKind.${h.kind}`)}${h.subtitle ? ` · ${h.subtitle}` : ''}`,
  }));
  const reset = () => { setQuery(''); setRegarding(null); setDirty(false); };
  const close = () => void leave(() => { reset(); onClose(); });

  return (
    <>
      <Modal
        opened={date !== null}
        onClose={close}
        size="lg"
        title={date ? t('addOnTitle', { date: fmt.date(date, 'long') }) : ''}
        data-testid="new-activity-modal"
      >
        <Stack gap="sm">
          <Select
            label={t('regarding')}
            description={searchReady ? undefined : t('searchLoading')}
            placeholder={t('regardingPlaceholder')}
            searchable
            searchValue={query}
            onSearchChange={setQuery}
            data={regarding && !options.some((o) => o.value === `${regarding.type}:${regarding.id}`)
              ? [{ value: `${regarding.type}:${regarding.id}`, label: regarding.label }, ...options]
              : options}
            value={regarding ? `${regarding.type}:${regarding.id}` : null}
            onChange={(value, option) => {
              if (!value) return setRegarding(null);
              const [type, id] = value.split(':') as [RegardingType, string];
              setRegarding({ type, id, label: option?.label ?? value });
            }}
            filter={({ options: all }) => all}
            nothingFoundMessage={query.trim() ? t('regardingNothingFound') : t('regardingHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            withAsterisk
            data-autofocus
            data-testid="regarding-picker"
          />
          {regarding && date ? (
            <ActivityComposer
              key={`${regarding.type}:${regarding.id}:${date}`}
              regardingType={regarding.type}
              regardingId={regarding.id}
              defaultType="meeting"
              defaultDate={date}
              bare
              onDirtyChange={setDirty}
              onCancel={close}
              onSaved={() => { reset(); onClose(); }}
            />
          ) : (
            <Text size="sm" c="dimmed">{t('pickRegardingFirst')}</Text>
          )}
        </Stack>
      </Modal>
      {discardModal}
    </>
  );
}
