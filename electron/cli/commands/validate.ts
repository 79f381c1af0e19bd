import { readSpreadsheetFolder } from '../../node/readSpreadsheetFolder';
import { formatProblem } from '../formatProblem';

export async function run(args: string[]): Promise<number> {
  const [folder] = args;
  if (!folder) {
    console.error('usage: kb validate <folder>');
    return 2;
  }
  const result = await readSpreadsheetFolder(folder);
  for (const notice of result.notices) console.error(`note: ${notice}`);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing accepted.`);
    return 1;
  }
  const counts = new Map<string, number>();
  for (const entry of result.entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  console.log(`valid: ${result.entries.length} entries (${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')})`);
  return 0;
}
