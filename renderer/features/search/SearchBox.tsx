import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { SEARCH_INPUT_ID } from '../../app/useGlobalShortcuts';
import { useTranslator } from '../settings/SettingsContext';
import { focusResult } from './resultFocus';
import { RESULTS_SECTION_ID } from './ResultList';
import { textAfterInput, typesCharacter } from './textAfterInput';

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
  // Listeners of the field's own: React has no native beforeinput event (its onBeforeInput is
  // another one), and its keydown handler runs after the native ones.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const tell = (coming: string | undefined) => {
      if (coming !== undefined && coming !== input.value) comingRef.current?.(coming);
    };
    // A key that types one character tells the text a moment earlier still, before the browser
    // handles the key at all (most keystrokes; the beforeinput after it then finds the same text).
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!event.defaultPrevented && typesCharacter(event)) tell(textAfterInput(input, 'insertText', event.key));
    };
    const onBeforeInput = (event: InputEvent) => tell(textAfterInput(input, event.inputType, event.data));
    input.addEventListener('keydown', onKeyDown);
    input.addEventListener('beforeinput', onBeforeInput);
    return () => {
      input.removeEventListener('keydown', onKeyDown);
      input.removeEventListener('beforeinput', onBeforeInput);
    };
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
        {/* Always in the page, hidden while the box is empty: the first letter of a search then
            changes no box's size or place (the field would narrow to make room, and the whole
            page below it be laid out again in the very frame that shows the first results). */}
        <button type="button" className="button button-quiet search-clear" hidden={value === ''} onClick={() => onChange('')}>
          {text.search.clearSearch}
        </button>
      </div>
      <p id="search-hint" className="hint">
        {text.search.searchHint}
      </p>
    </form>
  );
}
