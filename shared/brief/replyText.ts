// The reply staff copy into an e-mail or a message after the visit: the reference, each entry shown
// with its key facts and where to read more, and how to reach the desk. Plain text (no markup),
// one language, so it pastes unchanged into any mail or chat program.
import type { CatalogueEntry } from '../catalogue/entry';
import { kindName } from '../i18n/kindNames';
import { HELPLINE_NUMBER } from '../i18n/messages/site';
import type { Translator } from '../i18n/translator';
import { briefFacts } from './briefFacts';

export interface ReplyInput {
  reference: string;
  enquiryDate: string;
  /** Empty when no name may be kept (no consent, or erased). */
  visitorName: string;
  /** The linked entries still in the catalogue, in the order they were linked. */
  entries: readonly CatalogueEntry[];
  today: string;
  /** A lab's full name for its code, in the translator's language. */
  labName(code: string): string;
}

export function replyText(input: ReplyInput, translator: Translator): string {
  const { text } = translator;
  const name = input.visitorName.trim();
  const lines = [name === '' ? text.brief.replyGreeting : text.brief.replyGreetingNamed(name), '', text.brief.replyOpening(translator.date(input.enquiryDate), input.reference), ''];
  if (input.entries.length === 0) lines.push(text.brief.replyNoEntries, '');
  else {
    lines.push(text.brief.replyEntries, '');
    input.entries.forEach((entry, index) => lines.push(...entryLines(entry, index + 1, input, translator), ''));
  }
  lines.push(text.brief.replyClosing(HELPLINE_NUMBER, text.site.helplineHours), '', text.brief.replyRegards, text.brief.replyDesk);
  return lines.join('\n');
}

function entryLines(entry: CatalogueEntry, number: number, input: ReplyInput, translator: Translator): string[] {
  const title = translator.choose(entry.title)?.text ?? entry.id;
  const lab = input.labName(entry.lab);
  const lines = [`${translator.number(number)}. ${title} (${kindName(entry.kind, translator.text)}, ${lab === entry.lab ? lab : `${lab}, ${entry.lab}`})`];
  for (const fact of briefFacts(entry, translator, input.today)) lines.push(`   ${fact.label}: ${fact.value}`);
  const contact = [entry.contact.name, entry.contact.phone, entry.contact.email].filter(Boolean).join(', ');
  if (contact !== '') lines.push(`   ${translator.text.brief.replyContact(contact)}`);
  if (entry.sourceUrl) lines.push(`   ${translator.text.brief.replyMore(entry.sourceUrl)}`);
  return lines;
}
