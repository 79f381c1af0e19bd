// Export (CSV for a date range, JSON hand-over) and import of a hand-over file. In the desktop
// shell the main process asks where to save; in a browser the page downloads the text.
import { useRef, useState } from 'react';
import type { ExportEnquiriesArgument } from '../../../shared/enquiry/channels';
import { useApi } from '../../api/ApiContext';
import { useShell } from '../../app/useShell';
import { useTranslator } from '../settings/SettingsContext';
import { downloadText } from './downloadText';
import { useEnquiryDesk } from './EnquiryContext';

type Outcome =
  | { kind: 'exported'; count: number; file: string }
  | { kind: 'cancelled' }
  | { kind: 'export-failed'; detail: string }
  | { kind: 'importing' }
  | { kind: 'imported'; added: number; updated: number; unchanged: number }
  | { kind: 'import-failed'; detail: string };

export function EnquiryTransfer({ from, to }: { from: string; to: string }) {
  const api = useApi();
  const translator = useTranslator();
  const { text } = translator;
  const desk = useEnquiryDesk();
  const fileInput = useRef<HTMLInputElement>(null);
  const shell = useShell();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);


  const exportAs = async (format: 'csv' | 'json') => {
    const argument = {
      format,
      language: translator.language,
      ...(from === '' ? {} : { from }),
      ...(to === '' ? {} : { to }),
    } as ExportEnquiriesArgument;
    if (shell === 'electron') {
      const result = await api['enquiry:exportToFile'](argument);
      if (!result.ok) setOutcome({ kind: 'export-failed', detail: result.error.message });
      else setOutcome(result.value.saved ? { kind: 'exported', count: result.value.count, file: result.value.fileName } : { kind: 'cancelled' });
      return;
    }
    const result = await api['enquiry:export'](argument);
    if (!result.ok) {
      setOutcome({ kind: 'export-failed', detail: result.error.message });
      return;
    }
    downloadText(result.value.fileName, result.value.mediaType, result.value.text);
    setOutcome({ kind: 'exported', count: result.value.count, file: result.value.fileName });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome({ kind: 'importing' });
    let fileText: string;
    try {
      fileText = await file.text();
    } catch (error) {
      setOutcome({ kind: 'import-failed', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    const result = await api['enquiry:import']({ text: fileText });
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setOutcome({ kind: 'import-failed', detail: result.error.code in text.enquiry ? text.enquiry[result.error.code as keyof typeof text.enquiry] + ' ' + result.error.message : result.error.message });
      return;
    }
    setOutcome({ kind: 'imported', ...result.value });
    desk.logChanged();
  };

  const n = (value: number) => translator.number(value);
  const message = (() => {
    switch (outcome?.kind) {
      case undefined:
        return '';
      case 'exported':
        return text.enquiryLog.exported(n(outcome.count), outcome.count, outcome.file);
      case 'cancelled':
        return text.enquiryLog.exportCancelled;
      case 'export-failed':
        return text.enquiryLog.exportFailed(outcome.detail);
      case 'importing':
        return text.enquiryLog.importing;
      case 'imported':
        return text.enquiryLog.imported(n(outcome.added), n(outcome.updated), n(outcome.unchanged));
      case 'import-failed':
        return text.enquiryLog.importFailed(outcome.detail);
    }
  })();
  const failed = outcome?.kind === 'export-failed' || outcome?.kind === 'import-failed';

  return (
    <section className="enquiry-transfer" aria-labelledby="enquiry-transfer-heading">
      <h2 id="enquiry-transfer-heading" className="section-heading">
        {text.enquiryLog.exportHeading}
      </h2>
      <p className="hint">{text.enquiryLog.exportHint}</p>
      <div className="enquiry-actions">
        <button type="button" className="button" onClick={() => void exportAs('csv')} data-testid="export-csv">
          {text.enquiryLog.exportCsv}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('json')} data-testid="export-json">
          {text.enquiryLog.exportJson}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()} data-testid="import-json">
          {text.enquiryLog.importJson}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden tabIndex={-1} aria-label={text.enquiryLog.importJson} data-testid="import-file" onChange={(event) => void importFile(event.target.files?.[0])} />
      </div>
      <p className="enquiry-transfer-outcome" role="status" data-testid="transfer-outcome">
        {failed ? '' : message}
      </p>
      <div className={failed ? 'enquiry-problem' : 'enquiry-problem-empty'} role="alert" data-testid="transfer-problem">
        {failed ? message : ''}
      </div>
    </section>
  );
}
