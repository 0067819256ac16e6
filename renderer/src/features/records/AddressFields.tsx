import { Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Address, FieldErrors } from '../../../../shared/entities';
import { errorFor } from './form-fields';

export function AddressFields({ value, onChange, errors }: { value: Address; onChange: (a: Address) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  const field = (key: keyof Address, span: number, dir: 'auto' | 'ltr' = 'auto') => (
    <Grid.Col span={{ base: 12, sm: span }}>
      <TextInput
        label={t(`address.${key}`)}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
        dir={dir}
        error={errorFor(errors, t, `address.${key}`)}
        data-testid={`address-${key}`}
      />
    </Grid.Col>
  );
  return (
    <Grid>
      {field('country', 4)}
      {field('province', 4)}
      {field('city', 4)}
      {field('street', 8)}
      {field('postalCode', 4, 'ltr')}
    </Grid>
  );
}
