// Extraction on three real Arabic news pages committed as fixtures (see test/fixtures/html/README.md).
// Expected values were read off the pages by hand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url)), 'utf8');

describe('extractHtml on Sputnik Arabic (2020-03-17)', () => {
  const a = extractHtml(fixture('sputnikarabic_2020_egypt_covid.html'));

  it('reads headline, date, canonical URL and outlet', () => {
    expect(a.title).toBe('مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا');
    expect(a.published).toBe('2020-03-17');
    expect(a.url).toMatch(/^https:\/\/arabic\.sputniknews\.com\/arab_world\/202003171044893040-/);
    expect(a.source).toBe('arabic.sputniknews.com');
  });

  it('keeps the lede and all body paragraphs, in order', () => {
    expect(a.paragraphs).toHaveLength(10);
    expect(a.paragraphs[0]).toBe(
      'أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل 30 حالة جديدة بفيروس كورونا المستجد (كوفيد 19)، ليرتفع إجمالي عدد المصابين إلى 196 حالة، بالإضافة إلى تسجيل حالتي وفاة جديدتين.',
    );
    expect(a.paragraphs[2]).toMatch(/^وأشار مجاهد إلى تسجيل حالتي وفاة جديدتين/);
    expect(a.paragraphs[9]).toMatch(/^وصنفت منظمة الصحة العالمية يوم 11 مارس\/ آذار/);
    // A link inside a sentence stays part of the sentence.
    expect(a.paragraphs[3]).toContain('وفقًا لإرشادات منظمة الصحة العالمية.');
  });

  it('drops section link, dateline, copy-link button, empty label and photo credit', () => {
    for (const junk of ['العالم العربي', 'GMT', 'انسخ الرابط', 'الموضوع:', 'REUTERS']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.removed.map((r) => r.reason)).toEqual([
      'link-dense',
      'dateline',
      'widget',
      'widget',
      'copyright',
    ]);
  });

  it('turns entities and NBSP into plain spaces and keeps paragraph boundaries', () => {
    expect(a.text).not.toMatch(/&#?\w+;|\u00A0/);
    expect(a.text).toContain('عالميًا، اقتربت الإصابات بفيروس كورونا المستجد الذي ظهر');
    expect(a.text.split('\n\n')).toEqual(a.paragraphs);
    for (const p of a.paragraphs) expect(p).toBe(p.trim().replace(/\s+/g, ' '));
  });
});

describe('extractHtml on Al Madenah News (Levantine byline date, image caption, hot-topics header)', () => {
  const a = extractHtml(fixture('almadenahnews_jo_2020_us_covid_deaths.html'));

  it('takes the date from "تم نشره الجمعة 24 نيسان / أبريل 2020" when no metadata has one', () => {
    expect(a.published).toBe('2020-04-24');
  });

  it('strips the outlet from a title written "Site - X" in og:title and "X - Site" in <title>', () => {
    expect(a.title).toBe('أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا');
    expect(a.url).toBe(
      'https://www.almadenahnews.com/article/825076-أميركا-50-الفا-حصيلة-الوفيات-بسبب-فيروس-كورونا',
    );
    expect(a.source).toBe('almadenahnews.com');
  });

  it('splits the <br>-separated body into paragraphs and drops caption, dateline and related header', () => {
    expect(a.paragraphs).toEqual([
      expect.stringMatching(
        /^المدينة نيوز :- بلغت حصيلة الوفيات الناجمة عن فيروس كورونا المستجدّ في الولايات المتحدة 50 ألفاً/,
      ),
      expect.stringMatching(/^وفي بيانات نشرها مركز الجامعة، حصد فيروس كورونا لغاية ليل الخميس/),
      '--(بترا)',
    ]);
    expect(a.removed).toEqual([
      { text: 'تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً', reason: 'dateline' },
      { text: 'اصابات بفيروس كورونا في امريكا', reason: 'caption' },
      { text: 'مواضيع ساخنة اخرى', reason: 'related' },
    ]);
  });
});

describe('extractHtml on El Balad (timestamp in UTC and in local time)', () => {
  const a = extractHtml(fixture('elbaladtv_eg_2020_turki_alalshaikh.html'));

  it('prefers the local date the outlet printed (25 December) over the UTC meta tag (24 December)', () => {
    expect(a.published).toBe('2020-12-25');
  });

  it('reads a short article whole', () => {
    expect(a.title).toBe('تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك');
    expect(a.source).toBe('قناة صدى البلد');
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[0]).toBe(
      'انتشر خبر خلال الساعات الأخيرة علي السوشيال ميديا بشأن إصابة الفنانة يسرا بفيروس كورونا .',
    );
    expect(a.paragraphs[3]).toMatch(/^يذكر أن أخر أعمال الفنانة يسرا، مسلسل “خيانة عهد”/);
    expect(a.removed).toEqual([]);
  });
});

describe('extractHtml on a page with meaningless class names and every kind of boilerplate', () => {
  const a = extractHtml(fixture('related-blocks.html'));

  it('keeps exactly the six article paragraphs', () => {
    expect(a.paragraphs.map((p) => p.slice(0, 30))).toEqual([
      'استقبل وزير الخارجية المصري سا',
      'وقال المتحدث باسم وزارة الخارج',
      'وأضاف البيان أن شكري شدد على ر',
      'من جانبها، أعربت الوزيرة السود',
      // Prose that starts like a widget ("شارك", "لمتابعة") is kept.
      'شارك الآلاف في وقفات احتجاجية ',
      'لمتابعة تنفيذ ما اتفق عليه، قر',
    ]);
  });

  it('removes captions, related links, widgets, tags, teasers and credits', () => {
    for (const junk of [
      '(أرشيفية)',
      'اقرأ أيضا',
      'إثيوبيا تعلن موعد',
      'جانب من المباحثات',
      '© رويترز',
      'شارك الخبر',
      'تابعنا',
      'اضغط هنا',
      'الوسوم',
      'مواضيع ذات صلة',
      'واشنطن تدعو',
      'اخترنا لك',
      'ارتفاع أسعار الذهب',
      'تعليق',
      'الرئيسية',
      'جميع الحقوق محفوظة',
    ]) {
      expect(a.text, junk).not.toContain(junk);
    }
  });

  it('finds the date in an unmarked byline with Arabic-Indic digits', () => {
    expect(a.published).toBe('2020-06-03');
    expect(a.title).toBe('وزيرا خارجية مصر والسودان يبحثان ملف سد النهضة في القاهرة');
    expect(a.source).toBe('بوابة الخبر');
    expect(a.url).toBe('https://alkhabar.example/news/2291/وزيرا-خارجية-مصر-والسودان');
  });
});
