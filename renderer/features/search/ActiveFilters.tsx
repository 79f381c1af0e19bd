// Every filter in force, above the results, each with its own remove button: no filter narrows
// the list out of sight (in a closed list, or one kept from another kind).
import { memo } from 'react';
import { useNames } from '../../app/NamesContext';
import { useTranslator } from '../settings/SettingsContext';
import { activeFilters } from './filterLabels';
import type { FacetChoices, KindChoice } from './searchState';

interface Props {
  kind: KindChoice;
  value: FacetChoices;
  onChange(value: FacetChoices): void;
}

export const ActiveFilters = memo(function ActiveFilters({ kind, value, onChange }: Props) {
  const translator = useTranslator();
  const { text } = translator;
  const names = useNames();
  const chips = activeFilters(value, kind, translator, names);
  if (chips.length === 0) return null;
  return (
    <div className="active-filters" role="group" aria-label={text.results.activeFilters} data-testid="active-filters">
      <span className="active-filters-label" aria-hidden="true">
        {text.results.activeFilters}:
      </span>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="filter-chip"
              data-filter={chip.key}
              aria-label={text.results.removeFilter(chip.label)}
              onClick={() => onChange(Object.fromEntries(Object.entries(value).filter(([facet]) => !chip.facets.includes(facet as keyof FacetChoices))))}
            >
              <span>{chip.label}</span>
              <span className="filter-chip-remove" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button type="button" className="button-link" onClick={() => onChange({})}>
          {text.results.clearAll}
        </button>
      )}
    </div>
  );
});
