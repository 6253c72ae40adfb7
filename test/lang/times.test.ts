import { describe, expect, it } from 'vitest';
import { sharedAnalyzer } from '../helpers.js';

function times(text: string, published: string | null = '2022-05-03') {
  return sharedAnalyzer()
    .analyze(text, { published })
    .times.map((t) => ({ text: t.text, kind: t.kind, value: t.value, ...(t.mod ? { mod: t.mod } : {}) }));
}

describe('time expressions', () => {
  it('resolves day words and weekdays against the publication date (a Tuesday)', () => {
    expect(times('أجرى الرئيس، اليوم الثلاثاء، مكالمة.')).toEqual([
      { text: 'اليوم الثلاثاء', kind: 'date', value: '2022-05-03' },
    ]);
    expect(times('وصل الوفد أمس.')).toEqual([{ text: 'أمس', kind: 'date', value: '2022-05-02' }]);
    expect(times('وصل الوفد بالأمس.')).toEqual([{ text: 'بالأمس', kind: 'date', value: '2022-05-02' }]);
    expect(times('وقع الانفجار مساء الأحد.')).toEqual([
      { text: 'مساء الأحد', kind: 'date', value: '2022-05-01' },
    ]);
    expect(times('تعقد القمة يوم السبت المقبل.')).toEqual([
      { text: 'يوم السبت المقبل', kind: 'date', value: '2022-05-07' },
    ]);
    expect(times('يبدأ الاجتماع غدا.')).toEqual([{ text: 'غدا', kind: 'date', value: '2022-05-04' }]);
  });

  it('reads months with Levantine, Egyptian and Maghrebi names', () => {
    expect(times('منذ نهاية آذار/مارس الماضي')).toEqual([
      { text: 'نهاية آذار/مارس الماضي', kind: 'date', value: '2022-03', mod: 'END' },
    ]);
    expect(times('في 14 مارس 2024 أعلن')).toEqual([
      { text: '14 مارس 2024', kind: 'date', value: '2024-03-14' },
    ]);
    expect(times('يوم 15 جانفي 2018 احتج')).toEqual([
      { text: '15 جانفي 2018', kind: 'date', value: '2018-01-15' },
    ]);
    expect(times('في 3 حزيران 2020')).toEqual([{ text: '3 حزيران 2020', kind: 'date', value: '2020-06-03' }]);
    expect(times('الأربعاء ٣ يونيو ٢٠٢٠')[0]?.value).toBe('2020-06-03');
    expect(times('في شهر جويلية الماضي')).toEqual([
      { text: 'جويلية الماضي', kind: 'date', value: '2021-07' },
    ]);
  });

  it('reads relative periods and years', () => {
    expect(times('الشهر المقبل')).toEqual([{ text: 'الشهر المقبل', kind: 'date', value: '2022-06' }]);
    expect(times('العام الماضي')).toEqual([{ text: 'العام الماضي', kind: 'date', value: '2021' }]);
    expect(times('غزو العراق عام 2003')).toEqual([{ text: 'عام 2003', kind: 'date', value: '2003' }]);
    expect(times('وصل قبل يومين')).toEqual([{ text: 'قبل يومين', kind: 'date', value: '2022-05-01' }]);
    expect(times('أجرى قبل أيام مكالمة')).toEqual([
      { text: 'قبل أيام', kind: 'relative', value: null, mod: 'PAST_REF' },
    ]);
    expect(times('أعلنت في وقت سابق')).toEqual([
      { text: 'في وقت سابق', kind: 'relative', value: null, mod: 'PAST_REF' },
    ]);
  });

  it('reads durations, including duals and compound durations', () => {
    expect(times('استمرت لمدة ساعتين و10 دقائق')).toEqual([
      { text: 'ساعتين و10 دقائق', kind: 'duration', value: 'PT2H10M' },
    ]);
    expect(times('مكالمة لأكثر من ساعتين')).toEqual([
      { text: 'لأكثر من ساعتين', kind: 'duration', value: 'PT2H', mod: 'MORE_THAN' },
    ]);
    expect(times('بعد أكثر من شهرين على بدء')).toEqual([
      { text: 'أكثر من شهرين', kind: 'duration', value: 'P2M', mod: 'MORE_THAN' },
    ]);
    expect(times('سجن ثلاث سنوات')).toEqual([{ text: 'ثلاث سنوات', kind: 'duration', value: 'P3Y' }]);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(times('وصل الوفد أمس.', null)).toEqual([
      { text: 'أمس', kind: 'date', value: null, mod: 'PAST_REF' },
    ]);
    expect(times('في 14 مارس 2024', null)[0]?.value).toBe('2024-03-14');
  });

  it('does not take the word آب (father) for August without a date context', () => {
    expect(times('قال الآب إن')).toEqual([]);
    expect(times('في 5 آب 2020')[0]?.value).toBe('2020-08-05');
  });
});
