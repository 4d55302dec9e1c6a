// Typed parse failures, so the crawler can record why a snapshot is missing instead of storing an
// empty list that looks like "nothing on the page".

export type SnapshotErrorReason = 'malformed-json' | 'missing-items' | 'not-a-list' | 'no-items-matched' | 'too-large';

export class SnapshotParseError extends Error {
  override name = 'SnapshotParseError';
  constructor(
    readonly reason: SnapshotErrorReason,
    message: string,
    /** The endpoint's list name, when the failure belongs to one list. */
    readonly list?: string,
  ) {
    super(message);
  }
}
