// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/src/ui/prefs', async () => {
  const { testPrefs } = await import('../ui/render');
  return { useDisplayPrefs: () => testPrefs.current };
});
// useFormatters reads the preferences store; server renders would only ever see its initial state.
vi.mock('../../../renderer/src/app/preferences-store', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  const { testPrefs } = await import('../ui/render');
  return { ...original, usePreferences: (select: (s: object) => unknown) => select({ ...testPrefs.current }) };
});

import enCommon from '../../../locales/en/common.json';
import enLeads from '../../../locales/en/leads.json';
import faCommon from '../../../locales/fa/common.json';
import faLeads from '../../../locales/fa/leads.json';
import { parseCsv } from '../../../shared/data-exchange/csv';
import {
  planLeadImport, prepareLeadImportSync, suggestLeadMapping, type LeadRowProblem,
} from '../../../renderer/src/features/leads/lead-import';
import type { LeadImportReport } from '../../../renderer/src/features/leads/lead-import-store';
import { LeadImportView, type LeadImportViewProps } from '../../../renderer/src/features/leads/LeadImportView';
import { rejectedRowsCsv } from '../../../renderer/src/features/leads/rejected-csv';
import { count, render } from '../ui/render';

const extra = { fa: { leads: faLeads, common: faCommon }, en: { leads: enLeads, common: enCommon } };
const settings = { ownerId: 'u1', teamId: 't1', baseCurrency: 'IRR', enabledCurrencies: ['IRR', 'USD'], now: '2026-12-01T08:00:00.000Z' };
const CSV = '\uFEFFنام و نام خانوادگی,شرکت,موبایل,ایمیل,کانال,مبلغ\n'
  + 'علی کریمی,آلفا,۰۹۱۲۱۲۳۴۵۶۷,ali@alpha.ir,تلفن,۱۲۰۰۰\n'
  + 'رضا مرادی,بتا,۱۲۳۴,,پیامک,\n'
  + 'سارا نوری,گاما,,mina@,وب‌سایت,\n';
const parsed = parseCsv(CSV);
const mapping = suggestLeadMapping(parsed.headers);
const prepared = prepareLeadImportSync(parsed, planLeadImport(parsed.headers, mapping, { ...settings, irrUnit: 'rial' }));

const noop = () => undefined;
function view(state: Partial<LeadImportViewProps>, language: 'fa' | 'en' = 'fa') {
  const props: LeadImportViewProps = {
    phase: 'idle', fileName: 'leads.csv', encoding: 'utf-8', fileError: '', failure: '', parsed: null, mapping: [], irrUnit: 'rial',
    progress: null, prepared: null, alreadyImported: 0, toWriteCount: 0, report: null, settings,
    onFile: noop, onColumn: noop, onIrrUnit: noop, onValidate: noop, onBackToMapping: noop, onConfirm: noop, onCancel: noop, onReset: noop,
    onOpenLeads: noop, ...state,
  };
  return render(<LeadImportView {...props} />, language, { irrUnit: 'rial' }, extra);
}

describe('the CSV import screen', () => {
  it('starts with a file picker the tests and the benchmark can drive, and explains the rules', () => {
    const html = view({});
    expect(html).toContain('data-testid="lead-import-file-input"');
    expect(html).toContain('ورود سرنخ‌ها از فایل CSV');
    expect(html).toContain('UTF-8');
    // Step numbers in the user's digits.
    expect(html).toContain('>۱<');
    expect(view({ fileError: 'emptyFile', fileName: 'x.csv' })).toContain('فایل «\u2068x.csv\u2069» خالی است.');
  });

  it('shows progress with the step and the counts', () => {
    const html = view({ phase: 'writing', progress: { step: 'writing', done: 2000, total: 50000 } });
    expect(html).toContain('data-testid="lead-import-progress"');
    expect(html).toContain('data-step="writing"');
    expect(html).toContain('۲٬۰۰۰ از ۵۰٬۰۰۰ ردیف');
    expect(html).toContain('data-testid="lead-import-cancel"');
    expect(html).toContain('role="progressbar"');
  });

  it('maps columns with suggested fields and previews the rows as they will be stored, bad ones with the reason', () => {
    const html = view({ phase: 'mapping', parsed, mapping });
    expect(count(html, 'data-testid="lead-import-map-')).toBe(6);
    expect(html).toContain('value="نام و نام خانوادگی"');
    expect(html).toContain('value="کانال ارتباطی"');
    expect(count(html, 'data-testid="lead-import-preview-row"')).toBe(3);
    expect(html).toContain('۰۹۱۲ ۱۲۳ ۴۵۶۷');
    expect(html).toContain('شماره تلفن نامعتبر است');
    expect(html).toMatch(/<bdi dir="ltr">mina@<\/bdi>/);
    expect(html).toContain('data-testid="lead-import-irr-unit"');
    expect(html).not.toContain('data-testid="lead-import-need-name"');
    // Without a name column the user is told, and cannot go on.
    const noName = view({ phase: 'mapping', parsed, mapping: mapping.map((f) => (f === 'fullName' || f === 'companyName' ? null : f)) });
    expect(noName).toContain('data-testid="lead-import-need-name"');
    expect(noName).toMatch(/<button[^>]*disabled=""[^>]*data-testid="lead-import-validate"|<button[^>]*data-testid="lead-import-validate"[^>]*disabled=""/);
  });

  it('warns when a file was read as Windows-1256', () => {
    expect(view({ phase: 'mapping', parsed, mapping, encoding: 'windows-1256' })).toContain('data-testid="lead-import-encoding"');
  });

  it('reviews counts and rejected rows with line numbers before anything is written', () => {
    const html = view({ phase: 'review', parsed, mapping, prepared, toWriteCount: 1, alreadyImported: 0 });
    expect(html).toContain('data-valid="1"');
    expect(html).toContain('data-rejected="2"');
    expect(html).toContain('ورود ۱ سرنخ');
    const rows = [...html.matchAll(/data-testid="lead-import-rejected-row" data-line="(\d+)" data-code="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([['3', 'badPhone'], ['4', 'badEmail']]);
    expect(html).toContain('نشانی ایمیل نامعتبر است');
  });

  it('reports what was imported, what was rejected and what is left when the import failed midway', () => {
    const report: LeadImportReport = {
      status: 'failed', inserted: 1000, alreadyImported: 0, repeats: 1, rejected: prepared.rejected, notWritten: 1500, error: 'QuotaExceededError', elapsedMs: 4000,
    };
    const html = view({ phase: 'done', parsed, mapping, report });
    expect(html).toContain('data-testid="lead-import-done"');
    expect(html).toContain('data-status="failed"');
    expect(html).toContain('data-inserted="1000"');
    expect(html).toContain('data-elapsed-ms="4000"');
    expect(html).toContain('۱٬۰۰۰ سرنخ وارد شد.');
    expect(html).toContain('همین فایل را دوباره وارد کنید');
    expect(html).toContain('QuotaExceededError');
    expect(html).toContain('۲۵۰ سرنخ در ثانیه');
    const en = view({ phase: 'done', parsed, mapping, report }, 'en');
    expect(en).toContain('1,000 leads imported.');
    expect(en).toContain('Invalid phone number');
    expect(en).toContain('1,500 valid rows are not saved yet. To finish, import the same file again.');
  });
});

describe('the rejected rows file', () => {
  it('has the original cells with the line and the reason in front, and a BOM for Excel', () => {
    const problems: LeadRowProblem[] = [...prepared.rejected, { line: 9, code: 'unterminatedQuote', value: '' }];
    const csv = rejectedRowsCsv(parsed, problems, { line: 'سطر', reason: 'دلیل' }, (p) => p.code);
    expect(csv.startsWith('\uFEFFسطر,دلیل,نام و نام خانوادگی,شرکت,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines[1]).toBe('3,badPhone,رضا مرادی,بتا,۱۲۳۴,,پیامک,');
    expect(lines[2]).toBe('4,badEmail,سارا نوری,گاما,,mina@,وب‌سایت,');
    expect(lines[3]).toBe('9,unterminatedQuote,,,,,,');
    // Read back by our own reader, the cells are what the user had.
    expect(parseCsv(csv).rows[0]!.cells.slice(2)).toEqual(parsed.rows[1]!.cells);
  });
});
