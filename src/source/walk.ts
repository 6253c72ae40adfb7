/** Expands a directory input into the article files under it, recursively, in a stable order. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep, extname } from 'node:path';
import { formatOfExtension } from './sniff.js';
import type { SourceFormat } from './types.js';

export type WalkEntry =
  { ok: true; path: string; id: string; format: SourceFormat } | { ok: false; input: string; error: string };

/** A short reason for a failed file-system call, naming the condition rather than the errno. */
export function fsErrorReason(e: unknown): string {
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Files whose extension names a reader (.txt .html .htm .xml .rss .atom .jsonl ...), sorted by name at
 * every level. Other files are skipped (a saved page's _files/ folder holds .js, .css and images);
 * hidden entries are skipped; symlinked directories are followed once.
 */
export async function* walkDirectory(root: string): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  async function* visit(dir: string): AsyncGenerator<WalkEntry> {
    let names: string[];
    try {
      const real = await realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
    } catch (e) {
      yield { ok: false, input: dir, error: `cannot read directory: ${fsErrorReason(e)}` };
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      let isDir: boolean;
      try {
        isDir = (await stat(path)).isDirectory();
      } catch (e) {
        yield { ok: false, input: path, error: fsErrorReason(e) };
        continue;
      }
      if (isDir) {
        yield* visit(path);
        continue;
      }
      const format = formatOfExtension(extname(name));
      if (format === null) continue;
      yield { ok: true, path, id: relative(root, path).split(sep).join('/'), format };
    }
  }
  yield* visit(root);
}
