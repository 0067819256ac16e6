import { describe, expect, it } from 'vitest';
import { PRODUCT_IMAGE_MAX, productImageSchema } from '../../../shared/entities';
import {
  checkSourceFile, isStorableImage, MAX_IMAGE_SIDE, MAX_SOURCE_BYTES, PRODUCT_PICTURE,
} from '../../../renderer/src/features/products/product-picture';
import { encodeAttempts, encodeToFit, type EncodeAttempt } from '../../../renderer/src/ui/image-fit';

describe('product picture attempts', () => {
  it('tries WebP then JPEG at falling quality, then ever smaller sizes down to a useful minimum', () => {
    const attempts = encodeAttempts(2048, 1024, PRODUCT_PICTURE);
    expect(attempts[0]).toEqual({ width: 512, height: 256, type: 'image/webp', quality: 0.85 });
    expect(attempts.slice(0, 8).map((a) => a.type)).toEqual([...Array(4).fill('image/webp'), ...Array(4).fill('image/jpeg')]);
    const sides = [...new Set(attempts.map((a) => Math.max(a.width, a.height)))];
    expect(sides).toEqual([512, 384, 288, 216, 162, 121]);
    expect(attempts.every((a) => Math.max(a.width, a.height) <= MAX_IMAGE_SIDE)).toBe(true);
  });

  it('does not repeat the same size for a small source', () => {
    const attempts = encodeAttempts(200, 100, PRODUCT_PICTURE);
    expect(new Set(attempts.map((a) => a.width))).toEqual(new Set([200]));
  });
});

/** A fake canvas: the data URL grows with pixels and quality, like a real encoder. */
function fakeEncoder(bytesPerPixel: number, opts: { webp?: boolean } = {}) {
  const calls: EncodeAttempt[] = [];
  const encode = async (a: EncodeAttempt) => {
    calls.push(a);
    const type = a.type === 'image/webp' && opts.webp === false ? 'image/png' : a.type;
    const chars = Math.ceil(a.width * a.height * bytesPerPixel * (a.quality ?? 1) * (a.type === 'image/jpeg' ? 1.3 : 1));
    // Past the limit only "too long" matters; do not build megabyte strings.
    return `data:${type};base64,${'A'.repeat(Math.min(chars, PRODUCT_IMAGE_MAX + 1))}`;
  };
  return { encode, calls };
}

describe('product picture encoding', () => {
  it('keeps the first encoding that fits: a simple picture stays 512 px WebP at the best quality', async () => {
    const { encode, calls } = fakeEncoder(0.3);
    const result = await encodeToFit(4000, 3000, PRODUCT_PICTURE, encode);
    expect(result.ok && result.attempt).toEqual({ width: 512, height: 384, type: 'image/webp', quality: 0.85 });
    expect(calls).toHaveLength(1);
    expect(result.ok && result.dataUrl.length).toBeLessThanOrEqual(PRODUCT_IMAGE_MAX);
  });

  it('lowers quality, then size, until the data URL is under PRODUCT_IMAGE_MAX', async () => {
    const { encode } = fakeEncoder(2);
    const result = await encodeToFit(4000, 4000, PRODUCT_PICTURE, encode);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataUrl.length).toBeLessThanOrEqual(PRODUCT_IMAGE_MAX);
    expect(result.attempt.width).toBeLessThan(512);
    // The result is what the product schema accepts.
    expect(productImageSchema.safeParse(result.dataUrl).success).toBe(true);
  });

  it('falls back to JPEG where the browser has no WebP encoder (it answers with PNG)', async () => {
    const { encode, calls } = fakeEncoder(0.3, { webp: false });
    const result = await encodeToFit(800, 600, PRODUCT_PICTURE, encode);
    expect(result.ok && result.attempt.type).toBe('image/jpeg');
    // One WebP try is enough to learn it is unsupported.
    expect(calls.filter((c) => c.type === 'image/webp')).toHaveLength(1);
  });

  it('gives up with tooLarge when nothing fits', async () => {
    const { encode } = fakeEncoder(1000);
    expect(await encodeToFit(4000, 4000, PRODUCT_PICTURE, encode)).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('picture checks', () => {
  it('accepts raster images of sane size only', () => {
    expect(checkSourceFile({ type: 'image/png', size: 1000 })).toEqual({ ok: true });
    expect(checkSourceFile({ type: 'image/heic', size: 1000 })).toEqual({ ok: true });
    expect(checkSourceFile({ type: 'image/svg+xml', size: 1000 })).toEqual({ ok: false, reason: 'notImage' });
    expect(checkSourceFile({ type: 'application/pdf', size: 1000 })).toEqual({ ok: false, reason: 'notImage' });
    expect(checkSourceFile({ type: 'image/jpeg', size: MAX_SOURCE_BYTES + 1 })).toEqual({ ok: false, reason: 'fileTooLarge' });
  });

  it('recognizes storable data URLs', () => {
    expect(isStorableImage('data:image/webp;base64,AAAA')).toBe(true);
    expect(isStorableImage('data:image/gif;base64,AAAA')).toBe(false);
    expect(isStorableImage(`data:image/png;base64,${'A'.repeat(PRODUCT_IMAGE_MAX)}`)).toBe(false);
  });
});
