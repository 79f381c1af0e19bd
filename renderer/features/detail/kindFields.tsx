// The fields that belong to one kind of entry, as label/value pairs for the detail view and the print brief.
import type { ReactNode } from 'react';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { Translator } from '../../../shared/i18n/translator';

export interface Field {
  key: string;
  label: string;
  value: ReactNode;
}

export function kindFields(entry: CatalogueEntry, translator: Translator): Field[] {
  const { text } = translator;
  const fields: (Field | false)[] = [];
  switch (entry.kind) {
    case 'technology':
      fields.push(
        entry.category !== undefined && { key: 'category', label: text.detail.category, value: entry.category === 'A' ? text.catalogue.categoryA : text.catalogue.categoryB },
        entry.trl !== undefined && { key: 'trl', label: text.detail.trl, value: translator.number(entry.trl) },
        entry.applications.length > 0 && { key: 'applications', label: text.detail.applications, value: <List items={entry.applications} /> },
        entry.totTerms !== undefined && { key: 'totTerms', label: text.detail.totTerms, value: entry.totTerms },
        entry.licensees !== undefined && { key: 'licensees', label: text.detail.licensees, value: translator.number(entry.licensees) },
      );
      break;
    case 'consultancy': {
      const serviceNames = {
        testing: text.catalogue.serviceTesting,
        design: text.catalogue.serviceDesign,
        simulation: text.catalogue.serviceSimulation,
        certification: text.catalogue.serviceCertification,
        advisory: text.catalogue.serviceAdvisory,
        training: text.catalogue.serviceTraining,
      };
      fields.push(
        { key: 'serviceType', label: text.detail.serviceType, value: serviceNames[entry.serviceType] },
        entry.deliverables.length > 0 && { key: 'deliverables', label: text.detail.deliverables, value: <List items={entry.deliverables} /> },
        entry.feeBasis !== undefined && { key: 'feeBasis', label: text.detail.feeBasis, value: entry.feeBasis },
        entry.turnaroundDays !== undefined && {
          key: 'turnaround',
          label: text.detail.turnaround,
          value: text.detail.days(translator.number(entry.turnaroundDays), entry.turnaroundDays),
        },
      );
      break;
    }
    case 'course': {
      const modeNames = { 'in-person': text.catalogue.modeInPerson, online: text.catalogue.modeOnline, blended: text.catalogue.modeBlended };
      fields.push(
        { key: 'duration', label: text.detail.duration, value: text.detail.calendarDays(translator.number(entry.durationDays), entry.durationDays) },
        { key: 'mode', label: text.detail.mode, value: modeNames[entry.mode] },
        entry.eligibility !== undefined && { key: 'eligibility', label: text.detail.eligibility, value: entry.eligibility },
        entry.feeInr !== undefined && { key: 'fee', label: text.detail.fee, value: entry.feeInr === 0 ? text.detail.free : translator.rupeesExact(entry.feeInr) },
        entry.seats !== undefined && { key: 'seats', label: text.detail.seats, value: translator.number(entry.seats) },
        {
          key: 'batches',
          label: text.detail.batches,
          value:
            entry.batches.length === 0 ? text.detail.noBatches : <List items={entry.batches.map((batch) => text.detail.batchRange(translator.date(batch.start), translator.date(batch.end)))} />,
        },
        entry.venue !== undefined && { key: 'venue', label: text.detail.venue, value: entry.venue },
      );
      break;
    }
    case 'scheme':
      fields.push(
        { key: 'agency', label: text.detail.agency, value: entry.agency },
        entry.maxFundingInr !== undefined && {
          key: 'maxFunding',
          label: text.detail.maxFunding,
          value: `${translator.rupees(entry.maxFundingInr)} (${translator.rupeesExact(entry.maxFundingInr)})`,
        },
        entry.fundingShare !== undefined && { key: 'fundingShare', label: text.detail.fundingShare, value: entry.fundingShare },
        entry.eligibility !== undefined && { key: 'eligibility', label: text.detail.eligibility, value: entry.eligibility },
        entry.applyBy !== undefined && { key: 'applyBy', label: text.detail.applyBy, value: translator.date(entry.applyBy) },
        entry.howToApply !== undefined && { key: 'howToApply', label: text.detail.howToApply, value: entry.howToApply },
      );
      break;
  }
  return fields.filter((field): field is Field => field !== false);
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="plain-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <dl className="fields">
      {fields.map((field) => (
        <div key={field.key} data-field={field.key}>
          <dt>{field.label}</dt>
          <dd>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}
