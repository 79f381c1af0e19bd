import type { KeyboardEvent } from 'react';
import { SEARCH_INPUT_ID } from '../../app/useGlobalShortcuts';
import { useTranslator } from '../settings/SettingsContext';
import { focusResult } from './resultFocus';

export function SearchBox({ value, onChange }: { value: string; onChange(text: string): void }) {
  const { text } = useTranslator();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      if (focusResult(0)) event.preventDefault();
    } else if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onChange('');
    } else if (event.key === 'Enter') {
      // Enter in the box opens the first result, the quickest path at a busy counter.
      const first = document.querySelector<HTMLButtonElement>('[data-result-index="0"]');
      if (first) {
        event.preventDefault();
        first.click();
      }
    }
  };
  return (
    <div className="search-box" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="search-label">
        {text.search.searchLabel}
      </label>
      <div className="search-field">
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={text.search.searchPlaceholder}
          aria-describedby="search-hint"
          aria-controls="search-results"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {value !== '' && (
          <button type="button" className="button button-quiet" onClick={() => onChange('')}>
            {text.search.clearSearch}
          </button>
        )}
      </div>
      <p id="search-hint" className="hint">
        {text.search.searchHint}
      </p>
    </div>
  );
}
