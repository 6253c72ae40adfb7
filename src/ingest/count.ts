/**
 * How many documents the inputs hold, counted ahead of the job so progress can show an ETA: JSONL lines,
 * feed items, one per other file. Null for stdin, which cannot be read twice.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatOfExtension } from '../source/index.js';
import { walkDirectory } from '../source/walk.js';
import type { SourceFormat } from '../source/index.js';

async function nonBlankLines(path: string): Promise<number> {
  let lines = 0;
  let content = false;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) {
      if (byte === 0x0a) {
        if (content) lines++;
        content = false;
      } else if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) {
        content = true;
      }
    }
  }
  return lines + (content ? 1 : 0);
}

async function feedItems(path: string, maxBytes: number): Promise<number> {
  if ((await stat(path)).size > maxBytes) return 1;
  const text = await readFile(path, 'latin1');
  return text.match(/<(item|entry)[\s>]/g)?.length ?? 0;
}

/** A file's documents; a file that yields none still yields one failure. */
async function countFile(path: string, format: SourceFormat | null, maxBytes: number): Promise<number> {
  try {
    if (format === 'jsonl') return Math.max(1, await nonBlankLines(path));
    if (format === 'feed') return Math.max(1, await feedItems(path, maxBytes));
  } catch {
    // The reader will report the problem with this file; it counts as one item.
  }
  return 1;
}

export async function countDocuments(inputs: string[], maxBytes: number): Promise<number | null> {
  if (inputs.includes('-')) return null;
  let n = 0;
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      n++;
      continue;
    }
    if (!isDir) {
      n += await countFile(input, formatOfExtension(extname(input)), maxBytes);
      continue;
    }
    for await (const entry of walkDirectory(input))
      n += entry.ok ? await countFile(entry.path, entry.format, maxBytes) : 1;
  }
  return n;
}
