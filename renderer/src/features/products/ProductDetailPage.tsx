import { Badge, Button, Center, Grid, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import type { ProductDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { LtrText } from '../../ui/LtrText';
import { MoneyText } from '../../ui/MoneyText';
import { DeleteRecordButton } from '../records/DeleteRecordButton';
import { Field, FieldGrid } from '../records/DetailFields';
import { RecordNotFound } from '../records/RecordNotFound';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { useRecord } from '../records/use-record';
import { useUserOptions } from '../settings/use-users';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { categoryLevels } from './categories';
import { ProductImage } from './ProductImage';
import { StockText } from './StockText';
import classes from './products.module.css';

export function ProductDetailPage() {
  const { t } = useTranslation('products');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const fmt = useFormatters();
  const product = useRecord<ProductDoc>(db.products, id);
  const owners = useUserOptions();
  const remove = useDeleteWithUndo();
  const refusal = useWriteRefusal('products', product);

  useEffect(() => {
    if (product) document.title = `${product.name} · ${t('common:appName')}`;
  }, [product, t]);

  if (product === undefined) return <Center py="xl"><Loader /></Center>;
  if (product === null) return <RecordNotFound backTo="/products" />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="record-title"><bdi>{product.name}</bdi></Title>
          <Group gap="xs" mt={4}>
            {product.sku && <Text size="sm" c="dimmed" data-testid="product-sku">{t('fields.sku')}: <LtrText>{product.sku}</LtrText></Text>}
            {!product.active && <Badge color="gray" variant="outline" data-testid="inactive-badge">{t('inactive')}</Badge>}
          </Group>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => navigate(`/products/${product.id}/edit`)} disabled={refusal !== null} data-testid="edit-record">
            {t('common:edit')}
          </Button>
          <DeleteRecordButton
            disabled={refusal !== null}
            name={product.name}
            body={t('deleteKeepsQuotes')}
            onConfirm={() => {
              void remove(db.products, product.id, product.name);
              navigate('/products');
            }}
          />
        </Group>
      </Group>
      <ReadOnlyNote refusal={refusal} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 5, md: 4 }}>
          <Paper withBorder p="sm">
            <ProductImage src={product.image || undefined} alt={product.name} size="100%" className={classes.detailImage} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <FieldGrid>
                <Field label={t('fields.category')}>
                  {product.category && <Text size="sm" data-testid="product-category"><bdi>{categoryLevels(product.category).join(' › ')}</bdi></Text>}
                </Field>
                <Field label={t('fields.unit')}><Text size="sm"><bdi>{product.unit}</bdi></Text></Field>
                <Field label={t('fields.stockQuantity')}>
                  <div data-testid="product-stock"><StockText stockQuantity={product.stockQuantity} unit={product.unit} /></div>
                </Field>
                <Field label={t('fields.owner')}><Text size="sm">{owners.find((o) => o.value === product.ownerId)?.label ?? product.ownerId}</Text></Field>
                <Field label={t('common:createdAt')}><Text size="sm">{fmt.dateTime(product.createdAt)}</Text></Field>
                <Field label={t('common:updatedAt')}><Text size="sm">{fmt.dateTime(product.updatedAt)}</Text></Field>
              </FieldGrid>
            </Paper>
            <Paper withBorder p="md">
              <Text size="sm" fw={600} mb="xs">{t('fields.prices')}</Text>
              {product.prices.length === 0 ? (
                <Text size="sm" c="dimmed">{t('noPrice')}</Text>
              ) : (
                <Table withRowBorders={false} verticalSpacing={4} data-testid="product-prices">
                  <Table.Tbody>
                    {product.prices.map((price) => (
                      <Table.Tr key={price.currency} data-currency={price.currency}>
                        <Table.Td w={120}><LtrText>{price.currency}</LtrText></Table.Td>
                        <Table.Td><MoneyText value={price} /></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
            {product.description && (
              <Paper withBorder p="md">
                <Field label={t('fields.description')}>
                  <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-testid="product-description">{product.description}</Text>
                </Field>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
