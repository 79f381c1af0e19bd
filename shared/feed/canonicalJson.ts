// One spelling per value, so publishing the same catalogue twice gives byte-identical files (and
// the same hashes): object keys sorted, no undefined members, no whitespace in objects, an optional
// two-space indent for the small human-read files (keys.json, manifest.json).
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue | undefined };

export function canonicalJson(value: unknown, indent: 0 | 2 = 0): string {
  return JSON.stringify(sortKeys(value), null, indent) + (indent ? '\n' : '');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeys(member);
    }
    return sorted;
  }
  return value;
}
