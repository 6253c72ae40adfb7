import { describe, expect, it } from 'vitest';
import { assignRoles, paragraphSpans } from '../../src/extract/structure.js';
import { fixture } from '../helpers.js';

interface RoleKey {
  starts_with?: string;
  contains?: string;
  role: string | string[];
  near_duplicate_of_starts_with?: string;
}

describe('paragraph roles', () => {
  const text = fixture('macron-putin-call.txt');
  const gold = JSON.parse(fixture('macron-putin-call.json')) as { paragraph_roles: RoleKey[] };
  const paragraphs = assignRoles(text, paragraphSpans(text));

  it('matches the hand-annotated roles of a scraped article', () => {
    for (const key of gold.paragraph_roles) {
      const at = text.indexOf((key.starts_with ?? key.contains)!);
      expect(at, JSON.stringify(key)).toBeGreaterThanOrEqual(0);
      const overlapping = paragraphs.filter((p) => p.start <= at && at < p.end);
      expect(overlapping.length).toBeGreaterThan(0);
      const allowed = Array.isArray(key.role) ? key.role : [key.role];
      for (const p of overlapping) expect(allowed, text.slice(p.start, p.end)).toContain(p.role);
      if (key.near_duplicate_of_starts_with) {
        const original = paragraphs.find((p) => text.startsWith(key.near_duplicate_of_starts_with!, p.start));
        expect(overlapping[0]!.duplicateOf).toBe(original!.index);
      }
    }
  });

  it('gives exact paragraph spans', () => {
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
  });

  it('codes a lone sentence as body text', () => {
    const one = 'أجرى الرئيس الروسي مكالمة هاتفية مع نظيره الفرنسي.';
    expect(assignRoles(one, paragraphSpans(one)).map((p) => p.role)).toEqual(['body']);
  });

  it('uses a known title and marks related-links blocks as boilerplate', () => {
    const t =
      'عنوان الخبر هنا\nنص الخبر الأول يقول شيئا مهما عن الحدث.\nاقرأ أيضا:\nخبر آخر قصير\nخبر ثالث قصير';
    const roles = assignRoles(t, paragraphSpans(t), { title: 'عنوان الخبر هنا' }).map((p) => p.role);
    expect(roles).toEqual(['title', 'lede', 'boilerplate', 'boilerplate', 'boilerplate']);
  });
});
