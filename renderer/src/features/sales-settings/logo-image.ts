import { PRODUCT_IMAGE_MAX, settingSchemas } from '../../../../shared/entities';

/** The longest side of the stored logo, in pixels: enough for a quote's letterhead. */
export const LOGO_MAX_SIDE = 256;
/** Files larger than this are refused before decoding (a phone photo is fine, a poster is not). */
export const LOGO_MAX_FILE_BYTES = 15 * 1024 * 1024;

/** The size an image is drawn at so its longer side is at most `max` (never enlarged). */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * The encodings to try, best first: PNG keeps a logo's transparency and sharp edges; WebP
 * (with alpha) and then JPEG at falling quality are smaller. The first that fits the
 * schema's limit is stored.
 */
export const LOGO_ENCODINGS: readonly { type: 'image/png' | 'image/webp' | 'image/jpeg'; quality?: number }[] = [
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

export type LogoError = 'notImage' | 'tooLarge' | 'unreadable';
export type LogoResult = { ok: true; dataUrl: string; width: number; height: number } | { ok: false; error: LogoError };

/**
 * Reads a picked image file, scales it down to LOGO_MAX_SIDE in the browser and encodes it
 * as a data URL that fits the schema (the logo syncs with the settings, so it stays small).
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
  let side = LOGO_MAX_SIDE;
  // Smaller sizes only when no encoding fits: a photo-like logo at 256 px may not.
  while (side >= 64) {
    const size = fitWithin(image.naturalWidth, image.naturalHeight, side);
    if (size.width === 0) return { ok: false, error: 'unreadable' };
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, error: 'unreadable' };
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, 0, 0, size.width, size.height);
    for (const encoding of LOGO_ENCODINGS) {
      const dataUrl = canvas.toDataURL(encoding.type, encoding.quality);
      // A browser that cannot encode a type falls back to PNG; the check below still holds.
      if (logoFits(dataUrl)) return { ok: true, dataUrl, ...size };
    }
    side = Math.floor(side * 0.75);
  }
  return { ok: false, error: 'tooLarge' };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('image did not load'));
    image.src = url;
  });
}
