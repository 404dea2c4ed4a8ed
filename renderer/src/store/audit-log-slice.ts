import type { AuditBatch } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

/** Every removal, restore and purge, newest first. */
export interface AuditLogSlice {
  auditBatches: AuditBatch[];
  /** False until the first answer, so the Log never says "nothing yet" while it loads. */
  auditLoaded: boolean;
  loadAudit(): Promise<void>;
}

export const createAuditLogSlice: SliceCreator<AuditLogSlice> =
  ({ api }) =>
  (set, get) => ({
    auditBatches: [],
    auditLoaded: false,
    async loadAudit() {
      const batches = get().unwrap(await api.auditList({}));
      if (batches) set({ auditBatches: batches, auditLoaded: true });
    },
  });
