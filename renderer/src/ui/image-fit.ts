/**
 * The size logic of an image stored as a data URL, apart from the canvas that draws it
 * (image-downscale.ts): scale down to a policy's longest side, try its encodings best first,
 * and smaller again, until the data URL fits where it is stored. Each feature brings its
 * own policy (product pictures, the company logo).
 */

export type ImageType = 'image/png' | 'image/webp' | 'image/jpeg';

/** One way to encode: PNG takes no quality. */
export interface ImageEncoding {
  type: ImageType;
  quality?: number;
}

export interface EncodeAttempt extends ImageEncoding {
  width: number;
  height: number;
}

export interface DownscalePolicy {
  /** The longest side tried first, in pixels. */
  maxSide: number;
  /** Below this the image is useless: it is refused as too large instead. */
  minSide: number;
  /** Tried in this order at every size; the first that fits wins. */
  encodings: readonly ImageEncoding[];
  /** Whether a data URL may be stored (type, form and length). */
  fits: (dataUrl: string) => boolean;
}

export type FitResult = { ok: true; dataUrl: string; attempt: EncodeAttempt } | { ok: false; reason: 'tooLarge' };

/** Each smaller size is ¾ of the one before. */
const SHRINK = 0.75;

/** The largest size with the same aspect that fits `max`×`max`; never enlarges. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) throw new RangeError('fitWithin: empty image');
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The encodings to try, best first: each size (maxSide, then ¾ of it …) in every encoding. */
export function encodeAttempts(width: number, height: number, policy: DownscalePolicy): EncodeAttempt[] {
  const attempts: EncodeAttempt[] = [];
  for (let side = policy.maxSide; ; side = Math.floor(side * SHRINK)) {
    const size = fitWithin(width, height, side);
    for (const encoding of policy.encodings) attempts.push({ ...size, ...encoding });
    // A source smaller than the next side would give the same size again.
    if (Math.max(size.width, size.height) < side || Math.floor(side * SHRINK) < policy.minSide) break;
  }
  return attempts;
}

/** The type a data URL really holds: a browser without an encoder for a type hands back PNG. */
export function dataUrlType(dataUrl: string): string {
  return /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? '';
}

/**
 * Runs the attempts with `encode` (the canvas) until one fits. An encoder that answers a
 * request with another type cannot encode it: that type is skipped from then on.
 */
export async function encodeToFit(
  width: number,
  height: number,
  policy: DownscalePolicy,
  encode: (attempt: EncodeAttempt) => Promise<string>,
): Promise<FitResult> {
  const unsupported = new Set<ImageType>();
  for (const attempt of encodeAttempts(width, height, policy)) {
    if (unsupported.has(attempt.type)) continue;
    const dataUrl = await encode(attempt);
    if (dataUrlType(dataUrl) !== attempt.type) {
      unsupported.add(attempt.type);
      continue;
    }
    if (policy.fits(dataUrl)) return { ok: true, dataUrl, attempt };
  }
  return { ok: false, reason: 'tooLarge' };
}
