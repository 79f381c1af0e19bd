// The Reports page for DTTC's management: a period and a grouping, then every count of the report
// as a chart with its table beside it, each exportable as CSV, the whole printable on A4. The host
// computes the report (reports:build) next to the journal; the page receives only the counts.
import { useEffect, useId, useMemo, useState } from 'react';
import type { IsoDate } from '../../../shared/catalogue/entry';
import type { EnquiryReport } from '../../../shared/reports/enquiryReport';
import type { ReportGrouping } from '../../../shared/reports/reportPeriods';
import { useApi } from '../../api/ApiContext';
import { useShell } from '../../app/useShell';
import { DayFirstDateInput } from '../../app/DayFirstDateInput';
import { useNames } from '../../app/NamesContext';
import { todayIso } from '../../app/today';
import { downloadText } from '../enquiry/downloadText';
import { useEnquiryDesk } from '../enquiry/EnquiryContext';
import { useTranslator } from '../settings/SettingsContext';
import { reportCsv, reportTableCsv } from './reportCsv';
import { ReportTableView } from './ReportTableView';
import { reportTables, type ReportTable } from './reportTables';
import './reports.css';

type Drawing = { status: 'loading' } | { status: 'ready'; report: EnquiryReport } | { status: 'failed'; message: string };

/** The year so far: what a supervisor asks for first. */
function defaultPeriod(): { from: IsoDate; to: IsoDate } {
  const today = todayIso();
  return { from: `${today.slice(0, 4)}-01-01` as IsoDate, to: today };
}

export function ReportsPage() {
  const api = useApi();
  const translator = useTranslator();
  const names = useNames();
  const desk = useEnquiryDesk();
  const words = translator.text.reports;
  const [period, setPeriod] = useState(defaultPeriod);
  const [grouping, setGrouping] = useState<ReportGrouping>('month');
  const [drawing, setDrawing] = useState<Drawing>({ status: 'loading' });
  const [exported, setExported] = useState<{ kind: 'downloaded' | 'saved'; file: string } | { kind: 'failed'; detail: string } | undefined>(undefined);
  const shell = useShell();
  const groupName = useId();
  const backwards = period.from > period.to;

  useEffect(() => {
    if (backwards) return;
    let current = true;
    void api['reports:build']({ from: period.from, to: period.to, grouping, today: todayIso() }).then((result) => {
      if (current) setDrawing(result.ok ? { status: 'ready', report: result.value } : { status: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, period, grouping, backwards, desk.logVersion]);

  const report = drawing.status === 'ready' ? drawing.report : undefined;
  const tables = useMemo(() => (report ? reportTables(report, translator, names) : []), [report, translator, names]);
  const title = report ? `${words.reportsTitle}: ${translator.date(report.request.from)} – ${translator.date(report.request.to)}` : words.reportsTitle;
  const range = report ? `${report.request.from}-to-${report.request.to}` : '';

  // The desktop shell saves through its save dialog (it allows no downloads); the browser downloads.
  const download = async (fileName: string, csv: string) => {
    if (shell === 'electron') {
      const result = await api['reports:saveCsv']({ fileName, text: csv });
      if (!result.ok) setExported({ kind: 'failed', detail: result.error.message });
      else if (result.value.saved) setExported({ kind: 'saved', file: result.value.fileName });
      else setExported(undefined);
      return;
    }
    downloadText(fileName, 'text/csv;charset=utf-8', csv);
    setExported({ kind: 'downloaded', file: fileName });
  };
  const exportTable = (table: ReportTable) => void download(`report-${table.id}-${range}.csv`, reportTableCsv(table));

  return (
    <div className="reports-page">
      <h1 tabIndex={-1}>{words.reportsTitle}</h1>
      <p className="hint report-intro">{words.intro}</p>
      <form className="report-controls" aria-label={words.period} onSubmit={(event) => event.preventDefault()} data-testid="report-controls">
        <DayFirstDateInput id="report-from" label={words.from} value={period.from} onChange={(from) => from && setPeriod((current) => ({ ...current, from }))} />
        <DayFirstDateInput id="report-to" label={words.to} value={period.to} onChange={(to) => to && setPeriod((current) => ({ ...current, to }))} />
        <fieldset className="report-grouping">
          <legend>{words.groupBy}</legend>
          {(['week', 'month'] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" name={groupName} value={choice} checked={grouping === choice} onChange={() => setGrouping(choice)} data-testid={`group-${choice}`} />
              {choice === 'week' ? words.week : words.month}
            </label>
          ))}
        </fieldset>
        <div className="report-actions">
          <button type="button" className="button" disabled={!report} onClick={() => report && void download(`report-${range}.csv`, reportCsv(title, tables))} data-testid="export-report">
            {words.exportAll}
          </button>
          <button type="button" className="button" disabled={!report} onClick={() => window.print()} data-testid="print-report">
            {words.print}
          </button>
        </div>
      </form>
      <p className="report-announcement" role="status">
        {exported?.kind === 'downloaded' && words.exported(exported.file)}
        {exported?.kind === 'saved' && words.saved(exported.file)}
        {exported?.kind === 'failed' && words.saveFailed(exported.detail)}
      </p>
      {backwards && <p role="alert">{words.datesBackwards}</p>}
      {drawing.status === 'loading' && <p className="hint">{words.loading}</p>}
      {drawing.status === 'failed' && <p role="alert">{words.buildFailed(drawing.message)}</p>}
      {report && (
        <div className="report-body" data-testid="report">
          <p className="report-print-title">{title}</p>
          <p className="report-total" data-testid="report-total">
            {words.total(translator.number(report.total), report.total)}
          </p>
          <p className="hint">
            {words.countingRule} {words.withoutEntries(translator.number(report.withoutEntries))}
          </p>
          {tables.map((table) => (
            <ReportTableView key={table.id} table={table} onExport={exportTable} />
          ))}
          <p className="hint">{words.missesNote}</p>
        </div>
      )}
    </div>
  );
}
