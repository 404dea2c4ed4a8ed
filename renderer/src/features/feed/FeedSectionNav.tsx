import { useRef } from 'react';
import type { FeedSection } from '../../store/feed-slice.js';
import { useStore } from '../../store/index.js';

export const FEED_SECTIONS: { id: FeedSection; label: string }[] = [
  { id: 'updates', label: 'Updates' },
  { id: 'noisy', label: 'Who is noisy' },
  { id: 'hidden', label: 'Hidden & muted' },
  { id: 'subscriptions', label: 'Subscriptions' },
];

/** The feed's own sections, one Tab stop moved with the arrows, like the view tabs. */
export function FeedSectionNav() {
  const section = useStore((s) => s.feedSection);
  const setSection = useStore((s) => s.setFeedSection);
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = FEED_SECTIONS.findIndex((s) => s.id === section);
    const last = FEED_SECTIONS.length - 1;
    const keys: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setSection(FEED_SECTIONS[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div ref={list} className="view-tabs feed-sections" role="tablist" aria-label="Feed" onKeyDown={onKeyDown}>
      {FEED_SECTIONS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={section === tab.id}
          aria-controls="feed-section"
          tabIndex={section === tab.id ? 0 : -1}
          data-testid={`feed-section-${tab.id}`}
          onClick={() => setSection(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
