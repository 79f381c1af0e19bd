import { describe, expect, it } from 'vitest';
import { reportCsv, reportTableCsv } from './reportCsv';
import type { ReportTable } from './reportTables';

const table: ReportTable = {
  id: 'searchMisses',
  caption: 'Searches that found nothing',
  columns: ['Search text', 'Times searched', 'Last searched'],
  rows: [
    { cells: ['=HYPERLINK("x")', '3', '20 November 2026'], csv: ['=HYPERLINK("x")', '3', '2026-11-20'] },
    { cells: ['ड्रोन, जैमर', '1', '21 November 2026'], csv: ['ड्रोन, जैमर', '1', '2026-11-21'] },
  ],
  chart: false,
};

describe('the report as CSV', () => {
  it('writes a byte order mark, CRLF lines, quoting, and guards formulas', () => {
    expect(reportTableCsv(table)).toBe('\uFEFFSearch text,Times searched,Last searched\r\n"\'=HYPERLINK(""x"")",3,2026-11-20\r\n"ड्रोन, जैमर",1,2026-11-21\r\n');
  });

  it('puts every table under its caption', () => {
    const text = reportCsv('Report 2026-11-01 to 2026-11-30', [table, { ...table, caption: 'Again' }]);
    expect(text.split('\r\n').slice(0, 4)).toEqual(['\uFEFFReport 2026-11-01 to 2026-11-30', '', 'Searches that found nothing', 'Search text,Times searched,Last searched']);
    expect(text).toContain('\r\n\r\nAgain\r\n');
  });
});
