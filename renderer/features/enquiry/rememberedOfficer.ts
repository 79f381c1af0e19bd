// The last officer who saved an enquiry on this machine, offered for the next one. Kept in the
// page's local storage: it is a convenience, so a storage that refuses (private mode, quota) is ignored.
const KEY = 'dttc.enquiry.lastOfficer';

export function rememberedOfficer(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberOfficer(name: string): void {
  try {
    if (name.trim() !== '') window.localStorage.setItem(KEY, name.trim());
  } catch {
    // Not remembered: the officer types the name again next time.
  }
}
