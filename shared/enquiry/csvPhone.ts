// How a phone number goes into the CSV export so that Excel shows it as typed.
//
// Left as plain text, Excel reads "+91 98390 12345" as a formula (#NAME?) and "09839012345" as a
// number (the 0 lost, or 9.84E+09); the formula guard's leading apostrophe stops the first but is
// shown in the cell, since a CSV is not typed input. A leading tab or zero-width character also
// stops both, but it travels with the number into whatever the cell is pasted into (a dialler, an
// SMS), and a tab shows as an indent.
//
// So a phone is written as ="+91 98390 12345". That is a formula, but a constant one: the only
// characters allowed between the quotes are digits, spaces and + ( ) - . / (the schema's phone
// pattern, checked again here), so it cannot close the string, call a function, reference a cell or
// reach DDE; Excel and LibreOffice show exactly the text inside. Anything else (impossible for a
// phone that passed the schema, but an exported cell must not trust that) is written as plain text
// and gets the ordinary formula guard like every other cell.
const SAFE_PHONE = /^[0-9+()\-. /]+$/;

export function phoneCell(phone: string): string {
  return SAFE_PHONE.test(phone) ? `="${phone}"` : guardedCell(phone);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** The formula guard (OWASP "CSV injection"): a cell starting with = + - @ tab or CR gets a leading '. */
export function guardedCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
