/** The CAMEO codebook with its PLOVER mapping (data/codebook/cameo.tsv). */
import { join } from 'node:path';
import { PLOVER_TYPES, type PloverType } from '../model.js';
import { readTsv } from './tsv.js';

export interface CameoCode {
  code: string;
  label: string;
  quad: number;
  goldstein: number;
  /** PLOVER type, or null for the 01x/02x codes PLOVER drops. */
  type: PloverType | null;
  mode: string | null;
  contexts: string[];
}

export type Codebook = Map<string, CameoCode>;

function ploverType(code: string, cell: string): PloverType | null {
  if (cell.startsWith('(dropped)')) return null;
  // The 08 root splits: 081-083 concede, 084-087 retreat.
  if (cell.startsWith('CONCEDE (081-083)')) return code === '08' || code < '084' ? 'CONCEDE' : 'RETREAT';
  const word = cell.split(/[\s(]/)[0] as PloverType;
  return (PLOVER_TYPES as readonly string[]).includes(word) ? word : null;
}

export function loadCodebook(dataDir: string): Codebook {
  const book: Codebook = new Map();
  for (const r of readTsv(join(dataDir, 'codebook/cameo.tsv'), 'data/codebook/cameo.tsv', ['code', 'quad'])) {
    const code = r.get('code');
    const type = ploverType(code, r.get('plover_event'));
    const modeCell = r.get('plover_mode');
    book.set(code, {
      code,
      label: r.get('label'),
      quad: Number(r.get('quad')),
      goldstein: Number(r.get('goldstein')),
      type,
      mode: modeCell || (r.get('plover_event').includes('mode: unconventional') ? 'unconventional' : null),
      contexts: r
        .get('plover_context')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    });
  }
  return book;
}
