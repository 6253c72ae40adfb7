/**
 * Reader for the dictionary TSV format: a header line naming the columns, `#` comments, blank lines
 * ignored. Rows keep their file and line so that errors and `rule` fields can point at them.
 */
import { readFileSync } from 'node:fs';

export interface TsvRow {
  file: string;
  line: number;
  get(column: string): string;
}

export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

export function parseTsv(content: string, file: string, required: readonly string[] = []): TsvRow[] {
  const lines = content.split(/\r?\n/);
  let index: Map<string, number> | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (!index) {
      index = new Map(cells.map((c, k) => [c.trim(), k]));
      for (const r of required) {
        if (!index.has(r)) throw new DictionaryError(file, i + 1, `missing column "${r}"`);
      }
      return;
    }
    const columns = index;
    rows.push({ file, line: i + 1, get: (column) => (cells[columns.get(column) ?? -1] ?? '').trim() });
  });
  return rows;
}

export function readTsv(path: string, file: string, required: readonly string[] = []): TsvRow[] {
  return parseTsv(readFileSync(path, 'utf8'), file, required);
}

export function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
