import type { MenuItem } from '../../components/Menu.js';
import type { HiddenReason } from '../../../../shared/feed-hide.js';
import type { Store } from '../../store/index.js';
import { liftLabel } from './lift-label.js';
import { wordsCommonAcross, wordsToOffer } from './post-words.js';

/** What a hide menu acts on: a poster (Who is noisy), and the update when there is one (the feed). */
export interface HideTarget {
  contactId: number;
  name: string;
  post?: { id: number; text: string; hiddenBy: HiddenReason | null };
}

const SNOOZES = [1, 7, 30] as const;

/** Words in many of the updates loaded so far: filler of this feed, not worth offering. */
const commonInFeed = (state: Store): Set<string> =>
  wordsCommonAcross(state.feedItems.map((item) => `${item.title ?? ''} ${item.summary ?? ''}`));

/** The same hide actions wherever a poster is shown; each acts at once and can be undone. */
export function hideMenuItems(state: Store, target: HideTarget): MenuItem[] {
  const { contactId, name, post } = target;
  const items: MenuItem[] = [];
  if (post?.hiddenBy) {
    const { ruleId } = post.hiddenBy;
    const label = liftLabel(post.hiddenBy, name);
    items.push({ id: 'lift', label, onSelect: () => void state.liftRule(ruleId) });
  }
  if (post && !post.hiddenBy) {
    items.push({ id: 'hide-post', label: 'Hide this update', onSelect: () => void state.hidePost(post.id) });
  }
  items.push({ id: 'mute', label: `Mute ${name}`, onSelect: () => void state.mutePerson(contactId, null) });
  for (const days of SNOOZES) {
    items.push({
      id: `snooze-${days}`,
      label: `Snooze ${name} for ${days === 1 ? '1 day' : `${days} days`}`,
      onSelect: () => void state.mutePerson(contactId, days),
    });
  }
  items.push({
    id: 'cap',
    label: 'Show at most…',
    hint: 'per day or week',
    onSelect: () => state.openHideDialog({ kind: 'cap', contactId, name, per: 'week', max: 3, ruleId: null }),
  });
  items.push({
    id: 'mute-word',
    label: 'Mute a word or phrase…',
    onSelect: () =>
      state.openHideDialog({
        kind: 'word',
        words: post ? wordsToOffer(post.text, commonInFeed(state)) : [],
        phrase: '',
        days: null,
        ruleId: null,
      }),
  });
  return items;
}
