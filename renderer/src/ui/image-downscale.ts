import { encodeToFit, type DownscalePolicy, type EncodeAttempt, type FitResult } from './image-fit';

export type DownscaleResult = FitResult | { ok: false; reason: 'unreadable' };

/**
 * The browser half of image-fit.ts: draws a decoded image on a canvas at each attempted size
 * and encodes it, until the policy accepts the data URL. `width`×`height` is the image's
 * own size (a pre-scaled `source` is drawn smaller still). An empty image or a canvas that
 * cannot draw gives 'unreadable'.
 */
export async function downscaleImage(
  source: CanvasImageSource,
  width: number,
  height: number,
  policy: DownscalePolicy,
): Promise<DownscaleResult> {
  try {
    const canvas = document.createElement('canvas');
    const encode = async (a: EncodeAttempt) => {
      canvas.width = a.width;
      canvas.height = a.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.imageSmoothingQuality = 'high';
      // JPEG has no alpha: transparent areas would turn black, so they become white.
      if (a.type === 'image/jpeg') {
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, a.width, a.height);
      } else {
        ctx.clearRect(0, 0, a.width, a.height);
      }
      ctx.drawImage(source, 0, 0, a.width, a.height);
      return canvas.toDataURL(a.type, a.quality);
    };
    return await encodeToFit(width, height, policy, encode);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
