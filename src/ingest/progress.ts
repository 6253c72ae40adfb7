/**
 * Progress of an ingest: on a terminal one line redrawn in place (count, share, rate, ETA); elsewhere (logs,
 * CI, pipes) a plain line every few seconds. The rate is measured over the last few seconds, so the ETA
 * follows the machine's current speed rather than the start-up.
 */
import type { IngestCounts } from './job.js';

export interface ProgressOptions {
  write: (text: string) => void;
  tty: boolean;
  /** Plain mode: seconds between lines. Default 5. */
  every?: number;
  now?: () => number;
}

const done = (c: IngestCounts): number => c.new + c.unchanged + c.failed;

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class Progress {
  private total: number | null = null;
  private last: IngestCounts = { read: 0, new: 0, unchanged: 0, failed: 0, events: 0 };
  private readonly samples: { t: number; n: number }[] = [];
  private drawnAt = 0;
  private lineShown = false;
  private readonly now: () => number;
  private readonly started: number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    // The first plain line comes after one interval, when there is a rate to report.
    this.drawnAt = options.tty ? 0 : this.started;
  }

  setTotal(total: number | null): void {
    this.total = total;
  }

  update(counts: Readonly<IngestCounts>): void {
    this.last = { ...counts };
    const t = this.now();
    this.samples.push({ t, n: done(counts) });
    while (this.samples.length > 2 && t - this.samples[0]!.t > 10_000) this.samples.shift();
    const gap = this.options.tty ? 100 : (this.options.every ?? 5) * 1000;
    if (t - this.drawnAt < gap) return;
    this.drawnAt = t;
    if (this.options.tty) {
      this.options.write(`\r\x1b[2K${this.line()}`);
      this.lineShown = true;
    } else {
      this.options.write(`ingest: ${this.line()}\n`);
    }
  }

  /** Prints a line (a failure) without tearing the progress line. */
  note(text: string): void {
    if (this.options.tty && this.lineShown) this.options.write('\r\x1b[2K');
    this.options.write(text + '\n');
    this.lineShown = false;
  }

  /** Clears the progress line before the summary. */
  finish(): void {
    if (this.options.tty && this.lineShown) this.options.write('\r\x1b[2K');
    this.lineShown = false;
  }

  /** Documents per second over the last seconds; null until a second has been measured. */
  private rate(): number | null {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.t - this.started < 1000) return null;
    const span = last.t - first.t;
    if (span >= 1000) return ((last.n - first.n) * 1000) / span;
    return (last.n * 1000) / (last.t - this.started);
  }

  line(): string {
    const c = this.last;
    const n = done(c);
    const rate = this.rate();
    const parts: string[] = [];
    if (this.total !== null && this.total > 0) {
      const share = Math.min(1, n / this.total);
      parts.push(`${n}/${this.total} (${Math.floor(share * 100)}%)`);
    } else {
      parts.push(`${n} documents`);
    }
    if (rate !== null) parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)}/s`);
    if (this.total !== null && rate !== null && rate > 0 && n < this.total) {
      parts.push(`ETA ${formatDuration((this.total - n) / rate)}`);
    }
    parts.push(`new ${c.new} · unchanged ${c.unchanged} · failed ${c.failed} · events ${c.events}`);
    return parts.join('  ');
  }
}
