// Phone digits and e-mail addresses → enquiry ids, kept beside the journal so that the returning-
// visitor lookup (enquiry:findPerson, asked as the officer types) and the DPDP requests (ss. 11-12)
// need not scan every enquiry: at 100,000 enquiries a scan took about 50 ms (bench --only reports),
// the whole budget. The journal tells the index which ids each save or erasure changed
// (EnquiryJournal.onChange), and the index re-reads just those at the next lookup; after the
// journal is read again from disk it walks every enquiry once.
import type { Enquiry } from '../../shared/enquiry/enquiry';
import { matchesPerson, normaliseEmail, phoneDigits, type PersonKey } from '../../shared/enquiry/personalData';

export interface IndexedJournal {
  onChange(listener: (changed: readonly string[] | 'all') => void): unknown;
  list(): Enquiry[];
  get(id: string): Enquiry | undefined;
}

/** The index's keys for one enquiry: as matchesPerson compares them, with its length rules. */
function keysOf(phone: string, email: string): string[] {
  const keys: string[] = [];
  const digits = phoneDigits(phone);
  if (digits.length >= 6) keys.push(`phone:${digits}`);
  const address = normaliseEmail(email);
  if (address.includes('@')) keys.push(`email:${address}`);
  return keys;
}

export class PersonIndex {
  private readonly indexed = new Map<string, Enquiry>();
  private readonly idsByKey = new Map<string, Set<string>>();
  /** Ids changed since the last lookup, or 'all' (at first, and after a re-read). */
  private pending: Set<string> | 'all' = 'all';

  constructor(private readonly journal: IndexedJournal) {
    journal.onChange((changed) => {
      if (changed === 'all') this.pending = 'all';
      else if (this.pending !== 'all') for (const id of changed) this.pending.add(id);
    });
  }

  /** Every enquiry held about the person, as `journal.list().filter(matchesPerson)` would give, in no order. */
  find(key: PersonKey): Enquiry[] {
    this.refresh();
    const ids = new Set<string>();
    for (const indexKey of keysOf(key.phone ?? '', key.email ?? '')) for (const id of this.idsByKey.get(indexKey) ?? []) ids.add(id);
    const found: Enquiry[] = [];
    for (const id of ids) {
      const enquiry = this.journal.get(id);
      if (enquiry && matchesPerson(enquiry, key)) found.push(enquiry);
    }
    return found;
  }

  private refresh(): void {
    const pending = this.pending;
    this.pending = new Set();
    if (pending === 'all') {
      for (const enquiry of this.journal.list()) this.reindex(enquiry.id, enquiry);
      return;
    }
    for (const id of pending) this.reindex(id, this.journal.get(id));
  }

  private reindex(id: string, enquiry: Enquiry | undefined): void {
    const before = this.indexed.get(id);
    if (before === enquiry) return;
    if (before) for (const key of keysOf(before.phone, before.email)) this.idsByKey.get(key)?.delete(id);
    if (!enquiry) {
      this.indexed.delete(id);
      return;
    }
    for (const key of keysOf(enquiry.phone, enquiry.email)) {
      let ids = this.idsByKey.get(key);
      if (!ids) this.idsByKey.set(key, (ids = new Set()));
      ids.add(id);
    }
    this.indexed.set(id, enquiry);
  }
}
