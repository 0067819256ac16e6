import { describe, expect, it } from 'vitest';
import { dataUrlType, encodeAttempts, encodeToFit, fitWithin, type DownscalePolicy } from '../../../renderer/src/ui/image-fit';

describe('fitWithin', () => {
  it('scales the longer side down to the limit keeping the aspect, never up', () => {
    expect(fitWithin(4000, 3000, 512)).toEqual({ width: 512, height: 384 });
    expect(fitWithin(1000, 2000, 512)).toEqual({ width: 256, height: 512 });
    expect(fitWithin(300, 200, 512)).toEqual({ width: 300, height: 200 });
    expect(fitWithin(10000, 1, 512)).toEqual({ width: 512, height: 1 });
    expect(fitWithin(1024, 512, 256)).toEqual({ width: 256, height: 128 });
    expect(fitWithin(300, 1200, 256)).toEqual({ width: 64, height: 256 });
    expect(fitWithin(100, 80, 256)).toEqual({ width: 100, height: 80 });
    expect(fitWithin(5000, 1, 256)).toEqual({ width: 256, height: 1 });
  });

  it('refuses an empty image', () => {
    expect(() => fitWithin(0, 10, 512)).toThrow(RangeError);
    expect(() => fitWithin(10, Number.NaN, 512)).toThrow(RangeError);
  });
});

const policy: DownscalePolicy = {
  maxSide: 100,
  minSide: 50,
  encodings: [{ type: 'image/png' }, { type: 'image/webp', quality: 0.9 }],
  fits: (dataUrl) => dataUrl.length <= 40,
};

describe('encodeAttempts', () => {
  it('tries every encoding in order at each size, ¾ smaller each time, down to minSide', () => {
    expect(encodeAttempts(400, 200, policy)).toEqual([
      { width: 100, height: 50, type: 'image/png' },
      { width: 100, height: 50, type: 'image/webp', quality: 0.9 },
      { width: 75, height: 38, type: 'image/png' },
      { width: 75, height: 38, type: 'image/webp', quality: 0.9 },
      { width: 56, height: 28, type: 'image/png' },
      { width: 56, height: 28, type: 'image/webp', quality: 0.9 },
    ]);
  });
});

describe('encodeToFit', () => {
  it('keeps the first attempt the policy accepts and skips a type the encoder does not have', async () => {
    const calls: string[] = [];
    const result = await encodeToFit(400, 200, policy, async (a) => {
      calls.push(`${a.type}@${a.width}`);
      // No WebP encoder: it answers with PNG, which is too long until the smallest size.
      return `data:image/png;base64,${'A'.repeat(a.width / 3)}`;
    });
    expect(calls).toEqual(['image/png@100', 'image/webp@100', 'image/png@75', 'image/png@56']);
    expect(result).toEqual({ ok: true, dataUrl: `data:image/png;base64,${'A'.repeat(56 / 3)}`, attempt: { width: 56, height: 28, type: 'image/png' } });
  });
});

describe('dataUrlType', () => {
  it('reads the type a data URL really holds', () => {
    expect(dataUrlType('data:image/png;base64,AAAA')).toBe('image/png');
    expect(dataUrlType('nonsense')).toBe('');
  });
});
