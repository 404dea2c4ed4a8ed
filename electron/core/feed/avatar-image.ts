/**
 * What a downloaded avatar must be to become a contact's photo: one of the raster types the
 * renderer shows as a data: URL (contact-reads.ts), by the server's Content-Type and by the
 * bytes themselves, so a server that lies about either gets nothing stored.
 */

export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type AvatarType = (typeof AVATAR_TYPES)[number];

/** The same cap as an imported photo (import/clean-person.ts MAX_PHOTO_BYTES). */
export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** The image type the bytes' signature says, or null when they are none of the four. */
export function sniffImageType(bytes: Uint8Array): AvatarType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** `image/png; charset=…` → `image/png`. */
const mediaTypeOf = (contentType: string | null): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

export type AvatarCheck = { ok: true; type: AvatarType } | { ok: false; reason: string };

/** The type to store, or why these bytes are not an avatar Prune keeps. */
export function checkAvatar(bytes: Uint8Array, contentType: string | null): AvatarCheck {
  const declared = mediaTypeOf(contentType);
  if (!(AVATAR_TYPES as readonly string[]).includes(declared))
    return {
      ok: false,
      reason: declared
        ? `The avatar is not a PNG, JPEG, GIF or WebP image (the server says ${declared})`
        : 'The avatar came without a content type',
    };
  const sniffed = sniffImageType(bytes);
  if (sniffed === null)
    return { ok: false, reason: `The avatar is not an image, although the server says ${declared}` };
  return { ok: true, type: sniffed };
}
