/** "DMSRDE — Defence Materials and Stores…": the code staff quote, then the name in the reader's language. */
export function labWithName(code: string, name: string): string {
  return name === code ? code : `${code} — ${name}`;
}
