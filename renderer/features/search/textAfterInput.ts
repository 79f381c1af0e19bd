// What a text field will hold once the edit a `beforeinput` event announces is done, for the edits
// whose outcome is certain from the event alone: typing or pasting over the selection, and deleting
// a selection. Anything else (IME composition, deleting one character, which may be a whole
// cluster, undo…) gives undefined: the `input` event after it tells. A keydown that types a
// character (typesCharacter) announces the same edit as an `insertText` of its key.

export interface FieldBeforeEdit {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

export function textAfterInput(field: FieldBeforeEdit, inputType: string, data: string | null): string | undefined {
  const { value, selectionStart: start, selectionEnd: end } = field;
  if (start === null || end === null || start > end || end > value.length) return undefined;
  const insertion = inputType === 'insertText' || inputType === 'insertFromPaste' ? data : undefined;
  if (typeof insertion === 'string') return value.slice(0, start) + insertion + value.slice(end);
  const deletesSelection = (inputType === 'deleteContentBackward' || inputType === 'deleteContentForward' || inputType === 'deleteByCut') && start < end;
  return deletesSelection ? value.slice(0, start) + value.slice(end) : undefined;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
}

/**
 * Whether a keydown, unless something cancels it, types its `key` into a field: one character
 * (named keys such as "Enter" or "Dead" are longer), no shortcut modifier, and not part of an IME
 * composition, whose text only the input event tells.
 */
export function typesCharacter(press: KeyPress): boolean {
  return [...press.key].length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey && !press.isComposing;
}
