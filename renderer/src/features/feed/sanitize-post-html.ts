import DOMPurify from 'dompurify';

/**
 * Feed HTML comes from strangers. DOMPurify keeps text formatting, links, lists, quotes, code
 * and images; scripts, frames, forms, styles and every event handler go. Links open outside
 * the app (the host's window-open handler sends https: and mailto: to the system browser);
 * remote images stay out unless the user allowed them, and never send a referrer.
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'cite',
  'code',
  'del',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'lang', 'dir', 'colspan', 'rowspan'];
const SAFE_LINK = /^(https:|mailto:)/i;

export interface SanitizeOptions {
  remoteImages: boolean;
}

export interface SanitizedPost {
  html: string;
  /** Images left out because remote images are off (the card says so). */
  blockedImages: number;
}

let purifier: ReturnType<typeof DOMPurify> | null = null;
const instance = () => (purifier ??= DOMPurify(window));

export function sanitizePostHtml(html: string, { remoteImages }: SanitizeOptions): SanitizedPost {
  const fragment = instance().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const link of fragment.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    if (SAFE_LINK.test(href)) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    } else link.removeAttribute('href'); // relative, http: or odd schemes: shown as text
  }
  let blockedImages = 0;
  for (const image of fragment.querySelectorAll('img')) {
    const src = image.getAttribute('src') ?? '';
    if (!remoteImages || !/^https:/i.test(src)) {
      blockedImages += 1;
      image.remove();
    } else {
      image.setAttribute('loading', 'lazy');
      image.setAttribute('referrerpolicy', 'no-referrer');
    }
  }
  const holder = document.createElement('div');
  holder.append(fragment);
  return { html: holder.innerHTML, blockedImages };
}
