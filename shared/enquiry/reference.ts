// Reference numbers a caller can quote: DTTC-<desk code>-<yymmdd>-<sequence>, e.g.
// DTTC-LKO1-261206-0007. Unique across desks and laptops without a server because each installation
// has its own desk code (set at installation, or generated at first start) and numbers its own
// enquiries day by day; the journal is written by one process at a time (its lock), so the
// sequence never repeats on one desk. Migrated enquiries get DTTC-OLD-<yymmdd>-<8 hex of their id>.
import { z } from 'zod';

export const DESK_CODE_PATTERN = /^[A-Z0-9]{2,8}$/;
export const deskCodeSchema = z.string().regex(DESK_CODE_PATTERN, 'must be 2 to 8 capital letters or digits, like LKO1');

const REFERENCE_PATTERN = /^DTTC-[A-Z0-9]{2,8}-\d{6}-(\d{4,}|[0-9A-F]{8})$/;
export const referenceSchema = z.string().regex(REFERENCE_PATTERN, 'must be a reference like DTTC-LKO1-261206-0007');

/** "2026-12-06" → "261206". */
function compactDate(isoDate: string): string {
  return isoDate.slice(2, 4) + isoDate.slice(5, 7) + isoDate.slice(8, 10);
}

export function referencePrefix(deskCode: string, isoDate: string): string {
  return `DTTC-${deskCode}-${compactDate(isoDate)}-`;
}

/** The next reference for this desk on this day, after every one already in the log. */
export function nextReference(deskCode: string, isoDate: string, existing: Iterable<string>): string {
  const prefix = referencePrefix(deskCode, isoDate);
  let highest = 0;
  for (const reference of existing) {
    if (!reference.startsWith(prefix)) continue;
    const sequence = Number(reference.slice(prefix.length));
    if (Number.isSafeInteger(sequence) && sequence > highest) highest = sequence;
  }
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

/** A reference for an enquiry recorded before references existed: fixed by its id, so every desk migrating it agrees. */
export function migratedReference(id: string, isoDate: string): string {
  return `DTTC-OLD-${compactDate(isoDate)}-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

const DESK_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A desk code for an installation that was given none: "D" and five random characters. */
export function generateDeskCode(randomBytes: Uint8Array): string {
  let code = 'D';
  for (let index = 0; index < 5; index += 1) code += DESK_CODE_ALPHABET[(randomBytes[index] ?? 0) % DESK_CODE_ALPHABET.length];
  return code;
}
