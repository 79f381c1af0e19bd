// A one-page A4 brief to hand a visitor: shown only by the print stylesheet (print.css), printed
// through window.print(). Long free text is cut so the brief always fits one page.
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { CatalogueInfo } from '../../../shared/ipc/contract';
import { todayIso } from '../../app/today';
import { kindName } from '../../app/catalogueLabels';
import { kindFields } from '../detail/kindFields';
import { useTranslator } from '../settings/SettingsContext';
import { SourceQrCode } from './SourceQrCode';
import { clip } from './clip';
import { useNames } from '../../app/NamesContext';

const MAX_KEY_TERMS = 16;
const MAX_FIELD_CHARACTERS = 320;
const MAX_SUMMARY_CHARACTERS = 700;

export function PrintBrief({ entry, info }: { entry: CatalogueEntry; info: CatalogueInfo }) {
  const translator = useTranslator();
  const { text } = translator;
  const title = translator.choose(entry.title);
  const summary = translator.choose(entry.summary);
  const facts = kindFields(entry, translator)
    .slice(0, 6)
    .map((field) => ({ ...field, value: typeof field.value === 'string' ? clip(field.value, MAX_FIELD_CHARACTERS) : field.value }));
  const names = useNames();
  const keyTerms = [...entry.domains.map(names.subjectArea), ...entry.keywords].slice(0, MAX_KEY_TERMS);
  const asOf = translator.date(info.asOf ?? info.issuedAt);
  return (
    <article className="print-brief" data-testid="print-brief">
      <header className="print-header">
        <p className="print-app">{text.print.briefHeading}</p>
        <p className="print-kind">
          {kindName(entry.kind, text)} · {entry.lab}
        </p>
        {title && <h2 lang={title.language}>{title.text}</h2>}
      </header>
      {summary && (
        <p className="print-summary" lang={summary.language}>
          {clip(summary.text, MAX_SUMMARY_CHARACTERS)}
        </p>
      )}
      <div className="print-columns">
        <div>
          {facts.length > 0 && (
            <dl className="fields print-facts">
              {facts.map((field) => (
                <div key={field.key}>
                  <dt>{field.label}</dt>
                  <dd>{field.value}</dd>
                </div>
              ))}
            </dl>
          )}
          <h3>{text.detail.keywords}</h3>
          <p>{keyTerms.join(' · ')}</p>
          <h3>{text.detail.contact}</h3>
          <p>
            {[entry.contact.name, entry.contact.phone, entry.contact.email].filter(Boolean).join(' · ') || text.detail.notGiven}
          </p>
        </div>
        {entry.sourceUrl && (
          <SourceQrCode url={entry.sourceUrl} className="print-qr" caption={text.print.qrCaption} alternative={text.print.qrAlternative(entry.sourceUrl)} size={132} />
        )}
      </div>
      <footer className="print-footer">
        <p>{text.print.footer(translator.number(info.version), asOf)}</p>
        <p>{text.print.printedOn(translator.date(todayIso()))}</p>
      </footer>
    </article>
  );
}
