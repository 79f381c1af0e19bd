import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import { useTranslator } from '../settings/SettingsContext';
import { CopyButton } from './CopyButton';
import { ExternalLink } from './ExternalLink';

export function ContactCard({ contact }: { contact: CatalogueEntry['contact'] }) {
  const { text } = useTranslator();
  const empty = !contact.name && !contact.phone && !contact.email;
  return (
    <section className="card contact" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{text.detail.contact}</h2>
      {empty && <p>{text.detail.notGiven}</p>}
      <dl className="fields">
        {contact.name && (
          <div>
            <dt>{text.detail.contactName}</dt>
            <dd>{contact.name}</dd>
          </div>
        )}
        {contact.phone && (
          <div>
            <dt>{text.detail.phone}</dt>
            <dd>
              <span className="contact-value">{contact.phone}</span> <CopyButton value={contact.phone} label={text.detail.copyPhone} what={text.detail.phone} />
            </dd>
          </div>
        )}
        {contact.email && (
          <div>
            <dt>{text.detail.email}</dt>
            <dd>
              <ExternalLink url={`mailto:${contact.email}`}>{contact.email}</ExternalLink>{' '}
              <CopyButton value={contact.email} label={text.detail.copyEmail} what={text.detail.email} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
