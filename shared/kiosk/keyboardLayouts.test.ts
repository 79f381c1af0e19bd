import { describe, expect, it } from 'vitest';
import { ENGLISH_LAYOUT, HINDI_INSCRIPT_LAYOUT, KEYBOARD_LAYOUTS, findKey } from './keyboardLayouts';

const normalRow = (rowIndex: number) => HINDI_INSCRIPT_LAYOUT.rows[rowIndex]?.map((key) => key.normal).join(' ');
const shiftedRow = (rowIndex: number) => HINDI_INSCRIPT_LAYOUT.rows[rowIndex]?.map((key) => key.shifted).join(' ');

describe('InScript (Hindi) layout', () => {
  it('has the standard home row: vowel signs under the left hand, consonants under the right', () => {
    expect(normalRow(2)).toBe('ो े ् ि ु प र क त च ट');
    expect(shiftedRow(2)).toBe('ओ ए अ इ उ फ ऱ ख थ छ ठ');
  });

  it('has the standard top and bottom rows', () => {
    expect(normalRow(1)).toBe('ौ ै ा ी ू ब ह ग द ज ड ़ ॉ');
    expect(shiftedRow(1)).toBe('औ ऐ आ ई ऊ भ ङ घ ध झ ढ ञ ऑ');
    expect(normalRow(3)).toBe('ॆ ं म न व ल स , . य');
    expect(shiftedRow(3)).toBe('ऎ ँ ण ऩ ऴ ळ श ष । य़');
  });

  it('types Devanagari digits, conjuncts on shifted digits, and ृ / ऋ on the equals key', () => {
    expect(normalRow(0)).toBe('ॊ १ २ ३ ४ ५ ६ ७ ८ ९ ० - ृ');
    expect(findKey(HINDI_INSCRIPT_LAYOUT, 'Digit5')?.shifted).toBe('ज्ञ');
    expect(findKey(HINDI_INSCRIPT_LAYOUT, 'Digit7')?.shifted).toBe('क्ष');
    expect(findKey(HINDI_INSCRIPT_LAYOUT, 'Minus')?.shifted).toBe('ः');
  });

  it('places each key at its physical position (KeyK is क, KeyD is the virama)', () => {
    expect(findKey(HINDI_INSCRIPT_LAYOUT, 'KeyK')).toEqual({ code: 'KeyK', normal: 'क', shifted: 'ख' });
    expect(findKey(HINDI_INSCRIPT_LAYOUT, 'KeyD')?.normal).toBe('\u094d');
    expect(findKey(HINDI_INSCRIPT_LAYOUT, 'BracketRight')?.normal).toBe('\u093c');
  });
});

describe('English layout', () => {
  it('is QWERTY with capitals on shift', () => {
    expect(ENGLISH_LAYOUT.rows[1]?.map((key) => key.normal).join('')).toBe('qwertyuiop');
    expect(ENGLISH_LAYOUT.rows[2]?.map((key) => key.shifted).join('')).toBe('ASDFGHJKL:');
    expect(ENGLISH_LAYOUT.rows[3]?.map((key) => key.normal).join('')).toBe('zxcvbnm,./');
  });
});

describe('every layout', () => {
  for (const layout of Object.values(KEYBOARD_LAYOUTS)) {
    it(`${layout.language}: every character is NFC, non-empty, and every key code is unique`, () => {
      const codes = layout.rows.flat().map((key) => key.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const key of layout.rows.flat()) {
        for (const character of [key.normal, key.shifted]) {
          expect(character.length, key.code).toBeGreaterThan(0);
          expect(character.normalize('NFC'), `${key.code} ${JSON.stringify(character)}`).toBe(character);
        }
      }
    });
  }
});
