import { Center, Loader } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { useDisplayPrefs } from '../../ui/prefs';
import { useEnabledCurrencies, useSetting } from '../sales-settings/sales-reference';
import { useLeadImportStore } from './lead-import-store';
import { LeadImportView } from './LeadImportView';

/** /leads/import: the CSV import of leads (see lead-import.ts for what "nothing half-imported" means). */
export function LeadImportPage() {
  const { t } = useTranslation('leads');
  const db = useDatabase();
  const [, navigate] = useLocation();
  const prefs = useDisplayPrefs();
  const baseCurrency = useSetting('baseCurrency');
  const currencies = useEnabledCurrencies();
  const s = useLeadImportStore();
  const actor = currentActor();
  const settings = useMemo(
    () => baseCurrency && currencies
      ? { ownerId: actor.userId, teamId: actor.teamId, baseCurrency, enabledCurrencies: currencies, now: new Date().toISOString() }
      : null,
    [actor.userId, actor.teamId, baseCurrency, currencies],
  );

  useEffect(() => {
    document.title = `${t('import.title')} · ${t('common:appName')}`;
  }, [t]);

  if (!settings) return <Center py="xl"><Loader /></Center>;
  return (
    <LeadImportView
      phase={s.phase} fileName={s.fileName} encoding={s.encoding} fileError={s.fileError} failure={s.failure}
      parsed={s.parsed} mapping={s.mapping} irrUnit={s.irrUnit} progress={s.progress} prepared={s.prepared}
      alreadyImported={s.alreadyImported} toWriteCount={s.toWrite.length} report={s.report} settings={settings}
      onFile={(file) => void s.chooseFile(file, prefs.irrUnit)}
      onColumn={s.setColumn}
      onIrrUnit={s.setIrrUnit}
      // Imported leads are stamped with the moment of validation: the same instant for the whole file.
      onValidate={() => void s.validate(db, { ...settings, now: new Date().toISOString() })}
      onBackToMapping={s.backToMapping}
      onConfirm={() => void s.confirm(db)}
      onCancel={s.cancel}
      onReset={s.reset}
      onOpenLeads={() => { s.reset(); navigate('/leads'); }}
    />
  );
}
