import { Alert, Anchor, List } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findDuplicates, type DuplicateCandidateInput } from '../../../../shared/duplicates';
import { getSearchService, useSearchStatus } from '../search/search-service';
import { recordPath } from '../search/record-path';

/** Warns (never blocks) when the record being typed matches an existing one by phone, email or name. */
export function DuplicateWarning({ candidate }: { candidate: DuplicateCandidateInput }) {
  const { t } = useTranslation();
  const ready = useSearchStatus((s) => s.ready);
  const [debounced] = useDebouncedValue(candidate, 250);
  const key = JSON.stringify(debounced);
  const matches = useMemo(() => {
    const index = getSearchService()?.index;
    return index ? findDuplicates(JSON.parse(key) as DuplicateCandidateInput, index).slice(0, 5) : [];
    // `ready` re-checks once the background index build finishes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ready]);
  if (!matches.length) return null;
  return (
    <Alert color="yellow" icon={<IconCopy size={18} />} title={t('duplicates.title')} data-testid="duplicate-warning">
      <List size="sm">
        {matches.map((m) => (
          <List.Item key={m.id}>
            <Anchor href={`#${recordPath(m.kind, m.id)}`} target="_self"><bdi>{m.title}</bdi></Anchor>
            {' — '}
            {m.reasons.map((r) => t(`duplicates.reason.${r}`)).join(t('listSeparator'))}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
