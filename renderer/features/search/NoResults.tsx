import { useTranslator } from '../settings/SettingsContext';

interface Props {
  query: string;
  filtered: boolean;
  kindChosen: boolean;
  onClearFilters(): void;
  onAllKinds(): void;
}

/** Says what was not found and what to try next; the suggestions that need an action are buttons. */
export function NoResults({ query, filtered, kindChosen, onClearFilters, onAllKinds }: Props) {
  const { text } = useTranslator();
  return (
    // The count ("0 results") reaches screen readers through the results' live region (ResultAnnouncer).
    <div className="no-results">
      <h3>{query.trim() === '' ? text.search.noResultsFiltered : text.search.noResultsTitle(query.trim())}</h3>
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
