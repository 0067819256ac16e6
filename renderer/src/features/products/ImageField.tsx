import { Button, Group, Input, Loader, Stack, Text } from '@mantine/core';
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/formatters';
import { MAX_IMAGE_SIDE, MAX_SOURCE_BYTES, pictureFromFile } from './product-picture';
import { ProductImage } from './ProductImage';
import classes from './products.module.css';

interface ImageFieldProps {
  /** A data URL, or '' for none. */
  value: string;
  onChange: (dataUrl: string) => void;
  /** An error from the schema (i18n key already translated). */
  error?: string;
  alt: string;
}

/**
 * The product picture: pick a file, drop one on the box or paste one (Ctrl+V) while the
 * box has focus. The picture is scaled down in the browser (product-picture.ts) before it is
 * kept, with a preview and a remove button.
 */
export function ImageField({ value, onChange, error, alt }: ImageFieldProps) {
  const { t } = useTranslation('products');
  const fmt = useFormatters();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const take = async (file: File | null | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    const result = await pictureFromFile(file);
    setBusy(false);
    if (result.ok) onChange(result.dataUrl);
    else setProblem(t(`image.errors.${result.reason}`, { size: fmt.number(MAX_SOURCE_BYTES / 1024 / 1024) }));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };
  const onPaste = (e: ClipboardEvent) => {
    const file = [...e.clipboardData.files].find((f) => f.type.startsWith('image/'));
    if (!file) return;
    e.preventDefault();
    void take(file);
  };

  return (
    <Input.Wrapper label={t('fields.image')} error={problem ?? error}>
      <div
        className={classes.dropzone}
        data-over={over || undefined}
        tabIndex={0}
        role="group"
        aria-label={t('image.dropLabel')}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        onPaste={onPaste}
        data-testid="image-dropzone"
        style={{ marginTop: 6 }}
      >
        {busy ? (
          <div style={{ width: 120, height: 120, display: 'flex', alignItems: 'center', justifyContent: 'center' }}><Loader size="sm" /></div>
        ) : (
          <ProductImage src={value || undefined} alt={alt} size={120} />
        )}
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Button variant="default" size="xs" leftSection={<IconPhotoPlus size={16} />} onClick={() => input.current?.click()} loading={busy} data-testid="pick-image">
              {value ? t('image.replace') : t('image.pick')}
            </Button>
            {value && (
              <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={16} />} onClick={() => onChange('')} data-testid="remove-image">
                {t('image.remove')}
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed">{t('image.hint', { side: fmt.number(MAX_IMAGE_SIDE) })}</Text>
          {value && (
            <Text size="xs" c="dimmed" data-testid="image-size">
              {t('image.stored', { size: fmt.number(Math.max(1, Math.round((value.length * 3) / 4 / 1024))) })}
            </Text>
          )}
        </Stack>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif,image/bmp,image/avif"
          hidden
          onChange={(e) => {
            void take(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
          data-testid="product-image-input"
        />
      </div>
    </Input.Wrapper>
  );
}
