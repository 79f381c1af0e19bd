// The keyboard drawn in the page (a kiosk window shows no system keyboard), in three modes: English
// QWERTY; phonetic Hindi (Latin letters on the same keys, and the Devanagari spellings of the word
// being typed offered above them: `pariksha` → परीक्षा); and Hindi InScript. The Hindi UI opens in
// phonetic mode, which most visitors can use; InScript is one tap away. Every press goes through
// the pure reducer in shared/kiosk; this component only draws keys and reports the text.
import { useMemo, useState } from 'react';
import type { Language } from '../../../shared/ipc/contract';
import { KEYBOARD_LAYOUTS } from '../../../shared/kiosk/keyboardLayouts';
import { pressKey, type KeyboardAction, type ShiftState } from '../../../shared/kiosk/keyboardInput';
import { lastLatinWord, phoneticHindiSuggestions, replaceLastLatinWord } from '../../../shared/kiosk/phoneticHindi';
import { useTranslator } from '../settings/SettingsContext';
import { useHindiVocabulary } from './useHindiVocabulary';

interface Props {
  text: string;
  onText(text: string): void;
  initialLanguage: Language;
  onDone(): void;
}

type KeyboardMode = 'en' | 'hi-phonetic' | 'hi';
const MODES: readonly KeyboardMode[] = ['en', 'hi-phonetic', 'hi'];
/** The layout whose keys each mode draws: phonetic Hindi is typed on the English keys. */
const KEYS_OF: Record<KeyboardMode, Language> = { en: 'en', 'hi-phonetic': 'en', hi: 'hi' };

/** Vowel signs, virama, nukta and the like are drawn on a dotted circle, as printed keyboards show them. */
const COMBINING_MARK = /^\p{M}/u;

export function OnScreenKeyboard({ text, onText, initialLanguage, onDone }: Props) {
  const translator = useTranslator();
  const messages = translator.text.kiosk;
  const [mode, setMode] = useState<KeyboardMode>(initialLanguage === 'hi' ? 'hi-phonetic' : 'en');
  const [shift, setShift] = useState<ShiftState>('off');
  const language = KEYS_OF[mode];
  const layout = KEYBOARD_LAYOUTS[language];
  const vocabulary = useHindiVocabulary();
  const word = mode === 'hi-phonetic' ? lastLatinWord(text) : undefined;
  const suggestions = useMemo(() => (word === undefined ? [] : phoneticHindiSuggestions(word, vocabulary, 5)), [word, vocabulary]);

  const press = (action: KeyboardAction) => {
    const next = pressKey({ text, language, shift }, action);
    setShift(next.shift);
    if (next.text !== text) onText(next.text);
  };
  const choose = (next: KeyboardMode) => {
    setMode(next);
    setShift('off');
  };
  const modeNames: Record<KeyboardMode, string> = { en: messages.modeEnglish, 'hi-phonetic': messages.modePhonetic, hi: messages.modeInscript };
  const modeSamples: Record<KeyboardMode, string> = { en: 'ABC', 'hi-phonetic': 'abc → अ', hi: 'क ख ग' };

  const shiftLabel = shift === 'off' ? messages.shift : shift === 'once' ? messages.shiftOn : messages.shiftLocked;
  return (
    <div className="kiosk-keyboard" role="group" aria-label={messages.keyboard} data-layout={mode} lang={language}>
      {mode === 'hi-phonetic' && (
        <div className="kiosk-suggestions" role="group" aria-label={messages.suggestions} data-testid="phonetic-suggestions" lang={translator.language}>
          {suggestions.length === 0 ? (
            <p className="kiosk-suggestions-hint">{messages.phoneticHint}</p>
          ) : (
            suggestions.map((suggestion) => (
              <button key={suggestion} type="button" className="kiosk-key kiosk-suggestion" lang="hi" data-suggestion={suggestion} onClick={() => onText(replaceLastLatinWord(text, suggestion))}>
                {suggestion}
              </button>
            ))
          )}
        </div>
      )}
      {layout.rows.map((row, rowIndex) => (
        <div className="kiosk-keyboard-row" key={rowIndex}>
          {row.map((key) => {
            const character = shift === 'off' ? key.normal : key.shifted;
            return (
              <button key={key.code} type="button" className="kiosk-key" data-key={key.code} onClick={() => press({ type: 'character', code: key.code })}>
                {COMBINING_MARK.test(character) ? `\u25CC${character}` : character}
              </button>
            );
          })}
        </div>
      ))}
      <div className="kiosk-keyboard-row">
        <button type="button" className="kiosk-key kiosk-key-wide" data-key="Shift" aria-pressed={shift !== 'off'} onClick={() => press({ type: 'shift' })} lang={translator.language}>
          {shiftLabel}
        </button>
        <div className="kiosk-keyboard-modes" role="group" aria-label={messages.keyboardMode} lang={translator.language}>
          {MODES.map((candidate) => (
            <button key={candidate} type="button" className="kiosk-key kiosk-key-mode" data-key={`Mode-${candidate}`} aria-pressed={mode === candidate} onClick={() => choose(candidate)}>
              <span className="kiosk-key-sample" aria-hidden="true">
                {modeSamples[candidate]}
              </span>{' '}
              {modeNames[candidate]}
            </button>
          ))}
        </div>
        <button type="button" className="kiosk-key kiosk-key-space" data-key="Space" onClick={() => press({ type: 'space' })} lang={translator.language}>
          {messages.space}
        </button>
        <button type="button" className="kiosk-key kiosk-key-wide" data-key="Backspace" onClick={() => press({ type: 'backspace' })} lang={translator.language}>
          ⌫ {messages.backspace}
        </button>
        <button type="button" className="kiosk-key kiosk-key-wide" data-key="Clear" onClick={() => press({ type: 'clear' })} lang={translator.language}>
          {messages.clear}
        </button>
        <button type="button" className="kiosk-key kiosk-key-wide kiosk-key-done" data-key="Done" onClick={onDone} lang={translator.language}>
          {messages.hideKeyboard}
        </button>
      </div>
    </div>
  );
}
