// Legacy Arabic encodings: fixtures are made by encoding real Arabic news text with iconv-lite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset, normalizeCharset } from '../../src/source/index.js';
import { ARABIC_PARAGRAPHS, ARABIC_TITLE, collect, onlyDoc, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

const TEXT = [ARABIC_TITLE, ...ARABIC_PARAGRAPHS].join('\n\n');
const page = (head: string): string =>
  `<html><head>${head}<title>${ARABIC_TITLE}</title></head><body><article><h1>${ARABIC_TITLE}</h1>${ARABIC_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const write = (name: string, bytes: Buffer): string => {
  const path = join(tmp.dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe.each(['windows-1256', 'iso-8859-6'])('%s', (encoding) => {
  it('round-trips the test text (every character exists in the code page)', () => {
    expect(iconv.decode(iconv.encode(TEXT, encoding), encoding)).toBe(TEXT);
  });

  it('decodes a page declaring it with <meta charset>', async () => {
    const path = write(`meta-${encoding}.html`, iconv.encode(page(`<meta charset="${encoding}">`), encoding));
    expect((await onlyDoc([path])).text).toBe(TEXT);
  });

  it('decodes a page declaring it with http-equiv Content-Type', async () => {
    const head = `<meta http-equiv="Content-Type" content="text/html; charset=${encoding.toUpperCase()}">`;
    const path = write(`http-equiv-${encoding}.html`, iconv.encode(page(head), encoding));
    expect((await onlyDoc([path])).text).toBe(TEXT);
  });

  it('detects an undeclared page from its tag-stripped text', async () => {
    const bytes = iconv.encode(page(''), encoding);
    expect(decodeBytes(bytes, { markup: true })).toMatchObject({ encoding, via: 'detector' });
    expect((await onlyDoc([write(`undeclared-${encoding}.html`, bytes)])).text).toBe(TEXT);
  });

  it('detects a plain-text file, even a one-line one', async () => {
    expect((await onlyDoc([write(`plain-${encoding}.txt`, iconv.encode(TEXT, encoding))])).text).toBe(TEXT);
    expect(decodeBytes(iconv.encode(ARABIC_TITLE, encoding))).toMatchObject({ text: ARABIC_TITLE, encoding });
  });

  it('uses a charset given from outside over everything in the file', async () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">'), encoding);
    expect(decodeBytes(bytes, { charset: encoding, markup: true })).toMatchObject({ encoding, via: 'given' });
    expect((await onlyDoc([write(`given-${encoding}.html`, bytes)], { charset: encoding })).text).toBe(TEXT);
  });
});

describe('decodeBytes evidence order', () => {
  it('trusts a BOM over the meta tag', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(page('<meta charset="windows-1256">')),
    ]);
    expect(decodeBytes(bytes, { markup: true })).toMatchObject({ encoding: 'utf-8', via: 'bom' });
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]);
    expect(decodeBytes(le)).toEqual({ text: TEXT, encoding: 'utf-16le', via: 'bom' });
    expect(decodeBytes(be)).toEqual({ text: TEXT, encoding: 'utf-16be', via: 'bom' });
  });

  it('reads a page re-saved as UTF-8 under its old windows-1256 meta tag as UTF-8', () => {
    const bytes = Buffer.from(page('<meta charset="windows-1256">'), 'utf8');
    expect(decodeBytes(bytes, { markup: true })).toMatchObject({ encoding: 'utf-8', via: 'utf-8' });
  });

  it('does not believe a UTF-8 meta tag over windows-1256 bytes', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">'), 'windows-1256');
    const d = decodeBytes(bytes, { markup: true });
    expect(d).toMatchObject({ encoding: 'windows-1256', via: 'detector' });
    expect(d.text).toContain(ARABIC_PARAGRAPHS[0]);
  });

  it('treats plain UTF-8 as UTF-8 without asking the detector', () => {
    expect(decodeBytes(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', via: 'utf-8' });
  });

  it('reads the XML declaration of feeds', () => {
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-6"?><rss/>'))).toBe(
      'ISO-8859-6',
    );
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, markup) => {
        expect(typeof decodeBytes(bytes, { markup }).text).toBe('string');
      }),
    );
  });
});

describe('normalizeCharset', () => {
  it.each([
    ['UTF8', 'utf-8'],
    ['cp1256', 'windows-1256'],
    ['Windows-1256', 'windows-1256'],
    ['ISO_8859-6', 'iso-8859-6'],
    ['iso-8859-6-i', 'iso-8859-6'],
    ['arabic', 'iso-8859-6'],
    ['ASMO-708', 'iso-8859-6'],
    ['"iso-8859-1"', 'windows-1252'],
    ['x-no-such-charset', null],
    ['utf-16', null],
  ])('%s → %s', (label, name) => {
    expect(normalizeCharset(label)).toBe(name);
  });
});

it('reads a directory of mixed encodings into the same text', async () => {
  const dir = join(tmp.dir, 'mixed');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.html'), iconv.encode(page('<meta charset="windows-1256">'), 'windows-1256'));
  writeFileSync(join(dir, 'b.html'), iconv.encode(page('<meta charset="iso-8859-6">'), 'iso-8859-6'));
  writeFileSync(join(dir, 'c.html'), Buffer.from(page('<meta charset="utf-8">')));
  writeFileSync(join(dir, 'd.txt'), iconv.encode(TEXT, 'windows-1256'));
  const items = await collect([dir]);
  expect(items.map((i) => i.ok && i.doc.text)).toEqual([TEXT, TEXT, TEXT, TEXT]);
});
