/**
 * Folding for matching page text against word lists: Arabic-Indic digits to ASCII; harakat, tatweel and
 * case removed; alef, alef maqsura and teh marbuta variants merged. Used only for comparisons, never
 * for output text.
 */
export function foldForMatching(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 48))
    .replace(/[\u06F0-\u06F9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x06f0 + 48))
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase();
}
