// The enquiry log: find enquiries again (words, date range, visitor type, officer, follow-ups due),
// open the entries shown to a visitor, edit one, export CSV or a hand-over file, import one.
import { useEffect, useId, useState } from 'react';
import type { EnquiryLogStatus } from '../../../shared/enquiry/channels';
import type { Enquiry, VisitorType } from '../../../shared/enquiry/enquiry';
import type { EnquiryFilter } from '../../../shared/enquiry/filterEnquiries';
import { useApi } from '../../api/ApiContext';
import { useCatalogueEntries } from '../../app/CatalogueContext';
import { DayFirstDateInput } from '../../app/DayFirstDateInput';
import type { IsoDate } from '../../../shared/catalogue/entry';
import { useNavigation } from '../../app/navigation';
import { todayIso } from '../../app/today';
import { useTranslator } from '../settings/SettingsContext';
import { useEnquiryDesk } from './EnquiryContext';
import { EnquiryTransfer } from './EnquiryTransfer';
import { PersonalDataRequests } from './PersonalDataRequests';
import { VISITOR_TYPE_OPTIONS } from './enquiryForm';
import { channelName, outcomeName, statusName, visitorTypeName } from './visitorTypeName';

export interface LogFilterValues {
  text: string;
  from: string;
  to: string;
  visitorType: VisitorType | '';
  officer: string;
  dueOnly: boolean;
}

const NO_FILTER: LogFilterValues = { text: '', from: '', to: '', visitorType: '', officer: '', dueOnly: false };

function toFilter(values: LogFilterValues): EnquiryFilter {
  return {
    ...(values.text.trim() === '' ? {} : { text: values.text }),
    ...(values.from === '' ? {} : { from: values.from as EnquiryFilter['from'] }),
    ...(values.to === '' ? {} : { to: values.to as EnquiryFilter['to'] }),
    ...(values.visitorType === '' ? {} : { visitorType: values.visitorType }),
    ...(values.officer.trim() === '' ? {} : { officer: values.officer }),
    ...(values.dueOnly ? { followUpsDueBy: todayIso() as EnquiryFilter['followUpsDueBy'] } : {}),
  } as EnquiryFilter;
}

type Listing = { status: 'loading' } | { status: 'ready'; enquiries: Enquiry[] } | { status: 'failed'; message: string };

export function EnquiryLogPage() {
  const api = useApi();
  const translator = useTranslator();
  const { text } = translator;
  const desk = useEnquiryDesk();
  const [values, setValues] = useState<LogFilterValues>(NO_FILTER);
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [logStatus, setLogStatus] = useState<EnquiryLogStatus | undefined>(undefined);
  const headingId = useId();

  useEffect(() => {
    let current = true;
    const datesBackwards = values.from !== '' && values.to !== '' && values.from > values.to;
    if (datesBackwards) return;
    void api['enquiry:list'](toFilter(values)).then((result) => {
      if (!current) return;
      setListing(result.ok ? { status: 'ready', enquiries: result.value } : { status: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, values, desk.logVersion]);

  useEffect(() => {
    let current = true;
    void api['enquiry:status'](undefined).then((result) => {
      if (current && result.ok) setLogStatus(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, desk.logVersion]);

  const change = (patch: Partial<LogFilterValues>) => setValues((current) => ({ ...current, ...patch }));
  return (
    <div className="enquiry-log">
      <h1 tabIndex={-1}>{text.enquiryLog.logTitle}</h1>
      {logStatus && !logStatus.writable && (
        <p className="banner" role="alert">
          {text.enquiryLog.logReadOnly} {logStatus.reason ? text.enquiry[logStatus.reason] : ''}
        </p>
      )}
      {logStatus && logStatus.damagedLines.length > 0 && <p className="banner">{text.enquiryLog.damagedLines(translator.number(logStatus.damagedLines.length), logStatus.damagedLines.length)}</p>}
      <LogFilters values={values} change={change} reset={() => setValues(NO_FILTER)} />
      <EnquiryTransfer from={values.from} to={values.to} />
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="section-heading" aria-live="polite">
          {listing.status === 'ready' ? text.enquiryLog.enquiryCount(translator.number(listing.enquiries.length), listing.enquiries.length) : text.enquiryLog.logTitle}
        </h2>
        {listing.status === 'failed' && <p role="alert">{text.enquiryLog.loadFailed(listing.message)}</p>}
        {listing.status === 'ready' && listing.enquiries.length === 0 && <p className="hint">{text.enquiryLog.noEnquiries}</p>}
        {listing.status === 'ready' && listing.enquiries.length > 0 && (
          <ol className="enquiry-list" data-testid="enquiry-list">
            {listing.enquiries.map((enquiry) => (
              <EnquiryItem key={enquiry.id} enquiry={enquiry} />
            ))}
          </ol>
        )}
      </section>
      <PersonalDataRequests />
    </div>
  );
}

function LogFilters({ values, change, reset }: { values: LogFilterValues; change(patch: Partial<LogFilterValues>): void; reset(): void }) {
  const { text } = useTranslator();
  return (
    // Not a form: every field filters as it changes, so there is nothing to submit.
    <div className="enquiry-filters" role="search" aria-label={text.enquiryLog.searchLog} data-testid="enquiry-filters">
      <div className="enquiry-field enquiry-field-wide">
        <label htmlFor="enquiry-log-text">{text.enquiryLog.searchLog}</label>
        <input id="enquiry-log-text" type="search" value={values.text} onChange={(event) => change({ text: event.target.value })} />
      </div>
      <DayFirstDateInput id="enquiry-log-from" className="enquiry-field" label={text.enquiryLog.from} value={(values.from || undefined) as IsoDate | undefined} onChange={(from) => change({ from: from ?? '' })} />
      <DayFirstDateInput id="enquiry-log-to" className="enquiry-field" label={text.enquiryLog.to} value={(values.to || undefined) as IsoDate | undefined} onChange={(to) => change({ to: to ?? '' })} />
      <div className="enquiry-field">
        <label htmlFor="enquiry-log-type">{text.enquiryLog.visitorType}</label>
        <select id="enquiry-log-type" value={values.visitorType} onChange={(event) => change({ visitorType: event.target.value as VisitorType | '' })}>
          <option value="">{text.enquiryLog.anyVisitorType}</option>
          {VISITOR_TYPE_OPTIONS.map((type) => (
            <option key={type} value={type}>
              {visitorTypeName(type, text)}
            </option>
          ))}
        </select>
      </div>
      <div className="enquiry-field">
        <label htmlFor="enquiry-log-officer">{text.enquiryLog.anyOfficer}</label>
        <input id="enquiry-log-officer" type="text" value={values.officer} onChange={(event) => change({ officer: event.target.value })} />
      </div>
      <label className="enquiry-check">
        <input type="checkbox" checked={values.dueOnly} onChange={(event) => change({ dueOnly: event.target.checked })} data-testid="due-only" />
        {text.enquiryLog.onlyFollowUpsDue}
      </label>
      <button type="button" className="button button-small" onClick={reset}>
        {text.enquiryLog.clearFilters}
      </button>
    </div>
  );
}

function EnquiryItem({ enquiry }: { enquiry: Enquiry }) {
  const translator = useTranslator();
  const { text } = translator;
  const desk = useEnquiryDesk();
  const { open } = useNavigation();
  const catalogueEntries = useCatalogueEntries(enquiry.entryIds.length > 0);
  const visitor = enquiry.visitorName.trim() === '' ? text.enquiryLog.anonymousVisitor : enquiry.visitorName;
  const date = translator.date(enquiry.enquiryDate);
  const due = !enquiry.followUpDone && enquiry.followUpDate !== undefined && enquiry.followUpDate <= todayIso();
  return (
    <li className="enquiry-item card" data-enquiry-id={enquiry.id}>
      <div className="enquiry-item-header">
        <h3>
          {visitor}
          {enquiry.organisation !== '' && <span className="enquiry-organisation"> · {enquiry.organisation}</span>}
        </h3>
        <span className="enquiry-item-actions">
          <button type="button" className="button button-small" aria-label={text.enquiryLog.editEnquiry(visitor, date)} onClick={() => desk.openEdit(enquiry)}>
            {text.enquiryLog.edit}
          </button>
          <button type="button" className="button button-small" data-testid="open-brief" aria-label={text.brief.openBriefFor(visitor, date)} onClick={() => open({ view: 'brief', id: enquiry.id })}>
            {text.brief.openBrief}
          </button>
        </span>
      </div>
      <p className="result-meta">
        <span className="enquiry-reference" data-testid="enquiry-reference">
          {text.enquiryLog.reference} {enquiry.reference}
        </span>{' '}
        · {statusName(enquiry.status, text)}
        {enquiry.outcome !== undefined && <> ({outcomeName(enquiry.outcome, text)})</>} · {date} · {visitorTypeName(enquiry.visitorType, text)} · {channelName(enquiry.channel, text)}
        {enquiry.officer !== '' && <> · {text.enquiryLog.recordedBy(enquiry.officer)}</>}
        {enquiry.phone !== '' && <> · {enquiry.phone}</>}
        {enquiry.email !== '' && <> · {enquiry.email}</>}
      </p>
      <p className="enquiry-question">{enquiry.question}</p>
      {enquiry.entryIds.length > 0 && (
        <p className="enquiry-entries-label">{text.enquiryLog.entriesShown}:</p>
      )}
      {enquiry.entryIds.length > 0 && (
        <ul className="enquiry-entries" aria-label={text.enquiryLog.entriesShown}>
          {enquiry.entryIds.map((id) => {
            const entry = catalogueEntries?.byId.get(id);
            const title = entry ? translator.choose(entry.title) : undefined;
            return (
              <li key={id}>
                {entry ? (
                  <button type="button" className="button-link" onClick={() => open({ view: 'detail', id })} lang={title?.language}>
                    {title?.text ?? id}
                  </button>
                ) : (
                  <span>{text.enquiryLog.unknownEntry(id)}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {(enquiry.followUpAction !== '' || enquiry.followUpDate !== undefined) && (
        <p className={due ? 'enquiry-follow-up enquiry-due' : 'enquiry-follow-up'}>
          {enquiry.followUpDone
            ? text.enquiryLog.followUpCompleted
            : enquiry.followUpDate
              ? due
                ? text.enquiryLog.followUpDue(translator.date(enquiry.followUpDate))
                : text.enquiryLog.followUpOn(translator.date(enquiry.followUpDate))
              : text.enquiryLog.followUpAction}
          {enquiry.followUpAction !== '' && <>: {enquiry.followUpAction}</>}
        </p>
      )}
    </li>
  );
}
