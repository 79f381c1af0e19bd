import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialKeyboardState, MAXIMUM_TEXT_LENGTH, pressKey, type KeyboardAction, type KeyboardState } from './keyboardInput';
import { KEYBOARD_LAYOUTS } from './keyboardLayouts';

function type(state: KeyboardState, actions: KeyboardAction[]): KeyboardState {
  return actions.reduce(pressKey, state);
}
const keys = (...codes: string[]): KeyboardAction[] => codes.map((code) => ({ type: 'character', code }));
const shift: KeyboardAction = { type: 'shift' };

describe('typing Hindi on InScript', () => {
  it('types नमस्ते as न म स ् त े in typing order', () => {
    const state = type(initialKeyboardState('hi'), keys('KeyV', 'KeyC', 'KeyM', 'KeyD', 'KeyL', 'KeyS'));
    expect(state.text).toBe('नमस्ते');
  });

  it('types हिंदी (matra after its consonant, anusvara after the matra)', () => {
    expect(type(initialKeyboardState('hi'), keys('KeyU', 'KeyF', 'KeyX', 'KeyO', 'KeyR')).text).toBe('हिंदी');
  });

  it('types the conjunct keys: क्षेत्र is shift+7, े, shift+6', () => {
    const state = type(initialKeyboardState('hi'), [shift, ...keys('Digit7', 'KeyS'), shift, ...keys('Digit6')]);
    expect(state.text).toBe('क्षेत्र');
  });

  it('composes न + nukta to the single NFC code point ऩ', () => {
    const state = type(initialKeyboardState('hi'), keys('KeyV', 'BracketRight'));
    expect(state.text).toBe('\u0929');
  });

  it('backspace removes only the last code point: a wrong matra goes, the consonant stays', () => {
    const state = type(initialKeyboardState('hi'), [...keys('KeyK', 'KeyF'), { type: 'backspace' }]);
    expect(state.text).toBe('क');
  });
});

describe('typing English', () => {
  it('shift once capitalises one letter, then turns itself off', () => {
    const state = type(initialKeyboardState('en'), [shift, ...keys('KeyD', 'KeyR', 'KeyO', 'KeyN', 'KeyE')]);
    expect(state).toEqual({ text: 'Drone', language: 'en', shift: 'off' });
  });

  it('shift pressed twice locks capitals until pressed again', () => {
    const state = type(initialKeyboardState('en'), [shift, shift, ...keys('KeyU', 'KeyA', 'KeyV'), shift, ...keys('KeyS')]);
    expect(state.text).toBe('UAVs');
    expect(state.shift).toBe('off');
  });

  it('space never starts the text and never doubles', () => {
    const state = type(initialKeyboardState('en'), [{ type: 'space' }, ...keys('KeyA'), { type: 'space' }, { type: 'space' }, ...keys('KeyB')]);
    expect(state.text).toBe('a b');
  });

  it('ignores a key code the layout does not have', () => {
    const state = initialKeyboardState('en', 'x');
    expect(pressKey(state, { type: 'character', code: 'F13' })).toBe(state);
  });
});

describe('switching language and clearing', () => {
  it('toggle keeps the text, switches the layout and drops shift', () => {
    const english = type(initialKeyboardState('en'), [...keys('KeyT', 'KeyO', 'KeyT'), { type: 'space' }, shift]);
    const hindi = pressKey(english, { type: 'toggle-language' });
    expect(hindi).toEqual({ text: 'tot ', language: 'hi', shift: 'off' });
    expect(type(hindi, keys('KeyK')).text).toBe('tot क');
  });

  it('set-language chooses a layout outright, keeps the text and drops shift', () => {
    const hindi = type(initialKeyboardState('hi'), [...keys('KeyK'), shift]);
    const english = pressKey(hindi, { type: 'set-language', language: 'en' });
    expect(english).toEqual({ text: 'क', language: 'en', shift: 'off' });
    expect(type(english, keys('KeyK')).text).toBe('कk');
    expect(pressKey(english, { type: 'set-language', language: 'en' })).toEqual(english);
  });

  it('clear empties the text; set-text replaces it in NFC', () => {
    const state = initialKeyboardState('hi', 'abc');
    expect(pressKey(state, { type: 'clear' }).text).toBe('');
    expect(pressKey(state, { type: 'set-text', text: 'न\u093c' }).text).toBe('\u0929');
  });
});

describe('any sequence of presses', () => {
  const codes = Object.values(KEYBOARD_LAYOUTS).flatMap((layout) => layout.rows.flat().map((key) => key.code));
  const action: fc.Arbitrary<KeyboardAction> = fc.oneof(
    fc.constantFrom(...codes).map((code): KeyboardAction => ({ type: 'character', code })),
    fc.constantFrom<KeyboardAction>({ type: 'space' }, { type: 'backspace' }, { type: 'shift' }, { type: 'toggle-language' }, { type: 'clear' }),
  );

  it('keeps the text NFC and within the maximum length', () => {
    fc.assert(
      fc.property(fc.constantFrom('en' as const, 'hi' as const), fc.array(action, { maxLength: 300 }), (language, actions) => {
        const state = type(initialKeyboardState(language), actions);
        expect(state.text.normalize('NFC')).toBe(state.text);
        expect(state.text.length).toBeLessThanOrEqual(MAXIMUM_TEXT_LENGTH);
      }),
    );
  });
});
