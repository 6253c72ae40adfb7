import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readBytes } from '../../src/source/index.js';
import {
  ARABIC_PARAGRAPHS,
  ARABIC_TITLE,
  chunked,
  collect,
  docsOf,
  fixture,
  onlyDoc,
  tempDir,
} from './helpers.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('plain text files', () => {
  it('keep the decoded text verbatim, title null, id relative to the input root', async () => {
    const path = fixture('sources/tree/01-article.txt');
    const doc = await onlyDoc([path]);
    expect(doc).toEqual({
      id: '01-article.txt',
      text: readFileSync(path, 'utf8'),
      title: null,
      published: null,
      url: null,
      source: null,
      origin: path,
    });
  });

  it('keep CRLF line ends and surrounding blank lines as they are', async () => {
    const path = join(tmp.dir, 'crlf.txt');
    const text = `\r\n${ARABIC_TITLE}\r\n\r\n${ARABIC_PARAGRAPHS[0]}\r\n`;
    writeFileSync(path, text);
    expect((await onlyDoc([path])).text).toBe(text);
  });

  it('drop only a UTF-8 byte-order mark', async () => {
    const path = join(tmp.dir, 'bom.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC_TITLE)]));
    expect((await onlyDoc([path])).text).toBe(ARABIC_TITLE);
  });
});

describe('HTML files', () => {
  it('put the title in `title` and as the first paragraph of the text', async () => {
    const path = fixture('sources/tree/politics/02-page.html');
    const doc = await onlyDoc([path]);
    expect(doc).toMatchObject({
      id: '02-page.html',
      title: 'البرلمان اللبناني يعقد جلسة لمناقشة الموازنة',
      published: '2021-01-20',
      source: 'الشرق اليوم',
      url: null,
      origin: path,
    });
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs).toEqual([
      'البرلمان اللبناني يعقد جلسة لمناقشة الموازنة',
      expect.stringMatching(/^عقد مجلس النواب اللبناني، اليوم الأربعاء، جلسة عامة/),
      expect.stringMatching(/^وقال نواب من المعارضة إن الموازنة لا تتضمن إصلاحات حقيقية/),
    ]);
    expect(doc.text).not.toContain('اقرأ أيضاً');
    expect(doc.text).not.toContain('الرئيسية');
  });

  it('read the real fixture pages with their dates', async () => {
    const docs = docsOf(await collect([fixture('html')]));
    expect(docs.map((d) => [d.id, d.published])).toEqual([
      ['almadenahnews_jo_2020_us_covid_deaths.html', '2020-04-24'],
      ['elbaladtv_eg_2020_turki_alalshaikh.html', '2020-12-25'],
      ['related-blocks.html', '2020-06-03'],
      ['sputnikarabic_2020_egypt_covid.html', '2020-03-17'],
    ]);
    const sputnik = docs[3];
    expect(
      sputnik?.text.startsWith(`${ARABIC_TITLE}\n\n${ARABIC_PARAGRAPHS[0]}\n\n${ARABIC_PARAGRAPHS[1]}\n\n`),
    ).toBe(true);
  });
});

describe('directories', () => {
  it('are read recursively by extension in name order, skipping hidden and unknown files', async () => {
    const root = fixture('sources/tree');
    const items = await collect([root]);
    expect(items.every((i) => i.ok)).toBe(true);
    expect(docsOf(items).map((d) => [d.id, d.origin.slice(root.length + 1)])).toEqual([
      ['01-article.txt', '01-article.txt'],
      ['https://gulf.example/kw/1', 'feeds/04-feed.rss#item-1'],
      ['https://gulf.example/qa/2', 'feeds/04-feed.rss#item-2'],
      ['politics/02-page.html', 'politics/02-page.html'],
      ['batch-a', 'politics/03-batch.jsonl:1'],
      ['batch-b', 'politics/03-batch.jsonl:2'],
    ]);
  });

  it('are read in the order the inputs were given, one after another', async () => {
    const a = fixture('sources/tree/politics');
    const b = fixture('sources/tree/01-article.txt');
    const ids = docsOf(await collect([b, a, b])).map((d) => d.id);
    expect(ids).toEqual(['01-article.txt', '02-page.html', 'batch-a', 'batch-b', '01-article.txt']);
  });
});

describe('a file named on its own with no known extension', () => {
  it('is read by what its content looks like', async () => {
    const doc = await onlyDoc([fixture('sources/no-extension')]);
    expect(doc.id).toBe('no-extension');
    expect(doc.text).toBe(readFileSync(fixture('sources/no-extension'), 'utf8'));
    const page = join(tmp.dir, 'page.php');
    writeFileSync(
      page,
      `<html><head><title>${ARABIC_TITLE}</title></head><body><p>${ARABIC_PARAGRAPHS[0]}</p></body></html>`,
    );
    expect((await onlyDoc([page])).text).toBe(`${ARABIC_TITLE}\n\n${ARABIC_PARAGRAPHS[0]}`);
  });
});

describe('stdin (-)', () => {
  it('sniffs plain text and keeps it verbatim', async () => {
    const text = `${ARABIC_TITLE}\n\n${ARABIC_PARAGRAPHS.join('\n\n')}\n`;
    const doc = await onlyDoc(['-'], { stdin: chunked(text) });
    expect(doc).toMatchObject({ id: 'stdin', origin: '-', text, title: null });
  });

  it('sniffs HTML', async () => {
    const html = `<!DOCTYPE html><html><head><title>${ARABIC_TITLE}</title></head><body><p>${ARABIC_PARAGRAPHS[0]}</p></body></html>`;
    const doc = await onlyDoc(['-'], { stdin: chunked(html, 100) });
    expect(doc.text).toBe(`${ARABIC_TITLE}\n\n${ARABIC_PARAGRAPHS[0]}`);
  });

  it('sniffs and streams JSONL, numbering lines across chunk boundaries', async () => {
    const lines = ARABIC_PARAGRAPHS.map((text, i) => JSON.stringify({ id: `s${i}`, text })).join('\n');
    const items = await collect(['-'], { stdin: chunked(`${lines}\n{oops}\n`, 5) });
    expect(items.map((i) => (i.ok ? [i.doc.id, i.doc.origin] : [i.input, i.error]))).toEqual([
      ['s0', '-:1'],
      ['s1', '-:2'],
      ['-:3', expect.stringMatching(/^malformed JSON: /)],
    ]);
  });

  it('sniffs feeds', async () => {
    const xml = readFileSync(fixture('sources/tree/feeds/04-feed.rss'));
    const docs = docsOf(await collect(['-'], { stdin: chunked(xml, 64) }));
    expect(docs.map((d) => d.origin)).toEqual(['-#item-1', '-#item-2']);
  });

  it('honours a forced format', async () => {
    const html = `<p>${ARABIC_PARAGRAPHS[0]}</p>`;
    expect((await onlyDoc(['-'], { stdin: chunked(html), stdinFormat: 'text' })).text).toBe(html);
  });

  it('reports empty input and input above the size limit', async () => {
    expect(await collect(['-'], { stdin: chunked('') })).toEqual([
      { ok: false, input: '-', id: 'stdin', error: 'empty input on stdin' },
    ]);
    expect(await collect(['-'], { stdin: chunked(ARABIC_PARAGRAPHS[0] ?? '', 16), maxBytes: 100 })).toEqual([
      { ok: false, input: '-', id: 'stdin', error: 'stdin is too large: more than 100 bytes' },
    ]);
  });
});

describe('symbolic links', () => {
  it('are followed, and a link back to an ancestor is read once, not forever', async () => {
    const root = join(tmp.dir, 'loop');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'sub', 'a.txt'), ARABIC_TITLE);
    symlinkSync(root, join(root, 'sub', 'back'));
    symlinkSync(join(root, 'sub', 'a.txt'), join(root, 'b.txt'));
    const ids = docsOf(await collect([root])).map((d) => d.id);
    expect(ids).toEqual(['b.txt', 'sub/a.txt']);
  });
});

describe('readBytes (documents already in memory)', () => {
  it('reads a fetched page with the HTTP charset and its URL', () => {
    const html = `<html><head><title>${ARABIC_TITLE}</title></head><body><p>${ARABIC_PARAGRAPHS[0]}</p></body></html>`;
    const items = readBytes(
      iconv.encode(html, 'windows-1256'),
      { id: 'fetch-1', format: 'html', url: 'https://news.example/2020/03/17/egypt' },
      { charset: 'windows-1256' },
    );
    expect(items).toEqual([
      {
        ok: true,
        doc: {
          id: 'fetch-1',
          text: `${ARABIC_TITLE}\n\n${ARABIC_PARAGRAPHS[0]}`,
          title: ARABIC_TITLE,
          published: '2020-03-17',
          url: 'https://news.example/2020/03/17/egypt',
          source: 'news.example',
          origin: 'fetch-1',
        },
      },
    ]);
  });

  it('sniffs the format when none is given', () => {
    const items = readBytes(Buffer.from(JSON.stringify({ id: 'j1', text: ARABIC_TITLE })), { id: 'upload' });
    expect(items).toMatchObject([{ ok: true, doc: { id: 'j1', origin: 'upload:1' } }]);
  });
});
