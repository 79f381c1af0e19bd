// What changed in one catalogue entry between two versions, field by field, as text to show old
// beside new on What's new (a fee from 15000 to 17500, a new contact). Localised texts and other
// nested objects are compared per part (`title.hi`, `fee.amount`), lists as a whole.

export interface FieldChange {
  /** The field's path in the entry, e.g. `fee` or `summary.hi`. */
  field: string;
  /** Absent where the field was not set before (or is not set after). */
  before?: string;
  after?: string;
}

/** The entry's own bookkeeping changes with every edit and says nothing to a reader. */
const IGNORED_FIELDS = new Set(['updated']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map((item) => (isPlainObject(item) ? JSON.stringify(item) : String(item))).join('; ');
  if (isPlainObject(value)) return JSON.stringify(value);
  return String(value);
}

function collect(path: string, before: unknown, after: unknown, into: FieldChange[]): void {
  if (isPlainObject(before) || isPlainObject(after)) {
    const left = isPlainObject(before) ? before : {};
    const right = isPlainObject(after) ? after : {};
    for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) collect(path === '' ? key : `${path}.${key}`, left[key], right[key], into);
    return;
  }
  const was = shown(before);
  const now = shown(after);
  if (was === now) return;
  into.push({ field: path, ...(was !== undefined ? { before: was } : {}), ...(now !== undefined ? { after: now } : {}) });
}

/** The changed fields of an entry, in a stable order (by field path); [] when nothing visible changed. */
export function entryFieldDiff(before: object, after: object): FieldChange[] {
  const changes: FieldChange[] = [];
  const left = before as Record<string, unknown>;
  const right = after as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
    if (!IGNORED_FIELDS.has(key)) collect(key, left[key], right[key], changes);
  }
  return changes;
}
