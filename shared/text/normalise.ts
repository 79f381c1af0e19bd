// Text folding shared by the search index and its queries, so both sides compare the same form.
// Devanagari rules: NFC; nukta dropped (ज़ → ज, which also undoes the precomposed letters U+0958–U+095F,
// composition exclusions that NFD splits into base + nukta); chandrabindu folded into anusvara
// (ँ → ं); matras and virama kept, since they change the word. Latin accents are dropped (café → cafe).

const LATIN_COMBINING_MARKS = /[\u0300-\u036f]/g;
const NUKTA = /\u093c/g;
const CHANDRABINDU = /\u0901/g;
const JOINERS = /[\u200c\u200d]/g;
const DEVANAGARI_DIGITS = /[\u0966-\u096f]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** Folds one piece of text (a word or a whole phrase) into the form the index stores. */
export function normaliseText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(LATIN_COMBINING_MARKS, '')
    .replace(NUKTA, '')
    .replace(CHANDRABINDU, '\u0902')
    .replace(JOINERS, '')
    .replace(DEVANAGARI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0966))
    .normalize('NFC')
    .toLowerCase();
}

/** True when the text holds any Devanagari letter. */
export function hasDevanagari(text: string): boolean {
  return /[\u0900-\u097f]/.test(text);
}
