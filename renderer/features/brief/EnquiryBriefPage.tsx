// One enquiry's take-away, at #/enquiry/<id>/brief: the combined brief (on screen as a preview,
// printed through the system print dialog, where "Save as PDF" keeps a file) and the reply text
// to copy into an e-mail or a message. Both in the language chosen here, English or Hindi, which
// starts as the UI's language: a Hindi-speaking officer may hand an English brief to a visitor.
import { useEffect, useId, useMemo, useState } from 'react';
import { replyText } from '../../../shared/brief/replyText';
import type { Enquiry } from '../../../shared/enquiry/enquiry';
import type { Language } from '../../../shared/ipc/contract';
import { createTranslator } from '../../../shared/i18n/translator';
import { useApi } from '../../api/ApiContext';
import { useCatalogueEntries } from '../../app/CatalogueContext';
import { useDocumentTitle } from '../../app/documentTitle';
import { useNamesIn } from '../../app/NamesContext';
import { useNavigation } from '../../app/navigation';
import { ViewPrimaryButton } from '../../app/primaryAction';
import { todayIso } from '../../app/today';
import { CopyButton } from '../detail/CopyButton';
import { useTranslator } from '../settings/SettingsContext';
import { VisitorBrief } from './VisitorBrief';
import './brief.css';

type Loaded = { status: 'loading' } | { status: 'ready'; enquiry: Enquiry } | { status: 'failed'; message: string };

const LANGUAGES: { value: Language; label: string; lang: string }[] = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'hi', label: 'हिंदी', lang: 'hi' },
];

export function EnquiryBriefPage({ id }: { id: string }) {
  const api = useApi();
  const ui = useTranslator();
  const { text } = ui;
  const { open } = useNavigation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [language, setLanguage] = useState<Language>(ui.language);
  const catalogueEntries = useCatalogueEntries();
  const formId = useId();

  useEffect(() => {
    let current = true;
    void api['enquiry:get']({ id }).then((result) => {
      if (current) setLoaded(result.ok ? { status: 'ready', enquiry: result.value } : { status: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, id]);

  const translator = useMemo(() => createTranslator(language), [language]);
  const names = useNamesIn(language);
  const enquiry = loaded.status === 'ready' ? loaded.enquiry : undefined;
  useDocumentTitle(enquiry ? text.brief.pageTitle(enquiry.reference) : text.brief.heading);
  const today = todayIso();
  const linked = useMemo(() => (enquiry ? enquiry.entryIds.map((entryId) => ({ id: entryId, entry: catalogueEntries?.byId.get(entryId) })) : []), [enquiry, catalogueEntries]);
  const reply = useMemo(
    () =>
      enquiry && catalogueEntries
        ? replyText(
            {
              reference: enquiry.reference,
              enquiryDate: enquiry.enquiryDate,
              visitorName: enquiry.visitorName,
              entries: linked.flatMap(({ entry }) => (entry ? [entry] : [])),
              today,
              labName: names.labName,
            },
            translator,
          )
        : undefined,
    [enquiry, catalogueEntries, linked, today, names, translator],
  );

  return (
    <div className="brief-page">
      <div className="brief-tools">
        <button type="button" className="button back-button" onClick={() => open({ view: 'enquiries' })}>
          ← {text.brief.back}
        </button>
        <h1 tabIndex={-1}>
          {text.brief.heading}
          {enquiry && <span className="brief-heading-reference"> · {enquiry.reference}</span>}
        </h1>
        {loaded.status === 'loading' && <p className="hint">{text.brief.loading}</p>}
        {loaded.status === 'failed' && <p role="alert">{text.brief.notFound}</p>}
        {enquiry && (
          <div className="brief-controls">
            <fieldset className="brief-language">
              <legend>{text.brief.briefLanguage}</legend>
              {LANGUAGES.map((choice) => (
                <label key={choice.value} lang={choice.lang}>
                  <input type="radio" name={`${formId}-language`} value={choice.value} checked={language === choice.value} onChange={() => setLanguage(choice.value)} />
                  {choice.label}
                </label>
              ))}
            </fieldset>
            <div>
              {/* The page exists to be printed: its primary action, New enquiry secondary meanwhile. */}
              <ViewPrimaryButton data-testid="print-visitor-brief" onClick={() => window.print()} aria-describedby={`${formId}-print-hint`}>
                {text.brief.print}
              </ViewPrimaryButton>
              <p className="hint" id={`${formId}-print-hint`}>
                {text.brief.printHint}
              </p>
            </div>
          </div>
        )}
        {enquiry && enquiry.entryIds.length === 0 && (
          <p className="banner" data-testid="brief-no-entries">
            {text.brief.noEntries}
          </p>
        )}
      </div>
      {enquiry && catalogueEntries && <VisitorBrief enquiry={enquiry} linked={linked} translator={translator} names={names} today={today} />}
      {reply !== undefined && (
        <section className="brief-reply card" aria-labelledby={`${formId}-reply`}>
          <h2 id={`${formId}-reply`} className="section-heading">
            {text.brief.replyHeading}
          </h2>
          <label htmlFor={`${formId}-reply-text`} className="hint">
            {text.brief.replyHint}
          </label>
          <textarea id={`${formId}-reply-text`} className="brief-reply-text" readOnly value={reply} rows={Math.min(24, reply.split('\n').length + 1)} lang={translator.locale} data-testid="brief-reply" />
          <CopyButton value={reply} label={text.brief.copyReply} what={text.brief.replyHeading} />
        </section>
      )}
    </div>
  );
}
