import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../db/DatabaseProvider';
import { currentActor } from '../../app/session';

export interface UserOption {
  value: string;
  label: string;
}

/** The users directory (reference data) as owner choices; the current user reads as "me". */
export function useUserOptions(): UserOption[] {
  const db = useDatabase();
  const { t } = useTranslation();
  const [options, setOptions] = useState<UserOption[]>([]);
  useEffect(() => {
    const sub = db.reference.find({ selector: { kind: 'user' } }).$.subscribe((docs) => {
      const me = currentActor().userId;
      setOptions(
        docs.map((d) => ({
          value: d.key,
          label: d.key === me ? t('me') : String((d.data as { displayName?: string }).displayName ?? d.key),
        })),
      );
    });
    return () => sub.unsubscribe();
  }, [db, t]);
  return options;
}
