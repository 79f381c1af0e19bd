// The few facts a visitor takes away about one entry, per kind, as the issue lists them: ToT terms
// and TRL for a technology; fee and next batch for a course; funding ceiling and share for a scheme;
// turnaround for a service. Plain strings, so the printed brief and the reply text say the same.
import type { CatalogueEntry } from '../catalogue/entry';
import { nextBatch } from '../catalogue/nextBatch';
import type { Translator } from '../i18n/translator';

export interface BriefFact {
  key: string;
  label: string;
  value: string;
  /** Set when the value is the catalogue's own English text (ToT terms, fee basis…), shown in a Hindi brief as written. */
  valueLanguage?: 'en';
}

export function briefFacts(entry: CatalogueEntry, translator: Translator, today: string): BriefFact[] {
  const { text } = translator;
  const facts: (BriefFact | false)[] = [];
  const asWritten = (key: string, label: string, value: string): BriefFact =>
    translator.language === 'en' ? { key, label, value } : { key, label, value, valueLanguage: 'en' };
  switch (entry.kind) {
    case 'technology':
      facts.push(
        entry.trl !== undefined && { key: 'trl', label: text.detail.trl, value: translator.number(entry.trl) },
        entry.totTerms !== undefined && asWritten('totTerms', text.detail.totTerms, entry.totTerms),
      );
      break;
    case 'course': {
      const next = nextBatch(entry.batches, today);
      facts.push(
        entry.feeInr !== undefined && { key: 'fee', label: text.detail.fee, value: entry.feeInr === 0 ? text.detail.free : translator.rupeesExact(entry.feeInr) },
        {
          key: 'nextBatch',
          label: text.results.columnNextBatch,
          value: next ? text.detail.batchRange(translator.date(next.start), translator.date(next.end)) : text.results.noBatch,
        },
        { key: 'duration', label: text.detail.duration, value: text.detail.calendarDays(translator.number(entry.durationDays), entry.durationDays) },
      );
      break;
    }
    case 'scheme':
      facts.push(
        entry.maxFundingInr !== undefined && { key: 'maxFunding', label: text.detail.maxFunding, value: translator.rupeesExact(entry.maxFundingInr) },
        entry.fundingShare !== undefined && asWritten('fundingShare', text.detail.fundingShare, entry.fundingShare),
        entry.applyBy !== undefined && { key: 'applyBy', label: text.detail.applyBy, value: translator.date(entry.applyBy) },
      );
      break;
    case 'consultancy':
      facts.push(
        entry.turnaroundDays !== undefined && {
          key: 'turnaround',
          label: text.detail.turnaround,
          value: text.detail.days(translator.number(entry.turnaroundDays), entry.turnaroundDays),
        },
        entry.feeBasis !== undefined && asWritten('feeBasis', text.detail.feeBasis, entry.feeBasis),
      );
      break;
  }
  return facts.filter((fact): fact is BriefFact => fact !== false);
}
