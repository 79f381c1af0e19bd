// What a kiosk's QR code carries for an entry: a MECARD (the contact card format phone cameras
// read on Android and iOS), so one scan offers to save the contact with the source page as its
// URL and the entry's title as its note. Nothing else leaves the kiosk with the visitor.
import type { CatalogueEntry } from '../../../shared/catalogue/entry';

/** MECARD escapes \ ; , : and " with a backslash. */
function escape(value: string): string {
  return value.replace(/[\\;,:"]/g, (character) => `\\${character}`).replace(/[\r\n]+/g, ' ');
}

export function entryQrText(entry: CatalogueEntry): string {
  const { contact } = entry;
  const fields: [string, string | undefined][] = [
    ['N', contact.name ?? `${entry.lab}, DRDO`],
    ['ORG', entry.lab === 'DTTC' ? 'DTTC Lucknow' : `${entry.lab}, DRDO`],
    ['TEL', contact.phone],
    ['EMAIL', contact.email],
    ['URL', entry.sourceUrl],
    ['NOTE', entry.title.en],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1].trim() !== '')
    .map(([name, value]) => `${name}:${escape(value.trim())};`)
    .join('');
  return `MECARD:${body};`;
}
