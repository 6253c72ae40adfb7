/** Output helpers shared by the commands: buffered writes that respect back-pressure. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
