import { useEffect, useState } from 'react';

/**
 * False until a frame after `key` is set (e.g. the loaded record's id): a page paints its
 * essentials (the record's title and fields) first and its heavier parts (timeline,
 * composer) a frame later.
 */
export function useAfterFirstPaint(key: string | undefined): boolean {
  const [paintedKey, setPaintedKey] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!key) return;
    const id = requestAnimationFrame(() => setPaintedKey(key));
    return () => cancelAnimationFrame(id);
  }, [key]);
  return key !== undefined && paintedKey === key;
}
