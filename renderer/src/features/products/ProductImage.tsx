import { IconPackage } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useDatabase } from '../../db/DatabaseProvider';
import { productImageCache } from './image-cache';
import classes from './products.module.css';

interface ProductImageProps {
  /** The picture itself when the caller has it (detail page, form preview). */
  src?: string;
  /** Else it is read (and cached) by id for this version of the product. */
  product?: { id: string; updatedAt: string; hasImage: boolean };
  alt: string;
  size: number | '100%';
  className?: string;
}

/** A product's picture, or the bundled package icon when it has none. */
export function ProductImage({ src, product, alt, size, className }: ProductImageProps) {
  const loaded = useCachedImage(src === undefined && product?.hasImage ? product : undefined);
  const image = src ?? loaded;
  // '100%': as wide as the container; the class gives the height (card) or aspect ratio (detail).
  const style = size === '100%' ? { width: '100%' } : { width: size, height: size, flexShrink: 0 };
  if (image) {
    return <img src={image} alt={alt} className={`${classes.image} ${className ?? ''}`} style={style} loading="lazy" decoding="async" draggable={false} data-testid="product-image" />;
  }
  const waiting = src === undefined && product?.hasImage;
  return (
    <div className={`${classes.placeholder} ${className ?? ''}`} style={style} role="img" aria-label={alt} data-testid={waiting ? 'product-image-loading' : 'product-image-placeholder'}>
      {!waiting && <IconPackage size={typeof size === 'number' ? Math.max(16, size * 0.45) : 56} stroke={1.2} aria-hidden />}
    </div>
  );
}

function useCachedImage(product: { id: string; updatedAt: string } | undefined): string | undefined {
  const db = useDatabase();
  const cache = productImageCache(db.products);
  const id = product?.id ?? '';
  const read = () => (product ? cache.get(product.id, product.updatedAt) || undefined : undefined);
  return useSyncExternalStore((listener) => (id ? cache.subscribe(id, listener) : () => undefined), read, read);
}
