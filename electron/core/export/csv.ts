/** RFC 4180 quoting: only when needed, quotes doubled. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvRow = (cells: readonly string[]): string => cells.map(csvCell).join(',');

/**
 * Spreadsheets run cells that start with = + - @ (and tab or CR, which some strip first)
 * as formulas: a contact named `=HYPERLINK(...)` must not become one. A leading quote
 * makes the cell plain text in Excel, LibreOffice and Google Sheets (OWASP's advice).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV row for files people open in spreadsheets: quoted as needed, formulas neutralized. */
export const safeCsvRow = (cells: readonly string[]): string => csvRow(cells.map(neutralizeFormula));
