/** Whether a document is Arabic: the share of Arabic-script letters among all letters. */

// Arabic-script letter blocks: Arabic, Supplement, Extended-A/B, Presentation Forms A and B.
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x0870 && c <= 0x089f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

const LETTER = /\p{L}/u;

export function arabicShare(text: string): { arabic: number; letters: number } {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (isArabicLetter(c)) {
      arabic++;
      letters++;
    } else if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER.test(ch)) {
      letters++;
    }
  }
  return { arabic, letters };
}

/** The `not Arabic: ...` reason when too few letters are Arabic, else null. */
export function notArabicReason(text: string, minRatio: number): string | null {
  if (minRatio <= 0) return null;
  const { arabic, letters } = arabicShare(text);
  if (letters === 0) return 'not Arabic: the text has no letters';
  const share = arabic / letters;
  if (share >= minRatio) return null;
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  return `not Arabic: ${pct(share)} of ${letters} letters are Arabic (minimum ${pct(minRatio)})`;
}
