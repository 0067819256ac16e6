import { describe, expect, it } from 'vitest';
import { companyDirty, companyFormFrom, readCompanyForm, readVatPercent } from '../../../renderer/src/features/sales-settings/company-form';
import { LOGO_ENCODINGS, LOGO_IMAGE, logoFits } from '../../../renderer/src/features/sales-settings/logo-image';
import { encodeAttempts } from '../../../renderer/src/ui/image-fit';
import { PRODUCT_IMAGE_MAX } from '../../../shared/entities';

const empty = { name: '', address: '', phone: '', nationalId: '', economicCode: '', logo: '' };

describe('default VAT percent', () => {
  it.each([['10', '10'], ['۱۰', '10'], ['9.5', '9.5'], ['۹٫۵', '9.5'], ['0', '0'], ['100', '100'], ['10.00', '10'], ['10%', '10'], ['۱۰٪', '10']])(
    'reads %j as %j',
    (text, value) => expect(readVatPercent(text)).toEqual({ ok: true, value }),
  );
  it.each([
    ['', 'validation:required'],
    ['abc', 'validation:invalidNumber'],
    ['-1', 'salesSettings:company.errors.vatRange'],
    ['100.5', 'salesSettings:company.errors.vatRange'],
    ['9.125', 'salesSettings:company.errors.vatRange'],
    ['250', 'salesSettings:company.errors.vatRange'],
  ])('refuses %j', (text, error) => expect(readVatPercent(text)).toEqual({ ok: false, error }));
});

describe('company form', () => {
  it('normalizes digits of the national id and economic code and gives the two settings to write', () => {
    const form = companyFormFrom({ ...empty, name: ' صنایع پیوند ', nationalId: '۱۰۱ ۰۰۱ ۲۳۴ ۵۶', economicCode: '4111-2222-3333' }, '۹');
    expect(readCompanyForm(form)).toEqual({
      ok: true,
      company: { ...empty, name: 'صنایع پیوند', nationalId: '10100123456', economicCode: '411122223333' },
      vat: '9',
    });
  });

  it('gives translated-key errors next to the fields', () => {
    const result = readCompanyForm(companyFormFrom({ ...empty, nationalId: '123', economicCode: '12345678901' }, '120'));
    expect(result).toEqual({
      ok: false,
      errors: {
        nationalId: 'validation:invalidNationalId',
        economicCode: 'validation:invalidEconomicCode',
        vat: 'salesSettings:company.errors.vatRange',
      },
    });
  });

  it('notices changes', () => {
    const a = companyFormFrom(empty, '10');
    expect(companyDirty(a, { ...a })).toBe(false);
    expect(companyDirty(a, { ...a, vat: '9' })).toBe(true);
    expect(companyDirty(a, { ...a, logo: 'data:image/png;base64,AA==' })).toBe(true);
  });
});

describe('logo', () => {
  it('tries PNG first, then WebP and JPEG, at 256 px and smaller down to 64 px', () => {
    const attempts = encodeAttempts(1024, 512, LOGO_IMAGE);
    expect(attempts.slice(0, LOGO_ENCODINGS.length)).toEqual(LOGO_ENCODINGS.map((e) => ({ width: 256, height: 128, ...e })));
    expect([...new Set(attempts.map((a) => a.width))]).toEqual([256, 192, 144, 108, 81]);
  });

  it('accepts only data URLs the company setting can store', () => {
    expect(logoFits('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(logoFits('data:image/gif;base64,R0lGOD==')).toBe(false);
    expect(logoFits(`data:image/png;base64,${'A'.repeat(PRODUCT_IMAGE_MAX)}`)).toBe(false);
  });
});
