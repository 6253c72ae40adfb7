import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, parseTimestamp } from '../../src/extract/html-date-text.js';
import { choosePublished, dateFromUrl } from '../../src/extract/html-dates.js';
import { extractHtml } from '../../src/extract/html.js';

const NOW = new Date('2024-01-01T00:00:00Z');
const first = (text: string): string | undefined => findDates(text)[0]?.date;

describe('findDates: dates as Arabic bylines write them', () => {
  it.each([
    ['الأربعاء 03 يونيو 2020', '2020-06-03'],
    ['3 حزيران 2020', '2020-06-03'],
    ['٣ حزيران ٢٠٢٠', '2020-06-03'],
    ['۱۵ آذار ۲۰۲۱', '2021-03-15'], // Extended (Persian/Urdu) digits
    ['تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً', '2020-04-24'],
    ['17 مارس/ آذار 2020', '2020-03-17'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['الإثنين، 24 أغسطس 2020 09:23 ص', '2020-08-24'],
    ['25 ديسمبر 2020 | 2:01 ص', '2020-12-25'],
    ['ديسمبر 25, 2020', '2020-12-25'],
    ['5 كانون الثاني 2021', '2021-01-05'],
    ['12 تشرين الأول 2019', '2019-10-12'],
    ['1 تشرين الثّاني 2019', '2019-11-01'], // shadda, as Jordanian sites write it
    ['30 كانون الأوّل 2019', '2019-12-30'],
    ['9 أيار 2018', '2018-05-09'],
    ['14 تموز 2018', '2018-07-14'],
    ['4 آب 2020', '2020-08-04'],
    ['20 أيلول 2017', '2017-09-20'],
    ['15 شباط 2021', '2021-02-15'],
    // Maghrebi (Algerian/Tunisian) and Moroccan month names
    ['5 جانفي 2021', '2021-01-05'],
    ['12 فيفري 2021', '2021-02-12'],
    ['9 أفريل 2021', '2021-04-09'],
    ['3 ماي 2021', '2021-05-03'],
    ['22 جوان 2021', '2021-06-22'],
    ['5 جويلية 2021', '2021-07-05'],
    ['15 أوت 2021', '2021-08-15'],
    ['20 غشت 2021', '2021-08-20'],
    ['1 شتنبر 2021', '2021-09-01'],
    ['7 نونبر 2021', '2021-11-07'],
    ['31 دجنبر 2021', '2021-12-31'],
    ['يوم 11 من شهر مايو عام 2019', '2019-05-11'],
    ['November 9, 2020', '2020-11-09'],
    ['Fri, 16 Mar 2018 10:36:29 GMT', '2018-03-16'],
    ['GMT 17:27 17.03.2020', '2020-03-17'],
    ['الثلاثاء  ١ / ١٢ / ٢٠٢٠', '2020-12-01'],
    ['2024/03/14', '2024-03-14'],
    ['نشر بتاريخ 2020-06-03', '2020-06-03'],
  ])('%s → %s', (text, date) => {
    expect(first(text)).toBe(date);
  });

  it('rejects impossible days, Hijri years and bare numbers', () => {
    expect(findDates('31 فبراير 2020')).toEqual([]);
    expect(findDates('الموافق 11 شوال 1441 هـ')).toEqual([]);
    expect(findDates('ارتفع عدد الإصابات إلى 2020 حالة في 24 ساعة')).toEqual([]);
    expect(findDates('مارس الرئيس مهامه 3 سنوات')).toEqual([]);
  });

  it('reads a numeric date day-first, unless only month-first makes sense', () => {
    expect(first('03/06/2020')).toBe('2020-06-03');
    expect(first('06/23/2020')).toBe('2020-06-23');
  });

  it('finds every date in order', () => {
    expect(findDates('من 3 يونيو 2020 حتى 4 آب 2020').map((d) => d.date)).toEqual([
      '2020-06-03',
      '2020-08-04',
    ]);
  });

  it('never throws and only returns real calendar days, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        for (const d of findDates(s)) {
          expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${d.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.date);
        }
      }),
    );
  });
});

describe('parseTimestamp', () => {
  it('keeps the date as written and computes the instant when a zone is given', () => {
    expect(parseTimestamp('2020-12-25T01:59:50+02:00')).toEqual({
      date: '2020-12-25',
      instant: Date.parse('2020-12-24T23:59:50Z'),
      offset: 120,
    });
    expect(parseTimestamp('2020-06-03T03:01+0400')?.date).toBe('2020-06-03');
    expect(parseTimestamp('2020-12-01 02:00:00')).toEqual({
      date: '2020-12-01',
      instant: null,
      offset: null,
    });
    expect(parseTimestamp('Thu, 04 Jun 2020 00:30:00 +0300')).toEqual({
      date: '2020-06-04',
      instant: Date.parse('2020-06-03T21:30:00Z'),
      offset: 180,
    });
    expect(parseTimestamp('الأربعاء، 07 أكتوبر 2020 - 12:09 م')?.date).toBe('2020-10-07');
    expect(parseTimestamp('غدا')).toBeNull();
  });
});

describe('choosePublished', () => {
  it('takes the first candidate in order of reliability', () => {
    expect(choosePublished(['2020-06-03T03:01+0400', '2020-03-15T20:18+0400'], { now: NOW })).toBe(
      '2020-06-03',
    );
  });

  it('lets a UTC stamp yield to a local stamp of the same instant', () => {
    expect(choosePublished(['2020-12-24T23:59:50+00:00', '2020-12-25T01:59:50+02:00'], { now: NOW })).toBe(
      '2020-12-25',
    );
    // Different instants: the first stays.
    expect(choosePublished(['2020-12-24T20:00:00Z', '2020-12-25T01:59:50+02:00'], { now: NOW })).toBe(
      '2020-12-24',
    );
  });

  it('skips unreadable and implausible candidates, then tries the URL, then the byline', () => {
    expect(
      choosePublished(['قريبا', '1970-01-01'], { now: NOW, url: 'https://x.example/2021/05/07/story' }),
    ).toBe('2021-05-07');
    expect(choosePublished(['2031-01-01T00:00:00Z'], { now: NOW })).toBeNull();
    expect(choosePublished([], { now: NOW, bylineTexts: () => ['كتب: محمد علي', 'السبت 8 أيار 2021'] })).toBe(
      '2021-05-08',
    );
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.youm7.com/story/2020/8/24/وزير-الرى/4943459', '2020-08-24'],
    ['https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-03-1.3874341', '2020-06-03'],
    ['https://arabic.sputniknews.com/arab_world/202003171044893040-slug/', '2020-03-17'],
    ['https://news.example/20200603/story.html', '2020-06-03'],
    ['https://www.beirutobserver.com/2020/11/2338761/', null], // year and month only
    ['https://news.example/article/825076-slug', null],
    ['https://news.example/2020/13/45/x', null],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url, NOW)).toBe(date);
  });
});

describe('extractHtml date sources', () => {
  const page = (head: string, body = ''): string =>
    `<html><head>${head}<title>خبر</title></head><body><article><h1>عنوان الخبر الرئيسي اليوم</h1>${body}<p>${'نص الخبر الذي يتحدث عن الأحداث السياسية في المنطقة العربية. '.repeat(8)}</p></article></body></html>`;

  it('reads meta tags, including the Dublin Core and itemprop spellings', () => {
    expect(
      extractHtml(page('<meta property="article:published_time" content="2021-02-03T10:00:00+03:00">'))
        .published,
    ).toBe('2021-02-03');
    expect(extractHtml(page('<meta name="DC.date.issued" content="2019-07-08">')).published).toBe(
      '2019-07-08',
    );
    expect(extractHtml(page('<meta name="pubdate" content="20190709">')).published).toBe('2019-07-09');
    expect(extractHtml(page('<meta itemprop="datePublished" content="2019-07-10">')).published).toBe(
      '2019-07-10',
    );
  });

  it('ignores modification dates', () => {
    expect(
      extractHtml(page('<meta property="article:modified_time" content="2021-02-03T10:00:00+03:00">'))
        .published,
    ).toBeNull();
  });

  it('reads JSON-LD datePublished, also inside @graph, and survives broken JSON-LD', () => {
    const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
    expect(
      extractHtml(page(ld('{"@type":"NewsArticle","datePublished":"2022-05-03T08:00:00+03:00"}'))).published,
    ).toBe('2022-05-03');
    expect(
      extractHtml(
        page(ld('{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-05-04"}]}')),
      ).published,
    ).toBe('2022-05-04');
    expect(
      extractHtml(page(ld('{"datePublished": "2022-05-05",}') + ld('{"datePublished":"2022-05-06"}')))
        .published,
    ).toBe('2022-05-06');
  });

  it('reads <time datetime> and the URL', () => {
    expect(
      extractHtml(page('', '<time class="entry-date" datetime="2018-11-12T09:00:00+02:00">منذ يومين</time>'))
        .published,
    ).toBe('2018-11-12');
    expect(extractHtml(page(''), { url: 'https://news.example/2017/04/05/a' }).published).toBe('2017-04-05');
  });

  it('reads an Arabic byline date when nothing else has one', () => {
    expect(extractHtml(page('', '<div class="q7">السبت 15 شباط 2020</div>')).published).toBe('2020-02-15');
    expect(extractHtml(page('', '<div class="q7">الأحد ٥ جويلية ٢٠٢٠</div>')).published).toBe('2020-07-05');
  });
});
