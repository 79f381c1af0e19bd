import { describe, expect, it } from 'vitest';
import { entryFieldDiff } from './entryFieldDiff';

const course = {
  id: 'course-uav-pilot',
  kind: 'course',
  title: { en: 'UAV pilot course', hi: 'यूएवी पायलट पाठ्यक्रम' },
  fee: 15000,
  keywords: ['drone', 'UAV'],
  updated: '2026-10-01',
};

describe('entryFieldDiff', () => {
  it('names a changed fee with its old and new value', () => {
    expect(entryFieldDiff(course, { ...course, fee: 17500 })).toEqual([{ field: 'fee', before: '15000', after: '17500' }]);
  });

  it('compares localised texts per language and lists as a whole', () => {
    const after = { ...course, title: { en: 'UAV pilot course', hi: 'ड्रोन पायलट पाठ्यक्रम' }, keywords: ['drone', 'UAV', 'RPAS'] };
    expect(entryFieldDiff(course, after)).toEqual([
      { field: 'keywords', before: 'drone; UAV', after: 'drone; UAV; RPAS' },
      { field: 'title.hi', before: 'यूएवी पायलट पाठ्यक्रम', after: 'ड्रोन पायलट पाठ्यक्रम' },
    ]);
  });

  it('shows a field added or removed with one side only', () => {
    const { fee: _fee, ...withoutFee } = course;
    expect(entryFieldDiff(withoutFee, course)).toEqual([{ field: 'fee', after: '15000' }]);
    expect(entryFieldDiff(course, withoutFee)).toEqual([{ field: 'fee', before: '15000' }]);
    expect(entryFieldDiff(course, { ...course, contact: { name: 'Test office' } })).toEqual([{ field: 'contact.name', after: 'Test office' }]);
  });

  it('ignores the entry’s own last-updated date and unchanged entries', () => {
    expect(entryFieldDiff(course, { ...course, updated: '2026-12-01' })).toEqual([]);
    expect(entryFieldDiff(course, structuredClone(course))).toEqual([]);
  });
});
