import { useNames } from '../../app/NamesContext';
import { useTranslator } from '../settings/SettingsContext';

interface Props {
  query: string;
  filtered: boolean;
  kindChosen: boolean;
  /** Texts close to the query that do find entries, best first (the engine's "did you mean"). */
  suggestions?: readonly string[];
  /** Subject areas to browse instead. */
  browseDomains?: readonly string[];
  onClearFilters(): void;
  onAllKinds(): void;
  onSuggestion(text: string): void;
  onBrowse(domain: string): void;
}

const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * Says what was not found and what to try next, never a dead end: the texts close to it that find
 * something and the subject areas to browse are buttons, as are the filters to drop.
 */
export function NoResults({ query, filtered, kindChosen, suggestions = [], browseDomains = [], onClearFilters, onAllKinds, onSuggestion, onBrowse }: Props) {
  const { text } = useTranslator();
  const names = useNames();
  return (
    // The count ("0 results") reaches screen readers through the results' live region (ResultAnnouncer).
    <div className="no-results" data-testid="no-results">
      <h3>{query.trim() === '' ? text.search.noResultsFiltered : text.search.noResultsTitle(query.trim())}</h3>
      {suggestions.length > 0 && (
        <div className="no-results-offers" data-testid="did-you-mean">
          <p>{text.search.didYouMean}</p>
          <ul>
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <button type="button" className="button no-results-offer" lang={DEVANAGARI.test(suggestion) ? 'hi' : 'en'} aria-label={text.search.searchFor(suggestion)} onClick={() => onSuggestion(suggestion)}>
                  {suggestion}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {browseDomains.length > 0 && (
        <div className="no-results-offers" data-testid="browse-instead">
          <p>{text.search.browseInstead}</p>
          <ul>
            {browseDomains.map((domain) => (
              <li key={domain}>
                <button type="button" className="button no-results-offer" aria-label={text.search.browseArea(names.subjectArea(domain))} onClick={() => onBrowse(domain)}>
                  {names.subjectArea(domain)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{text.search.noResultsTryTitle}</p>
      <ul>
        <li>{text.search.noResultsTryShorter}</li>
        <li>{text.search.noResultsTryOtherWords}</li>
        {filtered && (
          <li>
            <button type="button" className="button-link" onClick={onClearFilters}>
              {text.search.noResultsTryClearFilters}
            </button>
          </li>
        )}
        {kindChosen && (
          <li>
            <button type="button" className="button-link" onClick={onAllKinds}>
              {text.search.noResultsTryAllKinds}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
