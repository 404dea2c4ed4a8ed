/** RFC 4180 quoting: only when needed, quotes doubled. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvRow = (cells: readonly string[]): string => cells.map(csvCell).join(',');

/** A phone number as people write it: digits with spaces, `+ - ( ) .` — data, never a formula. */
const PHONE_SHAPED = /^[+(]?[\d\s().-]*\d[\d\s().-]*$/;

/**
 * Spreadsheets run cells that start with = + - @ (their fullwidth forms too, which some
 * normalize, and tab or CR, which some strip first) as formulas: a contact named
 * `=HYPERLINK(...)` must not become one. A leading quote makes the cell plain text in Excel,
 * LibreOffice and Google Sheets (OWASP's advice). Phone numbers are left as they are: an
 * apostrophe in `'+1 212 555 0199` would stay in the address book that imports the file.
 */
export function neutralizeFormula(value: string): string {
  // The CSV export joins several numbers with "; ".
  if (value.split(/;\s*/).every((part) => PHONE_SHAPED.test(part))) return value;
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}

/** A CSV row for files people open in spreadsheets: quoted as needed, formulas neutralized. */
export const safeCsvRow = (cells: readonly string[]): string => csvRow(cells.map(neutralizeFormula));
