// One entry on the kiosk: what the help desk shows (kind facts, details, contact), in large type,
// with nothing to click out of the app: the contact and the source page travel as a QR code.
import { useEffect, useRef } from 'react';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import { kindName } from '../../app/catalogueLabels';
import { FieldList, kindFields, type Field } from '../detail/kindFields';
import { useEntry } from '../detail/useEntry';
import { useTranslator } from '../settings/SettingsContext';
import { EntryQrCode } from './EntryQrCode';
import { KioskDetailsText } from './KioskDetailsText';
import { labWithName } from '../../app/labWithName';
import { useNames } from '../../app/NamesContext';

export function KioskDetail({ id }: { id: string }) {
  const { text } = useTranslator();
  const { entry, loading } = useEntry(id);
  if (entry) return <EntryView entry={entry} />;
  return loading ? <p className="hint">{text.app.loading}</p> : <p role="alert">{text.detail.notFound}</p>;
}

function EntryView({ entry }: { entry: CatalogueEntry }) {
  const translator = useTranslator();
  const { text } = translator;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [entry.id]);
  const title = translator.choose(entry.title);
  const summary = translator.choose(entry.summary);
  const details = translator.choose(entry.details);
  const { contact } = entry;
  const names = useNames();
  const contactFields: Field[] = [
    ...(contact.name ? [{ key: 'name', label: text.detail.contactName, value: contact.name }] : []),
    ...(contact.phone ? [{ key: 'phone', label: text.detail.phone, value: contact.phone }] : []),
    ...(contact.email ? [{ key: 'email', label: text.detail.email, value: contact.email }] : []),
    ...(entry.sourceUrl ? [{ key: 'source', label: text.kiosk.webPage, value: <span className="kiosk-address">{entry.sourceUrl}</span> }] : []),
  ];
  const aboutFields: Field[] = [
    { key: 'lab', label: text.detail.lab, value: labWithName(entry.lab, names.labName(entry.lab)) },
    { key: 'domains', label: text.detail.domains, value: entry.domains.map(names.subjectArea).join(', ') },
    { key: 'updated', label: text.detail.updated, value: translator.date(entry.updated) },
  ];
  return (
    <article className="entry kiosk-entry" data-entry={entry.id} data-testid="kiosk-detail">
      <header className="entry-header">
        <span className={`kind-badge kind-${entry.kind}`}>{kindName(entry.kind, text)}</span>
        <h1 ref={headingRef} tabIndex={-1} lang={title?.language}>
          {title?.text}
        </h1>
        {summary && (
          <p className="entry-summary" lang={summary.language}>
            {summary.text}
          </p>
        )}
      </header>
      <div className="entry-columns">
        <div className="entry-main">
          {details && (
            <section className="card" aria-labelledby="kiosk-details-heading">
              <h2 id="kiosk-details-heading">{text.detail.details}</h2>
              <div lang={details.language}>
                <KioskDetailsText source={details.text} />
              </div>
            </section>
          )}
          <section className="card" aria-labelledby="kiosk-facts-heading">
            <h2 id="kiosk-facts-heading">{kindName(entry.kind, text)}</h2>
            <FieldList fields={[...kindFields(entry, translator), ...aboutFields]} />
          </section>
        </div>
        <div className="entry-side">
          <EntryQrCode entry={entry} title={title?.text ?? entry.title.en} />
          <section className="card" aria-labelledby="kiosk-contact-heading">
            <h2 id="kiosk-contact-heading">{text.detail.contact}</h2>
            {contactFields.length > 0 ? <FieldList fields={contactFields} /> : <p>{text.kiosk.noContact}</p>}
          </section>
        </div>
      </div>
    </article>
  );
}
