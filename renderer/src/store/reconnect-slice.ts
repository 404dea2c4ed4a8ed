import type {
  ReconnectAttempt,
  ReconnectPlan,
  ReconnectSettings,
  ReconnectStatus,
  ReconnectTemplate,
} from '../../../shared/reconnect.js';
import { mastodonFollowCsv } from '../../../shared/reconnect-links.js';
import type { SliceCreator } from './slice.js';

/** Reconnect (issue 13): the panel for one person, the composer's templates, and the list of attempts. */
export interface ReconnectSlice {
  /** Whose reconnect panel is open, or null. */
  reconnectContactId: number | null;
  reconnectPlan: ReconnectPlan | null;
  reconnectTemplates: ReconnectTemplate[];
  reconnectSettings: ReconnectSettings | null;
  reconnectAttempts: ReconnectAttempt[];
  /** False until the Reconnect view's first answer. */
  reconnectLoaded: boolean;
  openReconnect(contactId: number): Promise<void>;
  closeReconnect(): void;
  loadReconnectPlan(): Promise<void>;
  loadReconnectList(): Promise<void>;
  /** Resolves to the reason when the address was refused, or null when it was added. */
  addReconnectAddress(address: string): Promise<string | null>;
  markReconnect(
    contactId: number,
    status: ReconnectStatus,
    via?: string | null,
    note?: string | null,
  ): Promise<ReconnectAttempt | null>;
  saveReconnectTemplate(template: {
    id: number | null;
    name: string;
    subject: string;
    body: string;
  }): Promise<ReconnectTemplate | null>;
  saveReconnectSettings(settings: { myName?: string | null; reminderDays?: number }): Promise<void>;
  copyReconnectMessage(text: string): Promise<void>;
  downloadMastodonFollow(handle: string): Promise<void>;
}

const STATUS_WORDS: Record<ReconnectStatus, string> = {
  drafted: 'Saved as a draft',
  sent: 'Marked as sent',
  withdrawn: 'Marked as withdrawn',
  accepted: 'Accepted: they are back in your roster',
  refused: 'Marked as refused',
};

export const createReconnectSlice: SliceCreator<ReconnectSlice> =
  ({ api, saveFile }) =>
  (set, get) => ({
    reconnectContactId: null,
    reconnectPlan: null,
    reconnectTemplates: [],
    reconnectSettings: null,
    reconnectAttempts: [],
    reconnectLoaded: false,
    async openReconnect(contactId) {
      set({ reconnectContactId: contactId, reconnectPlan: null });
      const [templates, settings] = await Promise.all([api.reconnectTemplates({}), api.reconnectSettings({})]);
      set({
        reconnectTemplates: get().unwrap(templates) ?? [],
        reconnectSettings: get().unwrap(settings),
      });
      await get().loadReconnectPlan();
    },
    closeReconnect: () => set({ reconnectContactId: null, reconnectPlan: null }),
    async loadReconnectPlan() {
      const contactId = get().reconnectContactId;
      if (contactId === null) return;
      const plan = get().unwrap(await api.reconnectPlan({ contactId }));
      if (plan && get().reconnectContactId === contactId) set({ reconnectPlan: plan });
    },
    async loadReconnectList() {
      const attempts = get().unwrap(await api.reconnectList({}));
      const settings = get().reconnectSettings ?? get().unwrap(await api.reconnectSettings({}));
      if (attempts) set({ reconnectAttempts: attempts, reconnectLoaded: true, reconnectSettings: settings });
    },
    async addReconnectAddress(address) {
      const contactId = get().reconnectContactId;
      if (contactId === null) return null;
      // A refused address is the field's own message, not the app's error banner.
      const result = await api.reconnectAddAddress({ contactId, address });
      if (!result.ok) return result.error.message;
      await get().loadReconnectPlan();
      return null;
    },
    async markReconnect(contactId, status, via = null, note = null) {
      const attempt = get().unwrap(await api.reconnectMark({ contactId, status, via, note }));
      if (!attempt) return null;
      get().showToast(`${attempt.name}: ${STATUS_WORDS[status].toLowerCase()}`, false);
      if (get().reconnectContactId === contactId) await get().loadReconnectPlan();
      if (get().view === 'reconnect') await get().loadReconnectList();
      return attempt;
    },
    async saveReconnectTemplate(template) {
      const saved = get().unwrap(await api.reconnectTemplateSave(template));
      if (!saved) return null;
      const others = get().reconnectTemplates.filter((t) => t.id !== saved.id);
      const index = get().reconnectTemplates.findIndex((t) => t.id === saved.id);
      set({
        reconnectTemplates:
          index === -1 ? [...others, saved] : [...others.slice(0, index), saved, ...others.slice(index)],
      });
      get().showToast(`Saved the template “${saved.name}”`, false);
      return saved;
    },
    async saveReconnectSettings(settings) {
      const saved = get().unwrap(await api.reconnectSettingsSave(settings));
      if (!saved) return;
      set({ reconnectSettings: saved });
      await get().loadReconnectPlan();
      if (get().view === 'reconnect') await get().loadReconnectList();
    },
    async copyReconnectMessage(text) {
      try {
        await navigator.clipboard.writeText(text);
        get().showToast('Copied the message', false);
      } catch {
        get().showError('Could not copy to the clipboard: select the message and copy it by hand.');
      }
    },
    async downloadMastodonFollow(handle) {
      const text = mastodonFollowCsv(handle);
      if (!text) return get().showError(`${handle} is not a Mastodon handle.`);
      const saved = await saveFile({
        fileName: 'following_accounts.csv',
        mediaType: 'text/csv',
        text,
        count: 1,
        unfollows: [],
      });
      if (saved.kind !== 'cancelled')
        get().showToast('Saved following_accounts.csv: import it in Mastodon with “Merge”', false);
    },
  });
