import { Select } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDoc } from '../../../../shared/entities';
import { useDatabase } from '../../db/DatabaseProvider';
import { getSearchService } from '../search/search-service';

interface ContactPickerProps {
  /** With an account chosen, its contacts are offered (read through the [accountId, sortName] index). */
  accountId: string;
  value: string;
  /** The contact and the account it belongs to ('' for none). */
  onChange: (id: string, contactAccountId: string) => void;
  label: string;
  error?: string;
  'data-testid'?: string;
}

const ACCOUNT_CONTACTS_SHOWN = 200;

/** Picks the deal's contact: the chosen account's people, or anyone by typing a name or number. */
export function ContactPicker({ accountId, value, onChange, label, error, ...rest }: ContactPickerProps) {
  const { t } = useTranslation('opportunities');
  const db = useDatabase();
  const [search, setSearch] = useState('');
  const [ofAccount, setOfAccount] = useState<{ id: string; name: string; accountId: string }[]>([]);
  const [current, setCurrent] = useState<{ id: string; name: string; accountId: string } | null>(null);

  useEffect(() => {
    if (!accountId) {
      setOfAccount([]);
      return;
    }
    const sub = db.contacts
      .find({ selector: { accountId }, sort: [{ sortName: 'asc' }], limit: ACCOUNT_CONTACTS_SHOWN })
      .$.subscribe((docs) => setOfAccount(docs.map((d) => ({ id: d.id, name: d.fullName, accountId: d.accountId }))));
    return () => sub.unsubscribe();
  }, [db, accountId]);

  useEffect(() => {
    if (!value) {
      setCurrent(null);
      return;
    }
    const sub = db.contacts.findOne(value).$.subscribe((d: ContactDoc | null) => setCurrent(d ? { id: d.id, name: d.fullName, accountId: d.accountId } : null));
    return () => sub.unsubscribe();
  }, [db, value]);

  const data = useMemo(() => {
    const query = search.trim();
    const options = new Map<string, { value: string; label: string }>();
    if (current) options.set(current.id, { value: current.id, label: current.name });
    for (const c of ofAccount) options.set(c.id, { value: c.id, label: c.name });
    if (query && !accountId) {
      for (const hit of getSearchService()?.index.search(query, { limit: 20, kinds: ['contact'] }) ?? []) {
        options.set(hit.id, { value: hit.id, label: hit.subtitle ? `${hit.title} — ${hit.subtitle}` : hit.title });
      }
    }
    return [...options.values()];
  }, [search, current, ofAccount, accountId]);

  const pick = async (id: string | null) => {
    if (!id) return onChange('', '');
    const known = ofAccount.find((c) => c.id === id);
    const contactAccount = known ? known.accountId : ((await db.contacts.findOne(id).exec())?.accountId ?? '');
    onChange(id, contactAccount);
  };

  return (
    <Select
      label={label}
      placeholder={accountId ? t('form.pickContactOfAccount') : t('form.pickContact')}
      data={data}
      value={value || null}
      onChange={(v) => void pick(v)}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // With an account the list is short: filter it as the user types. Otherwise the index has already searched.
      filter={accountId ? undefined : ({ options }) => options}
      nothingFoundMessage={accountId ? t('form.noContactsOfAccount') : search.trim() ? t('form.noContactFound') : t('form.typeToSearch')}
      error={error}
      data-testid={rest['data-testid']}
    />
  );
}
