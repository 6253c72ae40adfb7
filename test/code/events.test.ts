/**
 * Event coding on real-style news sentences: every PLOVER type, both word orders, nominal triggers,
 * passives, each modality, each attribution frame, and the events that are only mentioned.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model.js';
import { sharedAnalyzer } from '../helpers.js';

const DATE = '2018-05-15';
const events = (text: string) => sharedAnalyzer().analyze(text, { published: DATE }).events;
const summary = (e: Event) => ({
  type: e.type,
  source: e.source.map((x) => x.code),
  target: e.target.map((x) => x.code),
  modality: e.modality,
});
function only(text: string, type: string): Event {
  const found = events(text).filter((e) => e.type === type);
  expect(found.map(summary), text).toHaveLength(1);
  return found[0]!;
}

describe('one sentence per PLOVER type', () => {
  const cases: [string, string, string[], string[]][] = [
    ['AGREE', 'اتفقت الحكومة السودانية والمتمردون على وقف إطلاق النار.', ['SDNGOV'], []],
    ['CONSULT', 'التقى وزير الخارجية المصري نظيره الأردني في عمان.', ['EGYGOV'], ['JORGOV']],
    ['SUPPORT', 'أشاد الرئيس الفرنسي بالجهود المصرية في غزة.', ['FRAGOV'], []],
    ['CONCEDE', 'رفعت السلطات السعودية الحظر على قيادة المرأة للسيارات.', ['SAUGOV'], []],
    ['COOPERATE', 'أجرت القوات المصرية تدريبات عسكرية مشتركة مع القوات الفرنسية.', ['EGYMIL'], ['FRAMIL']],
    ['AID', 'قدمت الإمارات مساعدات إنسانية لليمن.', ['AREGOV'], ['YEMGOV']],
    ['RETREAT', 'أفرجت السلطات الإيرانية عن ناشط بحريني.', ['IRNGOV'], []],
    ['REQUEST', 'طالبت فرنسا إسرائيل بوقف الاستيطان.', ['FRAGOV'], ['ISRGOV']],
    ['ACCUSE', 'أدانت الحكومة الأردنية الهجوم الإسرائيلي على غزة.', ['JORGOV'], []],
    ['REJECT', 'رفضت الحكومة العراقية طلب إقليم كردستان.', ['IRQGOV'], []],
    ['THREATEN', 'هددت واشنطن طهران بعقوبات جديدة.', ['USAGOV'], ['IRNGOV']],
    ['PROTEST', 'تظاهر آلاف الطلاب في الجزائر ضد الحكومة.', [], []],
    ['SANCTION', 'قررت بريطانيا طرد 23 دبلوماسيا روسيا.', ['GBRGOV'], ['RUSGOV']],
    ['MOBILIZE', 'دفع الجيش التركي بتعزيزات عسكرية إلى الحدود السورية.', ['TURMIL'], []],
    ['COERCE', 'اعتقلت الشرطة المصرية عشرة صحفيين في القاهرة.', ['EGYCOP'], ['EGYJRN']],
    ['ASSAULT', 'قصفت الطائرات الروسية مواقع للمعارضة في إدلب.', [], []],
  ];
  for (const [type, text, source, target] of cases) {
    it(type, () => {
      const e = only(text, type);
      for (const code of source) expect(e.source.map((x) => x.code)).toContain(code);
      for (const code of target) expect(e.target.map((x) => x.code)).toContain(code);
      expect(e.mentions[0]!.trigger.text.length).toBeGreaterThan(0);
    });
  }
});

describe('arguments', () => {
  it('reads verb–subject–object and subject–verb–object orders', () => {
    expect(summary(only('اعتقلت الشرطة التركية صحفيين ألمانيين.', 'COERCE'))).toMatchObject({
      source: ['TURCOP'],
      target: ['DEUJRN'],
    });
    expect(summary(only('الشرطة التركية تعتقل صحفيين ألمانيين.', 'COERCE'))).toMatchObject({
      source: ['TURCOP'],
      target: ['DEUJRN'],
    });
  });

  it('reads the genitive of a nominal trigger as its agent or patient', () => {
    expect(summary(only('أدى قصف القوات الأوكرانية إلى دمار واسع.', 'ASSAULT')).source).toEqual(['UKRMIL']);
    expect(summary(only('أعلنت الداخلية اعتقال المتظاهرين الأتراك.', 'COERCE')).target).toEqual(['TURCVL']);
  });

  it('reads passives with an agent marker', () => {
    const e = summary(only('قتل ثلاثة مدنيين فلسطينيين برصاص الجيش الإسرائيلي.', 'ASSAULT'));
    expect(e.source).toEqual(['ISRMIL']);
    expect(e.target).toEqual(['PSECVL']);
  });

  it("gives a light verb's subject to its noun event", () => {
    expect(summary(only('شن الطيران السوري غارات على حلب.', 'ASSAULT')).source).toEqual(['SYRMIL']);
  });

  it('takes coordinated actors and reciprocal بين', () => {
    const e = only('جرت محادثات بين الرئيس الروسي والرئيس التركي في سوتشي.', 'CONSULT');
    expect([...e.source, ...e.target].map((x) => x.country).sort()).toEqual(['RUS', 'TUR']);
  });
});

describe('modality', () => {
  it('negated', () => expect(only('لم تعتقل الشرطة أي صحفي.', 'COERCE').modality).toBe('negated'));
  it('negated by a denial frame', () =>
    expect(only('نفى الجيش الإسرائيلي قصف المستشفى في غزة.', 'ASSAULT').modality).toBe('negated'));
  it('future', () =>
    expect(only('سيزور وزير الخارجية الروسي بغداد الأسبوع المقبل.', 'CONSULT').modality).toBe('future'));
  it('future with من المقرر', () =>
    expect(only('من المقرر أن يلتقي الرئيس المصري نظيره السوداني غدا.', 'CONSULT').modality).toBe('future'));
  it('hypothetical', () =>
    expect(only('قد يفرض الاتحاد الأوروبي عقوبات على إيران.', 'SANCTION').modality).toBe('hypothetical'));
  it('hypothetical under a condition', () =>
    expect(only('إذا قصفت إسرائيل لبنان فإن حزب الله سيرد.', 'ASSAULT').modality).toBe('hypothetical'));
  it('historical', () =>
    expect(only('وكانت إسرائيل قد اجتاحت لبنان عام 1982.', 'ASSAULT').modality).toBe('historical'));
});

describe('attribution', () => {
  const attr = (text: string, type: string) => only(text, type).attribution.map((a) => a.text);
  it('outlet voice without a frame', () =>
    expect(attr('اعتقلت الشرطة المصرية ناشطا في القاهرة.', 'COERCE')).toEqual([]));
  it('a reporting verb', () =>
    expect(attr('قال الجيش الإسرائيلي إنه قصف مواقع لحماس في غزة.', 'ASSAULT')).toEqual([
      'الجيش الإسرائيلي',
    ]));
  it('a prepositional frame', () =>
    expect(attr('اعتقلت الشرطة التركية صحفيا، بحسب وكالة الأناضول.', 'COERCE')).toEqual(['وكالة الأناضول']));
  it('a chain: an agency quoting sources', () => {
    expect(attr('ذكرت وكالة رويترز نقلا عن مصادر أمنية أن الجيش قصف مواقع المتمردين.', 'ASSAULT')).toEqual([
      'وكالة رويترز',
      'مصادر أمنية',
    ]);
  });
  it('a continuation across sentences', () => {
    const a = sharedAnalyzer().analyze(
      'قال المتحدث باسم الجيش الليبي إن القوات تقدمت. وأضاف أن الطائرات قصفت مواقع المسلحين.',
      { published: DATE },
    );
    const e = a.events.find((x) => x.type === 'ASSAULT')!;
    expect(e.attribution.map((x) => x.text)).toEqual(['المتحدث باسم الجيش الليبي']);
  });
  it('a direct quote, with its speaker in the quotes list', () => {
    const a = sharedAnalyzer().analyze('وقال وزير الخارجية الإيراني: "سنرد على أي هجوم إسرائيلي بقوة".', {
      published: DATE,
    });
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.speaker).not.toBeNull();
  });
  it('a speech act is not attributed to its own speaker', () => {
    expect(attr('قال وزير الخارجية الإيراني إن بلاده ترفض المقترح الأمريكي.', 'REJECT')).toEqual([]);
  });
});

describe('events that are only mentioned', () => {
  it('a condemned bombing is an ACCUSE, not an ASSAULT', () => {
    const types = events('أدانت الحكومة المصرية التفجير الذي استهدف الكنيسة.').map((e) => e.type);
    expect(types).toContain('ACCUSE');
    expect(types).not.toContain('ASSAULT');
  });
  it('a call to protest is not a protest', () => {
    expect(events('دعت المعارضة إلى التظاهر يوم الجمعة.').map((e) => e.type)).not.toContain('PROTEST');
  });
  it('sanctions named as a cause are not a sanction', () => {
    expect(events('تراجع الاقتصاد الإيراني بسبب العقوبات الأمريكية.').map((e) => e.type)).not.toContain(
      'SANCTION',
    );
  });
  it('a threatened act is not asserted', () => {
    const types = events('هدد الرئيس الأمريكي بطرد السفير الروسي.').map((e) => e.type);
    expect(types).toContain('THREATEN');
    expect(types).not.toContain('SANCTION');
  });
  it('football attacks are not assaults', () => {
    expect(
      events('شن مهاجم ريال مدريد هجوما خطيرا على مرمى برشلونة في المباراة.').map((e) => e.type),
    ).not.toContain('ASSAULT');
  });
});
