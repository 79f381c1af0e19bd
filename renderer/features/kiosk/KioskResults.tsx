// The kiosk's results: the search text (typed only on the on-screen keyboard), the kind chips, and
// the help desk's result items, large enough for a finger.
import { useTranslator } from '../settings/SettingsContext';
import { ClosedNotice } from '../search/ClosedNotice';
import { KindChips } from '../search/KindChips';
import { NoResults } from '../search/NoResults';
import { ResultItem } from '../search/ResultItem';
import { useSearch } from '../search/SearchContext';
import { useClosedAskedFor } from '../search/useClosedAskedFor';
import { OnScreenKeyboard } from './OnScreenKeyboard';

interface Props {
  keyboard: boolean;
  onKeyboard(open: boolean): void;
  onOpen(id: string): void;
}

export function KioskResults({ keyboard, onKeyboard, onOpen }: Props) {
  const translator = useTranslator();
  const { text } = translator;
  const { state, setState, answer } = useSearch();
  const hits = answer.result?.hits ?? [];
  const total = answer.result?.total ?? 0;
  const domain = state.facets.domain;
  const filtered = domain !== undefined;
  // Asked for by name but no longer offered: said so, as the desk does, instead of nothing.
  const closedAskedFor = useClosedAskedFor(state.text);
  const closedNotice = <ClosedNotice entries={closedAskedFor} hint={text.closed.kioskHint} />;
  return (
    <div className={`kiosk-results-screen${keyboard ? ' with-keyboard' : ''}`}>
      <div className="kiosk-search-row">
        <input
          type="search"
          className="kiosk-search-input"
          readOnly
          inputMode="none"
          aria-label={text.kiosk.searchLabel}
          placeholder={text.kiosk.touchToSearch}
          value={state.text}
          onClick={() => onKeyboard(true)}
          data-testid="kiosk-search-input"
        />
        {!keyboard && (
          <button type="button" className="button kiosk-button" onClick={() => onKeyboard(true)}>
            {text.kiosk.showKeyboard}
          </button>
        )}
      </div>
      {domain !== undefined && (
        <p className="kiosk-browsing">
          {text.kiosk.browsing(domain)}{' '}
          <button type="button" className="button kiosk-button" onClick={() => setState({ ...state, facets: {} })}>
            {text.search.clearFilters}
          </button>
        </p>
      )}
      <KindChips value={state.kind} counts={answer.result?.facets.kind} onChange={(kind) => setState({ ...state, kind })} />
      <section className="results kiosk-results" aria-labelledby="kiosk-results-heading" aria-busy={answer.pending}>
        <h2 id="kiosk-results-heading" className="section-heading">
          {text.kiosk.results} <span className="result-total">{text.search.resultCount(translator.number(total), total)}</span>
        </h2>
        {/* Above "nothing found"; below any results, so that the open keyboard still leaves them in view. */}
        {hits.length === 0 && closedNotice}
        {answer.result && hits.length === 0 && !answer.pending ? (
          <NoResults
            query={state.text}
            filtered={filtered}
            kindChosen={state.kind !== 'all'}
            suggestions={answer.result.suggestions}
            browseDomains={answer.result.browseDomains}
            onClearFilters={() => setState({ ...state, facets: {} })}
            onAllKinds={() => setState({ ...state, kind: 'all' })}
            onSuggestion={(suggestion) => setState({ ...state, text: suggestion })}
            onBrowse={(domain) => setState({ ...state, text: '', facets: { domain } })}
          />
        ) : (
          <ol className="result-list" data-testid="kiosk-results">
            {hits.map((hit, index) => (
              <ResultItem key={hit.id} hit={hit} index={index} onOpen={onOpen} />
            ))}
          </ol>
        )}
        {hits.length > 0 && closedNotice}
      </section>
      {keyboard && (
        <OnScreenKeyboard
          text={state.text}
          onText={(typed) => setState({ ...state, text: typed })}
          initialLanguage={translator.language}
          onDone={() => onKeyboard(false)}
        />
      )}
    </div>
  );
}
