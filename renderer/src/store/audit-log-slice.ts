import type { AuditBatch } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

/** Every removal, restore and purge, newest first. */
export interface AuditLogSlice {
  auditBatches: AuditBatch[];
  loadAudit(): Promise<void>;
}

export const createAuditLogSlice: SliceCreator<AuditLogSlice> =
  ({ api }) =>
  (set, get) => ({
    auditBatches: [],
    async loadAudit() {
      const batches = get().unwrap(await api.auditList({}));
      if (batches) set({ auditBatches: batches });
    },
  });
