import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { splitLines } from '../../src/source/lines.js';
import { ARABIC_PARAGRAPHS, ARABIC_TITLE, chunked, collect, fixture, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('a JSONL batch with bad lines in the middle', async () => {
  const path = fixture('sources/batch-with-bad-line.jsonl');
  const items = await collect([path]);

  it('yields one item per non-blank line, in input order, naming path:line for every error', () => {
    const summary = items.map((i) =>
      i.ok
        ? `ok ${i.doc.id} @${i.doc.origin.slice(path.length)}`
        : `✗ ${i.input.slice(path.length)} ${i.error}`,
    );
    expect(summary).toEqual([
      'ok n1 @:1',
      'ok n2 @:2',
      '✗ :3 malformed JSON: Unterminated string in JSON at position 37',
      'ok n4 @:4',
      // line 5 is blank
      expect.stringMatching(/^✗ :6 not Arabic: 0% of \d+ letters are Arabic \(minimum 30%\)$/),
      '✗ :7 expected a JSON object, found an array',
      '✗ :8 "published" is not a date: "أمس"',
      '✗ :9 "text" must be a string, not number',
      'ok batch-with-bad-line.jsonl:10 @:10',
    ]);
  });

  it('reports the record id with an error when the line had one', () => {
    const ids = items.map((i) => (i.ok ? i.doc.id : (i.id ?? null)));
    expect(ids).toEqual(['n1', 'n2', null, 'n4', 'n5', null, 'n7', 'n8', 'batch-with-bad-line.jsonl:10']);
  });

  it('keeps text verbatim and takes published/source/url from the record', () => {
    expect(items[0]).toEqual({
      ok: true,
      doc: {
        id: 'n1',
        text: 'أعلنت وزارة الخارجية الفلسطينية إدانتها لقرار هدم المنازل في القدس الشرقية.',
        title: null,
        published: '2021-05-02',
        url: null,
        source: null,
        origin: `${path}:1`,
      },
    });
    expect(items[1]?.ok && items[1].doc.source).toBe('وكالة الأنباء العراقية');
  });

  it('extracts "html" records, the record fields winning over the page', () => {
    const doc = items[3]?.ok ? items[3].doc : null;
    expect(doc).toMatchObject({
      id: 'n4',
      title: 'قمة العلا تنهي الأزمة الخليجية',
      published: '2021-01-05',
      url: 'https://gulf.example/alula',
      source: 'gulf.example',
    });
    expect(doc?.text.split('\n\n')).toEqual([
      'قمة العلا تنهي الأزمة الخليجية',
      expect.stringMatching(/^وقع قادة دول مجلس التعاون الخليجي في مدينة العلا السعودية/),
      'وقال ولي العهد السعودي إن القمة تعزز وحدة الصف الخليجي.',
    ]);
  });

  it('accepts the corpus spelling of dates ("date": RFC 822) and defaults the id to path:line', () => {
    const last = items[8];
    expect(last?.ok && last.doc.published).toBe('2021-05-16');
  });
});

describe('JSONL edge cases', () => {
  const write = (name: string, content: string | Buffer): string => {
    const path = join(tmp.dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('treats CRLF line ends and a BOM like LF', async () => {
    const path = write(
      'crlf.jsonl',
      `\uFEFF${JSON.stringify({ id: 'a', text: ARABIC_TITLE })}\r\n${JSON.stringify({ id: 'b', text: ARABIC_PARAGRAPHS[0] })}\r\n`,
    );
    const items = await collect([path]);
    expect(items.map((i) => i.ok && [i.doc.id, i.doc.text])).toEqual([
      ['a', ARABIC_TITLE],
      ['b', ARABIC_PARAGRAPHS[0]],
    ]);
  });

  it('reports a line above the size limit and goes on', async () => {
    const long = JSON.stringify({ id: 'long', text: ARABIC_PARAGRAPHS.join(' ').repeat(5) });
    const path = write('long.jsonl', `${long}\n${JSON.stringify({ id: 'short', text: ARABIC_TITLE })}\n`);
    const items = await collect([path], { maxBytes: 1024 });
    expect(items[0]).toEqual({
      ok: false,
      input: `${path}:1`,
      error: expect.stringMatching(/^line is too large: [\d.]+ KiB \(limit 1\.0 KiB\)$/),
    });
    expect(items[1]?.ok).toBe(true);
  });

  it('puts the record title first in the text of an "html" record', async () => {
    const html = `<html><head><title>عنوان الصفحة</title></head><body><p>${ARABIC_PARAGRAPHS[0]}</p></body></html>`;
    const path = write(
      'titled.jsonl',
      JSON.stringify({ id: 't', html, title: ARABIC_TITLE, published: '2020-03-17' }),
    );
    const [item] = await collect([path]);
    expect(item).toMatchObject({
      ok: true,
      doc: {
        title: ARABIC_TITLE,
        published: '2020-03-17',
        text: `${ARABIC_TITLE}\n\n${ARABIC_PARAGRAPHS[0]}`,
      },
    });
  });

  it('reports invalid UTF-8 on its line only', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"id":"x","text":"'),
      Buffer.from([0xe3, 0xd5, 0xd1]),
      Buffer.from('"}\n'),
    ]);
    const path = write(
      'latin.jsonl',
      Buffer.concat([bad, Buffer.from(`${JSON.stringify({ id: 'y', text: ARABIC_TITLE })}\n`)]),
    );
    expect((await collect([path])).map((i) => (i.ok ? i.doc.id : i.error))).toEqual([
      'line is not valid UTF-8 (JSONL must be UTF-8)',
      'y',
    ]);
  });

  it('reports records without text, with wrong field types, and empty batches', async () => {
    const path = write(
      'fields.jsonl',
      [
        JSON.stringify({ id: 'a', title: 'عنوان فقط' }),
        JSON.stringify({ id: 'b', text: ARABIC_TITLE, url: 7 }),
        JSON.stringify({ id: ['c'], text: ARABIC_TITLE }),
        JSON.stringify({ id: 'd', text: '   ' }),
        JSON.stringify({ id: 'e', html: '<html><body><nav><a href="/">الرئيسية</a></nav></body></html>' }),
        JSON.stringify({ id: 12, text: ARABIC_TITLE }),
        'null',
      ].join('\n'),
    );
    expect((await collect([path])).map((i) => (i.ok ? `ok ${i.doc.id}` : i.error))).toEqual([
      'no "text" or "html" field',
      '"url" must be a string, not number',
      '"id" must be a string or a number',
      '"text" is empty',
      'no article text found in the HTML page',
      'ok 12',
      'expected a JSON object, found null',
    ]);
    expect(await collect([write('blank.jsonl', '\n\n  \n')])).toMatchObject([
      { ok: false, error: 'empty file (no JSON lines)' },
    ]);
  });
});

describe('splitLines', () => {
  it('gives the same lines whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'ب', 'ج', '\r', ' ', '{', '"'), maxLength: 12 }), {
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 9 }),
        async (lines, size) => {
          const text = lines.join('\n');
          const got: string[] = [];
          for await (const line of splitLines(chunked(text, size), 1000))
            got.push(Buffer.from(line.bytes ?? []).toString('utf8'));
          const want = text === '' ? [] : text.split('\n').map((l) => l.replace(/\r$/, ''));
          if (text.endsWith('\n')) want.pop();
          expect(got).toEqual(want);
        },
      ),
    );
  });
});
