import type { CapPeriod, HideActionResult, HideEditRequest, HideRequestInput } from '../../../shared/feed-hide.js';
import type { Result } from '../../../shared/result.js';
import type { SliceCreator } from './slice.js';

/** A dialog a hide action needs before it can act: how many per period, or which word. */
export type HideDialog =
  | { kind: 'cap'; contactId: number; name: string; per: CapPeriod; max: number; ruleId: number | null }
  | { kind: 'word'; words: string[]; phrase: string; days: number | null; ruleId: number | null }
  | { kind: 'mute'; ruleId: number; name: string; days: number | null };

export interface HideSlice {
  hideDialog: HideDialog | null;
  openHideDialog(dialog: HideDialog): void;
  closeHideDialog(): void;
  hidePost(postId: number): Promise<boolean>;
  /** `days` null mutes until lifted; a number snoozes. */
  mutePerson(contactId: number, days: number | null): Promise<boolean>;
  capPerson(contactId: number, per: CapPeriod, max: number): Promise<boolean>;
  muteWord(phrase: string, days: number | null): Promise<boolean>;
  liftRule(ruleId: number): Promise<boolean>;
  editHideRule(edit: HideEditRequest): Promise<boolean>;
}

export const createHideSlice: SliceCreator<HideSlice> =
  ({ api }) =>
  (set, get) => {
    /** Every hide action is one undoable batch: say what it did, offer Undo, and show the feed as it is now. */
    const act = async (call: Promise<Result<HideActionResult>>, said: (label: string) => string) => {
      const result = get().unwrap(await call);
      if (!result) return false;
      get().showToast(said(result.label), 'undo');
      get().refreshFeedAfterChange();
      return true;
    };
    const add = (request: HideRequestInput) => act(api.hideAdd(request), (label) => `${label}.`);
    return {
      hideDialog: null,
      openHideDialog: (hideDialog) => set({ hideDialog }),
      closeHideDialog: () => set({ hideDialog: null }),
      hidePost: (postId) => add({ kind: 'post', postId }),
      mutePerson: (contactId, days) => add({ kind: 'mute', contactId, days }),
      capPerson: (contactId, per, max) => add({ kind: 'cap', contactId, per, max }),
      muteWord: (phrase, days) => add({ kind: 'word', phrase, days }),
      liftRule: (ruleId) => act(api.hideLift({ ruleId }), (label) => `${label}.`),
      editHideRule: (edit) => act(api.hideEdit(edit), (label) => `${label}.`),
    };
  };
