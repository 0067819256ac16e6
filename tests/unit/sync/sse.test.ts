import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from '../../../shared/sync';

describe('SSE parser', () => {
  it('parses events split across arbitrary chunks, with CRLF, comments and multi-line data', () => {
    const out: SseMessage[] = [];
    const p = createSseParser((m) => out.push(m));
    const text = 'retry: 2000\n: connected\n\ndata: "RESYNC"\n\ndata: {"a":\r\ndata: 1}\r\n\r\nevent: ping\ndata: x\n\nid: 7\ndata:no-space\n\n';
    for (let i = 0; i < text.length; i += 3) p.push(text.slice(i, i + 3));
    expect(out).toEqual([
      { event: 'message', data: '"RESYNC"' },
      { event: 'message', data: '{"a":\n1}' },
      { event: 'ping', data: 'x' },
      { event: 'message', data: 'no-space', id: '7' },
    ]);
  });

  it('waits for the end of an event before dispatching', () => {
    const out: SseMessage[] = [];
    const p = createSseParser((m) => out.push(m));
    p.push('data: 1\n');
    expect(out).toEqual([]);
    p.push('\n');
    expect(out).toHaveLength(1);
  });
});
