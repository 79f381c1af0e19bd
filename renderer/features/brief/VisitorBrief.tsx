// The visitor's take-away for one enquiry, on A4: DTTC's letterhead (names in Hindi and English,
// address, helpline), the reference number, then one section per linked entry (title, summary, key
// facts, contact, and a QR code of its source), each kept whole on a page. The frame is a one-cell
// table for print: Chromium repeats a <thead> on every printed page (it does not for CSS
// display: table-header-group on other elements, tried), so each page carries the letterhead and
// the reference without covering the text, as a fixed-position block would.
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { Enquiry } from '../../../shared/enquiry/enquiry';
import { briefFacts } from '../../../shared/brief/briefFacts';
import { kindName } from '../../../shared/i18n/kindNames';
import { CENTRE_NAMES, PARENT_NAMES } from '../../../shared/i18n/messages/brief';
import { HELPLINE_NUMBER } from '../../../shared/i18n/messages/site';
import type { NameLookup } from '../../../shared/catalogue/vocabularyNames';
import type { Translator } from '../../../shared/i18n/translator';
import { clip } from '../print/clip';
import { SourceQrCode } from '../print/SourceQrCode';

const MAX_SUMMARY_CHARACTERS = 600;
const MAX_FACT_CHARACTERS = 300;
/** A fact longer than this (ToT terms, a fee basis) takes the section's full width, in plain weight. */
const LONG_FACT_CHARACTERS = 48;

interface Props {
  enquiry: Enquiry;
  /** The linked ids, each with its entry when the catalogue still has it. */
  linked: { id: string; entry: CatalogueEntry | undefined }[];
  translator: Translator;
  names: NameLookup;
  today: string;
}

export function VisitorBrief({ enquiry, linked, translator, names, today }: Props) {
  const { text } = translator;
  const visitor = [enquiry.visitorName.trim(), enquiry.organisation.trim()].filter(Boolean).join(', ');
  return (
    <article className="visitor-brief" lang={translator.locale} data-testid="visitor-brief" aria-label={text.brief.heading}>
      <table className="visitor-brief-frame">
        <thead>
          <tr>
            <td>
              <header className="brief-letterhead">
                <p className="brief-centre">
                  <span lang="hi">{CENTRE_NAMES.hi}</span>
                  <span lang="en">{CENTRE_NAMES.en}</span>
                </p>
                <p className="brief-parent">
                  <span lang="hi">{PARENT_NAMES.hi}</span>
                  <span lang="en">{PARENT_NAMES.en}</span>
                </p>
                <p className="brief-address">
                  {text.site.address} · {text.site.helplineLabel} {HELPLINE_NUMBER}
                </p>
                <p className="brief-running-head">{text.brief.runningHead(enquiry.reference)}</p>
              </header>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <dl className="brief-case">
                <div>
                  <dt>{text.brief.reference}</dt>
                  <dd data-testid="brief-reference">{enquiry.reference}</dd>
                </div>
                <div>
                  <dt>{text.brief.enquiryDate}</dt>
                  <dd>{translator.date(enquiry.enquiryDate)}</dd>
                </div>
                {visitor !== '' && (
                  <div>
                    <dt>{text.brief.preparedFor}</dt>
                    <dd>{visitor}</dd>
                  </div>
                )}
                {enquiry.officer.trim() !== '' && (
                  <div>
                    <dt>{text.brief.officer}</dt>
                    <dd>{enquiry.officer}</dd>
                  </div>
                )}
              </dl>
              {enquiry.question.trim() !== '' && (
                <p className="brief-question">
                  <strong>{text.brief.question}:</strong> {clip(enquiry.question, MAX_SUMMARY_CHARACTERS)}
                </p>
              )}
              <h2 className="brief-entries-heading">{text.brief.entriesHeading}</h2>
              {linked.map(({ id, entry }, index) =>
                entry ? (
                  <BriefEntry key={id} entry={entry} number={index + 1} translator={translator} names={names} today={today} />
                ) : (
                  <p key={id} className="brief-missing">
                    {text.brief.missingEntry(id)}
                  </p>
                ),
              )}
              <p className="brief-closing">{text.brief.quoteReference(enquiry.reference)}</p>
              <p className="brief-disclaimer">{text.site.disclaimer}</p>
              <p className="brief-printed">{text.print.printedOn(translator.date(today))}</p>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

function BriefEntry({ entry, number, translator, names, today }: { entry: CatalogueEntry; number: number; translator: Translator; names: NameLookup; today: string }) {
  const { text } = translator;
  const title = translator.choose(entry.title);
  const summary = translator.choose(entry.summary);
  const facts = briefFacts(entry, translator, today);
  const contact = [entry.contact.name, entry.contact.phone, entry.contact.email].filter(Boolean).join(' · ');
  return (
    <section className="brief-entry" data-entry-id={entry.id} data-testid="brief-entry">
      <div>
        <p className="brief-kind">
          {translator.number(number)}. {kindName(entry.kind, text)} · {names.labName(entry.lab)}
        </p>
        {title && (
          <h3 lang={title.language} className="brief-entry-title">
            {title.text}
          </h3>
        )}
        {summary && <p lang={summary.language}>{clip(summary.text, MAX_SUMMARY_CHARACTERS)}</p>}
        {facts.length > 0 && (
          <dl className="brief-facts">
            {facts.map((fact) => (
              <div key={fact.key} data-fact={fact.key} className={fact.value.length > LONG_FACT_CHARACTERS ? 'brief-fact-long' : undefined}>
                <dt>{fact.label}</dt>
                <dd lang={fact.valueLanguage}>{clip(fact.value, MAX_FACT_CHARACTERS)}</dd>
              </div>
            ))}
          </dl>
        )}
        {contact !== '' && (
          <p className="brief-contact">
            <strong>{text.brief.contact}:</strong> {contact}
          </p>
        )}
      </div>
      {entry.sourceUrl && (
        <SourceQrCode url={entry.sourceUrl} className="brief-qr" caption={text.brief.sourceCaption} alternative={text.print.qrAlternative(entry.sourceUrl)} size={110} />
      )}
    </section>
  );
}
