import { useEffect } from 'react';
import { markAfterPaint } from '../../app/markAfterPaint';
import { useNavigation } from '../../app/navigation';
import { SEARCH_INPUT_ID } from '../../app/useGlobalShortcuts';
import { useTranslator } from '../settings/SettingsContext';
import { FacetFilters } from './FacetFilters';
import { KindChips } from './KindChips';
import { NoResults } from './NoResults';
import { ResultItem } from './ResultItem';
import { SearchBox } from './SearchBox';
import { useSearch } from './SearchContext';
import { hasFacetChoices } from './searchState';

export function SearchPage() {
  const translator = useTranslator();
  const { text } = translator;
  const { state, setState, answer } = useSearch();
  const { open, previous } = useNavigation();
  const result = answer.result;

  // Coming back from an entry puts focus on that entry's result; otherwise on the search box.
  useEffect(() => {
    const cameFrom = previous?.view === 'detail' ? document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(previous.id)}"]`) : null;
    (cameFrom ?? document.getElementById(SEARCH_INPUT_ID))?.focus();
  }, [previous]);

  // "dttc:results-painted" carries the text the painted results answer: keystroke-to-paint is
  // measured from the keydown to this mark.
  useEffect(() => {
    if (result && !answer.pending) markAfterPaint('dttc:results-painted', state.text);
  }, [result, answer.pending, state.text]);

  const filtered = hasFacetChoices(state.facets);
  return (
    <div className="search-page">
      <h1 className="visually-hidden">{text.search.searchLabel}</h1>
      <SearchBox value={state.text} onChange={(value) => setState({ ...state, text: value })} />
      <KindChips value={state.kind} counts={result?.facets.kind} onChange={(kind) => setState({ ...state, kind })} />
      <div className="search-columns">
        <FacetFilters kind={state.kind} facets={result?.facets} value={state.facets} onChange={(facets) => setState({ ...state, facets })} />
        <section id="search-results" className="results" aria-labelledby="results-heading" aria-busy={answer.pending}>
          <h2 id="results-heading" className="section-heading">
            {text.search.results}
            {result && <span className="result-total"> · {text.search.resultCount(translator.number(result.total), result.total)}</span>}
          </h2>
          {answer.status === 'failed' && <p role="alert">{answer.error}</p>}
          {!result && answer.status !== 'failed' && <p className="hint">{text.search.searching}</p>}
          {result && result.total === 0 && (
            <NoResults
              query={state.text}
              filtered={filtered}
              kindChosen={state.kind !== 'all'}
              onClearFilters={() => setState({ ...state, facets: {} })}
              onAllKinds={() => setState({ ...state, kind: 'all' })}
            />
          )}
          {result && result.hits.length > 0 && (
            <ol className="result-list" data-testid="results">
              {result.hits.map((hit, index) => (
                <ResultItem key={hit.id} hit={hit} index={index} onOpen={(id) => open({ view: 'detail', id })} />
              ))}
            </ol>
          )}
          {result && result.total > result.hits.length && (
            <p className="hint">{text.search.showingFirst(translator.number(result.hits.length), translator.number(result.total))}</p>
          )}
        </section>
      </div>
    </div>
  );
}
