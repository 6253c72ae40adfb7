/**
 * Arabic post-filter over Readability's output. On pages whose class names carry no meaning Readability
 * keeps image captions, datelines, "اقرأ أيضا"/"اخترنا لك" related-link blocks, share and follow
 * widgets and tag lists; these rules remove them by their wording and link density.
 */
import { findDates } from './html-date-text.js';
import { foldForMatching } from './html-fold.js';
import type { Block } from './html-text.js';

export type DropReason =
  | 'title'
  | 'related'
  | 'widget'
  | 'caption'
  | 'copyright'
  | 'dateline'
  | 'byline'
  | 'link-dense'
  | 'no-letters';

export interface BlockVerdict {
  block: Block;
  drop: DropReason | null;
}

// Headers that open a related-links, follow or tag block whatever follows them (folded spelling).
const RELATED_HEADER = new RegExp(
  '^(?:' +
    [
      'اخترنا (?:لك|لكم)',
      'اقرا (?:ايضا|كذلك|المزيد)',
      'اقرءوا ايضا',
      '(?:شاهد|شاهدوا|طالع|تابع) (?:ايضا|المزيد|كذلك)',
      '(?:قد|ربما) (?:يهمك|يهمكم|يعجبك|يعجبكم|تهمك)',
      'يهمك ايضا',
      'ننصحك بقراءه',
      '(?:مواضيع|موضوعات|اخبار|مقالات|روابط|مواد|قصص|تقارير) (?:ذات صله|متعلقه|مشابهه|مرتبطه|مقترحه|ساخنه)',
      'ذات صله',
      'الاكثر (?:قراءه|مشاهده|تداولا|شعبيه|تعليقا|مشاركه)',
      'المزيد من (?:الاخبار|المقالات|المواضيع|الفيديوهات)',
      'read (?:also|more)',
      'see also',
      'related',
    ].join('|') +
    ')(?![\\p{L}])',
  'u',
);

// Widgets: follow, share, subscribe, tags, comments. Opening words that never start news prose.
const WIDGET_HEADER = new RegExp(
  '^(?:' +
    [
      'تابعنا',
      'تابعونا',
      'تابعوا',
      'انسخ الرابط',
      'نسخ الرابط',
      'الرابط المختصر',
      'رابط مختصر',
      'شارك (?:الخبر|المقال|المقاله|الموضوع|هذا|عبر|علي)',
      'شاركها',
      'اضف تعليق',
      'اضف تعليقك',
      'اترك تعليقا',
      'اكتب تعليقك',
      'التعليقات',
      '(?:الكلمات|كلمات) (?:المفتاحيه|مفتاحيه|الدلاليه|دلاليه)',
      'الوسوم',
      'وسوم',
      'اشترك في',
      'للاشتراك',
      'النشره البريديه',
      'tags',
      'keywords',
      'share',
      'follow us',
      'continue reading',
      'تابع القراءه',
      // WordPress feed footers, English and Arabic.
      'the post .+ appeared first on',
      'ظهرت (?:المقاله|التدوينه|المشاركه) .+ (?:اولا|لاول مره) (?:علي|في)',
    ].join('|') +
    ')(?![\\p{L}])',
  'u',
);

// Labels and buttons that are boilerplate only when they stand (nearly) alone.
const SHORT_WIDGET = new RegExp(
  '^(?:' +
    [
      'شارك',
      'مشاركه',
      'طباعه',
      'ارسل لصديق',
      'حفظ',
      'المزيد',
      'للمزيد',
      'اعلان',
      'اعلانات',
      'advertisement',
      'sponsored',
      '\\d* ?تعليق(?:ات)?',
      'الموضوع',
      'القسم',
      'التصنيف',
      'تصنيفات',
      'العلامات',
      'علامات',
      'المصدر',
    ].join('|') +
    ')\\s*[:：]?\\s*$',
  'u',
);

// "لمتابعة آخر الأخبار اضغط هنا" is a widget; "لمتابعة تنفيذ المشروع، زار الوزير ..." is prose.
const FOLLOW_LEAD = /^(?:لمتابعه|للمتابعه|لمزيد من الاخبار)/u;
const FOLLOW_TARGET =
  /(?:اضغط|هنا|قناه|تطبيق|حساب|صفحه|تليجرام|تلغرام|تيليجرام|واتساب|واتس اب|فيسبوك|فيس بوك|تويتر|يوتيوب|انستغرام|انستجرام|غوغل|جوجل|google|telegram)/u;

// Class/id tokens are matched whole, word by word: "post-share-buttons" and "entry-tags" are widgets,
// but WordPress puts "tag-egypt" and "has-comments" on the <article> that holds the whole story.
const WIDGET_WORD =
  /^(?:share|sharing|sharethis|addthis|social|comments?|subscribe|subscription|newsletter|tags|taglist|tagcloud|keywords|related|readmore|breadcrumbs?|authorbox|advert|advertisement|ads?|sponsored|promo)$/;
const CAPTION_WORD = /^(?:caption|figcaption|credits?|photocredit|imgcaption|imagecaption)$/;
const TRAILING_WORD =
  /^(?:box|bar|buttons?|btns?|links?|list|wrap|wrapper|container|section|area|block|widget|icons?|tools|posts|news|articles|items?|title|header|count|text|inner)$/;
const NEGATING_WORD = /^(?:has|no|with|show|enable|enabled|disable|disabled|allow)$/;

function hasHint(hints: string, word: RegExp): boolean {
  for (const token of hints.split(/\s+/)) {
    const parts = token.split(/[-_]+/).filter((p) => p.length > 0);
    for (let i = 0; i < parts.length; i++) {
      const prev = parts[i - 1];
      if (!word.test(parts[i] ?? '') || (prev !== undefined && NEGATING_WORD.test(prev))) continue;
      if (parts.slice(i + 1).every((p) => TRAILING_WORD.test(p))) return true;
    }
    // "img-desc", "photo_caption": an image's description.
    if (
      word === CAPTION_WORD &&
      /^(?:img|image|pic|photo)[-_]?(?:desc|description|caption|credit|source)$/.test(token)
    ) {
      return true;
    }
  }
  return false;
}

const CAPTION_LEAD = /^(?:صوره|الصوره|صور|تصوير|ارشيفيه|\(?ارشيف)(?![\p{L}])/u;
const CAPTION_CREDIT =
  /\((?:صوره )?(?:ارشيفيه|ارشيف|رويترز|ا ف ب|اف ب|ا ب|الاناضول|افب|afp|reuters|ap|getty(?: images)?|epa|انترنت|مواقع التواصل(?: الاجتماعي)?|ارشيفيه - رويترز)\)$/iu;
const COPYRIGHT = /^(?:©|\(c\)|copyright)|(?:جميع )?الحقوق محفوظه|حقوق (?:النشر|الطبع) محفوظه/iu;
const BYLINE = /^(?:كتب|كتبت|بقلم|اعداد|تحرير|ترجمه|تقرير|حوار|مراسل|مراسله)\s*[:：]/u;

// prettier-ignore
const DATELINE_WORDS = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'تم نشره', 'تم النشر', 'نشر في', 'نشرت في', 'نشر', 'بتاريخ', 'تاريخ النشر', 'اخر تحديث', 'تم التحديث',
      'تحديث', 'محدثه', 'محدث', 'الساعه', 'بتوقيت', 'توقيت', 'غرينتش', 'gmt', 'utc', 'updated', 'published',
      'posted', 'last', 'on', 'at', 'am', 'pm', 'صباحا', 'مساء', 'مساءا', 'ظهرا', 'ص', 'م', 'هـ', 'ه', 'الموافق',
      'يوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'محرم', 'صفر', 'ربيع',
      'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعده', 'ذو الحجه', 'الاول', 'الثاني', 'الاخر', 'الاخره',
      'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
      'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat',
    ].join('|') +
    ')(?![\\p{L}])',
  'gu',
);

const SENTENCE_END = /[.!؟?…:"»”)]\s*$/u;
const LETTER = /\p{L}/gu;

function countLetters(s: string): number {
  return s.match(LETTER)?.length ?? 0;
}

function linkDensity(b: Block): number {
  return b.chars === 0 ? 0 : b.linkChars / b.chars;
}

/** A short line that is only a date, a time and words like "تم نشره"/"آخر تحديث"/weekday names. */
export function isDateline(text: string): boolean {
  if (text.length > 120) return false;
  const folded = foldForMatching(text);
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += folded.slice(at, d.start) + ' ';
    at = d.end;
  }
  rest += folded.slice(at);
  rest = rest.replace(DATELINE_WORDS, ' ');
  return countLetters(rest) <= 6;
}

function isTeaser(b: Block): boolean {
  return linkDensity(b) >= 0.3 || (b.text.length < 120 && !SENTENCE_END.test(b.text));
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Why a block is boilerplate, or null for article text. Text rules come first: they are the surest. */
function dropReason(block: Block, title: string | null, byline: string | null): DropReason | null {
  const folded = foldForMatching(block.text).replace(/^[\s\-–—•·:|»«*>#]+/u, '');
  const short = block.text.length < 100;
  if (countLetters(block.text) === 0) return 'no-letters';
  if (title !== null && squash(folded) === title) return 'title';
  if (RELATED_HEADER.test(folded)) return 'related';
  if (WIDGET_HEADER.test(folded) || (short && SHORT_WIDGET.test(folded))) return 'widget';
  const followWidget = block.linkChars > 0 || FOLLOW_TARGET.test(folded);
  if (FOLLOW_LEAD.test(folded) && block.text.length < 150 && followWidget) return 'widget';
  if (isDateline(block.text)) return 'dateline';
  if ((short && BYLINE.test(folded)) || (byline !== null && squash(folded) === byline)) return 'byline';
  if (block.text.length < 150 && COPYRIGHT.test(folded)) return 'copyright';
  if (hasHint(block.hints, CAPTION_WORD)) return 'caption';
  if (hasHint(block.hints, WIDGET_WORD)) return 'widget';
  if (linkDensity(block) >= 0.5) return 'link-dense';
  if (short && (CAPTION_LEAD.test(folded) || CAPTION_CREDIT.test(folded.trim()))) return 'caption';
  if (short && block.afterImage && !SENTENCE_END.test(block.text)) return 'caption';
  return null;
}

/** Decides for each block whether it is article text (drop: null) or boilerplate, and why. */
export function classifyBlocks(
  blocks: Block[],
  opts: { title?: string | null; byline?: string | null } = {},
): BlockVerdict[] {
  const title = opts.title ? squash(foldForMatching(opts.title)) : null;
  const byline = opts.byline ? squash(foldForMatching(opts.byline)) : null;
  const out: BlockVerdict[] = [];
  let inRelatedList = false;
  for (const block of blocks) {
    // A related header opens a list of teasers: keep dropping until prose resumes.
    const drop = inRelatedList && isTeaser(block) ? 'related' : dropReason(block, title, byline);
    if (drop === 'related') inRelatedList = true;
    else if (drop === null) inRelatedList = false;
    out.push({ block, drop });
  }
  return out;
}
