import { PRODUCT_IMAGE_MAX, settingSchemas } from '../../../../shared/entities';
import { downscaleImage } from '../../ui/image-downscale';
import type { DownscalePolicy, ImageEncoding } from '../../ui/image-fit';

/** The longest side of the stored logo, in pixels: enough for a quote's letterhead. */
export const LOGO_MAX_SIDE = 256;
/** Smaller sizes are tried only when no encoding fits: a photo-like logo at 256 px may not. */
export const LOGO_MIN_SIDE = 64;
/** Files larger than this are refused before decoding (a phone photo is fine, a poster is not). */
export const LOGO_MAX_FILE_BYTES = 15 * 1024 * 1024;

/**
 * The encodings to try, best first: PNG keeps a logo's transparency and sharp edges; WebP
 * (with alpha) and then JPEG at falling quality are smaller. The first that fits the
 * schema's limit is stored.
 */
export const LOGO_ENCODINGS: readonly ImageEncoding[] = [
  { type: 'image/png' },
  { type: 'image/webp', quality: 0.92 },
  { type: 'image/webp', quality: 0.8 },
  { type: 'image/jpeg', quality: 0.85 },
  { type: 'image/jpeg', quality: 0.7 },
];

/** Whether a data URL is one the company setting accepts (type, base64 form and size). */
export function logoFits(dataUrl: string): boolean {
  return dataUrl.length <= PRODUCT_IMAGE_MAX && settingSchemas.company.shape.logo.safeParse(dataUrl).success;
}

export const LOGO_IMAGE: DownscalePolicy = { maxSide: LOGO_MAX_SIDE, minSide: LOGO_MIN_SIDE, encodings: LOGO_ENCODINGS, fits: logoFits };

export type LogoError = 'notImage' | 'tooLarge' | 'unreadable';
export type LogoResult = { ok: true; dataUrl: string; width: number; height: number } | { ok: false; error: LogoError };

/**
 * Reads a picked image file, scales it down to LOGO_MAX_SIDE in the browser and encodes it
 * as a data URL that fits the schema (the logo syncs with the settings, so it stays small).
 * Decoded through an <img>, so an SVG logo works too.
 */
export async function scaleLogo(file: File): Promise<LogoResult> {
  if (!file.type.startsWith('image/')) return { ok: false, error: 'notImage' };
  if (file.size > LOGO_MAX_FILE_BYTES) return { ok: false, error: 'tooLarge' };
  let image: HTMLImageElement;
  const url = URL.createObjectURL(file);
  try {
    image = await loadImage(url);
  } catch {
    return { ok: false, error: 'unreadable' };
  } finally {
    URL.revokeObjectURL(url);
  }
  const fitted = await downscaleImage(image, image.naturalWidth, image.naturalHeight, LOGO_IMAGE);
  if (!fitted.ok) return { ok: false, error: fitted.reason };
  const { width, height } = fitted.attempt;
  return { ok: true, dataUrl: fitted.dataUrl, width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('image did not load'));
    image.src = url;
  });
}
