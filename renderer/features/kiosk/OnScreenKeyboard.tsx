// The keyboard drawn in the page (a kiosk window shows no system keyboard): English QWERTY or Hindi
// InScript, with shift, space, delete, clear and a key that switches layout. Every press goes
// through the pure reducer in shared/kiosk; this component only draws keys and reports the text.
import { useState } from 'react';
import type { Language } from '../../../shared/ipc/contract';
import { KEYBOARD_LAYOUTS } from '../../../shared/kiosk/keyboardLayouts';
import { pressKey, type KeyboardAction, type ShiftState } from '../../../shared/kiosk/keyboardInput';
import { useTranslator } from '../settings/SettingsContext';

interface Props {
  text: string;
  onText(text: string): void;
  initialLanguage: Language;
  onDone(): void;
}

/** Vowel signs, virama, nukta and the like are drawn on a dotted circle, as printed keyboards show them. */
const COMBINING_MARK = /^\p{M}/u;

export function OnScreenKeyboard({ text, onText, initialLanguage, onDone }: Props) {
  const translator = useTranslator();
  const messages = translator.text.kiosk;
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [shift, setShift] = useState<ShiftState>('off');
  const layout = KEYBOARD_LAYOUTS[language];
  const other = KEYBOARD_LAYOUTS[language === 'en' ? 'hi' : 'en'];

  const press = (action: KeyboardAction) => {
    const next = pressKey({ text, language, shift }, action);
    setLanguage(next.language);
    setShift(next.shift);
    if (next.text !== text) onText(next.text);
  };

  const shiftLabel = shift === 'off' ? messages.shift : shift === 'once' ? messages.shiftOn : messages.shiftLocked;
  return (
    <div className="kiosk-keyboard" role="group" aria-label={messages.keyboard} data-layout={language} lang={language}>
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
        <button
          type="button"
          className="kiosk-key kiosk-key-wide"
          data-key="Language"
          lang={other.language}
          aria-label={language === 'en' ? messages.toHindiKeysLabel : messages.toEnglishKeysLabel}
          onClick={() => press({ type: 'toggle-language' })}
        >
          {other.sample}
        </button>
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
