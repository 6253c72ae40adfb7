// Every kind of bad input becomes one {ok: false} item naming the input and the reason; the batch goes on.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fsErrorReason } from '../../src/source/walk.js';
import { notArabicReason } from '../../src/source/index.js';
import { ARABIC_PARAGRAPHS, ARABIC_TITLE, collect, fixture, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => {
  chmodSync(tmp.dir, 0o755);
  tmp.cleanup();
});
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
};
const failureOf = async (path: string, options?: Parameters<typeof collect>[1]): Promise<string> => {
  const items = await collect([path], options);
  expect(items).toHaveLength(1);
  const [item] = items;
  if (!item || item.ok) throw new Error(`expected a failure for ${path}, got ${JSON.stringify(item)}`);
  expect(item.input).toBe(path);
  return item.error;
};

describe('binary files', () => {
  it('are recognised by NUL bytes whatever their extension', async () => {
    const bytes = Buffer.concat([
      Buffer.from(ARABIC_TITLE),
      Buffer.from([0, 1, 2, 3]),
      Buffer.from(ARABIC_TITLE),
    ]);
    const title = Buffer.byteLength(ARABIC_TITLE);
    expect(await failureOf(write('nul.txt', bytes))).toBe(`binary file (NUL byte at offset ${title})`);
    expect(await failureOf(write('nul.jsonl', bytes))).toBe(`binary file (NUL byte at offset ${title})`);
  });

  it('are named by their magic number', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await failureOf(write('photo.html', png))).toBe('binary file (PNG image)');
    expect(await failureOf(write('report.txt', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')))).toBe(
      'binary file (PDF document)',
    );
    expect(await failureOf(write('feed.xml', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0])))).toBe(
      'binary file (gzip-compressed data; decompress it first)',
    );
  });

  it('are recognised by control bytes', async () => {
    const noisy = Buffer.alloc(400, 0x41);
    for (let i = 0; i < 400; i += 5) noisy[i] = 0x02;
    expect(await failureOf(write('noisy.txt', noisy))).toMatch(
      /^binary file \(80 control bytes in the first 400\)$/,
    );
  });
});

describe('empty and oversized files', () => {
  it('reports empty and whitespace-only files', async () => {
    expect(await failureOf(fixture('sources/empty.txt'))).toBe('empty file');
    expect(await failureOf(fixture('sources/whitespace.txt'))).toBe('empty file (whitespace only)');
    expect(await failureOf(write('empty.html', ''))).toBe('empty file');
    expect(await failureOf(write('empty.jsonl', ''))).toBe('empty file');
    expect(await failureOf(write('blank.xml', '\n \n'))).toBe('empty file (whitespace only)');
  });

  it('reports files above the size limit before reading them', async () => {
    const path = write('big.txt', `${ARABIC_PARAGRAPHS.join('\n')}\n`.repeat(20));
    expect(await failureOf(path, { maxBytes: 4096 })).toMatch(
      /^file is too large: [\d.]+ KiB \(limit 4\.0 KiB\)$/,
    );
    expect((await collect([path]))[0]?.ok).toBe(true); // default limit: 20 MiB
  });
});

describe('unreadable paths', () => {
  it('reports a missing path', async () => {
    const path = join(tmp.dir, 'no-such-file.txt');
    expect(await collect([path])).toEqual([{ ok: false, input: path, error: 'no such file or directory' }]);
  });

  it('reports what is neither a file nor a directory', async () => {
    expect(await collect(['/dev/null'])).toEqual([
      { ok: false, input: '/dev/null', error: 'not a regular file or directory' },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file and a directory without read permission', async () => {
    const file = write('secret.txt', ARABIC_TITLE);
    chmodSync(file, 0o000);
    expect(await failureOf(file)).toBe('permission denied');
    const dir = join(tmp.dir, 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o000);
    expect(await collect([dir])).toEqual([
      { ok: false, input: dir, error: 'cannot read directory: permission denied' },
    ]);
  });

  it('names file-system errors by condition (root cannot be denied, so the mapping is tested directly)', () => {
    const err = (code: string): Error => Object.assign(new Error(`${code}: raw`), { code });
    expect(fsErrorReason(err('EACCES'))).toBe('permission denied');
    expect(fsErrorReason(err('EPERM'))).toBe('permission denied');
    expect(fsErrorReason(err('ENOENT'))).toBe('no such file or directory');
    expect(fsErrorReason(err('ELOOP'))).toBe('too many levels of symbolic links');
    expect(fsErrorReason(err('EIO'))).toBe('EIO: raw');
  });
});

describe('malformed content', () => {
  it('reports HTML without markup and HTML without article text', async () => {
    expect(await failureOf(write('plain.html', `${ARABIC_TITLE}\n`))).toBe('not HTML: no markup found');
    expect(
      await failureOf(
        write(
          'chrome.html',
          '<html><body><nav><a href="/">الرئيسية</a> <a href="/a">أخبار</a></nav></body></html>',
        ),
      ),
    ).toBe('no article text found in the HTML page');
  });

  it('reports malformed XML and JSON lines (see feeds and jsonl tests for details)', async () => {
    expect(await failureOf(write('bad.rss', '<rss><channel><item><title>خبر</title></channel></rss>'))).toBe(
      'malformed XML at line 1, column 39: expected </item> but found </channel>',
    );
    const items = await collect([write('bad.jsonl', '{"id": 1, "text": }\n')]);
    expect(items).toEqual([
      { ok: false, input: `${tmp.dir}/bad.jsonl:1`, error: expect.stringMatching(/^malformed JSON: /) },
    ]);
  });
});

describe('non-Arabic documents', () => {
  const MIXED = `${ARABIC_TITLE} — Egypt reports 30 new coronavirus cases and two deaths, the health ministry said on Tuesday in Cairo.`;

  it('are refused below the threshold with the measured share', async () => {
    expect(await failureOf(fixture('sources/english.txt'))).toMatch(
      /^not Arabic: 0% of 1\d\d letters are Arabic \(minimum 30%\)$/,
    );
    expect(notArabicReason(MIXED, 0.3)).toBeNull();
    expect(notArabicReason(MIXED, 0.5)).toMatch(
      /^not Arabic: 3\d% of \d+ letters are Arabic \(minimum 50%\)$/,
    );
    expect(notArabicReason('2020 - 12 - 01', 0.3)).toBe('not Arabic: the text has no letters');
  });

  it('take their threshold from the options (0 accepts everything)', async () => {
    const path = write('mixed.txt', MIXED);
    expect((await collect([path], { minArabicRatio: 0.5 }))[0]?.ok).toBe(false);
    expect((await collect([fixture('sources/english.txt')], { minArabicRatio: 0 }))[0]?.ok).toBe(true);
  });
});

it('a batch of good and bad inputs yields one item per input, in order, and never throws', async () => {
  const good = fixture('sources/tree/01-article.txt');
  const items = await collect([
    join(tmp.dir, 'missing.txt'),
    good,
    write('zero.txt', Buffer.from([0, 0, 0])),
    fixture('sources/english.txt'),
    fixture('sources/tree/politics/02-page.html'),
  ]);
  expect(items.map((i) => i.ok)).toEqual([false, true, false, false, true]);
});
