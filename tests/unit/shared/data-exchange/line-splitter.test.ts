import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../../../shared/data-exchange';

function splitAll(chunks: string[], max?: number) {
  const s = new LineSplitter(max);
  return [...chunks.flatMap((c) => s.push(c)), ...s.end()];
}

describe('LineSplitter', () => {
  it('joins lines cut across chunks', () => {
    expect(splitAll(['ab', 'c\nde', 'f\n', 'g'])).toEqual(['abc', 'def', 'g']);
  });

  it('handles CRLF, blank lines and a trailing newline', () => {
    expect(splitAll(['a\r\n\r\nb\r', '\n'])).toEqual(['a', '', 'b']);
  });

  it('gives nothing for empty input', () => {
    expect(splitAll([])).toEqual([]);
    expect(splitAll([''])).toEqual([]);
  });

  it('reports an over-long line as null and recovers on the next one', () => {
    expect(splitAll(['12345', '678\nok\n', '1234567890'], 6)).toEqual([null, 'ok', null]);
  });

  it('keeps Persian text intact', () => {
    expect(splitAll(['سلا', 'م\nپیو', 'ند'])).toEqual(['سلام', 'پیوند']);
  });
});
