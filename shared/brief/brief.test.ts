import { describe, expect, it } from 'vitest';
import type { CatalogueEntry, IsoDate, Rupees } from '../catalogue/entry';
import { courseEntry, technologyEntry } from '../feed/testing/sampleEntries';
import { createTranslator } from '../i18n/translator';
import { briefFacts } from './briefFacts';
import { replyText } from './replyText';

const en = createTranslator('en');
const hi = createTranslator('hi');
const TODAY = '2026-12-07';

const technology = technologyEntry('kevlar-vest', 'Lightweight body armour', {
  trl: 7,
  totTerms: 'Non-exclusive licence, ₹5 lakh and 3% royalty',
  sourceUrl: 'https://www.drdo.gov.in/tot/kevlar-vest',
} as Partial<CatalogueEntry>);
const course = {
  ...courseEntry('drone-pilot', 'Drone pilot fundamentals'),
  feeInr: 15000 as Rupees,
  // Listed out of order, one already over: the next batch is the earliest not yet ended.
  batches: [
    { start: '2027-02-01' as IsoDate, end: '2027-02-05' as IsoDate },
    { start: '2026-11-02' as IsoDate, end: '2026-11-06' as IsoDate },
    { start: '2027-01-11' as IsoDate, end: '2027-01-15' as IsoDate },
  ],
} as CatalogueEntry;
const scheme = {
  ...technologyEntry('tdf', 'Technology Development Fund'),
  kind: 'scheme',
  agency: 'DRDO',
  maxFundingInr: 500_000_000 as Rupees,
  fundingShare: 'Up to 90% of the project cost',
} as unknown as CatalogueEntry;
const service = {
  ...technologyEntry('emi-test', 'EMI/EMC testing'),
  kind: 'consultancy',
  serviceType: 'testing',
  deliverables: [],
  turnaroundDays: 10,
} as unknown as CatalogueEntry;

describe('briefFacts', () => {
  it('gives each kind the facts a visitor asks about first', () => {
    expect(briefFacts(technology, en, TODAY).map((fact) => [fact.key, fact.value])).toEqual([
      ['trl', '7'],
      ['totTerms', 'Non-exclusive licence, ₹5 lakh and 3% royalty'],
    ]);
    expect(briefFacts(course, en, TODAY).map((fact) => fact.key)).toEqual(['fee', 'nextBatch', 'duration']);
    expect(briefFacts(course, en, TODAY).find((fact) => fact.key === 'nextBatch')?.value).toMatch(/11 January 2027.*15 January 2027/);
    expect(briefFacts(scheme, en, TODAY).map((fact) => fact.key)).toEqual(['maxFunding', 'fundingShare']);
    expect(briefFacts(service, en, TODAY).map((fact) => [fact.key, fact.value])).toEqual([['turnaround', '10 working days']]);
  });

  it('says so when a course has no batch to come', () => {
    const over = { ...course, batches: [{ start: '2026-01-05', end: '2026-01-09' }] } as CatalogueEntry;
    expect(briefFacts(over, en, TODAY).find((fact) => fact.key === 'nextBatch')?.value).toBe('None announced');
  });

  it('marks the catalogue’s English-only text in a Hindi brief, and labels in Hindi', () => {
    const facts = briefFacts(technology, hi, TODAY);
    expect(facts.find((fact) => fact.key === 'totTerms')).toMatchObject({ label: 'प्रौद्योगिकी हस्तांतरण की शर्तें', valueLanguage: 'en' });
    expect(facts.find((fact) => fact.key === 'trl')?.valueLanguage).toBeUndefined();
    expect(briefFacts(technology, en, TODAY).some((fact) => fact.valueLanguage !== undefined)).toBe(false);
  });
});

describe('replyText', () => {
  const input = { reference: 'LKO1-2026-00042', enquiryDate: '2026-12-04', visitorName: 'Asha Verma', entries: [technology, course], today: TODAY, labName: (code: string) => (code === 'DTTC' ? 'Defence Technology and Test Centre' : code) };

  it('names the visitor, the reference and every entry with its facts and link, in order', () => {
    const reply = replyText(input, en);
    expect(reply.startsWith('Dear Asha Verma,')).toBe(true);
    expect(reply).toContain('Your reference number is LKO1-2026-00042');
    expect(reply).toContain('4 December 2026');
    const first = reply.indexOf('1. Lightweight body armour (Technology, DMSRDE)');
    const second = reply.indexOf('2. Drone pilot fundamentals (Course, Defence Technology and Test Centre, DTTC)');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(reply).toContain('Details: https://www.drdo.gov.in/tot/kevlar-vest');
    expect(reply).toContain('Fee per participant: ₹15,000');
    expect(reply).toContain('+91-522-0000-100');
    expect(reply).not.toMatch(/<[a-z]/i);
  });

  it('greets without a name when none may be kept, and in Hindi writes Hindi', () => {
    const reply = replyText({ ...input, visitorName: '  ' }, hi);
    expect(reply.startsWith('प्रिय महोदय/महोदया,')).toBe(true);
    expect(reply).toContain('आपकी संदर्भ संख्या LKO1-2026-00042 है');
    expect(reply).toContain('तकनीक kevlar-vest');
    expect(reply).toContain('सादर,');
  });

  it('promises to write again when no entry was linked', () => {
    expect(replyText({ ...input, entries: [] }, en)).toContain('We will write to you again');
  });
});
