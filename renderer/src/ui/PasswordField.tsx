import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type PasswordFieldProps = PasswordInputProps;

/**
 * Mantine's PasswordInput with its show/hide button named in the user's language (Mantine's
 * own label is English) and reachable by keyboard. Passwords are typed left to right.
 */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation('ui');
  return (
    <PasswordInput
      dir="ltr"
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
      {...props}
    />
  );
}
