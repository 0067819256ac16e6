import { settingSchemas, validate, type SettingValue } from '../../../../shared/entities';
import { decimalToString, parseDecimal } from '../../../../shared/money';
import { toLatinDigits } from '../../../../shared/text/digits';

/**
 * The company details printed on quotes (پیش‌فاکتور) and the default VAT rate, as one form.
 * Pure: reading what was typed and validating it with the shared setting schemas.
 */

export type Company = SettingValue<'company'>;

export interface CompanyForm extends Company {
  /** The default VAT percent as typed («۱۰», "9.5"). */
  vat: string;
}

export type CompanyFormErrors = Partial<Record<keyof CompanyForm, string>>;

export function companyFormFrom(company: Company, vatPercent: string): CompanyForm {
  return { ...company, vat: vatPercent };
}

/** Only digits, ASCII: national id and economic code are typed or pasted with spaces or dashes. */
export function digitsOnly(text: string): string {
  return toLatinDigits(text).replace(/[\s\-‐–\u200C\u200E\u200F]/g, '');
}

/** A VAT percent: 0–100, at most two decimals, Persian or English digits («۹٫۵»). */
export function readVatPercent(text: string): { ok: true; value: string } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: 'validation:required' };
  const parsed = parseDecimal(text.replace(/[%٪]/g, ''));
  if (!parsed.ok) return { ok: false, error: 'validation:invalidNumber' };
  let { int, scale } = parsed.value;
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale -= 1;
  }
  if (int < 0n || scale > 2 || int > 100n * 10n ** BigInt(scale)) return { ok: false, error: 'salesSettings:company.errors.vatRange' };
  const value = decimalToString({ int, scale });
  const checked = settingSchemas.defaultVatPercent.safeParse(value);
  return checked.success ? { ok: true, value } : { ok: false, error: 'salesSettings:company.errors.vatRange' };
}

/** Validates the whole form; on success the two setting values to write. */
export function readCompanyForm(
  form: CompanyForm,
): { ok: true; company: Company; vat: string } | { ok: false; errors: CompanyFormErrors } {
  const errors: CompanyFormErrors = {};
  const { vat, ...rest } = form;
  const company = validate(settingSchemas.company, {
    ...rest,
    nationalId: digitsOnly(rest.nationalId),
    economicCode: digitsOnly(rest.economicCode),
  });
  if (!company.ok) Object.assign(errors, company.errors);
  const vatRead = readVatPercent(vat);
  if (!vatRead.ok) errors.vat = vatRead.error;
  if (!company.ok || !vatRead.ok) return { ok: false, errors };
  return { ok: true, company: company.value, vat: vatRead.value };
}

export function companyDirty(a: CompanyForm, b: CompanyForm): boolean {
  return (Object.keys(a) as (keyof CompanyForm)[]).some((k) => a[k] !== b[k]);
}
