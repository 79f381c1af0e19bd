// Subject areas and labs as the reader's language names them: entries write a subject area in
// English and a lab by its code; vocabulary.csv gives each its Hindi (and full English) name.
// A name the vocabulary does not know is shown as the entry writes it.
import type { Language } from '../ipc/contract';
import type { Glossary, VocabularyName } from './glossary';

export interface NameLookup {
  /** "Testing and evaluation" → "परीक्षण और मूल्यांकन" in Hindi. */
  subjectArea(name: string): string;
  /** The lab's full name in the language ("DMSRDE" → "रक्षा सामग्री एवं भंडार…"), or the code. */
  labName(code: string): string;
}

export function createNameLookup(vocabulary: Pick<Glossary, 'subjectAreas' | 'labs'> | undefined, language: Language): NameLookup {
  const byKey = (names: readonly VocabularyName[] | undefined) => new Map((names ?? []).map((name) => [name.key.toLowerCase(), name]));
  const subjectAreas = byKey(vocabulary?.subjectAreas);
  const labs = byKey(vocabulary?.labs);
  const inLanguage = (name: VocabularyName | undefined) => (name === undefined ? undefined : language === 'hi' ? name.hi : name.en);
  return {
    subjectArea: (name) => inLanguage(subjectAreas.get(name.toLowerCase())) ?? name,
    labName: (code) => inLanguage(labs.get(code.toLowerCase())) ?? code,
  };
}
