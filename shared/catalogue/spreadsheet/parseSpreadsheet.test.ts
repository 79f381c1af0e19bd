import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSpreadsheet, type SpreadsheetFile } from './parseSpreadsheet';

const encoder = new TextEncoder();
const file = (name: string, text: string): SpreadsheetFile => ({ name, bytes: encoder.encode(text) });

const technologyHeader = 'id,title_en,title_hi,summary_en,lab,domain,keywords,updated,trl,category,source_url';
const goodTechnology = 'tech-weather-radar,"Weather radar, X-band",मौसम रडार,"Detects rain, storms.",lrde,Radar; Electronics,WR; रडार,2026-01-15,7,B,https://www.drdo.gov.in/x';

describe('parseSpreadsheet', () => {
  it('reads a valid file with quoting, a BOM, CRLF and a multi-line cell', () => {
    const text = `\uFEFF${technologyHeader},details_en\r\n${goodTechnology},"First paragraph.\r\n\r\nSecond, with ""quotes""."\r\n\r\n`;
    const result = parseSpreadsheet([file('technologies.csv', text)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [entry] = result.entries;
    expect(entry).toMatchObject({
      id: 'tech-weather-radar',
      kind: 'technology',
      title: { en: 'Weather radar, X-band', hi: 'मौसम रडार' },
      lab: 'LRDE',
      domains: ['Radar', 'Electronics'],
      keywords: ['WR', 'रडार'],
      trl: 7,
      category: 'B',
      status: 'active',
    });
    expect(entry?.details?.en).toBe('First paragraph.\r\n\r\nSecond, with "quotes".');
  });

  it('accepts column names in any case and order with surrounding spaces', () => {
    const text = ' Updated ,DOMAIN,lab,summary_en,Title_EN,id\n2026-01-01,Materials,DMSRDE,Sum,Title,tech-one\n';
    const result = parseSpreadsheet([file('technologies.csv', text)]);
    expect(result.ok).toBe(true);
  });

  it('reports every problem at once with file, row and column', () => {
    const text = [
      'id,title_en,summary_en,lab,domain,updated,trl,source_url',
      'tech-a,A,S,LRDE,Radar,2027-02-30,11,http://insecure.example',
      'Bad Id,B,S,LRDE,Radar,2026-01-01,3,',
      'tech-c,,S,LRDE,Radar,2026-01-01,3,',
    ].join('\n');
    const courses = 'id,title_en,summary_en,lab,domain,updated,duration_days,mode,fee_inr,batches\ncourse-a,C,S,DTTC,Skills,2026-01-01,5,online,-5,2026-03-10/2026-03-01\n';
    const result = parseSpreadsheet([file('technologies.csv', text), file('courses.csv', courses)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const summary = result.problems.map((problem) => `${problem.file}:${problem.row}:${problem.column}`);
    expect(summary).toEqual([
      'technologies.csv:2:updated',
      'technologies.csv:2:trl',
      'technologies.csv:2:source_url',
      'technologies.csv:3:id',
      'technologies.csv:4:title_en',
      'courses.csv:2:fee_inr',
      'courses.csv:2:batches',
    ]);
    expect(result.problems[0]?.message).toContain('not a real calendar date');
    expect(result.problems[6]?.message).toContain('ends before it starts');
  });

  it('suggests the closest known name for an unknown column and accepts nothing', () => {
    const result = parseSpreadsheet([file('technologies.csv', 'id,title_en,summary_en,lab,domian,updated\n')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'unknown column "domian"; did you mean "domain"?',
      'required column "domain" is missing',
    ]);
  });

  it('refuses a duplicate id across files, naming the first use', () => {
    const scheme = 'id,title_en,summary_en,lab,domain,updated,agency\ntech-weather-radar,T,S,DRDO,Funding,2026-01-01,DRDO\n';
    const result = parseSpreadsheet([file('technologies.csv', `${technologyHeader}\n${goodTechnology}\n`), file('schemes.csv', scheme)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ file: 'schemes.csv', row: 2, column: 'id', message: 'duplicate id "tech-weather-radar" (first used in technologies.csv, row 2)' }]);
  });

  it('refuses a file that is not UTF-8 and an enormous cell', () => {
    const latin1 = { name: 'consultancy.csv', bytes: new Uint8Array([0x69, 0x64, 0x0a, 0xe9, 0x0a]) };
    const huge = `${technologyHeader}\ntech-huge,${'x'.repeat(400)},,S,LRDE,Radar,,2026-01-01,,,\n`;
    const result = parseSpreadsheet([latin1, file('technologies.csv', huge)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'is not valid UTF-8 text; save it as "CSV UTF-8"',
      'is 400 characters long; at most 300 are allowed',
    ]);
  });

  it('reports rows with the wrong number of cells and malformed quoting', () => {
    const result = parseSpreadsheet([file('technologies.csv', `${technologyHeader}\ntech-x,"unterminated\n`)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((problem) => problem.file === 'technologies.csv')).toBe(true);
  });

  it('ignores other files with a notice, and skips empty rows', () => {
    const result = parseSpreadsheet([file('notes.txt', 'hello'), file('technologies.csv', `${technologyHeader}\n,,,,,,,,,,\n${goodTechnology}\n`)]);
    expect(result.ok && result.entries.length).toBe(1);
    expect(result.notices[0]).toContain('notes.txt');
  });

  it('never throws and always returns problems or entries for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('technologies.csv', 'courses.csv', 'schemes.csv', 'consultancy.csv'), (bytes, name) => {
        const result = parseSpreadsheet([{ name, bytes }]);
        expect(result.ok ? Array.isArray(result.entries) : result.problems.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for any text under a valid header', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (body) => {
        const result = parseSpreadsheet([file('courses.csv', `id,title_en,summary_en,lab,domain,updated,duration_days,mode,batches\n${body}`)]);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
