// The catalogue snapshot as the bytes every transport sends: serialised once per snapshot object
// (the largest answer by far: 45 MB at 50,000 entries), with an ETag from its content.
import { createHash } from 'node:crypto';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';

export interface SerialisedSnapshot {
  /** The JSON Result `{"ok":true,"value":<snapshot>}`, as the `catalogue:snapshot` channel answers. */
  body: Buffer;
  etag: string;
  /** gzip of body, once made (only for clients across a network: a local page gains nothing). */
  gzipped?: Buffer;
  gzipping?: boolean;
}

const serialised = new WeakMap<object, SerialisedSnapshot>();

export function serialisedSnapshot(snapshot: CatalogueSnapshot): SerialisedSnapshot {
  let cached = serialised.get(snapshot);
  if (!cached) {
    const body = Buffer.from(JSON.stringify({ ok: true, value: snapshot }), 'utf8');
    cached = { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
    serialised.set(snapshot, cached);
  }
  return cached;
}
