/** Actor recognition on real sentences: composition, dated roles, counterparts, pronouns, metonyms, variants. */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model.js';
import { sharedAnalyzer } from '../helpers.js';

const analyze = (text: string, published: string | null = null) =>
  sharedAnalyzer().analyze(text, { published });

/** The entity with a mention of exactly this text. */
function entityOf(a: Analysis, mention: string) {
  return a.entities.find((e) => e.mentions.some((m) => m.text === mention));
}

describe('actor recognition', () => {
  it('takes title and name as one actor, and the name alone as the entity mention', () => {
    const a = analyze('قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار.', '2022-05-03');
    const putin = entityOf(a, 'فلاديمير بوتين')!;
    expect(putin).toMatchObject({
      type: 'PERSON',
      name: 'Vladimir Putin',
      country: 'RUS',
      sector: 'GOV',
      office: 'PRESIDENT',
    });
    expect(putin.mentions.find((m) => m.kind === 'name')!.text).toBe('فلاديمير بوتين');
  });

  it('strips clitics from mentions and matches spelling variants', () => {
    const a = analyze('وأكد لماكرون ولبوتن أن الحوار مستمر مع زيلنسكي.', '2022-05-03');
    expect(entityOf(a, 'ماكرون')?.name).toBe('Emmanuel Macron');
    expect(entityOf(a, 'بوتن')?.name).toBe('Vladimir Putin');
    expect(entityOf(a, 'زيلنسكي')?.name).toBe('Volodymyr Zelensky');
  });

  it('composes agents with nationality adjectives', () => {
    const a = analyze(
      'قصف الجيش الإسرائيلي مواقع في غزة، واعتقلت الشرطة المصرية عشرة متظاهرين، وقال وزير الخارجية الإيراني إن المتظاهرون الفلسطينيون سلميون.',
      '2018-05-14',
    );
    const codes = a.entities.map((e) => e.code);
    expect(codes).toContain('ISRMIL');
    expect(codes).toContain('EGYCOP');
    expect(
      a.entities.find((e) => e.mentions.some((m) => m.text.startsWith('وزير الخارجية الإيراني')))?.code,
    ).toBe('IRNGOV');
    expect(a.entities.find((e) => e.mentions.some((m) => m.text === 'المتظاهرون الفلسطينيون'))?.code).toBe(
      'PSECVL',
    );
  });

  it('resolves a role to the office holder on the article date, and to the role only without a date', () => {
    expect(entityOf(analyze('وصل الرئيس الفرنسي إلى بيروت.', '2022-05-03'), 'الرئيس الفرنسي')?.name).toBe(
      'Emmanuel Macron',
    );
    expect(entityOf(analyze('وصل الرئيس الفرنسي إلى بيروت.', '2010-05-03'), 'الرئيس الفرنسي')?.name).toBe(
      'Nicolas Sarkozy',
    );
    const undated = entityOf(analyze('وصل الرئيس الفرنسي إلى بيروت.'), 'الرئيس الفرنسي')!;
    expect(undated).toMatchObject({ country: 'FRA', sector: 'GOV', wikidata: null });
    expect(undated.name).not.toBe('Emmanuel Macron');
  });

  it('resolves a counterpart (نظيره) to the same office in the other country', () => {
    const a = analyze('أجرى الرئيس الروسي فلاديمير بوتين مكالمة هاتفية مع نظيره الفرنسي.', '2022-05-03');
    expect(entityOf(a, 'نظيره الفرنسي')?.name).toBe('Emmanuel Macron');
  });

  it('resolves a dual role with two nationalities to two people', () => {
    const a = analyze('المكالمة التي أجريت بين الرئيسين الفرنسي والروسي استمرت ساعتين.', '2022-05-03');
    const names = a.entities.filter((e) => e.mentions.some((m) => m.kind === 'nominal')).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Vladimir Putin']));
  });

  it('resolves capitals and government seats as metonyms', () => {
    const a = analyze('وقالت موسكو إن كييف ليست جادة، فيما رد البيت الأبيض على الكرملين.', '2022-05-03');
    expect(entityOf(a, 'موسكو')).toMatchObject({ type: 'LOCATION', country: 'RUS' });
    expect(entityOf(a, 'كييف')).toMatchObject({ type: 'LOCATION', country: 'UKR' });
    expect(entityOf(a, 'البيت الأبيض')).toMatchObject({ country: 'USA', sector: 'GOV' });
    expect(entityOf(a, 'الكرملين')).toMatchObject({ type: 'ORG', country: 'RUS', sector: 'GOV' });
  });

  it('finds unknown people after titles and roles, and their surname later', () => {
    const a = analyze(
      'وقال المتحدث باسم الجيش الوطني الليبي العميد أحمد المسماري إن القوات تقدمت. وأضاف المسماري أن المعارك مستمرة.',
      '2019-04-10',
    );
    const p = a.entities.find((e) => e.nameAr === 'أحمد المسماري');
    expect(p?.type).toBe('PERSON');
    expect(p?.mentions.map((m) => m.text)).toEqual(['أحمد المسماري', 'المسماري']);
  });

  it('does not take a common noun for a name (عباس alone, آب the month)', () => {
    const common = analyze('وزار الوفد مدينة بندر عباس الإيرانية في آب الماضي.', '2018-10-01');
    expect(common.entities.some((e) => e.name === 'Mahmoud Abbas')).toBe(false);
    const named = analyze(
      'التقى الرئيس الفلسطيني محمود عباس وفدا أمريكيا. وقال عباس إن الحوار مستمر.',
      '2018-10-01',
    );
    const abbas = named.entities.find((e) => e.name === 'Mahmoud Abbas');
    expect(abbas?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['محمود عباس', 'عباس']));
  });

  it('resolves "البلاد" to the country in focus', () => {
    const a = analyze('تشهد أوكرانيا أزمة حادة، واستمرت العملية العسكرية في البلاد.', '2022-05-03');
    expect(a.entities.find((e) => e.mentions.some((m) => m.text === 'البلاد'))?.country).toBe('UKR');
  });

  it('gives every entity a type', () => {
    const a = analyze('أعلنت حركة حماس وحزب الله والأمم المتحدة مواقفها في القدس وبيروت.', '2018-05-14');
    for (const e of a.entities) expect(['PERSON', 'ORG', 'LOCATION']).toContain(e.type);
    expect(entityOf(a, 'حركة حماس')?.type).toBe('ORG');
  });
});
