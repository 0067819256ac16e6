// Reusable form and display widgets: Persian-first, RTL-correct, keyboard accessible.
// Each also has its own module (../ui/MoneyInput …); this barrel is for convenience.
export { JalaliDateInput, type JalaliDateInputProps } from './JalaliDateInput';
export { CalendarPanel, type CalendarPanelProps } from './CalendarPanel';
export { MoneyInput, type MoneyInputProps } from './MoneyInput';
export { PhonesEditor, type PhonesEditorProps } from './PhonesEditor';
export { EmailsEditor, type EmailsEditorProps } from './EmailsEditor';
export { LtrText, type LtrTextProps } from './LtrText';
export { PhoneLink, type PhoneLinkProps } from './PhoneLink';
export { EmailLink, type EmailLinkProps } from './EmailLink';
export { MoneyText, type MoneyTextProps } from './MoneyText';
export { DateText, type DateTextProps } from './DateText';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { PasswordField, type PasswordFieldProps } from './PasswordField';
export { ConfirmModal, type ConfirmModalProps, type ConfirmOptions } from './ConfirmModal';
export { useConfirm, type UseConfirm } from './useConfirm';
export { useDisplayPrefs } from './prefs';
