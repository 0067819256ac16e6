import { PRODUCT_IMAGE_MAX } from '../../../../shared/entities';

/**
 * The size logic of a product picture, apart from the canvas that does the drawing: a
 * picture is scaled down to fit MAX_IMAGE_SIDE, then encoded as WebP (or JPEG where WebP
 * is not available) at falling quality, and smaller again, until its data URL fits the
 * synced record (PRODUCT_IMAGE_MAX characters).
 */
export const MAX_IMAGE_SIDE = 512;
/** Below this the picture is useless; such an image is refused as too large. */
export const MIN_IMAGE_SIDE = 96;
/** Files larger than this are refused before decoding (a 100 MB TIFF would stall the page). */
export const MAX_SOURCE_BYTES = 30 * 1024 * 1024;

export type ImageType = 'image/webp' | 'image/jpeg';

export interface EncodeAttempt {
  width: number;
  height: number;
  type: ImageType;
  quality: number;
}

export type FitResult = { ok: true; dataUrl: string; attempt: EncodeAttempt } | { ok: false; reason: 'tooLarge' };

/** The largest size with the same aspect that fits `max`×`max`; never enlarges. */
export function fitWithin(width: number, height: number, max = MAX_IMAGE_SIDE): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) throw new RangeError('fitWithin: empty image');
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

const QUALITIES = [0.85, 0.72, 0.6, 0.45];
const TYPES: ImageType[] = ['image/webp', 'image/jpeg'];

/**
 * The encodings to try, best first: each size (512, then ¾ of it …) in every type at
 * falling quality. The first one under the limit wins.
 */
export function encodeAttempts(width: number, height: number, maxSide = MAX_IMAGE_SIDE): EncodeAttempt[] {
  const attempts: EncodeAttempt[] = [];
  for (let side = maxSide; ; side = Math.floor(side * 0.75)) {
    const size = fitWithin(width, height, side);
    for (const type of TYPES) for (const quality of QUALITIES) attempts.push({ ...size, type, quality });
    // A source smaller than the next side would give the same size again.
    if (Math.max(size.width, size.height) < side || Math.floor(side * 0.75) < MIN_IMAGE_SIDE) break;
  }
  return attempts;
}

const DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;

/** What the product schema accepts as a picture. */
export function isStorableImage(dataUrl: string, maxChars = PRODUCT_IMAGE_MAX): boolean {
  return dataUrl.length <= maxChars && DATA_URL.test(dataUrl);
}

/** The type a data URL really holds: a browser without a WebP encoder hands back PNG. */
export function dataUrlType(dataUrl: string): string {
  return /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? '';
}

/**
 * Runs the attempts with `encode` (the canvas) until one fits. An encoder that answers a
 * WebP request with another type has no WebP: the WebP attempts are skipped from then on.
 */
export async function encodeToFit(
  width: number,
  height: number,
  encode: (attempt: EncodeAttempt) => Promise<string>,
  maxChars = PRODUCT_IMAGE_MAX,
): Promise<FitResult> {
  const unsupported = new Set<ImageType>();
  for (const attempt of encodeAttempts(width, height)) {
    if (unsupported.has(attempt.type)) continue;
    const dataUrl = await encode(attempt);
    if (dataUrlType(dataUrl) !== attempt.type) {
      unsupported.add(attempt.type);
      continue;
    }
    if (isStorableImage(dataUrl, maxChars)) return { ok: true, dataUrl, attempt };
  }
  return { ok: false, reason: 'tooLarge' };
}

export type SourceCheck = { ok: true } | { ok: false; reason: 'notImage' | 'fileTooLarge' };

/** Whether a chosen file is worth decoding: a raster picture of sane size. */
export function checkSourceFile(file: { type: string; size: number }): SourceCheck {
  if (!file.type.startsWith('image/') || file.type === 'image/svg+xml') return { ok: false, reason: 'notImage' };
  if (file.size > MAX_SOURCE_BYTES) return { ok: false, reason: 'fileTooLarge' };
  return { ok: true };
}
