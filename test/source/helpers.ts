// Shared by the source reader tests: fixture paths, temporary directories, and collecting items.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSources } from '../../src/source/index.js';
import type { ReadOptions, SourceDoc, SourceItem } from '../../src/source/index.js';

export const fixture = (path: string): string =>
  fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

export async function collect(inputs: string[], options?: ReadOptions): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(inputs, options)) out.push(item);
  return out;
}

export function docsOf(items: SourceItem[]): SourceDoc[] {
  return items.flatMap((i) => (i.ok ? [i.doc] : []));
}

/** The single document the inputs must yield, or a failed expectation naming the error. */
export async function onlyDoc(inputs: string[], options?: ReadOptions): Promise<SourceDoc> {
  const items = await collect(inputs, options);
  if (items.length !== 1 || !items[0]?.ok)
    throw new Error(`expected one document, got ${JSON.stringify(items)}`);
  return items[0].doc;
}

/** A fresh directory under the OS temp dir and a function that removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hadath-source-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** stdin stand-in that delivers the input in chunks of the given size. */
export async function* chunked(data: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

// Real Arabic news text (Sputnik Arabic, 2020-03-17; from test/fixtures/html, Apache-2.0 test set).
export const ARABIC_TITLE = 'مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا';
export const ARABIC_PARAGRAPHS = [
  'أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل 30 حالة جديدة بفيروس كورونا المستجد (كوفيد 19)، ليرتفع إجمالي عدد المصابين إلى 196 حالة، بالإضافة إلى تسجيل حالتي وفاة جديدتين.',
  'وأوضح الدكتور خالد مجاهد، المتحدث الرسمي للوزارة، أن الحالات الجديدة التي ثبتت إيجابيتها لفيروس كورونا المستجد، اليوم، جميعها من المصريين المخالطين للحالات الإيجابية التي تم اكتشافها والإعلان عنها مسبقًا.',
];
