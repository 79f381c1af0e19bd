// What each press on the on-screen keyboard does to the text being typed: a pure reducer, so the
// React component only draws keys and the behaviour is tested here. Text is only ever appended to
// or cut from the end (a kiosk search box has no caret to move), and is kept in NFC.
import type { Language } from '../ipc/contract';
import { findKey, KEYBOARD_LAYOUTS } from './keyboardLayouts';

/** off → once (the next character only) → locked (until pressed again) → off. */
export type ShiftState = 'off' | 'once' | 'locked';

export interface KeyboardState {
  text: string;
  language: Language;
  shift: ShiftState;
}

export type KeyboardAction =
  | { type: 'character'; code: string }
  | { type: 'space' }
  | { type: 'backspace' }
  | { type: 'shift' }
  | { type: 'toggle-language' }
  /** Chooses the layout outright (the phonetic keyboard types Latin letters on the English keys). */
  | { type: 'set-language'; language: Language }
  | { type: 'clear' }
  /** The text was replaced from outside (a tile chose a query, the visitor was reset). */
  | { type: 'set-text'; text: string };

/** Longer than any sensible search; stops a leaning elbow from filling memory. */
export const MAXIMUM_TEXT_LENGTH = 120;

export function initialKeyboardState(language: Language, text = ''): KeyboardState {
  return { text: clampText(text.normalize('NFC')), language, shift: 'off' };
}

export function pressKey(state: KeyboardState, action: KeyboardAction): KeyboardState {
  switch (action.type) {
    case 'character': {
      const key = findKey(KEYBOARD_LAYOUTS[state.language], action.code);
      if (!key) return state;
      const character = state.shift === 'off' ? key.normal : key.shifted;
      return { ...state, text: append(state.text, character), shift: state.shift === 'once' ? 'off' : state.shift };
    }
    case 'space':
      // A space at the start or after another space adds nothing a search can use.
      if (state.text === '' || state.text.endsWith(' ')) return state;
      return { ...state, text: append(state.text, ' ') };
    case 'backspace':
      return { ...state, text: withoutLastCodePoint(state.text) };
    case 'shift':
      return { ...state, shift: NEXT_SHIFT[state.shift] };
    case 'toggle-language':
      return { ...state, language: state.language === 'en' ? 'hi' : 'en', shift: 'off' };
    case 'set-language':
      return { ...state, language: action.language, shift: 'off' };
    case 'clear':
      return { ...state, text: '', shift: 'off' };
    case 'set-text':
      return { ...state, text: clampText(action.text.normalize('NFC')) };
  }
}

const NEXT_SHIFT: Record<ShiftState, ShiftState> = { off: 'once', once: 'locked', locked: 'off' };

function append(text: string, addition: string): string {
  const combined = (text + addition).normalize('NFC');
  return combined.length > MAXIMUM_TEXT_LENGTH ? text : combined;
}

function clampText(text: string): string {
  return Array.from(text).slice(0, MAXIMUM_TEXT_LENGTH).join('');
}

/**
 * Backspace removes one code point, as InScript does: after "कि" it leaves "क", so a wrong matra
 * is corrected without retyping the consonant. Array.from keeps surrogate pairs whole.
 */
function withoutLastCodePoint(text: string): string {
  const codePoints = Array.from(text);
  codePoints.pop();
  return codePoints.join('').normalize('NFC');
}
