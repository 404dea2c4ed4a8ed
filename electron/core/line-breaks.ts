/**
 * Every line break a reader might honour: CRLF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR.
 * Imports flatten them out of one-line fields; exports escape them, so no value can start a line.
 */
export const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
