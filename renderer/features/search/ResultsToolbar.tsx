// Above the results: their order (the orders that fit the chosen kind) and, for courses, list or table.
import { memo } from 'react';
import type { Messages } from '../../../shared/i18n/messages/index';
import { useTranslator } from '../settings/SettingsContext';
import { SORTS_FOR_KIND, type KindChoice, type SortChoice } from './searchState';

interface Props {
  kind: KindChoice;
  sort: SortChoice;
  layout: 'list' | 'table';
  onSort(sort: SortChoice): void;
  onLayout(layout: 'list' | 'table'): void;
}

export function sortName(sort: SortChoice, text: Messages): string {
  const names: Record<SortChoice, string> = {
    relevance: text.results.sortRelevance,
    newest: text.results.sortNewest,
    nextBatch: text.results.sortNextBatch,
    trl: text.results.sortTrl,
    fee: text.results.sortFee,
    funding: text.results.sortFunding,
  };
  return names[sort];
}

export const ResultsToolbar = memo(function ResultsToolbar({ kind, sort, layout, onSort, onLayout }: Props) {
  const { text } = useTranslator();
  return (
    <div className="results-toolbar">
      {/* A form of its own, as the filters have (see FacetFilters): autofill never gathers it with them. */}
      <form className="sort-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="results-sort">{text.results.sortLabel}</label>
        <select id="results-sort" value={sort} onChange={(event) => onSort(event.target.value as SortChoice)}>
          {SORTS_FOR_KIND[kind].map((choice) => (
            <option key={choice} value={choice}>
              {sortName(choice, text)}
            </option>
          ))}
        </select>
      </form>
      {kind === 'course' && (
        <div className="layout-toggle" role="group" aria-label={text.results.layoutLabel}>
          {(['list', 'table'] as const).map((choice) => (
            <button key={choice} type="button" className="toggle" aria-pressed={layout === choice} data-layout={choice} onClick={() => onLayout(choice)}>
              {choice === 'list' ? text.results.layoutList : text.results.layoutTable}
            </button>
          ))}
        </div>
      )}
    </div>
  );
});
