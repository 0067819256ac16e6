import type { ReactNode } from 'react';
import classes from './LtrField.module.css';

/**
 * Props that make a Mantine input an LTR island inside an RTL form (phones, amounts,
 * dates typed as digits). The wrapper gets dir="ltr" (Mantine forwards it there, so its
 * sections are laid out LTR too), which puts `rightSection` on the physical right even in
 * RTL, where the other fields keep their icons on the left (the end). So the section is
 * passed on the side that is the page's visual end.
 */
export function ltrFieldProps(pageDir: 'ltr' | 'rtl', endSection?: ReactNode, endSectionWidth?: number) {
  const base = { dir: 'ltr' as const, classNames: { input: classes.ltrInput } };
  if (endSection === undefined || endSection === null) return base;
  return pageDir === 'rtl'
    ? { ...base, leftSection: endSection, leftSectionWidth: endSectionWidth, leftSectionPointerEvents: 'all' as const }
    : { ...base, rightSection: endSection, rightSectionWidth: endSectionWidth, rightSectionPointerEvents: 'all' as const };
}
