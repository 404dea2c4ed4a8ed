import { useMemo } from 'react';
import { plural } from '../../components/format.js';
import { sanitizePostHtml } from './sanitize-post-html.js';

/** The update's text: its HTML made safe (DOMPurify), or the plain excerpt when there is none. */
export function PostBody({
  html,
  summary,
  remoteImages,
}: {
  html: string | null;
  summary: string | null;
  remoteImages: boolean;
}) {
  const clean = useMemo(() => (html ? sanitizePostHtml(html, { remoteImages }) : null), [html, remoteImages]);
  if (!clean || clean.html.trim() === '') return summary ? <p className="feed-summary">{summary}</p> : null;
  return (
    <>
      {/* Sanitized above: no scripts, frames, forms, styles or handlers; links open outside the app. */}
      <div className="feed-summary feed-html" dangerouslySetInnerHTML={{ __html: clean.html }} />
      {clean.blockedImages > 0 && (
        <p className="feed-images-off muted">
          {plural(clean.blockedImages, 'image')} not shown · remote images are off (Settings)
        </p>
      )}
    </>
  );
}
