import { Fragment } from 'react';

/**
 * An address or URL that may wrap only where a reader expects it: after "/" and before "@" or
 * ".", never in the middle of a name ("example.ne|t"). Long parts still wrap if they must.
 */
export function BreakableText({ text }: { text: string }) {
  const parts = text.split(/(?<=\/)|(?=[@.])/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** A profile URL as people read it: no scheme, no "www.", no trailing slash. */
export const displayUrl = (href: string): string =>
  href
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
