// The glossary: words that should find each other, and the Hindi names of subject areas and labs.
// It is catalogue data (glossary.csv and vocabulary.csv in the spreadsheet folder), published and
// signed with the entries, so DTTC staff can add a synonym or a Hindi term without a release.
import { z } from 'zod';

import { entryKindSchema } from './entry';

const termSchema = z.string().trim().min(1).max(200);

/**
 * One group of terms that mean the same thing for search: an acronym and its expansions, British
 * and American spellings the analyser does not already fold, Hindi and romanised Hindi forms.
 * A group is symmetric. `kind`, when given, says the group names a kind of entry ("course",
 * "प्रशिक्षण"), so a query holding it favours that kind.
 */
export const glossaryGroupSchema = z.object({
  terms: z.array(termSchema).min(2).max(50),
  kind: entryKindSchema.optional(),
});
export type GlossaryGroup = z.infer<typeof glossaryGroupSchema>;

/** A name as entries write it (`key`: the lab code or the English subject area) and its Hindi form. */
export const vocabularyNameSchema = z.object({
  key: z.string().trim().min(1).max(100),
  en: z.string().trim().min(1).max(300),
  hi: z.string().trim().min(1).max(300),
});
export type VocabularyName = z.infer<typeof vocabularyNameSchema>;

export const glossarySchema = z.object({
  groups: z.array(glossaryGroupSchema).max(20_000),
  subjectAreas: z.array(vocabularyNameSchema).max(5_000),
  labs: z.array(vocabularyNameSchema).max(1_000),
});
export type Glossary = z.infer<typeof glossarySchema>;

export const EMPTY_GLOSSARY: Glossary = { groups: [], subjectAreas: [], labs: [] };

export function isEmptyGlossary(glossary: Glossary | undefined): boolean {
  return glossary === undefined || glossary.groups.length + glossary.subjectAreas.length + glossary.labs.length === 0;
}
