import { checkSourceFile, encodeToFit, fitWithin, MAX_IMAGE_SIDE, type EncodeAttempt } from './image-fit';

export type PictureResult = { ok: true; dataUrl: string } | { ok: false; reason: 'notImage' | 'fileTooLarge' | 'unreadable' | 'tooLarge' };

/**
 * The browser half of image-fit.ts: decode the file, draw it on a canvas at each attempted
 * size and encode. Transparent areas become white (JPEG has no alpha; WebP keeps it).
 */
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
    const canvas = document.createElement('canvas');
    const encode = async (a: EncodeAttempt) => {
      canvas.width = a.width;
      canvas.height = a.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.imageSmoothingQuality = 'high';
      if (a.type === 'image/jpeg') {
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, a.width, a.height);
      } else {
        ctx.clearRect(0, 0, a.width, a.height);
      }
      ctx.drawImage(source, 0, 0, a.width, a.height);
      return canvas.toDataURL(a.type, a.quality);
    };
    const fitted = await encodeToFit(bitmap.width, bitmap.height, encode);
    if (source !== bitmap) source.close();
    return fitted.ok ? { ok: true, dataUrl: fitted.dataUrl } : fitted;
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    bitmap.close();
  }
}
