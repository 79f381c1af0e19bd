import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from './parseSpreadsheet';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const technologies = file(
  'technologies.csv',
  'id,title_en,summary_en,lab,domain,updated\ntech-radar,Ground radar,A radar.,LRDE,Radar; Electronics,2026-01-01\n',
);

describe('glossary.csv and vocabulary.csv', () => {
  it('reads groups with their kind and names in both languages', () => {
    const result = parseSpreadsheet([
      technologies,
      file('glossary.csv', 'terms,kind,note\nradar; रडार,,\ntesting; परीक्षण; pariksha,consultancy,staff note\n'),
      file('vocabulary.csv', 'type,key,name_en,name_hi\nsubject area,Radar,,रडार\nlab,LRDE,Electronics and Radar Development Establishment,इलेक्ट्रॉनिकी एवं रडार विकास स्थापना\n'),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.glossary.groups).toEqual([{ terms: ['radar', 'रडार'] }, { terms: ['testing', 'परीक्षण', 'pariksha'], kind: 'consultancy' }]);
    expect(result.glossary.subjectAreas).toEqual([{ key: 'Radar', en: 'Radar', hi: 'रडार' }]);
    expect(result.glossary.labs[0]).toMatchObject({ key: 'LRDE', hi: 'इलेक्ट्रॉनिकी एवं रडार विकास स्थापना' });
    // Electronics is used by an entry but has no Hindi name: said, not refused.
    expect(result.notices.join('\n')).toMatch(/1 subject areas used by entries have no Hindi name.*Electronics/);
  });

  it('names the file, row and column of every problem', () => {
    const result = parseSpreadsheet([
      technologies,
      file('glossary.csv', 'terms,kind\nradar,\nradar; रडार,gadget\n'),
      file('vocabulary.csv', 'type,key,name_hi\nsubject area,Radar,रडार\nsubject area,radar,रडार\nplace,Lucknow,लखनऊ\nlab,LRDE,\n'),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { file: 'glossary.csv', row: 2, column: 'terms', message: 'needs at least two terms that mean the same, separated by ";" (found 1)' },
      { file: 'glossary.csv', row: 3, column: 'kind', message: '"gadget" is not a kind of entry; use one of technology, consultancy, course, scheme, or leave it empty' },
      { file: 'vocabulary.csv', row: 3, column: 'key', message: 'subject area "radar" is already named in row 2' },
      { file: 'vocabulary.csv', row: 4, column: 'type', message: '"place" is not a type; use "subject area" or "lab"' },
      { file: 'vocabulary.csv', row: 5, column: 'name_hi', message: 'is required but empty' },
    ]);
  });

  it('refuses an unknown glossary column with the closest name, like the entry files', () => {
    const result = parseSpreadsheet([technologies, file('glossary.csv', 'termz\nradar; रडार\n')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message)).toContain('unknown column "termz"; did you mean "terms"?');
  });

  it('gives an empty glossary when the folder has neither file', () => {
    const result = parseSpreadsheet([technologies]);
    expect(result.ok && result.glossary).toEqual({ groups: [], subjectAreas: [], labs: [] });
  });
});
