// Everything the UI needs to speak one language: its messages and its number, money and date formats.
import type { Language } from '../ipc/contract';
import { formatDate, formatNumber, formatRupees, formatRupeesExact, localeOf } from './format';
import { chooseText, type ChosenText } from './localisedText';
import { messagesFor, type Messages } from './messages/index';

export interface Translator {
  language: Language;
  /** BCP 47 tag for the lang attribute and Intl. */
  locale: string;
  text: Messages;
  number(value: number): string;
  rupees(value: number): string;
  rupeesExact(value: number): string;
  date(iso: string): string;
  choose(text: { en?: string; hi?: string } | undefined): ChosenText | undefined;
}

export function createTranslator(language: Language): Translator {
  return {
    language,
    locale: localeOf(language),
    text: messagesFor(language),
    number: (value) => formatNumber(value, language),
    rupees: (value) => formatRupees(value, language),
    rupeesExact: (value) => formatRupeesExact(value, language),
    date: (iso) => formatDate(iso, language),
    choose: (text) => chooseText(text, language),
  };
}
