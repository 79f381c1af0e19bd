import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef } from 'react';
import { useCatalogue } from '../../app/CatalogueContext';
import { markAfterPaint } from '../../app/markAfterPaint';
import { useNavigation } from '../../app/navigation';
import { SEARCH_INPUT_ID } from '../../app/useGlobalShortcuts';
import { useTranslator } from '../settings/SettingsContext';
import { FacetFilters } from './FacetFilters';
import { KindChips } from './KindChips';
import { NoResults } from './NoResults';
import { RESULTS_SECTION_ID, ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { useSearch } from './SearchContext';
import { hasFacetChoices, type FacetChoices, type KindChoice, type SearchState } from './searchState';

export function SearchPage() {
  const translator = useTranslator();
  const { text } = translator;
  const { state, setState, foresee, answer } = useSearch();
  const { open, previous } = useNavigation();
  const { catalogue } = useCatalogue();
  const result = answer.result;
  // The filters' counts sit inside closed drop-down lists: they follow in React's deferred render,
  // after the answer's first screen of results is painted (the kind chips' counts, in view, do not wait).
  const facetCounts = useDeferredValue(result?.facets);

  // Callbacks that keep their identity from render to render, so the memoised chips, filters and rows
  // skip rendering when only the text changed; they read the state at the time they are called.
  const latestState = useRef(state);
  useLayoutEffect(() => {
    latestState.current = state;
  }, [state]);
  const change = useCallback((changes: Partial<SearchState>) => setState({ ...latestState.current, ...changes }), [setState]);
  const changeText = useCallback((text: string) => change({ text }), [change]);
  const foreseeText = useCallback((text: string) => foresee({ ...latestState.current, text }), [foresee]);
  const changeKind = useCallback((kind: KindChoice) => change({ kind }), [change]);
  const changeFacets = useCallback((facets: FacetChoices) => change({ facets }), [change]);
  const openEntry = useCallback((id: string) => open({ view: 'detail', id }), [open]);

  // Coming back from an entry puts focus on that entry's result; otherwise on the search box.
  useEffect(() => {
    const cameFrom = previous?.view === 'detail' ? document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(previous.id)}"]`) : null;
    (cameFrom ?? document.getElementById(SEARCH_INPUT_ID))?.focus();
  }, [previous]);

  // "dttc:results-painted" carries the text the painted results answer: keystroke-to-paint is
  // measured from the keydown to this mark. A layout effect of the commit that puts the answer on
  // screen (see markAfterPaint for why the mark then lands right after that commit's frame).
  useLayoutEffect(() => {
    if (result && !answer.pending) markAfterPaint('dttc:results-painted', state.text);
  }, [result, answer.pending, state.text]);

  const filtered = hasFacetChoices(state.facets);
  return (
    <div className="search-page">
      <h1 className="visually-hidden">{text.search.searchLabel}</h1>
      <SearchBox value={state.text} onChange={changeText} onComing={foreseeText} />
      <KindChips value={state.kind} counts={result?.facets.kind} onChange={changeKind} />
      <div className="search-columns">
        <FacetFilters kind={state.kind} labCounts={facetCounts?.lab} domainCounts={facetCounts?.domain} value={state.facets} onChange={changeFacets} />
        <section id={RESULTS_SECTION_ID} className="results" aria-labelledby="results-heading" aria-busy={answer.pending}>
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
              onClearFilters={() => change({ facets: {} })}
              onAllKinds={() => change({ kind: 'all' })}
            />
          )}
          {result && result.hits.length > 0 && (
            <ResultList hits={result.hits} entries={catalogue.status === 'ready' ? catalogue.byId : undefined} onOpen={openEntry} />
          )}
          {result && result.total > result.hits.length && (
            <p className="hint">{text.search.showingFirst(translator.number(result.hits.length), translator.number(result.total))}</p>
          )}
        </section>
      </div>
    </div>
  );
}
