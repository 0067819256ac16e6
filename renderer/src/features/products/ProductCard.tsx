import { Badge } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LtrText } from '../../ui/LtrText';
import { MoneyText } from '../../ui/MoneyText';
import { categoryLeaf } from './categories';
import { ProductImage } from './ProductImage';
import { shownPrice, type ProductSummary } from './product-summary';
import { StockText } from './StockText';
import classes from './products.module.css';

/** What a grid card shows; plain elements where possible, since cards render on every scroll frame. */
export const ProductCardContent = memo(function ProductCardContent({ product, baseCurrency }: { product: ProductSummary; baseCurrency: string | undefined }) {
  const { t } = useTranslation('products');
  const price = shownPrice(product.prices, baseCurrency);
  return (
    <>
      <ProductImage product={product} alt={product.name} size="100%" className={classes.cardImage} />
      <div className={classes.cardBody}>
        <div className={classes.cardName} data-testid="product-name"><bdi>{product.name}</bdi></div>
        <div className={classes.cardMeta}>
          <span className={classes.sku}>
            {product.sku ? <LtrText>{product.sku}</LtrText> : product.category ? <bdi>{categoryLeaf(product.category)}</bdi> : '\u00A0'}
          </span>
          {!product.active && <Badge size="xs" color="gray" variant="outline" style={{ flexShrink: 0 }}>{t('inactive')}</Badge>}
        </div>
        <div className={classes.cardFooter}>
          <span className={classes.price} data-testid="product-price">{price ? <MoneyText value={price} /> : <span className={classes.sku}>{t('noPrice')}</span>}</span>
          <StockText stockQuantity={product.stockQuantity} unit={product.unit} size="xs" />
        </div>
      </div>
    </>
  );
});

export function ProductListRow({ product, baseCurrency }: { product: ProductSummary; baseCurrency: string | undefined }) {
  const { t } = useTranslation('products');
  const price = shownPrice(product.prices, baseCurrency);
  return (
    <div className={classes.listRow} data-inactive={!product.active || undefined}>
      <ProductImage product={product} alt={product.name} size={44} />
      <div className={classes.listNames}>
        <div className={classes.listTitle} data-testid="product-name">
          <bdi>{product.name}</bdi>
          {!product.active && <Badge size="xs" color="gray" variant="outline" ms={8}>{t('inactive')}</Badge>}
        </div>
        <div className={classes.listSubtitle}>
          {product.sku && <LtrText>{product.sku}</LtrText>}
          {product.sku && product.category && ' · '}
          {product.category && <bdi>{product.category}</bdi>}
        </div>
      </div>
      <div className={classes.listPrice} data-testid="product-price">{price ? <MoneyText value={price} /> : <span className={classes.listSubtitle}>{t('noPrice')}</span>}</div>
      <div className={classes.listStock}><StockText stockQuantity={product.stockQuantity} unit={product.unit} size="xs" /></div>
    </div>
  );
}
