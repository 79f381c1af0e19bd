import { memo } from 'react';
import { useNames } from '../../app/NamesContext';
import { DayFirstDateInput } from '../../app/DayFirstDateInput';
import { useTranslator } from '../settings/SettingsContext';
import { sameCounts } from './sameCounts';
import { hasFacetChoices, type FacetChoices, type KindChoice } from './searchState';

const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
/** Steps of maximum funding a visitor asks about, in whole rupees (₹10 lakh … ₹50 crore). */
const FUNDING_STEPS = [1e6, 5e6, 1e7, 5e7, 1e8, 5e8];

interface Props {
  kind: KindChoice;
  labCounts: Record<string, number> | undefined;
  domainCounts: Record<string, number> | undefined;
  value: FacetChoices;
  onChange(value: FacetChoices): void;
}

/** The facet filters with their counts; renders again only when a choice or a count changes. */
export const FacetFilters = memo(function FacetFilters({ kind, labCounts, domainCounts, value, onChange }: Props) {
  const translator = useTranslator();
  const { text } = translator;
  const names = useNames();
  const set = (change: Partial<FacetChoices>) => onChange({ ...value, ...change });
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="section-heading">
        {text.search.filters}
      </h2>
      {/* A form of its own, like the search box's (see SearchBox): Chromium's autofill then never
          gathers these lists as part of one page-wide form when the search text changes. */}
      <form className="filter-form" onSubmit={(event) => event.preventDefault()}>
        <CountedSelect
          id="filter-lab"
          label={text.search.lab}
          anyLabel={text.search.anyLab}
          counts={labCounts}
          value={value.lab}
          onChange={(lab) => set({ lab })}
        />
        <CountedSelect
          id="filter-domain"
          label={text.search.domain}
          anyLabel={text.search.anyDomain}
          counts={domainCounts}
          value={value.domain}
          onChange={(domain) => set({ domain })}
          nameOf={names.subjectArea}
        />
        {(kind === 'all' || kind === 'technology') && (
          <fieldset className="filter-range">
            <legend>{text.search.trl}</legend>
            <NumberSelect id="filter-trl-min" label={text.search.trlMin} options={TRL_LEVELS} format={translator.number} value={value.trlMin} onChange={(trlMin) => set({ trlMin })} />
            <NumberSelect id="filter-trl-max" label={text.search.trlMax} options={TRL_LEVELS} format={translator.number} value={value.trlMax} onChange={(trlMax) => set({ trlMax })} />
          </fieldset>
        )}
        {(kind === 'all' || kind === 'course') && (
          <fieldset className="filter-range filter-dates">
            <legend>{text.search.courseDates}</legend>
            <DayFirstDateInput id="filter-course-from" label={text.search.courseFrom} value={value.courseFrom} onChange={(courseFrom) => set({ courseFrom })} />
            <DayFirstDateInput id="filter-course-to" label={text.search.courseTo} value={value.courseTo} onChange={(courseTo) => set({ courseTo })} />
          </fieldset>
        )}
        {(kind === 'all' || kind === 'scheme') && (
          <fieldset className="filter-range">
            <legend>{text.search.funding}</legend>
            <NumberSelect id="filter-funding-min" label={text.search.fundingMin} options={FUNDING_STEPS} format={translator.rupees} value={value.fundingMin} onChange={(fundingMin) => set({ fundingMin })} />
            <NumberSelect id="filter-funding-max" label={text.search.fundingMax} options={FUNDING_STEPS} format={translator.rupees} value={value.fundingMax} onChange={(fundingMax) => set({ fundingMax })} />
          </fieldset>
        )}
        <button type="button" className="button" disabled={!hasFacetChoices(value)} onClick={() => onChange({})}>
          {text.search.clearFilters}
        </button>
      </form>
    </section>
  );
}, sameFilters);

function sameFilters(previous: Props, next: Props): boolean {
  return (
    previous.kind === next.kind &&
    previous.value === next.value &&
    previous.onChange === next.onChange &&
    sameCounts(previous.labCounts, next.labCounts) &&
    sameCounts(previous.domainCounts, next.domainCounts)
  );
}

function CountedSelect(props: {
  id: string;
  label: string;
  anyLabel: string;
  counts: Record<string, number> | undefined;
  value: string | undefined;
  /** The option's text for a value (a subject area's Hindi name); the value itself when absent. */
  nameOf?: (value: string) => string;
  onChange(value: string | undefined): void;
}) {
  const { number } = useTranslator();
  const nameOf = props.nameOf ?? ((value: string) => value);
  const names = Object.keys(props.counts ?? {}).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  if (props.value !== undefined && !names.includes(props.value)) names.unshift(props.value);
  return (
    <div className="filter">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value || undefined)}>
        <option value="">{props.anyLabel}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {`${nameOf(name)} (${number(props.counts?.[name] ?? 0)})`}
          </option>
        ))}
      </select>
    </div>
  );
}

function NumberSelect(props: { id: string; label: string; options: number[]; format(value: number): string; value: number | undefined; onChange(value: number | undefined): void }) {
  const { text } = useTranslator();
  return (
    <div className="filter">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value === '' ? undefined : Number(event.target.value))}>
        <option value="">{text.search.any}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.format(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
