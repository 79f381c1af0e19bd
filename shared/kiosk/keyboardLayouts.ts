// The on-screen keyboards of the kiosk, as data: English QWERTY and Hindi InScript (the Government
// of India's standard Devanagari layout, IS 13194 / BIS keyboard). Each key sits where it sits on a
// physical keyboard (`code` is the KeyboardEvent.code of that position) with its normal and shift
// characters. Some InScript keys type more than one code point (क्ष, त्र, ज्ञ, श्र, ्र): they are
// strings, and every string is already in NFC so that typing never produces a form search misses.
import type { Language } from '../ipc/contract';

export interface KeyboardKey {
  /** KeyboardEvent.code of the physical key at this position (also a stable id for the UI). */
  code: string;
  normal: string;
  shifted: string;
}

export interface KeyboardLayout {
  language: Language;
  /** A sample of the layout's script, shown on the key that switches to it (the same in any UI language). */
  sample: string;
  rows: readonly (readonly KeyboardKey[])[];
}

/** Builds a row from parallel lists, so the tables below read like the keyboard itself. */
function row(codes: readonly string[], normal: readonly string[], shifted: readonly string[]): KeyboardKey[] {
  if (codes.length !== normal.length || codes.length !== shifted.length) {
    throw new Error(`keyboard row ${codes.join(' ')}: ${codes.length} keys, ${normal.length} normal, ${shifted.length} shifted characters`);
  }
  return codes.map((code, index) => ({ code, normal: normal[index] as string, shifted: shifted[index] as string }));
}

const NUMBER_ROW = ['Backquote', 'Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Digit7', 'Digit8', 'Digit9', 'Digit0', 'Minus', 'Equal'];
const TOP_ROW = ['KeyQ', 'KeyW', 'KeyE', 'KeyR', 'KeyT', 'KeyY', 'KeyU', 'KeyI', 'KeyO', 'KeyP', 'BracketLeft', 'BracketRight', 'Backslash'];
const HOME_ROW = ['KeyA', 'KeyS', 'KeyD', 'KeyF', 'KeyG', 'KeyH', 'KeyJ', 'KeyK', 'KeyL', 'Semicolon', 'Quote'];
const BOTTOM_ROW = ['KeyZ', 'KeyX', 'KeyC', 'KeyV', 'KeyB', 'KeyN', 'KeyM', 'Comma', 'Period', 'Slash'];

/**
 * US QWERTY, trimmed to what a visitor types into a search box: the backquote, brackets and
 * backslash keys are left out, the rest keeps its usual place and shift character.
 */
export const ENGLISH_LAYOUT: KeyboardLayout = {
  language: 'en',
  sample: 'ABC',
  rows: [
    row(NUMBER_ROW.slice(1, 12), [...'1234567890-'], [...'!@#$%^&*()_']),
    row(TOP_ROW.slice(0, 10), [...'qwertyuiop'], [...'QWERTYUIOP']),
    row(HOME_ROW.slice(0, 10), [...'asdfghjkl;'], [...'ASDFGHJKL:']),
    row(BOTTOM_ROW, [...'zxcvbnm,./'], [...'ZXCVBNM<>?']),
  ],
};

/**
 * InScript for Hindi. Vowel signs (matras) sit on the left under the left hand, consonants on the
 * right; shift gives the independent vowel or the aspirated consonant. Characters are typed in
 * the order they are stored (consonant, then matra; ् between the consonants of a conjunct), so
 * composing is only appending. ZWJ in र्‍ (shift+4) is the standard's eyelash-ra sequence.
 */
export const HINDI_INSCRIPT_LAYOUT: KeyboardLayout = {
  language: 'hi',
  sample: 'क ख ग',
  rows: [
    row(
      NUMBER_ROW,
      ['ॊ', '१', '२', '३', '४', '५', '६', '७', '८', '९', '०', '-', 'ृ'],
      ['ऒ', 'ऍ', 'ॅ', '्र', 'र्\u200d', 'ज्ञ', 'त्र', 'क्ष', 'श्र', '(', ')', 'ः', 'ऋ'],
    ),
    row(
      TOP_ROW,
      ['ौ', 'ै', 'ा', 'ी', 'ू', 'ब', 'ह', 'ग', 'द', 'ज', 'ड', '़', 'ॉ'],
      ['औ', 'ऐ', 'आ', 'ई', 'ऊ', 'भ', 'ङ', 'घ', 'ध', 'झ', 'ढ', 'ञ', 'ऑ'],
    ),
    row(
      HOME_ROW,
      ['ो', 'े', '्', 'ि', 'ु', 'प', 'र', 'क', 'त', 'च', 'ट'],
      ['ओ', 'ए', 'अ', 'इ', 'उ', 'फ', 'ऱ', 'ख', 'थ', 'छ', 'ठ'],
    ),
    row(
      BOTTOM_ROW,
      ['ॆ', 'ं', 'म', 'न', 'व', 'ल', 'स', ',', '.', 'य'],
      ['ऎ', 'ँ', 'ण', 'ऩ', 'ऴ', 'ळ', 'श', 'ष', '।', 'य़'],
    ),
  ],
};

export const KEYBOARD_LAYOUTS: Record<Language, KeyboardLayout> = { en: ENGLISH_LAYOUT, hi: HINDI_INSCRIPT_LAYOUT };

export function findKey(layout: KeyboardLayout, code: string): KeyboardKey | undefined {
  for (const keys of layout.rows) {
    const key = keys.find((candidate) => candidate.code === code);
    if (key) return key;
  }
  return undefined;
}
