// A note version's identity: the hash of its content, the same on every machine, so that two
// stores tell "the same version" from "a different one" without a server.
import { createHash } from 'node:crypto';
import type { NoteRecord } from '../../shared/contract/notes.js';

export type NoteContent = Omit<NoteRecord, 'revision' | 'history'>;

/** Content in a fixed order; tags as written (their order is the author's). */
function canonical(n: NoteContent): string {
  const a = n.anchor;
  const anchor =
    a.scope === 'figure'
      ? [a.scope, a.geo, a.item, a.measure, a.basis, a.period]
      : a.scope === 'series'
        ? [a.scope, a.geo, a.item, a.measure, a.basis]
        : [a.scope, a.from, a.to, a.geo, a.item, a.measure];
  const written = n.valueWhenWritten ? [n.valueWhenWritten.value, n.valueWhenWritten.decimals] : null;
  return JSON.stringify([n.id, anchor, n.text, n.author, n.tags, n.status, n.showOnCharts, written, n.createdAt, n.updatedAt, n.deletedAt]);
}

export function revisionOf(content: NoteContent): string {
  return createHash('sha256').update(canonical(content)).digest('hex').slice(0, 32);
}

/** The content with its revision, descending from `history` (earlier versions). */
export function withRevision(content: NoteContent, history: readonly string[]): NoteRecord {
  const revision = revisionOf(content);
  return { ...content, revision, history: [...new Set([...history, revision])] };
}
