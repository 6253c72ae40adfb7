// Extraction on all eight real pages of ../shared/corpus/html (the htmldate evaluation pages). The set
// gives only URLs; titles, dates and paragraph boundaries below were read off the pages by hand.
// A fresh clone has no ../shared: these tests then skip, and real-pages.test.ts covers three of them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/html/', import.meta.url));
const present = existsSync(corpus);
if (!present) console.warn(`skipping shared-corpus extraction tests: ${corpus} is absent`);

interface Expected {
  file: string;
  title: string;
  published: string;
  source: string;
  paragraphs: number;
  first: string;
  last: string;
  absent: string[];
}

const PAGES: Expected[] = [
  {
    file: 'akhbarelyom_eg_2020_naima_akef.html',
    title: '36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر',
    published: '2020-10-07', // meta article:published_time in Arabic: "الأربعاء، 07 أكتوبر 2020 - 12:09 م"
    source: 'بوابة اخبار اليوم',
    paragraphs: 4,
    first: 'يصادف اليوم ذكرى ميلاد الفنانة نعيمة عاكف',
    last: 'وعند إجراء الفحوصات، اكتشفت أنها مصابة بمرض السرطان',
    absent: ['نورهان نبيل', 'الحقوق محفوظة', 'Developed By'],
  },
  {
    file: 'albayan_ae_2020_afghan_embassy.html',
    title: 'القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات',
    published: '2020-06-03',
    source: 'البيان',
    paragraphs: 3,
    first: 'ثمّن أحمد ساير داودزي، القائم بأعمال السفارة الأفغانية لدى الدولة',
    last: 'وحث جميع الأفغان المقيمين على أرض الدولة',
    absent: ['غوغل نيوز', 'تابعوا', 'عبر الإمارات'],
  },
  {
    file: 'almadenahnews_jo_2020_us_covid_deaths.html',
    title: 'أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا',
    published: '2020-04-24',
    source: 'almadenahnews.com',
    paragraphs: 3,
    first: 'المدينة نيوز :- بلغت حصيلة الوفيات',
    last: '--(بترا)',
    absent: ['تم نشره', 'مواضيع ساخنة', 'اصابات بفيروس كورونا في امريكا'],
  },
  {
    file: 'alyaum_sa_2020_tehran_fakhrizadeh.html',
    title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله',
    published: '2020-12-01',
    source: 'alyaum',
    paragraphs: 16,
    first: 'وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس',
    last: 'وقال وزير الاستخبارات الإسرائيلي، إيلي كوهين',
    absent: ['حسام أبو العلا', 'عناصر من الشرطة الإيرانية في موقع الهجوم', 'نسخ الرابط'],
  },
  {
    file: 'beirutobserver_2020_saudi_princess_theft.html',
    title: 'سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار',
    published: '2020-11-09',
    source: 'Beirut Observer',
    paragraphs: 6,
    first: 'نشر موقع Middle East Eye البريطاني',
    last: 'وقالت الصحيفة إن نسخةً إضافية من مفاتيح المنزل',
    absent: ['November 9, 2020', 'Beirut Observer'],
  },
  {
    file: 'elbaladtv_eg_2020_turki_alalshaikh.html',
    title: 'تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك',
    published: '2020-12-25',
    source: 'قناة صدى البلد',
    paragraphs: 4,
    first: 'انتشر خبر خلال الساعات الأخيرة',
    last: 'يذكر أن أخر أعمال الفنانة يسرا',
    absent: ['ضحى عرفة', 'صدى البلد'],
  },
  {
    file: 'sputnikarabic_2020_egypt_covid.html',
    title: 'مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا',
    published: '2020-03-17',
    source: 'arabic.sputniknews.com',
    paragraphs: 10,
    first: 'أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء',
    last: 'وصنفت منظمة الصحة العالمية يوم 11 مارس/ آذار',
    absent: ['انسخ الرابط', 'REUTERS', 'GMT'],
  },
  {
    file: 'youm7_eg_2020_irrigation_minister.html',
    title: 'وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة',
    published: '2020-08-24',
    source: 'اليوم السابع',
    paragraphs: 6,
    first: 'شهد الدكتور محمد عبد العاطي وزير الموارد المائية والرى',
    last: 'وأثني الدكتور عبدالعاطي علي الجهد المبذول',
    absent: ['حقوق النشر', 'الإثنين، 24 أغسطس 2020'],
  },
];

// Metadata, JSON-LD, <time> and itemprop removed: what is left for dates is the byline text and URL.
function withoutDateMarkup(html: string): string {
  return html
    .replace(/<meta\b[^>]*>/gi, '')
    .replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<time\b[^>]*>/gi, '<span>')
    .replace(/\bitemprop="[^"]*"/gi, '')
    .replace(/<link[^>]*canonical[^>]*>/gi, '');
}

describe.skipIf(!present)('extractHtml on the eight shared corpus pages', () => {
  for (const page of PAGES) {
    describe(page.file, () => {
      const html = present ? readFileSync(corpus + page.file, 'utf8') : '';
      const a = extractHtml(html);

      it('reads title, date and outlet', () => {
        expect(a.title).toBe(page.title);
        expect(a.published).toBe(page.published);
        expect(a.source).toBe(page.source);
        expect(a.url).toMatch(/^https:\/\//);
      });

      it('keeps the body from first to last paragraph and nothing around it', () => {
        expect(a.paragraphs).toHaveLength(page.paragraphs);
        expect(a.paragraphs[0]?.startsWith(page.first)).toBe(true);
        expect(a.paragraphs[a.paragraphs.length - 1]?.startsWith(page.last)).toBe(true);
        for (const junk of page.absent) expect(a.text, junk).not.toContain(junk);
      });

      it('finds the same date from the byline alone when the date markup is stripped', () => {
        expect(extractHtml(withoutDateMarkup(html)).published).toBe(page.published);
      });
    });
  }

  it('keeps subheadings as their own paragraphs (Al Yaum)', () => {
    const a = extractHtml(readFileSync(corpus + 'alyaum_sa_2020_tehran_fakhrizadeh.html', 'utf8'));
    expect(a.paragraphs).toContain('انتكاسة جديدة');
    expect(a.paragraphs).toContain('روايات وهمية');
    expect(a.paragraphs).toContain('اتهام إسرائيل');
  });

  it('extracts the pages at a useful speed', () => {
    const htmls = PAGES.map((p) => readFileSync(corpus + p.file, 'utf8'));
    for (const h of htmls) extractHtml(h); // warm-up
    const rounds = 3;
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const h of htmls) extractHtml(h);
    const perSecond = (rounds * htmls.length * 1000) / (performance.now() - t0);
    console.log(`extractHtml: ${perSecond.toFixed(0)} pages/s on the eight shared pages`);
    // Loose floor: a shared 2-core CI machine; the point is to catch an order-of-magnitude regression.
    expect(perSecond).toBeGreaterThan(5);
  });
});
