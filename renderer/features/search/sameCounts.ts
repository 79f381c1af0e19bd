// Counts arrive as fresh objects with every answer (they cross from the worker by copy); the chips
// and filters compare them by value so that unchanged counts do not render again.
export function sameCounts(first: Readonly<Record<string, number>> | undefined, second: Readonly<Record<string, number>> | undefined): boolean {
  if (first === second) return true;
  if (!first || !second) return false;
  const names = Object.keys(first);
  return names.length === Object.keys(second).length && names.every((name) => first[name] === second[name]);
}
