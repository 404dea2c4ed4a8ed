/**
 * Writes a network as Connections.csv in each era and re-save people's real files come in:
 * the shapes of issue 8, for property tests and regression runs. Invented data only.
 */
export interface EraPerson {
  firstName: string;
  lastName: string;
  slug: string;
  email: string | null;
  company: string;
  position: string;
  /** ISO `YYYY-MM-DD`. */
  connectedOn: string;
}

export const ERAS = ['current', 'pre2023', 'pre2021', 'excel-semicolon', 'excel-tab', 'iso', 'us-numeric'] as const;
export type Era = (typeof ERAS)[number];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

function dateIn(era: Era, iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  const monthName = MONTHS[Number(month) - 1]!;
  switch (era) {
    case 'current':
    case 'pre2023':
      return `${day} ${monthName} ${year}`;
    case 'pre2021':
      return `${Number(day)}-${monthName}-${year.slice(2)}`;
    case 'excel-semicolon':
    case 'excel-tab':
      return `${day}.${month}.${year}`;
    case 'iso':
      return iso;
    case 'us-numeric':
      return `${Number(month)}/${Number(day)}/${year}`;
  }
}

export function connectionsIn(era: Era, people: readonly EraPerson[]): string {
  const separator = era === 'excel-semicolon' ? ';' : era === 'excel-tab' ? '\t' : ',';
  const cell = (value: string) =>
    value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  const withUrl = era === 'current';
  const row = (values: string[]) => values.map(cell).join(separator);
  const header = [
    'First Name',
    'Last Name',
    ...(withUrl ? ['URL'] : []),
    'Email Address',
    'Company',
    'Position',
    'Connected On',
  ];
  const rows = people.map((p) =>
    row([
      p.firstName,
      p.lastName,
      ...(withUrl ? [`https://www.linkedin.com/in/${p.slug}`] : []),
      p.email ?? '',
      p.company,
      p.position,
      dateIn(era, p.connectedOn),
    ]),
  );
  const preamble = era === 'current' || era === 'pre2023' ? NOTES : '';
  return `${preamble}${[row(header), ...rows].join('\r\n')}\r\n`;
}
