import { forwardRef } from 'react';
import type { FeedItem } from '../../../../shared/feed-store.js';
import { Badge } from '../../components/Badge.js';
import { MenuButton } from '../../components/MenuButton.js';
import { store, useStore } from '../../store/index.js';
import { hideMenuItems } from './hide-menu-items.js';
import { PersonAvatar } from './PersonAvatar.js';
import { PostBody } from './PostBody.js';
import { RelativeTime } from './RelativeTime.js';

/** The feed's own name, unless it only repeats the person's (a Mastodon account named by its handle). */
const sourceLabel = (item: FeedItem): string =>
  item.source !== item.contactName ? item.source : item.sourceKind === 'mastodon' ? 'Mastodon' : 'Website';

interface FeedCardProps {
  item: FeedItem;
  index: number;
  total: number;
  focused: boolean;
  menuOpen: boolean;
  onMenuOpenChange(open: boolean): void;
  onFocus(): void;
  /** The "new since you last looked" line sits above this card. */
  newDivider: boolean;
}

/** One update: who, where, when, what; dimmed with its reason when hidden; the hide menu on every one. */
export const FeedCard = forwardRef<HTMLDivElement, FeedCardProps>(function FeedCard(props, ref) {
  const { item, index, total, focused, menuOpen, onMenuOpenChange, onFocus, newDivider } = props;
  const remoteImages = useStore((s) => s.feedSettings?.remoteImages ?? false);
  const setFilters = useStore((s) => s.setFeedFilters);
  const titleId = `post-${item.id}-title`;
  const items = () =>
    hideMenuItems(store.getState(), {
      contactId: item.contactId,
      name: item.contactName,
      post: {
        id: item.id,
        text: `${item.title ?? ''} ${item.summary ?? ''}`,
        hiddenBy: item.hidden,
      },
    });
  return (
    <div ref={ref} data-index={index} className="feed-row">
      {newDivider && (
        <div className="feed-new-divider" data-testid="feed-new-divider">
          <span>New since you last looked</span>
        </div>
      )}
      <article
        className={`feed-card${item.hidden ? ' feed-card-hidden' : ''}`}
        aria-labelledby={titleId}
        aria-posinset={index + 1}
        aria-setsize={total}
        tabIndex={focused ? 0 : -1}
        data-focus-home={focused || undefined}
        data-testid="feed-card"
        data-post-id={item.id}
        onFocus={(event) => {
          if (event.target === event.currentTarget) onFocus();
        }}
      >
        <PersonAvatar
          name={item.contactName}
          photo={item.contactPhoto}
          imageUrl={item.imageUrl}
          remoteImages={remoteImages}
        />
        <div className="feed-card-main">
          <div className="feed-card-meta">
            <button
              type="button"
              className="feed-person"
              title={`Show only ${item.contactName}’s updates`}
              tabIndex={focused ? 0 : -1}
              data-testid="feed-person"
              onClick={() => setFilters({ contactId: item.contactId, feedId: null })}
            >
              {item.contactName}
            </button>
            <span className="feed-source">{sourceLabel(item)}</span>
            <RelativeTime iso={item.publishedAt} />
            {item.hidden && (
              <Badge tone="warning" testId="hidden-reason">
                {item.hidden.reason}
              </Badge>
            )}
          </div>
          <h3 id={titleId} className="feed-title">
            {/* Only https: links leave the app (the host's openExternal allowlist); others stay text. */}
            {item.url && /^https:\/\//i.test(item.url) ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer" tabIndex={focused ? 0 : -1}>
                {item.title ?? item.summary?.slice(0, 80) ?? 'Untitled update'}
              </a>
            ) : (
              (item.title ?? 'Untitled update')
            )}
          </h3>
          <PostBody html={item.contentHtml} summary={item.summary} remoteImages={remoteImages} />
        </div>
        <div className="feed-card-actions">
          {/* A hidden update's control says so, and its menu starts with the way back. */}
          <MenuButton
            label={item.hidden ? 'Hidden' : 'Hide'}
            ariaLabel={
              item.hidden
                ? `Hidden (${item.hidden.reason}): show again or hide options for this update by ${item.contactName}`
                : `Hide options for this update by ${item.contactName}`
            }
            items={menuOpen ? items() : []}
            align="end"
            testId="hide-menu"
            open={menuOpen}
            onOpenChange={onMenuOpenChange}
          />
        </div>
      </article>
    </div>
  );
});
