// Entry text in the reader's language where the catalogue has it, the other language otherwise.
// The language actually used is returned so the UI can mark it (lang="en" inside a Hindi page).
import type { Language } from '../ipc/contract';

export interface ChosenText {
  text: string;
  language: Language;
}

export function chooseText(text: { en?: string; hi?: string } | undefined, language: Language): ChosenText | undefined {
  if (!text) return undefined;
  const preferred = text[language];
  if (preferred) return { text: preferred, language };
  const other: Language = language === 'en' ? 'hi' : 'en';
  const fallback = text[other];
  return fallback ? { text: fallback, language: other } : undefined;
}
