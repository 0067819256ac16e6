import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_LABELS, type PhoneEntry } from '../../../shared/entities/common';
import { withDigits } from '../../../shared/text/digits';
import { useDisplayPrefs } from './prefs';
import { ContactPointsEditor } from './ContactPointsEditor';
import { phoneCodec, phoneErrorKey, type PhoneLabel } from './contact-points/phone-rows';

export interface PhonesEditorProps {
  value: PhoneEntry[];
  /** Receives only readable numbers, as E.164; empty rows are dropped. */
  onChange(value: PhoneEntry[]): void;
  /** false while any row holds a number that cannot be read: block saving then. */
  onValidityChange?(valid: boolean): void;
  /** Default «شماره‌های تلفن» / «ایمیل‌ها»; null for none. */
  legend?: ReactNode;
  disabled?: boolean;
  /** The whole form's errors (path → i18n key), e.g. from shared/entities' fieldErrors. */
  errors?: Readonly<Record<string, string>>;
}

/** Phone numbers typed any way Iranians write them (۰۹۱۲…, 0912…, +98…, foreign +CC…). */
export function PhonesEditor(props: PhonesEditorProps) {
  const { t } = useTranslation('ui');
  const { digits } = useDisplayPrefs();
  const nth = (n: number) => withDigits(String(n), digits);
  return (
    <ContactPointsEditor<PhoneLabel, PhoneEntry>
      {...props}
      legend={props.legend === undefined ? t('phones.legend') : props.legend}
      path="phones"
      codec={phoneCodec}
      labels={PHONE_LABELS}
      defaultLabel="mobile"
      inputType="tel"
      texts={{
        labelOf: (label) => t(`phones.labels.${label}`),
        labelPicker: (n) => t('phones.labelPicker', { n: nth(n) }),
        field: (n) => t('phones.field', { n: nth(n) }),
        remove: (n) => t('phones.remove', { n: nth(n) }),
        add: t('phones.add'),
        placeholder: t('phones.placeholder'),
        errorOf: (reason) => t(phoneErrorKey(reason)),
      }}
    />
  );
}
