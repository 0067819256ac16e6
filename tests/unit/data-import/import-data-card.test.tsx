// @vitest-environment node
import { DirectionProvider, MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/src/db/DatabaseProvider', () => ({ useDatabase: () => ({}) }));
vi.mock('../../../renderer/src/platform', () => ({ getPlatform: () => ({}) }));

import enDataImport from '../../../locales/en/dataImport.json';
import faDataImport from '../../../locales/fa/dataImport.json';
import type { ImportReport } from '../../../renderer/src/features/data-import/import-data-file';
import { ImportDataCardView, type ImportDataCardViewProps } from '../../../renderer/src/features/data-import/ImportDataCard';

// Server-rendered markup (no DOM library is installed): the contract the e2e and bench rely on.
// The view is rendered with explicit state: zustand serves its initial state to server renders.
const noop = () => undefined;
function render(state: Pick<ImportDataCardViewProps, 'phase' | 'fileName' | 'progress' | 'report'>, language: 'fa' | 'en' = 'fa') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: { fa: { dataImport: faDataImport }, en: { dataImport: enDataImport } },
    lng: language, ns: ['dataImport'], defaultNS: 'dataImport', interpolation: { escapeValue: false }, initImmediate: false,
  } as Parameters<typeof i18n.init>[0]);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={language === 'fa' ? 'rtl' : 'ltr'} detectDirection={false}>
        <MantineProvider><ImportDataCardView {...state} onFile={noop} onCancel={noop} /></MantineProvider>
      </DirectionProvider>
    </I18nextProvider>,
  );
}

const zero = { inserted: 0, skipped: 0, rejected: 0 };
const report: ImportReport = {
  status: 'completed', header: null, bytesRead: 1000, totalBytes: 1000, linesRead: 17, inserted: 13, skipped: 1, rejected: 2,
  elapsedMs: 2000,
  byCollection: {
    reference: zero, products: zero, accounts: { inserted: 4, skipped: 1, rejected: 0 }, contacts: { inserted: 6, skipped: 0, rejected: 2 },
    leads: zero, opportunities: { inserted: 3, skipped: 0, rejected: 0 }, quotes: zero, activities: zero,
  },
  problems: [{ line: 7, reason: 'invalidDocument', detail: 'contacts c1: phones.0.e164: validation:invalidPhone' }, { line: 9, reason: 'badJson', detail: 'Unexpected end' }],
  fatal: null,
};

describe('ImportDataCard', () => {
  it('offers a file input with the test id, before any import', () => {
    const html = render({ phase: 'idle', report: null, progress: null, fileName: '' });
    expect(html).toContain('data-testid="import-file-input"');
    expect(html).toContain('ورود داده از فایل');
    expect(html).not.toContain('data-testid="import-done"');
  });

  it('shows progress with machine-readable counts while running', () => {
    const html = render({
      phase: 'running', fileName: 'demo.ndjson', report: null,
      progress: { bytesRead: 500, totalBytes: 1000, linesRead: 7, inserted: 6, skipped: 0, rejected: 0, elapsedMs: 1000 },
    });
    expect(html).toMatch(/data-testid="import-running"[^>]*data-bytes-read="500"[^>]*data-total-bytes="1000"[^>]*data-inserted="6"/);
    expect(html).toContain('۵۰٪ از فایل خوانده شد');
    expect(html).toContain('data-testid="import-cancel"');
  });

  it('summarises the result: counts per collection, and the first problems with their lines', () => {
    const html = render({ phase: 'done', fileName: 'demo.ndjson', report, progress: report });
    expect(html).toMatch(/data-testid="import-done"[^>]*data-status="completed"[^>]*data-inserted="13"/);
    expect(html).toContain('ورود داده کامل شد');
    expect(html).toContain('سطر ۷: رکورد با قواعد داده جور نیست');
    expect(html).toContain('<bdi dir="ltr">contacts c1: phones.0.e164: validation:invalidPhone</bdi>');
    expect(html).toContain('حساب‌ها');
    expect(html).toContain('Table-td">حساب‌ها<');
    expect(html).toContain('Table-td">فرصت‌های فروش<'); // the sales cycle's collections too
    expect(html).not.toContain('Table-td">فعالیت‌ها<'); // nothing happened there
    expect(html).not.toContain('Table-td">سرنخ‌ها<');
  });

  it('says why a file was refused, in English too', () => {
    const html = render({
      phase: 'done', fileName: 'contacts.csv', progress: null,
      report: { ...report, status: 'refused', inserted: 0, skipped: 0, rejected: 0, problems: [], fatal: { line: 1, reason: 'notADataFile', detail: 'the first line is not a peyvand-data header' } },
    }, 'en');
    expect(html).toMatch(/data-status="refused"[^>]*data-inserted="0"/);
    expect(html).toContain('This file was not accepted');
    // Digits follow the display preference (Persian by default), the words the language.
    expect(html).toMatch(/Line .: The first line is not a Peyvand data file header/);
    expect(html).not.toContain('import-summary-table');
  });
});
