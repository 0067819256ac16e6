import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EMAIL_LABELS, type EmailEntry } from '../../../shared/entities/common';
import { withDigits } from '../../../shared/text/digits';
import { useDisplayPrefs } from './prefs';
import { ContactPointsEditor } from './ContactPointsEditor';
import { emailCodec, emailErrorKey, type EmailLabel } from './contact-points/email-rows';

export interface EmailsEditorProps {
  value: EmailEntry[];
  /** Receives only valid addresses (trimmed, lower-case); empty rows are dropped. */
  onChange(value: EmailEntry[]): void;
  /** false while any row holds an address that is not valid: block saving then. */
  onValidityChange?(valid: boolean): void;
  /** Default «شماره‌های تلفن» / «ایمیل‌ها»; null for none. */
  legend?: ReactNode;
  disabled?: boolean;
  /** The whole form's errors (path → i18n key), e.g. from shared/entities' fieldErrors. */
  errors?: Readonly<Record<string, string>>;
}

export function EmailsEditor(props: EmailsEditorProps) {
  const { t } = useTranslation('ui');
  const { digits } = useDisplayPrefs();
  const nth = (n: number) => withDigits(String(n), digits);
  return (
    <ContactPointsEditor<EmailLabel, EmailEntry>
      {...props}
      legend={props.legend === undefined ? t('emails.legend') : props.legend}
      path="emails"
      codec={emailCodec}
      labels={EMAIL_LABELS}
      defaultLabel="work"
      inputType="email"
      texts={{
        labelOf: (label) => t(`emails.labels.${label}`),
        labelPicker: (n) => t('emails.labelPicker', { n: nth(n) }),
        field: (n) => t('emails.field', { n: nth(n) }),
        remove: (n) => t('emails.remove', { n: nth(n) }),
        add: t('emails.add'),
        placeholder: t('emails.placeholder'),
        errorOf: () => t(emailErrorKey()),
      }}
    />
  );
}
