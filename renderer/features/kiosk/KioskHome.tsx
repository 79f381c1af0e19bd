// The kiosk's first screen: a visitor browses without typing — one large tile per kind of entry
// and one per popular subject area — or touches the search bar to open the keyboard. The counts come
// with the catalogue's info (catalogue:info, worked out by the host): the page never reads the whole
// catalogue for them.
import type { EntryKind } from '../../../shared/catalogue/entry';
import type { OfferedCounts } from '../../../shared/catalogue/offeredCounts';
import { useCatalogue } from '../../app/CatalogueContext';
import { KINDS, kindPluralName } from '../../app/catalogueLabels';
import { useTranslator } from '../settings/SettingsContext';
import { KindIcon } from '../../app/KindIcon';
import { useNames } from '../../app/NamesContext';

interface Props {
  onKind(kind: EntryKind): void;
  onDomain(domain: string): void;
  onSearch(): void;
}

const NO_COUNTS: Record<EntryKind, number> = { technology: 0, consultancy: 0, course: 0, scheme: 0 };

export function KioskHome({ onKind, onDomain, onSearch }: Props) {
  const translator = useTranslator();
  const messages = translator.text.kiosk;
  const names = useNames();
  const { catalogue } = useCatalogue();
  const offered: OfferedCounts | undefined = catalogue.status === 'ready' ? catalogue.info.offered : undefined;
  const kindCounts = offered?.kinds ?? NO_COUNTS;
  const domains = offered?.domains ?? [];
  const hints: Record<EntryKind, string> = { technology: messages.technologyHint, consultancy: messages.consultancyHint, course: messages.courseHint, scheme: messages.schemeHint };

  return (
    <div className="kiosk-home">
      <h1 className="kiosk-welcome">{messages.welcome}</h1>
      <p className="kiosk-hint">{messages.welcomeHint}</p>
      <button type="button" className="kiosk-search-bar" onClick={onSearch} data-testid="kiosk-search-bar">
        {messages.touchToSearch}
      </button>
      <section aria-labelledby="kiosk-kinds-heading">
        <h2 id="kiosk-kinds-heading">{messages.browseKinds}</h2>
        <ul className="kiosk-tiles kiosk-kind-tiles">
          {KINDS.map((kind) => (
            <li key={kind}>
              <button type="button" className={`kiosk-tile kind-${kind}`} data-kind-tile={kind} onClick={() => onKind(kind)}>
                <KindIcon kind={kind} size={48} className="kiosk-kind-icon" />
                <span className="kiosk-tile-name">{kindPluralName(kind, translator.text)}</span>
                <span className="kiosk-tile-hint">{hints[kind]}</span>
                <span className="kiosk-tile-count">{messages.entryCount(translator.number(kindCounts[kind]), kindCounts[kind])}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {domains.length > 0 && (
        <section aria-labelledby="kiosk-domains-heading">
          <h2 id="kiosk-domains-heading">{messages.popularDomains}</h2>
          <ul className="kiosk-tiles kiosk-domain-tiles">
            {domains.map(({ domain, count }) => (
              <li key={domain}>
                <button type="button" className="kiosk-tile kiosk-domain-tile" data-domain-tile={domain} onClick={() => onDomain(domain)}>
                  <span className="kiosk-tile-name">{names.subjectArea(domain)}</span>
                  <span className="kiosk-tile-count">{messages.entryCount(translator.number(count), count)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
