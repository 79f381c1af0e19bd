// Erasure must reach what was typed into an enquiry's free text too (DPDP Act 2023 s. 12): a
// visitor's name, phone or e-mail written into the question ("call Asha on 98390 12345") would
// otherwise outlive the erasure of the fields that held them. Pure: the journal applies it.
import { FREE_TEXT_LIMITS, type Enquiry, type FreeTextField, type Timestamp } from './enquiry';
import { erasePersonalData, normaliseEmail, phoneDigits, withoutPersonalData, type ErasureReason } from './personalData';

/** What replaces an erased value in free text. */
export const ERASED_MARKER = '[erased]';

/** The values of one person (or several) to find in free text, as stored in their enquiries. */
export interface PersonTerms {
  names: readonly string[];
  phones: readonly string[];
  emails: readonly string[];
}

export const NO_TERMS: PersonTerms = { names: [], phones: [], emails: [] };

/** The terms of these enquiries' personal fields, without empties and repeats. */
export function personTerms(enquiries: readonly Enquiry[]): PersonTerms {
  const of = (read: (enquiry: Enquiry) => string) => [...new Set(enquiries.map(read).filter((value) => value.trim() !== ''))];
  return { names: of((enquiry) => enquiry.visitorName), phones: of((enquiry) => enquiry.phone), emails: of((enquiry) => enquiry.email) };
}

/** Letters (with their combining marks, as Devanagari vowel signs are) and digits: what a whole word is made of. */
const WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** What people type between the digits of a phone: spaces, hyphens, dots and brackets. */
const PHONE_GAP = '[\\s\\-.()]*';

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as typed, in any case, as whole words, with any spacing between its words. */
function phrasePattern(phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/u).filter((word) => word !== '');
  // One character would match far too much ("A" in every sentence).
  if (words.join('').length < 2) return undefined;
  const body = words.map(escaped).join('\\s+');
  // A phrase that starts or ends with punctuation ("Asha" in quotes) has no word edge to check there.
  const before = /^[\p{L}\p{M}\p{N}]/u.test(words[0]!) ? WORD_BEFORE : '';
  const after = /[\p{L}\p{M}\p{N}]$/u.test(words.at(-1)!) ? WORD_AFTER : '';
  return `${before}${body}${after}`;
}

/**
 * A phone by its digits (see phoneDigits), written any way: gaps between the digits and, for a
 * ten-digit number, an optional +91, 0091, 91 or 0 in front. Fewer than 6 digits would match strangers.
 */
function phonePattern(phone: string): string | undefined {
  const digits = phoneDigits(phone);
  if (digits.length < 6) return undefined;
  const prefix = digits.length === 10 ? `(?:(?:\\+${PHONE_GAP}|00)?91${PHONE_GAP}|0${PHONE_GAP})?` : '';
  return `(?<!\\d)${prefix}${[...digits].join(PHONE_GAP)}(?!\\d)`;
}

function emailPattern(email: string): string | undefined {
  const address = normaliseEmail(email);
  if (!address.includes('@')) return undefined;
  return `(?<![\\p{L}\\p{N}._%+\\-])${escaped(address)}(?![\\p{L}\\p{N}\\-])`;
}

/** One pattern for all the terms, so a replacement never makes a new match of another term. */
function termsPattern(terms: PersonTerms): RegExp | undefined {
  const patterns = [...terms.phones.map(phonePattern), ...terms.emails.map(emailPattern), ...terms.names.map(phrasePattern)].filter(
    (pattern): pattern is string => pattern !== undefined,
  );
  if (patterns.length === 0) return undefined;
  // Longest first: a shorter name inside a longer one ("Asha" in "Asha Verma") leaves nothing of the longer one.
  const ordered = [...new Set(patterns)].sort((a, b) => b.length - a.length);
  return new RegExp(ordered.join('|'), 'giu');
}

/** The text with every occurrence of the terms replaced by ERASED_MARKER. */
export function scrubText(text: string, terms: PersonTerms): string {
  const pattern = termsPattern(terms);
  return pattern === undefined ? text : text.replace(pattern, ERASED_MARKER);
}

/**
 * The enquiry with the terms scrubbed from every free-text field (question, follow-up action,
 * organisation, officer), each kept within the length the schema allows. The same object when
 * nothing was found, so a caller can tell which enquiries need a new revision.
 */
export function scrubFreeText(enquiry: Enquiry, terms: PersonTerms): Enquiry {
  return scrubWith(enquiry, termsPattern(terms));
}

/** scrubFreeText with the pattern made once, for an erasure that looks through every enquiry. */
function scrubWith(enquiry: Enquiry, pattern: RegExp | undefined): Enquiry {
  if (pattern === undefined) return enquiry;
  let changed: Partial<Record<FreeTextField, string>> | undefined;
  for (const field of Object.keys(FREE_TEXT_LIMITS) as FreeTextField[]) {
    const scrubbed = enquiry[field].replace(pattern, ERASED_MARKER).slice(0, FREE_TEXT_LIMITS[field]);
    if (scrubbed !== enquiry[field]) changed = { ...changed, [field]: scrubbed };
  }
  return changed === undefined ? enquiry : { ...enquiry, ...changed };
}

/**
 * The revisions an erasure writes: the chosen enquiries without the person's details, their values
 * scrubbed from their free text too; and every other enquiry whose free text names them ("referred
 * by 98390 12345"), scrubbed of their name, phone and e-mail, as a new revision. The other enquiries keep their updatedAt: the scrub is not a touch of their case, so it does not
 * restart their retention period. `edited`: an officer's edit that withdraws consent, written as
 * the erased revision (see the journal's erase).
 */
export function erasureRevisions(
  all: readonly Enquiry[],
  chosen: readonly Enquiry[],
  at: Timestamp,
  reason: ErasureReason,
  edited?: ReadonlyMap<string, Enquiry>,
): { erased: Enquiry[]; scrubbedOthers: Enquiry[] } {
  const pattern = termsPattern(personTerms([...chosen, ...(edited?.values() ?? [])]));
  const erased = chosen.map((enquiry) => {
    const edit = edited?.get(enquiry.id);
    const base = edit ? { ...withoutPersonalData(edit), personalDataErased: enquiry.personalDataErased ?? { at, reason } } : erasePersonalData(enquiry, at, reason);
    return scrubWith(base, pattern);
  });
  const chosenIds = new Set(chosen.map((enquiry) => enquiry.id));
  const scrubbedOthers: Enquiry[] = [];
  for (const enquiry of all) {
    if (chosenIds.has(enquiry.id)) continue;
    const scrubbed = scrubWith(enquiry, pattern);
    if (scrubbed !== enquiry) scrubbedOthers.push({ ...scrubbed, revision: enquiry.revision + 1 });
  }
  return { erased, scrubbedOthers };
}
