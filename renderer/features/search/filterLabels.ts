// The active facet filters as chips: one per filter (a range is one chip), each named in the
// reader's language with its values, and under All, a filter of one kind says so.
import type { NameLookup } from '../../../shared/catalogue/vocabularyNames';
import type { Translator } from '../../../shared/i18n/translator';
import { kindPluralName } from '../../app/catalogueLabels';
import type { FacetChoices, KindChoice } from './searchState';

export interface ActiveFilter {
  key: string;
  label: string;
  /** The facets the chip removes. */
  facets: (keyof FacetChoices)[];
}

/** `names`: subject areas in the reader's language (the catalogue's vocabulary); without it, as the entries write them. */
export function activeFilters(facets: FacetChoices, kind: KindChoice, translator: Translator, names?: Pick<NameLookup, 'subjectArea'>): ActiveFilter[] {
  const { text } = translator;
  const results = text.results;
  const onlyOf = (label: string, of: 'technology' | 'course' | 'scheme') => (kind === 'all' ? results.onlyOfKind(label, kindPluralName(of, text)) : label);
  const range = (low: string | undefined, high: string | undefined) =>
    low !== undefined && high !== undefined ? results.between(low, high) : low !== undefined ? results.atLeast(low) : results.atMost(high ?? '');
  const dates = (from: string | undefined, to: string | undefined) =>
    from !== undefined && to !== undefined ? results.between(from, to) : from !== undefined ? results.fromDate(from) : results.untilDate(to ?? '');
  const number = (value: number | undefined) => (value === undefined ? undefined : translator.number(value));
  const rupees = (value: number | undefined) => (value === undefined ? undefined : translator.rupees(value));
  const date = (value: string | undefined) => (value === undefined ? undefined : translator.date(value));
  const chips: ActiveFilter[] = [];
  if (facets.lab) chips.push({ key: 'lab', label: results.labFilter(facets.lab), facets: ['lab'] });
  if (facets.domain) chips.push({ key: 'domain', label: results.domainFilter(names ? names.subjectArea(facets.domain) : facets.domain), facets: ['domain'] });
  if (facets.trlMin !== undefined || facets.trlMax !== undefined)
    chips.push({ key: 'trl', label: onlyOf(results.trlFilter(range(number(facets.trlMin), number(facets.trlMax))), 'technology'), facets: ['trlMin', 'trlMax'] });
  if (facets.courseFrom !== undefined || facets.courseTo !== undefined)
    chips.push({ key: 'courseDates', label: onlyOf(results.courseDatesFilter(dates(date(facets.courseFrom), date(facets.courseTo))), 'course'), facets: ['courseFrom', 'courseTo'] });
  if (facets.fundingMin !== undefined || facets.fundingMax !== undefined)
    chips.push({ key: 'funding', label: onlyOf(results.fundingFilter(range(rupees(facets.fundingMin), rupees(facets.fundingMax))), 'scheme'), facets: ['fundingMin', 'fundingMax'] });
  return chips;
}
