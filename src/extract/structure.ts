/**
 * Article structure of plain text as scrapers deliver it: every non-empty line is a paragraph, and each
 * paragraph gets a role (title, lede, body, caption, boilerplate) from its form and position. Repeated
 * paragraphs are linked to their first occurrence.
 */
import type { Paragraph, ParagraphRole } from '../model.js';
import { normalizeKey } from '../lang/ar/normalize.js';

export interface StructureOptions {
  /** The article's title when known separately (JSONL, HTML): a first paragraph equal to it is the title. */
  title?: string | null;
}

/** Paragraph spans: one per non-empty line, trimmed of surrounding white space. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const line = /[^\r\n\u2028\u2029]+/g;
  for (const m of text.matchAll(line)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

// Headers of related-links blocks, share and subscribe widgets (normalised spelling).
const BOILERPLATE_START = new RegExp(
  '^(?:' +
    [
      'اخترنا لك',
      'اقرا ايضا',
      'اقرا المزيد',
      'اقرا كذلك',
      'مواضيع ذات صله',
      'موضوعات ذات صله',
      'اخبار ذات صله',
      'روابط ذات صله',
      'مقالات ذات صله',
      'شاهد ايضا',
      'شاهد المزيد',
      'قد يهمك',
      'قد يعجبك',
      'المزيد من',
      'تابعونا',
      'تابعنا',
      'للاشتراك',
      'اشترك',
      'شارك',
      'حمل تطبيق',
      'لمتابعه اخر',
      'جميع الحقوق محفوظه',
      'جميع حقوق',
      'جميع الحقوق',
      '©',
      'copyright',
    ].join('|') +
    ')',
);
const SOCIAL =
  /^(?:(?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|انستغرام|تلغرام|يوتيوب|لينكد ان|facebook|twitter|whatsapp|telegram|linkedin|email|print|طباعه|ارسال)[\s|•·,،/-]*)+$/;
// Photo credits that close an image caption.
const CREDIT =
  /\((?:ارشيف|ارشيفيه|صوره ارشيفيه|صوره تعبيريه|تعبيريه|ا ?ف ?ب|ا\.ف\.ب|فرانس برس|رويترز|الاناضول|غيتي|غيتي اميجز|getty(?: images)?|afp|reuters|ap|epa|وكالات|انترنت|مواقع التواصل|مواقع التواصل الاجتماعي|فيسبوك|تويتر|اسوشيتد برس)\)\s*[.]?$/;
const BULLET = /^[•▪●◦■□►▶*-]\s*/;
const SENTENCE_END = /[.!?؟…:"»”]$/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function shingles(s: string): Set<string> {
  const words = s.replace(BULLET, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(words[i] + ' ' + words[i + 1]);
  return out;
}

/** Share of the smaller paragraph's word pairs found in the other: 1 for a repeat, ~0 for unrelated text. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size < 3 || b.size < 3) return 0;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) common++;
  return common / small.size;
}

const NEAR_DUPLICATE = 0.5;

/** `norms`, when given, are the paragraphs' normalised texts (the pipeline has them already). */
export function assignRoles(
  text: string,
  spans: { start: number; end: number }[],
  options: StructureOptions = {},
  norms: string[] = spans.map((s) => normalizeKey(text.slice(s.start, s.end))),
): Paragraph[] {
  const roles: (ParagraphRole | null)[] = spans.map(() => null);

  let inLinkBlock = false;
  norms.forEach((n, i) => {
    const bare = n.replace(BULLET, '');
    if (BOILERPLATE_START.test(bare) || SOCIAL.test(bare)) {
      roles[i] = 'boilerplate';
      inLinkBlock = /^(?:اخترنا|اقرا|مواضيع|موضوعات|اخبار|روابط|مقالات|شاهد|قد|المزيد)/.test(bare);
      return;
    }
    // Lines after a related-links header are link titles until real prose resumes.
    if (inLinkBlock && wordCount(n) <= 20 && !SENTENCE_END.test(n)) {
      roles[i] = 'boilerplate';
      return;
    }
    inLinkBlock = false;
    if (CREDIT.test(n) && wordCount(n) <= 40) roles[i] = 'caption';
  });
  // A bullet line just before a caption is part of the caption block (a repeated title over the image).
  for (let i = 0; i + 1 < spans.length; i++) {
    if (roles[i] === null && roles[i + 1] === 'caption' && BULLET.test(norms[i]!)) roles[i] = 'caption';
  }

  const content = spans.map((_, i) => i).filter((i) => roles[i] === null);
  const first = content[0];
  if (first !== undefined && spans.length > 1) {
    const n = norms[first]!;
    const givenTitle = options.title ? normalizeKey(options.title) : null;
    const looksLikeTitle = wordCount(n) <= 25 && !/[.،]$/.test(n) && content.length > 1;
    if ((givenTitle && n === givenTitle) || (!givenTitle && looksLikeTitle)) roles[first] = 'title';
  }
  const lede = content.find((i) => roles[i] === null);
  if (lede !== undefined && content.length > 1) roles[lede] = 'lede';
  for (const i of content) if (roles[i] === null) roles[i] = 'body';

  const sets = norms.map(shingles);
  return spans.map((s, i) => {
    let duplicateOf: number | null = null;
    if (roles[i] !== 'boilerplate') {
      for (let j = 0; j < i; j++) {
        if (roles[j] !== 'boilerplate' && overlap(sets[i]!, sets[j]!) >= NEAR_DUPLICATE) {
          duplicateOf = j;
          break;
        }
      }
    }
    return { index: i, start: s.start, end: s.end, role: roles[i]!, duplicateOf };
  });
}
