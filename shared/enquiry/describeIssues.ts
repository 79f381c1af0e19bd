// A zod failure as one readable line per problem, naming the field: `enquiries[2].email: must be an e-mail …`.
import type { z } from 'zod';

export function describeIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? String(part) : `${text}.${String(part)}`), '');
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  const more = error.issues.length - limit;
  if (more > 0) lines.push(`… and ${more} more`);
  return lines.join('\n');
}
