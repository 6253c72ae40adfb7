/** Splits a byte stream into lines without holding more than one line (up to a limit) in memory. */

export interface Line {
  /** 1-based line number. */
  n: number;
  /** The line's bytes without the newline (and without a trailing CR), or null when it exceeded the limit. */
  bytes: Uint8Array | null;
  /** Length in bytes, also when the line was too long to keep. */
  length: number;
}

export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let tooLong = false;
  let n = 0;
  const finish = (): Line => {
    n++;
    let bytes: Buffer | null = tooLong ? null : Buffer.concat(pending, pendingLength);
    if (bytes !== null && bytes.length > 0 && bytes[bytes.length - 1] === 0x0d)
      bytes = bytes.subarray(0, bytes.length - 1);
    const line: Line = { n, bytes, length: pendingLength };
    pending = [];
    pendingLength = 0;
    tooLong = false;
    return line;
  };
  const append = (part: Buffer): void => {
    pendingLength += part.length;
    if (tooLong) return;
    if (pendingLength > maxLineBytes) {
      tooLong = true;
      pending = [];
    } else pending.push(part);
  };
  for await (const chunk of chunks) {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      append(buf.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    if (start < buf.length) append(buf.subarray(start));
  }
  if (pendingLength > 0) yield finish();
}
