// One table of the report, its chart beside it when it has one, and its CSV export.
import { useId } from 'react';
import { useTranslator } from '../settings/SettingsContext';
import { BarChart } from './BarChart';
import type { ReportTable } from './reportTables';

export function ReportTableView({ table, onExport }: { table: ReportTable; onExport(table: ReportTable): void }) {
  const translator = useTranslator();
  const words = translator.text.reports;
  const headingId = useId();
  const empty = table.rows.length === 0;
  return (
    <section className="report-section" aria-labelledby={headingId} data-report-table={table.id}>
      <div className="report-section-head">
        <h2 id={headingId} className="section-heading">
          {table.caption}
        </h2>
        <button type="button" className="button button-small report-export" aria-label={words.exportTableLabel(table.caption)} onClick={() => onExport(table)} data-testid={`export-${table.id}`}>
          {words.exportTable}
        </button>
      </div>
      {table.totalRows !== undefined && <p className="hint">{words.showingOf(translator.number(table.rows.length), translator.number(table.totalRows))}</p>}
      <div className={table.chart && !empty ? 'report-pair' : 'report-single'}>
        {table.chart && !empty && <BarChart data={table.rows.map((row) => ({ label: row.cells[0]!, value: row.value ?? 0, ...(row.lang ? { lang: row.lang } : {}) }))} label={words.chartLabel(table.caption)} formatValue={translator.number} />}
        {empty ? (
          <p className="hint">{table.id.startsWith('followUps') ? words.noFollowUps : words.noRows}</p>
        ) : (
          <table className="report-table">
            <caption className="visually-hidden">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.cells.map((cell, cellIndex) =>
                    cellIndex === 0 ? (
                      <th key={cellIndex} scope="row" lang={row.lang}>
                        {cell}
                      </th>
                    ) : (
                      <td key={cellIndex} className={row.value !== undefined && cellIndex === 1 ? 'report-number' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
