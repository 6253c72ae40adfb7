import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { xmlWellFormedError } from '../../src/source/xml-check.js';
import fc from 'fast-check';
import { collect, docsOf, fixture, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('RSS 2.0', async () => {
  const path = fixture('feeds/rss2.xml');
  const items = await collect([path]);

  it('yields one item per <item>, in order, and reports the English one as not Arabic', () => {
    expect(items.map((i) => (i.ok ? i.doc.origin : `${i.input} ✗`))).toEqual([
      `${path}#item-1`,
      `${path}#item-2`,
      `${path}#item-3 ✗`,
      `${path}#item-4`,
      `${path}#item-5`,
    ]);
    const english = items[2];
    expect(english?.ok === false && english.error).toMatch(
      /^not Arabic: 0% of \d+ letters are Arabic \(minimum 30%\)$/,
    );
  });

  it('reads content:encoded in full, without the figure caption and the related link', () => {
    const doc = docsOf(items)[0];
    expect(doc).toMatchObject({
      id: 'ana-2020-06-03-1177',
      title: 'الرئيس التونسي يستقبل وفدا من صندوق النقد الدولي',
      url: 'https://ana.example/politics/2020/06/03/tunisia-imf',
      published: '2020-06-03',
      source: 'وكالة الأنباء العربية',
    });
    expect(doc?.text.split('\n\n')).toEqual([
      'الرئيس التونسي يستقبل وفدا من صندوق النقد الدولي',
      'استقبل الرئيس التونسي قيس سعيد، اليوم الأربعاء، بقصر قرطاج وفدا من صندوق النقد الدولي برئاسة مدير إدارة الشرق الأوسط وآسيا الوسطى، لبحث برنامج التمويل الجديد الذي طلبته تونس.',
      'وقالت الرئاسة التونسية في بيان إن اللقاء تناول الإصلاحات الاقتصادية المطلوبة & سبل دعم الفئات الهشة في ظل تداعيات جائحة كورونا.',
      'وأكد الرئيس سعيد، بحسب البيان، أن تونس "متمسكة بسيادة قرارها الوطني"، وأنها منفتحة على شركائها الدوليين.',
    ]);
  });

  it('decodes entity-escaped HTML descriptions and double-escaped titles, and keeps the date as written', () => {
    const doc = docsOf(items)[1];
    expect(doc?.title).toBe('الجيش الليبي يعلن السيطرة على مطار طرابلس الدولي "بالكامل"');
    expect(doc?.id).toBe('https://ana.example/politics/2020/06/04/libya-airport');
    // 00:30 +0300 is still 3 June in UTC; the outlet's date is the 4th.
    expect(doc?.published).toBe('2020-06-04');
    expect(doc?.text.split('\n\n')).toHaveLength(3);
    expect(doc?.text).toContain('تلاحق "فلول" القوات');
  });

  it('keeps a title-only item, and reads dc:date and plain-text descriptions line by line', () => {
    const [, , breaking, iraq] = docsOf(items);
    expect(breaking).toMatchObject({ text: 'عاجل: انفجار في ميناء بيروت', published: '2020-08-04' });
    expect(iraq?.published).toBe('2020-10-28');
    expect(iraq?.text.split('\n\n')).toEqual([
      'البرلمان العراقي يصوت على قانون الانتخابات الجديد',
      'صوت مجلس النواب العراقي، مساء الأربعاء، على الجداول الملحقة بقانون الانتخابات الجديد.',
      'وقال رئيس المجلس إن القانون يمهد لإجراء انتخابات مبكرة في حزيران المقبل.',
    ]);
  });
});

describe('Atom', async () => {
  const path = fixture('feeds/atom.xml');
  const docs = docsOf(await collect([path]));

  it('yields one document per entry with id, alternate link, published date and feed title', () => {
    expect(docs.map((d) => [d.id, d.url, d.published, d.source])).toEqual([
      [
        'urn:uuid:0b8e1f2c-1d0c-4c7e-9f5b-0f7c2a1e6a11',
        'https://almasaa.example/maghreb/2021/03/14/morocco-algeria',
        '2021-03-14',
        'صحيفة المساء - الأخبار',
      ],
      [
        'https://almasaa.example/maghreb/tunisia-strike',
        'https://almasaa.example/maghreb/tunisia-strike',
        '2021-03-13',
        'صحيفة المساء - الأخبار',
      ],
      [
        'tag:almasaa.example,2021:mauritania-results',
        'https://almasaa.example/maghreb/mauritania-results',
        '2021-03-12',
        'صحيفة المساء - الأخبار',
      ],
    ]);
  });

  it('reads type="html" titles and content, dropping the related block', () => {
    expect(docs[0]?.title).toBe('المغرب والجزائر: تبادل الاتهامات بشأن الحدود');
    expect(docs[0]?.text.split('\n\n')).toEqual([
      'المغرب والجزائر: تبادل الاتهامات بشأن الحدود',
      'اتهمت وزارة الخارجية الجزائرية، الأحد، الرباط بالتصعيد على الحدود الغربية، فيما نفت السلطات المغربية أي توغل في أراضي الجارة الشرقية.',
      'وقال بيان للخارجية الجزائرية صدر في 14 مارس 2021 إن الجزائر "تحتفظ بحق الرد".',
    ]);
  });

  it('reads xhtml content as markup and text content as text', () => {
    expect(docs[1]?.text.split('\n\n')).toHaveLength(3);
    expect(docs[2]?.text).toContain('بلغت 60 بالمئة < 70 بالمئة');
  });
});

describe('other feed shapes and failures', () => {
  it('reads RSS 1.0 (RDF) items', async () => {
    const path = join(tmp.dir, 'rdf.rdf.xml');
    writeFileSync(
      path,
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://x.example/"><title>نشرة الأخبار</title></channel><item rdf:about="https://x.example/1"><title>الأردن يفتح معبر جابر</title><link>https://x.example/1</link><dc:date>2021-09-29</dc:date><description>أعلنت الحكومة الأردنية إعادة فتح معبر جابر الحدودي مع سوريا أمام حركة المسافرين والشحن.</description></item></rdf:RDF>`,
    );
    expect(docsOf(await collect([path]))).toEqual([
      {
        id: 'https://x.example/1',
        text: 'الأردن يفتح معبر جابر\n\nأعلنت الحكومة الأردنية إعادة فتح معبر جابر الحدودي مع سوريا أمام حركة المسافرين والشحن.',
        title: 'الأردن يفتح معبر جابر',
        published: '2021-09-29',
        url: 'https://x.example/1',
        source: 'نشرة الأخبار',
        origin: `${path}#item-1`,
      },
    ]);
  });

  it('decodes a windows-1256 feed declared in the XML declaration', async () => {
    const path = join(tmp.dir, 'legacy.rss');
    const xml = `<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>الأخبار</title><item><title>مصر تسجل 30 إصابة جديدة</title><guid>x1</guid><description>أعلنت وزارة الصحة والسكان المصرية تسجيل 30 حالة جديدة.</description></item></channel></rss>`;
    writeFileSync(path, iconv.encode(xml, 'windows-1256'));
    const [doc] = docsOf(await collect([path]));
    expect(doc?.text).toBe(
      'مصر تسجل 30 إصابة جديدة\n\nأعلنت وزارة الصحة والسكان المصرية تسجيل 30 حالة جديدة.',
    );
  });

  it('reports a truncated feed with the line and column of the fault', async () => {
    const path = fixture('feeds/truncated.xml');
    expect(await collect([path])).toEqual([
      {
        ok: false,
        input: path,
        id: 'truncated.xml',
        error: 'malformed XML at line 16, column 22: unterminated CDATA section',
      },
    ]);
  });

  it('reports XML that is not a feed, and a feed without items', async () => {
    const sitemap = fixture('feeds/sitemap.xml');
    expect(await collect([sitemap])).toEqual([
      {
        ok: false,
        input: sitemap,
        id: 'sitemap.xml',
        error: 'not an RSS or Atom feed (root element <urlset>)',
      },
    ]);
    const empty = join(tmp.dir, 'empty-feed.xml');
    writeFileSync(empty, '<rss version="2.0"><channel><title>لا شيء</title></channel></rss>');
    expect(await collect([empty])).toMatchObject([{ ok: false, error: 'feed has no <item> elements' }]);
  });
});

describe('xmlWellFormedError', () => {
  it.each([
    ['<a><b></a>', 'malformed XML at line 1, column 7: expected </b> but found </a>'],
    [
      '<a>\n  x < y\n</a>',
      "malformed XML at line 2, column 5: '<' that does not start a tag (write &lt; in text)",
    ],
    ['<a></a><b/>', 'malformed XML at line 1, column 8: content after the root element'],
    ['</a>', 'malformed XML at line 1, column 1: closing tag </a> with no open element'],
    ['<a><!-- x', 'malformed XML at line 1, column 4: unterminated comment'],
    ['<rss><channel>', 'malformed XML: unexpected end of file, <channel> is not closed'],
    ['just text', 'malformed XML: no elements found'],
  ])('%j', (xml, error) => {
    expect(xmlWellFormedError(xml)).toBe(error);
  });

  it('accepts declarations, doctypes, comments, CDATA with markup, and ">" in attribute values', () => {
    expect(
      xmlWellFormedError(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><rss a="1 > 0"><!-- <b> --><c><![CDATA[<p>نص</p></b>]]></c><d/></rss>',
      ),
    ).toBeNull();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', 'b', '!', '-', '[', ']', '?', '"', ' ', 'ن') }),
        (s) => {
          const r = xmlWellFormedError(s);
          expect(r === null || r.startsWith('malformed XML')).toBe(true);
        },
      ),
    );
  });
});
