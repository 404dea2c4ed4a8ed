/** A poster's picture when remote images are allowed, else their initial on a calm disc. */
export function PersonAvatar({
  name,
  imageUrl,
  remoteImages,
}: {
  name: string;
  imageUrl: string | null;
  remoteImages: boolean;
}) {
  if (imageUrl && remoteImages && /^https:/i.test(imageUrl)) {
    return <img className="feed-avatar" src={imageUrl} alt="" loading="lazy" referrerPolicy="no-referrer" />;
  }
  return (
    <span className="feed-avatar feed-avatar-initial" aria-hidden>
      {[...name.trim()][0]?.toLocaleUpperCase() ?? '?'}
    </span>
  );
}
