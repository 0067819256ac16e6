import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBack, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { quoteDisplayNumber, type QuoteDoc } from '../../../../shared/entities';
import { useDatabase } from '../../db/DatabaseProvider';
import { getPlatform } from '../../platform';
import { useDisplayPrefs } from '../../ui/prefs';
import { RecordNotFound } from '../records/RecordNotFound';
import { useRecord } from '../records/use-record';
import { useSetting } from '../sales-settings/sales-reference';
import { pdfFileName } from './quote-print-model';
import { QuotePrintView } from './QuotePrintView';
import { useAccount, useContact } from './use-quote-data';
import classes from './print.module.css';

/** Resolves once the sheet's fonts and pictures are loaded, so nothing prints in a fallback face. */
async function sheetLoaded(sheet: HTMLElement): Promise<void> {
  const fonts = document.fonts;
  // Asking for the face with the sheet's own text starts the download if nothing has yet.
  await fonts.load('400 12px Vazirmatn', sheet.textContent?.slice(0, 200) || 'پ').catch(() => undefined);
  await fonts.load('800 12px Vazirmatn', 'پ').catch(() => undefined);
  await fonts.ready;
  await Promise.all([...sheet.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
}

/** /quotes/:id/print — the A4 page with Print and Export PDF; the app's frame is hidden on paper. */
export function QuotePrintPage() {
  const { t } = useTranslation('quotes');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const prefs = useDisplayPrefs();
  const quote = useRecord<QuoteDoc>(db.quotes, id);
  const company = useSetting('company');
  const account = useAccount(quote?.accountId ?? '');
  const contact = useContact(quote?.contactId ?? '');
  const sheetRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [exporting, setExporting] = useState(false);
  const platform = getPlatform();
  const loaded = Boolean(quote) && company !== undefined && account !== undefined && contact !== undefined;
  const fileName = quote ? pdfFileName(t('print.filePrefix'), quoteDisplayNumber(quote)) : '';

  // The browser's "Save as PDF" names the file after the document title.
  useEffect(() => {
    if (fileName) document.title = fileName.replace(/\.pdf$/, '');
  }, [fileName]);

  useEffect(() => {
    if (!loaded || !sheetRef.current) return;
    let cancelled = false;
    setReady(false);
    void sheetLoaded(sheetRef.current).then(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [loaded, prefs.language, prefs.irrUnit, company?.logo]);

  if (quote === undefined) return <Center py="xl"><Loader /></Center>;
  if (quote === null) return <RecordNotFound backTo="/quotes" />;

  const exportPdf = async () => {
    setExporting(true);
    try {
      const outcome = await platform.exportPdf(fileName);
      if (outcome === 'saved') notifications.show({ color: 'teal', message: t('print.pdfSaved') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('print.pdfFailed'), message: String(error instanceof Error ? error.message : error) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className={classes.screen}>
      <Stack gap={4} className={classes.toolbar}>
        <Group justify="space-between">
          <Button variant="subtle" leftSection={<IconArrowBack size={16} />} onClick={() => navigate(`/quotes/${quote.id}`)} data-testid="print-back">
            {t('print.back')}
          </Button>
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()} disabled={!ready} data-testid="print-button">
              {t('print.print')}
            </Button>
            <Button leftSection={<IconFileTypePdf size={16} />} onClick={() => void exportPdf()} loading={exporting} disabled={!ready} data-testid="export-pdf">
              {t('print.exportPdf')}
            </Button>
          </Group>
        </Group>
        {platform.kind === 'web' && <Text size="xs" c="dimmed" ta="end" data-testid="export-pdf-hint">{t('print.webPdfHint')}</Text>}
        {company && !company.name && (
          <Alert color="yellow" variant="light" data-testid="company-missing">
            <Text size="sm">{t('print.companyMissing')}</Text>
            <Anchor href="#/settings/sales/company" size="sm">{t('print.companySettings')}</Anchor>
          </Alert>
        )}
      </Stack>
      {loaded ? (
        <div ref={sheetRef} style={{ display: 'contents' }}>
          <QuotePrintView quote={quote} company={company!} account={account ?? null} contact={contact ?? null} language={prefs.language} irrUnit={prefs.irrUnit} ready={ready} />
        </div>
      ) : (
        <Center py="xl"><Loader /></Center>
      )}
    </div>
  );
}
