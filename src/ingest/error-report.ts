/**
 * The machine-readable error report: one JSON object per failed input, `{input, id?, error}`, written as
 * each failure happens so that a killed run still leaves the failures it met.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { IngestFailure } from './job.js';

export class ErrorReport {
  private fd: number | null;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(f: IngestFailure): void {
    if (this.fd === null) return;
    const record =
      f.id === undefined ? { input: f.input, error: f.error } : { input: f.input, id: f.id, error: f.error };
    writeSync(this.fd, JSON.stringify(record) + '\n');
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
