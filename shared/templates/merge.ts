/**
 * A fresh Graph read of a template (from-graph.ts) merged into the stored one. The read is a snapshot as of the
 * instant it was taken; a webhook processed after that instant may be newer for its field, and the pause history
 * only webhooks know (spec §4, §6) must survive every refresh.
 */
import { type Template, watermarksOf } from './model.ts';
import { withPauseRecord } from './status.ts';

export function mergeTemplateSnapshot(stored: Template, fresh: Template): Template {
  const old = watermarksOf(stored);
  const now = watermarksOf(fresh);
  const status = now.status >= old.status ? fresh : stored;
  const quality = now.quality >= old.quality ? fresh : stored;
  const category = now.category >= old.category ? fresh : stored;
  const { rejectedReason: _r, pendingCategory: _p, flaggedAt: _f, ...structure } = fresh;
  const merged: Template = {
    ...structure, // what Meta approved now: components, parameter format, id
    status: status.status,
    quality: quality.quality,
    category: category.category,
    pauses: fresh.pauses.reduce(withPauseRecord, stored.pauses),
    watermarks: {
      status: Math.max(old.status, now.status),
      quality: Math.max(old.quality, now.quality),
      category: Math.max(old.category, now.category),
    },
    updatedAt: Math.max(stored.updatedAt, fresh.updatedAt),
  };
  if (status.rejectedReason !== undefined) merged.rejectedReason = status.rejectedReason;
  if (category.pendingCategory !== undefined) merged.pendingCategory = category.pendingCategory;
  // Graph no longer reports the [LEGACY] FLAGGED warning; only webhooks did, so the stored one is kept.
  if (stored.flaggedAt !== undefined) merged.flaggedAt = stored.flaggedAt;
  return merged;
}
