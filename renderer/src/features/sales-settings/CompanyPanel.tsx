import { Alert, Button, Center, FileButton, Grid, Group, Image, Paper, Stack, Text, TextInput, Textarea, Title, useDirection } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconPhotoOff } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { ltrFieldProps } from '../../ui/ltr-field';
import { useDiscardGuard } from '../records/use-discard-guard';
import { companyDirty, companyFormFrom, readCompanyForm, type CompanyForm, type CompanyFormErrors } from './company-form';
import { LOGO_MAX_SIDE, scaleLogo } from './logo-image';
import { useDraft, type PanelProps } from './panel';
import { saveSetting, useSetting } from './sales-reference';

/** Company details printed on quotes, and the default VAT rate of new quotes. */
export function CompanyPanel({ readOnly, onDirtyChange }: PanelProps) {
  const { t } = useTranslation('salesSettings');
  const { dir } = useDirection();
  const fmt = useFormatters();
  const db = useDatabase();
  const company = useSetting('company');
  const vat = useSetting('defaultVatPercent');
  const saved = useMemo(() => (company && vat !== undefined ? companyFormFrom(company, vat) : undefined), [company, vat]);
  const { draft, setDraft, dirty, reset } = useDraft(saved, companyDirty, onDirtyChange);
  const { leave, discardModal } = useDiscardGuard(dirty);
  const [errors, setErrors] = useState<CompanyFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [logoBusy, setLogoBusy] = useState(false);
  const [logoError, setLogoError] = useState<string | null>(null);
  const resetLogoInput = useRef<() => void>(null);
  if (!draft) return null;

  const set = <K extends keyof CompanyForm>(key: K, value: CompanyForm[K]) => {
    setDraft({ ...draft, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: undefined });
  };
  const err = (key: keyof CompanyForm) => (errors[key] ? t(errors[key]!) : undefined);

  const pickLogo = async (file: File | null) => {
    resetLogoInput.current?.();
    if (!file) return;
    setLogoBusy(true);
    setLogoError(null);
    try {
      const result = await scaleLogo(file);
      if (result.ok) set('logo', result.dataUrl);
      else setLogoError(t(`company.logoErrors.${result.error}`));
    } finally {
      setLogoBusy(false);
    }
  };

  const save = async () => {
    const read = readCompanyForm(draft);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setSaving(true);
    try {
      const actor = currentActor();
      const a = await saveSetting(db, 'company', read.company, actor);
      const b = await saveSetting(db, 'defaultVatPercent', read.vat, actor);
      if (!a.ok || !b.ok) throw new Error(JSON.stringify({ ...(a.ok ? {} : a.errors), ...(b.ok ? {} : b.errors) }));
      // What was stored (digits normalized), so the form is clean again.
      setDraft(companyFormFrom(read.company, read.vat));
      notifications.show({ color: 'teal', message: t('company.saved') });
    } catch (e) {
      console.error('saving company details failed', e);
      notifications.show({ color: 'red', message: t('saveFailed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md" data-testid="company-panel">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t('company.title')}</Title>
          <Text size="sm" c="dimmed">{t('company.hint')}</Text>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <Stack gap="sm">
                <TextInput label={t('company.name')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} dir="auto" maxLength={200} disabled={readOnly} error={err('name')} data-testid="company-name" />
                <Textarea label={t('company.address')} value={draft.address} onChange={(e) => set('address', e.currentTarget.value)} dir="auto" autosize minRows={2} maxLength={500} disabled={readOnly} error={err('address')} data-testid="company-address" />
                <Grid>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <TextInput label={t('company.phone')} description={t('company.phoneHint')} value={draft.phone} onChange={(e) => set('phone', e.currentTarget.value)} {...ltrFieldProps(dir)} inputMode="tel" maxLength={60} disabled={readOnly} error={err('phone')} data-testid="company-phone" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <TextInput label={t('company.nationalId')} description={t('company.nationalIdHint')} value={draft.nationalId} onChange={(e) => set('nationalId', e.currentTarget.value)} {...ltrFieldProps(dir)} inputMode="numeric" maxLength={20} disabled={readOnly} error={err('nationalId')} data-testid="company-nationalId" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <TextInput label={t('company.economicCode')} description={t('company.economicCodeHint')} value={draft.economicCode} onChange={(e) => set('economicCode', e.currentTarget.value)} {...ltrFieldProps(dir)} inputMode="numeric" maxLength={20} disabled={readOnly} error={err('economicCode')} data-testid="company-economicCode" />
                  </Grid.Col>
                </Grid>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Stack gap="xs" align="center">
                <Text size="sm" fw={500} id="company-logo-label">{t('company.logo')}</Text>
                <Paper withBorder w={160} h={160} p="xs" aria-labelledby="company-logo-label">
                  <Center h="100%">
                    {draft.logo ? (
                      <Image src={draft.logo} alt={t('company.logoAlt')} maw={140} mah={140} fit="contain" data-testid="company-logo-preview" />
                    ) : (
                      <Stack gap={4} align="center"><IconPhotoOff size={32} color="var(--mantine-color-dimmed)" aria-hidden /><Text size="xs" c="dimmed">{t('company.noLogo')}</Text></Stack>
                    )}
                  </Center>
                </Paper>
                {!readOnly && (
                  <Group gap="xs" justify="center">
                    <FileButton resetRef={resetLogoInput} onChange={(f) => void pickLogo(f)} accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml,image/bmp" inputProps={{ 'data-testid': 'company-logo-input' } as React.ComponentProps<'input'>}>
                      {(props) => <Button {...props} size="xs" variant="light" leftSection={<IconPhoto size={14} />} loading={logoBusy} data-testid="company-logo-pick">{draft.logo ? t('company.changeLogo') : t('company.pickLogo')}</Button>}
                    </FileButton>
                    {draft.logo && <Button size="xs" variant="subtle" color="red" onClick={() => set('logo', '')} data-testid="company-logo-remove">{t('company.removeLogo')}</Button>}
                  </Group>
                )}
                <Text size="xs" c="dimmed" ta="center">{t('company.logoHint', { size: fmt.number(LOGO_MAX_SIDE) })}</Text>
                {(logoError || errors.logo) && <Alert color="red" p="xs" data-testid="company-logo-error">{logoError ?? t(errors.logo!)}</Alert>}
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t('company.vatTitle')}</Title>
          <TextInput
            label={t('company.vat')}
            description={t('company.vatHint')}
            value={fmt.digits(draft.vat)}
            onChange={(e) => set('vat', e.currentTarget.value)}
            {...ltrFieldProps(dir, <Text size="sm" c="dimmed">{t('stages.percentSign')}</Text>)}
            inputMode="decimal"
            maxLength={6}
            maw={320}
            disabled={readOnly}
            error={err('vat')}
            data-testid="company-vat"
          />
        </Stack>
      </Paper>
      {!readOnly && (
        <Group justify="flex-end">
          {dirty && <Button variant="default" onClick={() => void leave(reset)} data-testid="company-discard">{t('discardChanges')}</Button>}
          <Button onClick={() => void save()} loading={saving} disabled={!dirty} data-testid="company-save">{t('save')}</Button>
        </Group>
      )}
      {discardModal}
    </Stack>
  );
}
