import { PRODUCT_IMAGE_MAX } from '../../../../shared/entities';
import { downscaleImage } from '../../ui/image-downscale';
import { fitWithin, type DownscalePolicy, type ImageEncoding } from '../../ui/image-fit';

/**
 * A product picture: scaled down to fit MAX_IMAGE_SIDE, then encoded as WebP (or JPEG where
 * WebP is not available) at falling quality, and smaller again, until its data URL fits the
 * synced record (PRODUCT_IMAGE_MAX characters).
 */
export const MAX_IMAGE_SIDE = 512;
/** Below this the picture is useless; such an image is refused as too large. */
export const MIN_IMAGE_SIDE = 96;
/** Files larger than this are refused before decoding (a 100 MB TIFF would stall the page). */
export const MAX_SOURCE_BYTES = 30 * 1024 * 1024;

const QUALITIES = [0.85, 0.72, 0.6, 0.45];
const TYPES = ['image/webp', 'image/jpeg'] as const;

const DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;

/** What the product schema accepts as a picture. */
export function isStorableImage(dataUrl: string, maxChars = PRODUCT_IMAGE_MAX): boolean {
  return dataUrl.length <= maxChars && DATA_URL.test(dataUrl);
}

export const PRODUCT_PICTURE: DownscalePolicy = {
  maxSide: MAX_IMAGE_SIDE,
  minSide: MIN_IMAGE_SIDE,
  encodings: TYPES.flatMap((type) => QUALITIES.map((quality): ImageEncoding => ({ type, quality }))),
  fits: (dataUrl) => isStorableImage(dataUrl),
};

export type SourceCheck = { ok: true } | { ok: false; reason: 'notImage' | 'fileTooLarge' };

/** Whether a chosen file is worth decoding: a raster picture of sane size. */
export function checkSourceFile(file: { type: string; size: number }): SourceCheck {
  if (!file.type.startsWith('image/') || file.type === 'image/svg+xml') return { ok: false, reason: 'notImage' };
  if (file.size > MAX_SOURCE_BYTES) return { ok: false, reason: 'fileTooLarge' };
  return { ok: true };
}

export type PictureResult = { ok: true; dataUrl: string } | { ok: false; reason: 'notImage' | 'fileTooLarge' | 'unreadable' | 'tooLarge' };

/** Decodes a chosen file and downscales it to a storable picture. */
export async function pictureFromFile(file: File): Promise<PictureResult> {
  const check = checkSourceFile(file);
  if (!check.ok) return check;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    // Pre-scale once with the browser's high-quality resampler; the attempts only shrink further.
    const first = fitWithin(bitmap.width, bitmap.height, MAX_IMAGE_SIDE);
    let source: ImageBitmap = bitmap;
    if (first.width < bitmap.width) {
      try {
        source = await createImageBitmap(bitmap, { resizeWidth: first.width, resizeHeight: first.height, resizeQuality: 'high' });
      } catch {
        source = bitmap;
      }
    }
    const fitted = await downscaleImage(source, bitmap.width, bitmap.height, PRODUCT_PICTURE);
    if (source !== bitmap) source.close();
    return fitted.ok ? { ok: true, dataUrl: fitted.dataUrl } : fitted;
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    bitmap.close();
  }
}
