import { useEffect, useRef } from 'react';
import { useDocumentTitle } from '../../app/documentTitle';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { CatalogueInfo } from '../../../shared/ipc/contract';
import { useCatalogue } from '../../app/CatalogueContext';
import { kindName } from '../../app/catalogueLabels';
import { useNavigation } from '../../app/navigation';
import { PrintBrief } from '../print/PrintBrief';
import { useTranslator } from '../settings/SettingsContext';
import { ContactCard } from './ContactCard';
import { DetailsMarkup } from './DetailsMarkup';
import { useEntry } from './useEntry';
import { ExternalLink } from './ExternalLink';
import { FieldList, kindFields, type Field } from './kindFields';
import { labWithName } from '../../app/labWithName';
import { useNames } from '../../app/NamesContext';

export function DetailPage({ id }: { id: string }) {
  const { catalogue } = useCatalogue();
  const { back } = useNavigation();
  const { text } = useTranslator();
  const { entry, loading } = useEntry(id);
  return (
    <div className="detail-page">
      <button type="button" className="button back-button" onClick={back}>
        ← {text.app.back} <kbd>Esc</kbd>
      </button>
      {entry && catalogue.status === 'ready' ? (
        <EntryDetail entry={entry} info={catalogue.info} />
      ) : loading ? (
        <p className="hint">{text.app.loading}</p>
      ) : (
        <p role="alert">{text.detail.notFound}</p>
      )}
    </div>
  );
}

function EntryDetail({ entry, info }: { entry: CatalogueEntry; info: CatalogueInfo }) {
  const translator = useTranslator();
  const { text } = translator;
  const names = useNames();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [entry.id]);

  const title = translator.choose(entry.title);
  useDocumentTitle(title?.text);
  const summary = translator.choose(entry.summary);
  const details = translator.choose(entry.details);
  const commonFields: Field[] = [
    { key: 'lab', label: text.detail.lab, value: labWithName(entry.lab, names.labName(entry.lab)) },
    { key: 'domains', label: text.detail.domains, value: entry.domains.map(names.subjectArea).join(', ') },
    ...(entry.keywords.length > 0 ? [{ key: 'keywords', label: text.detail.keywords, value: entry.keywords.join(', ') }] : []),
    { key: 'updated', label: text.detail.updated, value: translator.date(entry.updated) },
    ...(entry.validUntil ? [{ key: 'validUntil', label: text.detail.validUntil, value: translator.date(entry.validUntil) }] : []),
  ];
  return (
    <article className="entry" data-entry={entry.id}>
      <header className="entry-header">
        <span className={`kind-badge kind-${entry.kind}`}>{kindName(entry.kind, text)}</span>
        {title && (
          <h1 ref={headingRef} tabIndex={-1} lang={title.language}>
            {title.text}
          </h1>
        )}
        {summary && (
          <p className="entry-summary" lang={summary.language}>
            {summary.text}
          </p>
        )}
        <p className="as-of">{text.detail.asOf(translator.number(info.version), translator.date(info.asOf ?? info.issuedAt))}</p>
      </header>
      <div className="entry-actions" role="group" aria-label={text.detail.actions}>
        {/* Secondary: one of the entry's tools; New enquiry stays the view's primary action. */}
        <button type="button" className="button" onClick={() => window.print()}>
          {text.detail.printBrief}
        </button>
        {entry.sourceUrl && <ExternalLink url={entry.sourceUrl}>{text.detail.openSource}</ExternalLink>}
      </div>
      <div className="entry-columns">
        <div className="entry-main">
          {details && (
            <section className="card" aria-labelledby="details-heading">
              <h2 id="details-heading">{text.detail.details}</h2>
              <div lang={details.language}>
                <DetailsMarkup source={details.text} />
              </div>
            </section>
          )}
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{kindName(entry.kind, text)}</h2>
            <FieldList fields={kindFields(entry, translator)} />
          </section>
        </div>
        <div className="entry-side">
          <ContactCard contact={entry.contact} />
          <section className="card" aria-labelledby="about-heading">
            <h2 id="about-heading">{text.detail.source}</h2>
            <FieldList fields={commonFields} />
            <p className="source-link">{entry.sourceUrl ? <ExternalLink url={entry.sourceUrl} /> : text.detail.noSource}</p>
          </section>
        </div>
      </div>
      <PrintBrief entry={entry} info={info} />
    </article>
  );
}
