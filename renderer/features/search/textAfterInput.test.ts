import { describe, expect, it } from 'vitest';
import { textAfterInput, typesCharacter } from './textAfterInput';

const field = (value: string, selectionStart: number | null, selectionEnd = selectionStart) => ({ value, selectionStart, selectionEnd });

describe('textAfterInput', () => {
  it('inserts typed text at the caret', () => {
    expect(textAfterInput(field('radr', 3), 'insertText', 'a')).toBe('radar');
    expect(textAfterInput(field('', 0), 'insertText', 'ड्रोन')).toBe('ड्रोन');
  });

  it('replaces the selection with typed or pasted text', () => {
    expect(textAfterInput(field('thermal camera', 8, 14), 'insertText', 's')).toBe('thermal s');
    expect(textAfterInput(field('helmet', 0, 6), 'insertFromPaste', 'sonar')).toBe('sonar');
  });

  it('deletes a selection', () => {
    expect(textAfterInput(field('thermal camera', 7, 14), 'deleteContentBackward', null)).toBe('thermal');
    expect(textAfterInput(field('thermal camera', 0, 8), 'deleteByCut', null)).toBe('camera');
  });

  it('leaves to the input event what the event alone does not settle', () => {
    expect(textAfterInput(field('radar', 5), 'deleteContentBackward', null)).toBeUndefined();
    expect(textAfterInput(field('रडा', 3), 'insertCompositionText', 'र')).toBeUndefined();
    expect(textAfterInput(field('radar', 2), 'historyUndo', null)).toBeUndefined();
    expect(textAfterInput(field('radar', null), 'insertText', 'x')).toBeUndefined();
    expect(textAfterInput(field('radar', 9), 'insertText', 'x')).toBeUndefined();
  });
});

describe('typesCharacter', () => {
  const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean }> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    isComposing: false,
    ...modifiers,
  });

  it('takes one character, Latin, Devanagari or a space', () => {
    expect(typesCharacter(press('r'))).toBe(true);
    expect(typesCharacter(press('R'))).toBe(true);
    expect(typesCharacter(press('ड'))).toBe(true);
    expect(typesCharacter(press(' '))).toBe(true);
  });

  it('leaves named keys, shortcuts and IME composition to the input event', () => {
    expect(typesCharacter(press('Enter'))).toBe(false);
    expect(typesCharacter(press('Dead'))).toBe(false);
    expect(typesCharacter(press('Backspace'))).toBe(false);
    expect(typesCharacter(press('k', { ctrlKey: true }))).toBe(false);
    expect(typesCharacter(press('v', { metaKey: true }))).toBe(false);
    expect(typesCharacter(press('x', { altKey: true }))).toBe(false);
    expect(typesCharacter(press('र', { isComposing: true }))).toBe(false);
  });
});
