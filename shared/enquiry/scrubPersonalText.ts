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

/** A name's words with any spacing between them, without the checks of its edges. */
function phraseBody(phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/u).filter((word) => word !== '');
  // One character would match far too much ("A" in every sentence).
  if (words.join('').length < 2) return undefined;
  return words.map(escaped).join('\\s+');
}

/** A name as typed, in any case, as whole words, with any spacing between its words. */
function phrasePattern(phrase: string): string | undefined {
  const body = phraseBody(phrase);
  if (body === undefined) return undefined;
  const words = phrase.trim().split(/\s+/u);
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

/** One term's pattern, and a cheap test that must pass wherever the pattern could match. */
interface TermPattern {
  source: string;
  regex: RegExp;
  mayOccurIn(text: TextSummary): boolean;
}

/** What the cheap tests look at, worked out at most once per text. */
interface TextSummary {
  digits(): string;
  holdsAnEmail: boolean;
  mayHoldAName(): boolean;
}

function termPatterns(terms: PersonTerms): TermPattern[] {
  const made: TermPattern[] = [];
  const add = (source: string | undefined, mayOccurIn: (text: TextSummary) => boolean) => {
    if (source !== undefined && !made.some((term) => term.source === source)) made.push({ source, regex: new RegExp(source, 'iu'), mayOccurIn });
  };
  // A phone's digits stand together once the gaps between them are taken out.
  for (const phone of terms.phones) {
    const digits = phoneDigits(phone);
    add(phonePattern(phone), (text) => text.digits().includes(digits));
  }
  for (const email of terms.emails) add(emailPattern(email), (text) => text.holdsAnEmail);
  for (const name of terms.names) add(phrasePattern(name), (text) => text.mayHoldAName());
  return made;
}

/** Any of the names, without the checks of their word edges: one test for all of them. */
function anyNamePattern(terms: PersonTerms): RegExp | undefined {
  const bodies = [...new Set(terms.names.map(phraseBody).filter((body): body is string => body !== undefined))];
  return bodies.length === 0 ? undefined : new RegExp(bodies.join('|'), 'iu');
}

/**
 * Replaces every occurrence of the terms by ERASED_MARKER. The terms found in a text are replaced
 * by one pattern, so a replacement never makes a new match of another term. That pattern holds
 * only the terms the text holds: one pattern of every term (a retention sweep erases hundreds of
 * visitors at once) is tried alternative by alternative at every character of every text, and
 * made a sweep of 400 visitors take twenty seconds.
 */
function makeScrubber(terms: PersonTerms): ((text: string) => string) | undefined {
  const patterns = termPatterns(terms);
  if (patterns.length === 0) return undefined;
  const anyName = anyNamePattern(terms);
  const combined = new Map<string, RegExp>();
  return (text) => {
    let digits: string | undefined;
    let nameSeen: boolean | undefined;
    const summary: TextSummary = {
      digits: () => (digits ??= text.replace(/\D/g, '')),
      holdsAnEmail: text.includes('@'),
      mayHoldAName: () => (nameSeen ??= anyName?.test(text) ?? false),
    };
    const found = patterns.filter((term) => term.mayOccurIn(summary) && term.regex.test(text)).map((term) => term.source);
    if (found.length === 0) return text;
    // Longest first: a shorter name inside a longer one ("Asha" in "Asha Verma") leaves nothing of the longer one.
    const key = found.sort((a, b) => b.length - a.length).join('\u0000');
    let pattern = combined.get(key);
    if (pattern === undefined) combined.set(key, (pattern = new RegExp(found.join('|'), 'giu')));
    return text.replace(pattern, ERASED_MARKER);
  };
}

/** The text with every occurrence of the terms replaced by ERASED_MARKER. */
export function scrubText(text: string, terms: PersonTerms): string {
  return makeScrubber(terms)?.(text) ?? text;
}

/**
 * The enquiry with the terms scrubbed from every free-text field (question, follow-up action,
 * organisation, officer), each kept within the length the schema allows. The same object when
 * nothing was found, so a caller can tell which enquiries need a new revision.
 */
export function scrubFreeText(enquiry: Enquiry, terms: PersonTerms): Enquiry {
  return scrubWith(enquiry, makeScrubber(terms));
}

/** scrubFreeText with the scrubber made once, for an erasure that looks through every enquiry. */
function scrubWith(enquiry: Enquiry, scrub: ((text: string) => string) | undefined): Enquiry {
  if (scrub === undefined) return enquiry;
  let changed: Partial<Record<FreeTextField, string>> | undefined;
  for (const field of Object.keys(FREE_TEXT_LIMITS) as FreeTextField[]) {
    const scrubbed = scrub(enquiry[field]).slice(0, FREE_TEXT_LIMITS[field]);
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
  const scrub = makeScrubber(personTerms([...chosen, ...(edited?.values() ?? [])]));
  const erased = chosen.map((enquiry) => {
    const edit = edited?.get(enquiry.id);
    const base = edit ? { ...withoutPersonalData(edit), personalDataErased: enquiry.personalDataErased ?? { at, reason } } : erasePersonalData(enquiry, at, reason);
    return scrubWith(base, scrub);
  });
  const chosenIds = new Set(chosen.map((enquiry) => enquiry.id));
  const scrubbedOthers: Enquiry[] = [];
  for (const enquiry of all) {
    if (chosenIds.has(enquiry.id)) continue;
    const scrubbed = scrubWith(enquiry, scrub);
    if (scrubbed !== enquiry) scrubbedOthers.push({ ...scrubbed, revision: enquiry.revision + 1 });
  }
  return { erased, scrubbedOthers };
}
