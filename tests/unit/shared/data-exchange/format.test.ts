import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATA_FORMAT, MAX_LINE_CHARS, parseDataHeader, parseDataLine, serializeDataLine,
} from '../../../../shared/data-exchange';
import { accountDoc, activityDoc, contactDoc, header, referenceDoc } from './fixtures';

describe('parseDataHeader', () => {
  it('reads a header', () => {
    const parsed = parseDataHeader(header({ contacts: 3 }));
    expect(parsed).toMatchObject({ ok: true, header: { format: DATA_FORMAT, version: 1, counts: { contacts: 3 } } });
  });

  it('tolerates a byte-order mark', () => {
    expect(parseDataHeader(`\uFEFF${header()}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'hello', 'notADataFile'],
    ['another JSON file', '{"name":"x"}', 'notADataFile'],
    ['a document line', serializeDataLine('accounts', accountDoc('a1')), 'notADataFile'],
    ['an array', '[1,2]', 'notADataFile'],
    ['an empty line', '', 'notADataFile'],
    ['a newer version', '{"format":"peyvand-data","version":2,"createdAt":"2025-01-01T00:00:00Z","counts":{}}', 'unsupportedVersion'],
    ['no counts', '{"format":"peyvand-data","version":1,"createdAt":"2025-01-01T00:00:00Z"}', 'badHeader'],
    ['a negative count', '{"format":"peyvand-data","version":1,"createdAt":"2025-01-01T00:00:00Z","counts":{"contacts":-1}}', 'badHeader'],
    ['an unknown collection count', '{"format":"peyvand-data","version":1,"createdAt":"2025-01-01T00:00:00Z","counts":{"users":1}}', 'badHeader'],
  ])('refuses %s', (_name, text, reason) => {
    const parsed = parseDataHeader(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toBe(reason);
  });
});

describe('parseDataLine', () => {
  it.each([
    ['reference', referenceDoc()],
    ['accounts', accountDoc('a1')],
    ['contacts', contactDoc('c1', 'a1')],
    ['activities', activityDoc('t1', 'c1')],
  ] as const)('round-trips a %s document', (collection, doc) => {
    const parsed = parseDataLine(serializeDataLine(collection, doc as never));
    expect(parsed).toEqual({ ok: true, collection, doc });
  });

  it('drops keys the schema does not know, so storage internals cannot be smuggled in', () => {
    const text = JSON.stringify({ c: 'contacts', d: { ...contactDoc('c1'), _rev: '9-x', _deleted: true, _meta: { lwt: 1 }, extra: 1 } });
    const parsed = parseDataLine(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Object.keys(parsed.doc)).not.toEqual(expect.arrayContaining(['_rev']));
    if (parsed.ok) expect(parsed.doc).not.toHaveProperty('_deleted');
    if (parsed.ok) expect(parsed.doc).not.toHaveProperty('extra');
  });

  it.each([
    ['bad JSON', '{"c":"contacts","d":{', 'badJson'],
    ['a blank line', '   ', 'emptyLine'],
    ['a number', '42', 'notAnObject'],
    ['an array', '[{"c":"contacts"}]', 'notAnObject'],
    ['null', 'null', 'notAnObject'],
    ['an unknown collection', '{"c":"users","d":{}}', 'unknownCollection'],
    ['a prototype key as collection', '{"c":"__proto__","d":{}}', 'unknownCollection'],
    ['no collection', '{"d":{}}', 'unknownCollection'],
    ['a string document', '{"c":"contacts","d":"x"}', 'notAnObject'],
  ])('rejects %s', (_name, text, reason) => {
    const parsed = parseDataLine(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toBe(reason);
  });

  it('rejects an invalid document and says which field', () => {
    const doc = { ...contactDoc('c1'), phones: [{ label: 'mobile', e164: '0912' }] };
    const parsed = parseDataLine(JSON.stringify({ c: 'contacts', d: doc }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toBe('invalidDocument');
      expect(parsed.detail).toContain('c1');
      expect(parsed.detail).toContain('phones.0.e164');
    }
  });

  it('rejects a document of the wrong collection', () => {
    const parsed = parseDataLine(serializeDataLine('accounts', contactDoc('c1') as never));
    expect(parsed).toMatchObject({ ok: false, reason: 'invalidDocument' });
  });

  it('rejects a reference doc whose data does not fit its kind', () => {
    const doc = { ...referenceDoc(), data: { username: 'x' } };
    expect(parseDataLine(JSON.stringify({ c: 'reference', d: doc }))).toMatchObject({ ok: false, reason: 'invalidDocument' });
  });

  it('rejects a line over the size limit without parsing it', () => {
    const text = `{"c":"contacts","d":{"notes":"${'x'.repeat(MAX_LINE_CHARS)}"}}`;
    expect(parseDataLine(text)).toMatchObject({ ok: false, reason: 'lineTooLong' });
  });
});

// shared/ runs in the renderer, the server and Electron: no React, DOM or Node-only APIs.
const dir = join(import.meta.dirname, '../../../../shared/data-exchange');
const sources = readdirSync(dir).filter((n) => n.endsWith('.ts')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

describe('shared/data-exchange stays isomorphic', () => {
  it.each(sources)('$name imports only shared code, zod and papaparse', ({ text }) => {
    for (const [, spec = ''] of text.matchAll(/from\s+'([^']+)'/g)) {
      expect(spec === 'zod' || spec === 'papaparse' || spec.startsWith('./') || /^\.\.\/(entities|text|dates)\b/.test(spec), spec).toBe(true);
    }
  });

  it.each(sources)('$name uses no DOM or Node globals', ({ text }) => {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(window|document|navigator|localStorage|process|Buffer|require|__dirname)\s*[.([]/);
  });
});
