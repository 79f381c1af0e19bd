import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { SEARCH_INPUT_ID } from '../../app/useGlobalShortcuts';
import { useTranslator } from '../settings/SettingsContext';
import { focusResult } from './resultFocus';
import { RESULTS_SECTION_ID } from './ResultList';
import { textAfterInput } from './textAfterInput';

interface Props {
  value: string;
  onChange(text: string): void;
  /**
   * The text about to be in the box, told at the edit's `beforeinput`, before the browser has
   * changed the field and laid it out again: the search for it can start a few milliseconds early.
   */
  onComing?(text: string): void;
}

export function SearchBox({ value, onChange, onComing }: Props) {
  const { text } = useTranslator();
  const inputRef = useRef<HTMLInputElement>(null);
  const comingRef = useRef(onComing);
  useLayoutEffect(() => {
    comingRef.current = onComing;
  });
  // A listener of the field's own: React has no native beforeinput event (its onBeforeInput is another one).
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const listener = (event: InputEvent) => {
      const coming = textAfterInput(input, event.inputType, event.data);
      if (coming !== undefined && coming !== input.value) comingRef.current?.(coming);
    };
    input.addEventListener('beforeinput', listener);
    return () => input.removeEventListener('beforeinput', listener);
  }, []);
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
    // A form of its own: Chromium's autofill, on every change of a field outside any form, gathers
    // every such field on the page (the filters' lists with their options) as one form, which took
    // 3-5 ms after each keystroke, ahead of the worker's answer. Enter never submits it.
    <form className="search-box" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={SEARCH_INPUT_ID} className="search-label">
        {text.search.searchLabel}
      </label>
      <div className="search-field">
        <input
          ref={inputRef}
          id={SEARCH_INPUT_ID}
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={text.search.searchPlaceholder}
          aria-describedby="search-hint"
          aria-controls={RESULTS_SECTION_ID}
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
    </form>
  );
}
