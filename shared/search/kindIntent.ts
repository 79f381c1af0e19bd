// Words that name a kind of entry rather than a subject: "drone course" asks for courses about
// drones, "परीक्षण" (testing) for test services. Such a word favours entries of its kind and is
// not required to match, so "drone course" also finds a drone course whose text never says "course".
// The words are the product's own vocabulary for its four kinds (the labels the UI shows and their
// common synonyms in English, Hindi and romanised Hindi), analysed like every other word.
import type { EntryKind } from '../catalogue/entry';
import type { GlossaryGroup } from '../catalogue/glossary';
import { terms } from './tokenise';

const KIND_WORDS: Readonly<Record<EntryKind, readonly string[]>> = {
  technology: ['technology', 'technologies', 'tot', 'licence', 'licensing', 'प्रौद्योगिकी', 'तकनीक', 'takneek', 'praudyogiki'],
  consultancy: [
    'service', 'consultancy', 'consulting', 'consultant', 'testing', 'test', 'certification', 'calibration',
    'सेवा', 'परामर्श', 'परीक्षण', 'जांच', 'जाँच', 'टेस्टिंग', 'प्रमाणन', 'sewa', 'seva', 'paramarsh', 'pariksha', 'pareeksha', 'parikshan', 'pareekshan', 'jaanch', 'janch',
  ],
  course: ['course', 'training', 'workshop', 'programme', 'bootcamp', 'पाठ्यक्रम', 'प्रशिक्षण', 'कोर्स', 'कार्यशाला', 'prashikshan', 'pathyakram', 'karyashala'],
  scheme: ['scheme', 'fund', 'funding', 'grant', 'योजना', 'निधि', 'अनुदान', 'वित्तपोषण', 'yojana', 'yojna', 'nidhi', 'anudan'],
};

/** Favoured kinds' scores are multiplied by this: enough to lift the right kind over a weak subject match, not over a strong one. */
export const KIND_INTENT_BOOST = 1.8;

/**
 * The kind a single analysed query term names, if any: the built-in words above, and every
 * one-word term of a glossary group that names a kind (glossary.csv's kind column).
 */
export function kindLookup(glossary: readonly GlossaryGroup[]): (term: string) => EntryKind | undefined {
  const kindOfTerm = new Map<string, EntryKind>();
  const add = (kind: EntryKind, words: readonly string[]) => {
    for (const word of words) {
      const analysed = terms(word);
      if (analysed.length === 1) kindOfTerm.set(analysed[0]!, kind);
    }
  };
  for (const [kind, words] of Object.entries(KIND_WORDS) as [EntryKind, readonly string[]][]) add(kind, words);
  for (const group of glossary) if (group.kind) add(group.kind, group.terms);
  return (term) => kindOfTerm.get(term);
}
