// One spelling per value, so publishing the same catalogue twice gives byte-identical files (and
// the same hashes): object keys sorted, undefined members left out, no whitespace; or a two-space
// indent (and a final newline) for the small files people read (keys.json, manifest.json).
export function canonicalJson(value: unknown, indent: 0 | 2 = 0): string {
  return JSON.stringify(sortKeys(value), null, indent) + (indent ? '\n' : '');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // fromEntries defines own properties, so a "__proto__" key stays data instead of setting the prototype.
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .filter((key) => record[key] !== undefined)
        .map((key) => [key, sortKeys(record[key])]),
    );
  }
  return value;
}
