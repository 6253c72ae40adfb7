import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBlocks, isDateline } from '../../src/extract/html-boilerplate.js';
import { extractHtml, htmlFragmentToParagraphs } from '../../src/extract/html.js';
import { textBlock, type Block } from '../../src/extract/html-text.js';

const block = textBlock;
const verdict = (b: Block): string | null => classifyBlocks([b])[0]?.drop ?? null;

const PROSE =
  'وقال المتحدث باسم الحكومة إن الوزراء ناقشوا خلال الاجتماع خطة إعادة الإعمار والتمويل اللازم لها.';

describe('classifyBlocks: related-links and widget headers', () => {
  it.each([
    ['اخترنا لك'],
    ['اخترنا لكم'],
    ['اقرأ أيضا: الرئيس يستقبل وفدا برلمانيا'],
    ['اقرأ أيضاً'],
    ['إقرأ أيضًا:'],
    ['اقرأ المزيد'],
    ['مواضيع ذات صلة'],
    ['أخبار ذات صلة'],
    ['موضوعات متعلقة'],
    ['شاهد أيضا: فيديو الانفجار'],
    ['قد يهمك أيضا'],
    ['الأكثر قراءة'],
    ['المزيد من الأخبار'],
  ])('%s → related', (text) => {
    expect(verdict(block(text))).toBe('related');
  });

  it.each([
    ['تابعنا على تويتر وفيسبوك'],
    ['تابعونا على قناتنا في تليجرام'],
    ['لمتابعة آخر الأخبار اضغط هنا'],
    ['الوسوم: مصر السودان'],
    ['الكلمات المفتاحية'],
    ['شارك الخبر'],
    ['شارك'],
    ['طباعة'],
    ['0 تعليق'],
    ['التعليقات'],
    ['انسخ الرابط'],
    ['الموضوع:'],
    ['إعلان'],
    ['The post قمة بغداد appeared first on Example News.'],
    ['ظهرت المقالة قمة بغداد أولاً على وكالة الأنباء.'],
  ])('%s → widget', (text) => {
    expect(verdict(block(text))).toBe('widget');
  });

  it('keeps prose that begins with words widgets also use', () => {
    for (const text of [
      'شارك الآلاف في مظاهرات حاشدة وسط العاصمة للمطالبة بالإصلاح.',
      'لمتابعة تنفيذ المشروع، زار الوزير موقع العمل في محافظة البصرة.',
      'المزيد من القتلى سقطوا في القصف الذي استهدف الحي السكني.',
      'المصدر: وكالة الأنباء الرسمية',
      'تابع الرئيس حديثه قائلا إن المرحلة المقبلة تتطلب الحوار.',
      PROSE,
    ]) {
      expect(verdict(block(text)), text).toBeNull();
    }
  });

  it('drops the teasers that follow a related header until prose resumes', () => {
    const blocks = [
      block(PROSE),
      block('اقرأ أيضا'),
      block('ارتفاع أسعار الذهب في السوق المحلية'),
      block('طقس حار على معظم أنحاء الجمهورية', { linkChars: 20 }),
      block(PROSE),
    ];
    expect(classifyBlocks(blocks).map((v) => v.drop)).toEqual([null, 'related', 'related', 'related', null]);
  });
});

describe('classifyBlocks: captions, credits, bylines, datelines, links', () => {
  it('drops captions by markup and by position after an image', () => {
    expect(verdict(block('الوزير خلال المؤتمر', { hints: ' div x1 p wp-caption-text' }))).toBe('caption');
    expect(verdict(block('الوزير خلال المؤتمر الصحفي في بغداد', { afterImage: true }))).toBe('caption');
    // A sentence right after an image is prose, not a caption.
    expect(verdict(block(PROSE, { afterImage: true }))).toBeNull();
  });

  it('drops photo credits and copyright lines', () => {
    expect(verdict(block('© رويترز'))).toBe('copyright');
    expect(verdict(block('جميع الحقوق محفوظة لصحيفة الخبر 2021'))).toBe('copyright');
    expect(verdict(block('صورة أرشيفية'))).toBe('caption');
    expect(verdict(block('عناصر من الشرطة في موقع الهجوم (رويترز)'))).toBe('caption');
    // Human rights are not a copyright notice.
    expect(
      verdict(block('حقوق الإنسان في المنطقة تشهد تراجعا كبيرا بحسب تقرير المنظمة الدولية.')),
    ).toBeNull();
  });

  it('drops bylines and lines that are only a date', () => {
    expect(verdict(block('كتب: أحمد علي'))).toBe('byline');
    expect(verdict(block('بقلم: سارة محمود'))).toBe('byline');
    expect(isDateline('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً')).toBe(true);
    expect(isDateline('آخر تحديث: الأحد ٥ جويلية ٢٠٢٠ - ١٠:٣٠ ص')).toBe(true);
    expect(isDateline('November 9, 2020')).toBe(true);
    expect(isDateline('قتل ثلاثة أشخاص يوم 3 يونيو 2020 في انفجار')).toBe(false);
    expect(isDateline('الرئيس يلتقي نظيره')).toBe(false);
  });

  it('drops link-dense blocks but keeps sentences with a link in them', () => {
    expect(verdict(block('العالم العربي', { linkChars: 12 }))).toBe('link-dense');
    expect(verdict(block(PROSE, { linkChars: 10 }))).toBeNull();
  });

  it('reads class names word by word, so WordPress article classes do not drop the story', () => {
    const wp =
      ' article post-12 type-post has-post-thumbnail has-comments category-news tag-egypt tag-sudan div entry-content';
    expect(verdict(block(PROSE, { hints: wp }))).toBeNull();
    expect(verdict(block(PROSE, { hints: ' div category-social-affairs' }))).toBeNull();
    expect(verdict(block('مصر السودان', { hints: `${wp} div entry-tags` }))).toBe('widget');
    expect(verdict(block('التعليقات مغلقة', { hints: ' div comments_area' }))).toBe('widget');
    expect(verdict(block('الوزير في المؤتمر', { hints: ' span img-desc' }))).toBe('caption');
  });

  it('drops widgets by class name and a repeated title', () => {
    expect(verdict(block('فيسبوك تويتر واتساب', { hints: ' div post-share-buttons' }))).toBe('widget');
    expect(verdict(block('فيسبوك تويتر واتساب', { hints: ' div tags-list' }))).toBe('widget');
    expect(classifyBlocks([block('عنوان الخبر الرئيسي')], { title: 'عنوان الخبر الرئيسي' })[0]?.drop).toBe(
      'title',
    );
  });

  it('drops blocks with no letters', () => {
    expect(verdict(block('| — |'))).toBe('no-letters');
  });
});

describe('htmlFragmentToParagraphs (feed content)', () => {
  it('cuts markup at blocks and <br>, drops figures and related links', () => {
    const html =
      '<figure><img src="a.jpg"><figcaption>صورة الوزير</figcaption></figure><p>الفقرة الأولى من الخبر.<br>الفقرة الثانية من الخبر.</p><p>اقرأ أيضا: <a href="/x">خبر آخر</a></p><div>الفقرة&nbsp;الثالثة &amp; الأخيرة.</div>';
    expect(htmlFragmentToParagraphs(html).paragraphs).toEqual([
      'الفقرة الأولى من الخبر.',
      'الفقرة الثانية من الخبر.',
      'الفقرة الثالثة & الأخيرة.',
    ]);
  });

  it('keeps the line breaks of plain text as paragraph boundaries and leaves "<" alone', () => {
    expect(
      htmlFragmentToParagraphs('السطر الأول\n\nالسطر الثاني < الثالث', { plain: true }).paragraphs,
    ).toEqual(['السطر الأول', 'السطر الثاني < الثالث']);
  });
});

describe('extractHtml on small pages', () => {
  it('reads an HTML fragment without <html> or <body>', () => {
    const a = extractHtml(
      '<h1>عنوان</h1><p>أعلنت الحكومة العراقية موعد الانتخابات المبكرة في حزيران المقبل.</p>',
    );
    expect(a.paragraphs).toEqual(['أعلنت الحكومة العراقية موعد الانتخابات المبكرة في حزيران المقبل.']);
  });

  it('returns no paragraphs for an empty page instead of throwing', () => {
    expect(extractHtml('')).toMatchObject({ title: null, text: '', paragraphs: [] });
  });

  it('strips the outlet name from the title and falls back to the host for the outlet', () => {
    const a = extractHtml(
      '<html><head><title>الرئيس يستقبل وفدا برلمانيا | الخبر اليوم</title><meta property="og:site_name" content="الخبر اليوم"><link rel="canonical" href="/news/12"></head><body><p>' +
        PROSE +
        '</p></body></html>',
      { url: 'https://www.alkhabar.example/x?y=1' },
    );
    expect(a.title).toBe('الرئيس يستقبل وفدا برلمانيا');
    expect(a.url).toBe('https://www.alkhabar.example/news/12');
    expect(a.source).toBe('الخبر اليوم');
    const b = extractHtml(`<html><head><title>خبر</title></head><body><p>${PROSE}</p></body></html>`, {
      url: 'https://www.alkhabar.example/news/12',
    });
    expect(b.source).toBe('alkhabar.example');
  });

  it('prefers the headline <h1> over a site-wide <h1> and decodes double-escaped entities in titles', () => {
    const a = extractHtml(
      '<html><head><meta property="og:title" content="وزير الخارجية: &amp;quot;لا تنازل&amp;quot; عن الحقوق - موقع الخبر"></head><body><h1>موقع الخبر</h1><h1>وزير الخارجية: "لا تنازل" عن الحقوق</h1><p>' +
        PROSE +
        '</p></body></html>',
    );
    expect(a.title).toBe('وزير الخارجية: "لا تنازل" عن الحقوق');
  });
});

describe('extractHtml robustness', () => {
  it('never throws on tag soup', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="x">',
      '</div>',
      '<br>',
      '<a href="/x">',
      '</a>',
      '<h1>',
      '</h1>',
      '<figure>',
      '<img src=x>',
      '<meta property="og:title" content="عنوان">',
      '<script type="application/ld+json">{"datePublished":',
      '</script>',
      '<time datetime="2020-13-45">',
      'اقرأ أيضا',
      'نص عربي طويل عن الأحداث. ',
      '&amp;',
      '&#1575;',
      '<',
      '>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const a = extractHtml(parts.join(''));
        expect(a.text).toBe(a.paragraphs.join('\n\n'));
      }),
      { numRuns: 200 },
    );
  });
});
