// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

// The platform module inspects `window` when loaded; links only need openExternal.
vi.mock('../../../renderer/src/platform', () => ({ getPlatform: () => ({ openExternal: vi.fn() }) }));
vi.mock('../../../renderer/src/ui/prefs', async () => {
  const { testPrefs } = await import('./render');
  return { useDisplayPrefs: () => testPrefs.current };
});

import { CalendarPanel } from '../../../renderer/src/ui/CalendarPanel';
import { DateText } from '../../../renderer/src/ui/DateText';
import { EmailLink } from '../../../renderer/src/ui/EmailLink';
import { EmailsEditor } from '../../../renderer/src/ui/EmailsEditor';
import { EmptyState } from '../../../renderer/src/ui/EmptyState';
import { JalaliDateInput } from '../../../renderer/src/ui/JalaliDateInput';
import { LtrText } from '../../../renderer/src/ui/LtrText';
import { MoneyInput } from '../../../renderer/src/ui/MoneyInput';
import { MoneyText } from '../../../renderer/src/ui/MoneyText';
import { PhoneLink } from '../../../renderer/src/ui/PhoneLink';
import { PhonesEditor } from '../../../renderer/src/ui/PhonesEditor';
import { PasswordField } from '../../../renderer/src/ui/PasswordField';
import { count, render, textOf } from './render';

const noop = () => undefined;

describe('CalendarPanel', () => {
  // 2025-03-20 = Thursday 1403/12/30; the grid shows Esfand 1403.
  const panel = (language: 'fa' | 'en' = 'fa', prefs = {}) =>
    render(<CalendarPanel value="2025-03-20" today="2025-03-10" onSelect={noop} onClear={noop} onClose={noop} />, language, prefs);

  it('draws a Jalali month as an ARIA grid of six weeks, Saturday first, in Persian', () => {
    const html = panel();
    expect(html).toContain('role="grid"');
    expect(count(html, 'role="gridcell"')).toBe(42);
    expect(html).toContain('اسفند ۱۴۰۳');
    // Column headers: ش (Saturday) first, ج (Friday) last, with the full names as abbr.
    const headers = [...html.matchAll(/<th [^>]*abbr="([^"]+)"[^>]*>([^<]+)<\/th>/g)].map((m) => [m[1], m[2]]);
    expect(headers).toHaveLength(7);
    expect(headers[0]).toEqual(['شنبه', 'ش']);
    expect(headers[6]).toEqual(['جمعه', 'ج']);
  });

  it('labels each day with its full date, marks the selected day and today, and makes only one day tabbable', () => {
    const html = panel();
    expect(html).toMatch(/aria-selected="true"[^>]*aria-label="پنجشنبه ۳۰ اسفند ۱۴۰۳"/);
    expect(count(html, 'aria-selected="true"')).toBe(1);
    expect(html).toMatch(/aria-current="date"[^>]*aria-label="دوشنبه ۲۰ اسفند ۱۴۰۳"/);
    expect(count(html, 'tabindex="0"')).toBe(1);
    expect(html).toMatch(/data-date="2025-03-20" tabindex="0" data-autofocus="true"/);
    expect(textOf(html, 'data-date', '2025-03-20')).toBe('۳۰');
    // Esfand 1 (2025-02-19) is a Wednesday: Sat–Tue of that week spill over from Bahman.
    expect(html).toMatch(/data-date="2025-02-15"[^>]*data-outside="true"/);
  });

  it('has translated, mirrored navigation and the today/clear buttons', () => {
    const html = panel();
    for (const label of ['سال قبل', 'ماه قبل', 'ماه بعد', 'سال بعد']) expect(html).toContain(`aria-label="${label}"`);
    expect(count(html, 'mantine-rotate-rtl')).toBe(4);
    expect(html).toContain('امروز');
    expect(html).toContain('پاک کردن');
  });

  it('uses Latin digits when the digits preference says so', () => {
    const html = panel('fa', { digits: 'latin' });
    expect(html).toContain('اسفند 1403');
    expect(textOf(html, 'data-date', '2025-03-20')).toBe('30');
  });

  it('draws a Gregorian month, Sunday first, in English', () => {
    const html = panel('en');
    expect(html).toContain('March 2025');
    expect(html).toContain('aria-label="Thursday, 20 March 2025"');
    const firstHeader = /<th [^>]*abbr="([^"]+)"/.exec(html)?.[1];
    expect(firstHeader).toBe('Sunday');
    expect(html).toContain('Today');
    expect(html).not.toContain('data-weekend');
  });
});

describe('JalaliDateInput', () => {
  it('shows the stored Gregorian date in the Jalali calendar and Persian digits, in an LTR field', () => {
    const html = render(<JalaliDateInput label="سررسید" value="2025-03-20" onChange={noop} data-testid="due" />);
    expect(html).toContain('value="۱۴۰۳/۱۲/۳۰"');
    expect(html).toContain('data-testid="due"');
    expect(html).toContain('dir="ltr"');
    expect(html).toContain('inputMode="numeric"');
    expect(html).toContain('aria-label="باز کردن تقویم"');
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain('data-testid="due-open"');
    expect(html).toContain('aria-label="پاک کردن"'); // clearable by default when not required
    expect(html).toContain('placeholder="۱۴۰۳/۱۲/۳۰"');
    // In RTL the buttons sit at the visual end: the left section of the LTR wrapper.
    expect(html).toContain('data-position="left"');
  });

  it('follows the calendar preference, shows the form error and hides clear when required', () => {
    const html = render(<JalaliDateInput label="Due" value="2025-03-20" onChange={noop} required error="Required" />, 'en');
    expect(html).toContain('value="2025/03/20"');
    expect(html).toContain('Required');
    expect(html).not.toContain('aria-label="Clear"');
    expect(html).toContain('data-position="right"');
  });

  it('is empty for no date', () => {
    const html = render(<JalaliDateInput label="x" value="" onChange={noop} />);
    expect(html).toContain('value=""');
    expect(html).not.toContain('aria-label="پاک کردن"');
  });
});

describe('MoneyInput', () => {
  it('names the unit an IRR amount is typed in and groups it in Persian digits', () => {
    const html = render(
      <MoneyInput label="سقف اعتبار" value={{ amountMinor: 12_500_000, currency: 'IRR' }} onChange={noop} currencies={['IRR', 'USD']} data-testid="credit" />,
    );
    expect(html).toContain('سقف اعتبار (تومان)');
    expect(html).toContain('value="۱٬۲۵۰٬۰۰۰"');
    expect(html).toContain('inputMode="decimal"');
    expect(html).toContain('data-testid="credit-currency"');
    expect(html).toContain('aria-label="واحد پول"');
    expect(html).toMatch(/<option value="IRR"[^>]*>تومان<\/option>/);
    expect(html).toMatch(/<option value="USD"[^>]*>دلار<\/option>/);
  });

  it('says rial when the preference is rial, and drops the picker for a single currency', () => {
    const html = render(
      <MoneyInput label="مبلغ" value={{ amountMinor: 12_500_000, currency: 'IRR' }} onChange={noop} currencies={['IRR']} />,
      'fa',
      { irrUnit: 'rial' },
    );
    expect(html).toContain('مبلغ (ریال)');
    expect(html).toContain('value="۱۲٬۵۰۰٬۰۰۰"');
    expect(html).not.toContain('<select');
  });

  it('starts in the default currency when empty, in English', () => {
    const html = render(<MoneyInput label="Amount" value={null} onChange={noop} currencies={['IRR', 'USD']} defaultCurrency="USD" />, 'en');
    expect(html).toContain('Amount (USD)');
    expect(html).toContain('value=""');
  });
});

describe('PhonesEditor and EmailsEditor', () => {
  it('shows one row per phone: translated label picker, number in national form in an LTR tel field, remove button', () => {
    const html = render(
      <PhonesEditor
        value={[
          { label: 'mobile', e164: '+989121234567' },
          { label: 'work', e164: '+12025550123' },
        ]}
        onChange={noop}
      />,
    );
    expect(html).toContain('شماره‌های تلفن');
    expect(html).toContain('value="0912 123 4567"');
    expect(html).toContain('value="+1 202 555 0123"');
    expect(html).toContain('type="tel"');
    expect(html).toContain('aria-label="شماره تلفن ۱"');
    expect(html).toContain('aria-label="حذف شماره ۲"');
    expect(html).toMatch(/<option value="mobile"[^>]*>همراه<\/option>/);
    expect(html).toContain('data-testid="phones-input-1"');
    expect(html).toContain('افزودن شماره');
  });

  it('shows form errors on the row they belong to', () => {
    const html = render(
      <PhonesEditor value={[{ label: 'mobile', e164: '+989121234567' }]} onChange={noop} errors={{ 'phones.0.e164': 'ui:phones.errors.invalid' }} />,
    );
    expect(html).toContain('شماره تلفن نامعتبر است.');
  });

  it('edits e-mails the same way, in English too', () => {
    const html = render(<EmailsEditor value={[{ label: 'personal', address: 'ali@example.ir' }]} onChange={noop} />, 'en');
    expect(html).toContain('Email addresses');
    expect(html).toContain('value="ali@example.ir"');
    expect(html).toContain('type="email"');
    expect(html).toMatch(/<option value="personal"[^>]*>Personal<\/option>/);
    expect(html).toContain('Add email');
  });
});

describe('display helpers', () => {
  it('LtrText isolates LTR text and localizes digits only when asked', () => {
    expect(render(<LtrText>+98 912</LtrText>)).toContain('<bdi dir="ltr">+98 912</bdi>');
    expect(render(<LtrText localizeDigits>INV-2025</LtrText>)).toContain('<bdi dir="ltr">INV-۲۰۲۵</bdi>');
  });

  it('PhoneLink shows the number in the user\'s digits and EmailLink stays ASCII, both as LTR tel:/mailto: links', () => {
    const phone = render(<PhoneLink e164="+989121234567" />);
    expect(phone).toContain('href="tel:+989121234567"');
    expect(phone).toContain('<bdi dir="ltr">۰۹۱۲ ۱۲۳ ۴۵۶۷</bdi>');
    expect(render(<PhoneLink e164="+989121234567" format="international" />)).toContain('+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷');
    const email = render(<EmailLink address="ali@example.ir" />);
    expect(email).toContain('href="mailto:ali@example.ir"');
    expect(email).toContain('<bdi dir="ltr">ali@example.ir</bdi>');
  });

  it('MoneyText keeps the number in an LTR island and the unit after it in the reading direction', () => {
    expect(render(<MoneyText value={{ amountMinor: 12_500_000, currency: 'IRR' }} />)).toContain(
      '<bdi dir="rtl"><bdi dir="ltr">۱٬۲۵۰٬۰۰۰</bdi>\u00A0تومان</bdi>',
    );
    expect(render(<MoneyText value={{ amountMinor: -125_050, currency: 'USD' }} />, 'en')).toContain(
      '<bdi dir="ltr"><bdi dir="ltr">-1,250.50</bdi>\u00A0USD</bdi>',
    );
    expect(render(<MoneyText value={{ amountMinor: 10, currency: 'IRR' }} showCurrency={false} />)).not.toContain('تومان');
  });

  it('DateText writes the date in the user calendar with the full date as a tooltip', () => {
    const html = render(<DateText value="2025-03-20" />);
    expect(html).toContain('dateTime="2025-03-20"');
    expect(html).toContain('>۳۰ اسفند ۱۴۰۳</time>');
    expect(html).toContain('title="پنجشنبه ۳۰ اسفند ۱۴۰۳"');
    expect(render(<DateText value="2025-03-20" format="short" />)).toContain('dir="ltr"');
    expect(render(<DateText value="2025-03-20" />, 'en')).toContain('>20 March 2025</time>');
    expect(render(<DateText value="" />)).toBe(render(<>—</>));
  });

  it('EmptyState shows its title, description and action', () => {
    const html = render(<EmptyState title="هنوز مخاطبی نیست" description="اولین مخاطب را بسازید" action={{ label: 'مخاطب جدید', onClick: noop }} />);
    expect(html).toContain('هنوز مخاطبی نیست');
    expect(html).toContain('اولین مخاطب را بسازید');
    expect(html).toContain('مخاطب جدید');
    expect(render(<EmptyState title="x" actionLabel="new" onAction={noop} />)).toContain('new');
  });
});

describe('PasswordField', () => {
  it('names its show/hide button in the user’s language and lets the keyboard reach it', () => {
    const fa = render(<PasswordField label="گذرواژه" value="" onChange={() => undefined} />);
    expect(fa).toContain('aria-label="نمایش یا پنهان کردن گذرواژه"');
    expect(fa).not.toContain('Toggle password visibility');
    expect(fa).not.toMatch(/aria-label="نمایش یا پنهان کردن گذرواژه"[^>]*tabindex="-1"/);
    expect(render(<PasswordField label="Password" value="" onChange={() => undefined} />, 'en')).toContain('aria-label="Show or hide the password"');
  });
});
