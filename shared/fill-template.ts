import type { TemplateFields } from './reconnect.js';

/** The fields a template may name, as `{firstName}`; the composer lists them in this order. */
export const TEMPLATE_FIELD_NAMES = ['firstName', 'fullName', 'company', 'connectedOn', 'myName'] as const;
type FieldName = (typeof TEMPLATE_FIELD_NAMES)[number];

const FIELD = /\{(firstName|fullName|company|connectedOn|myName)\}/g;
/** `[ at {company}]`: left out whole when a field inside it is unknown, else kept without the brackets. */
const OPTIONAL = /\[([^[\]]*)\]/g;
/** Marks where an unknown field was, so only the words that led up to it are tidied away. */
const GAP = '\u0000';

const MONTH_YEAR = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2021-04-04` → `April 2021`: how a letter says when you connected. */
function connectedOnWords(iso: string | null): string | null {
  const time = iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) : NaN;
  return Number.isNaN(time) ? null : MONTH_YEAR.format(time);
}

function fieldValues(fields: TemplateFields): Record<FieldName, string | null> {
  const clean = (value: string | null) => value?.trim() || null;
  const fullName = clean(fields.fullName);
  const firstName = clean(fields.firstName) ?? fullName?.split(/\s+/)[0] ?? null;
  return {
    firstName,
    fullName: fullName ?? firstName,
    company: clean(fields.company),
    connectedOn: connectedOnWords(fields.connectedOn),
    myName: clean(fields.myName),
  };
}

/**
 * Fills `{field}`s in. An unknown field never shows as `{company}` or leaves "at ," behind: an
 * optional `[segment]` around it goes whole; otherwise the field goes with the little word or
 * comma that introduced it, and the spaces and punctuation around the gap are tidied.
 */
export function fillTemplate(text: string, fields: TemplateFields): string {
  const values = fieldValues(fields);
  const known = (name: string) => values[name as FieldName] !== null;
  const withoutOptional = text.replace(OPTIONAL, (whole, inner: string) => {
    const names = [...inner.matchAll(FIELD)].map((match) => match[1]!);
    if (names.length === 0) return whole;
    return names.every(known) ? inner : '';
  });
  const filled = withoutOptional.replace(FIELD, (_token, name: string) => values[name as FieldName] ?? GAP);
  if (!filled.includes(GAP)) return filled;
  return filled
    .replace(new RegExp(`[ \\t]*\\b(?:at|from|with|of|in|on|since|for|by|to|and)[ \\t]+${GAP}`, 'gi'), GAP)
    .replace(new RegExp(`\\([ \\t]*${GAP}[ \\t]*\\)`, 'g'), GAP)
    .replace(new RegExp(`[ \\t]*,[ \\t]*${GAP}`, 'g'), GAP)
    .replaceAll(GAP, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.;:!?])/g, '$1')
    .replace(/,([.;:!?])/g, '$1')
    .replace(/[ \t]+$/gm, '');
}

/** A subject is one line. */
export const fillSubject = (subject: string, fields: TemplateFields): string =>
  fillTemplate(subject, fields).replace(/\s+/g, ' ').trim();
