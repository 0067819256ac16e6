import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDoc } from '../../../../shared/entities';
import { useDatabase } from '../../db/DatabaseProvider';
import { useKeysetList } from '../records/use-keyset-list';
import { useContact } from './use-quote-data';

interface ContactSelectProps {
  accountId: string;
  value: string;
  onChange(id: string): void;
  error?: string;
}

/** The customer's contact person, from the people of the chosen account (index [accountId, sortName]). */
export function ContactSelect({ accountId, value, onChange, error }: ContactSelectProps) {
  const { t } = useTranslation('quotes');
  const db = useDatabase();
  const selector = useMemo(() => ({ accountId }), [accountId]);
  const list = useKeysetList<ContactDoc>(db.contacts, 'sortName', selector, 100);
  const current = useContact(value);
  const data = useMemo(() => {
    const options = accountId ? list.rows.map((c) => ({ value: c.id, label: c.fullName })) : [];
    if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.fullName });
    return options;
  }, [accountId, list.rows, current]);

  return (
    <Select
      label={t('fields.contact')}
      placeholder={accountId ? t('fields.contactPlaceholder') : t('fields.contactNeedsAccount')}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      clearable
      disabled={!accountId && !value}
      nothingFoundMessage={t('fields.noContacts')}
      error={error}
      data-testid="quote-contact"
    />
  );
}
