/** The contact's own photo, else their feed's picture when remote images are allowed, else their initial. */
export function PersonAvatar({
  name,
  photo,
  imageUrl,
  remoteImages,
}: {
  name: string;
  photo: string | null;
  imageUrl: string | null;
  remoteImages: boolean;
}) {
  if (photo?.startsWith('data:image/')) return <img className="feed-avatar" src={photo} alt="" />;
  if (imageUrl && remoteImages && /^https:/i.test(imageUrl)) {
    return <img className="feed-avatar" src={imageUrl} alt="" loading="lazy" referrerPolicy="no-referrer" />;
  }
  return (
    <span className="feed-avatar feed-avatar-initial" aria-hidden>
      {[...name.trim()][0]?.toLocaleUpperCase() ?? '?'}
    </span>
  );
}
