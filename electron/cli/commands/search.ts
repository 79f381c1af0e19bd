// `kb search "<query>" [--kind K] [--lab L] [--catalogue <folder>] [--limit N] [--today YYYY-MM-DD] [--json]`
import { fileURLToPath } from 'node:url';
import { todayIso } from '../../../shared/catalogue/catalogue';
import { ENTRY_KINDS, isoDateSchema, type CatalogueEntry, type EntryKind, type IsoDate } from '../../../shared/catalogue/entry';
import type { Glossary } from '../../../shared/catalogue/glossary';
import { createSearchEngine } from '../../../shared/search/engine';
import type { SearchHit } from '../../../shared/search/types';
import { readSpreadsheetFolder } from '../../node/readSpreadsheetFolder';
import { formatProblem } from '../formatProblem';

const USAGE = `usage: kb search "<query>" [--kind ${ENTRY_KINDS.join('|')}] [--lab CODE] [--catalogue <folder>] [--limit N] [--today YYYY-MM-DD] [--json]
  --kind and --lab may be given more than once; the default catalogue is the bundled one.`;

export const BUNDLED_CATALOGUE = fileURLToPath(new URL('../../../resources/catalogue', import.meta.url));

interface SearchArguments {
  query: string;
  kinds: EntryKind[];
  labs: string[];
  catalogue: string;
  limit: number;
  today: IsoDate;
  json: boolean;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    console.error(`kb search: ${parsed}\n${USAGE}`);
    return 2;
  }
  const loaded = await loadCatalogue(parsed.catalogue);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(problem);
    console.error(`kb search: the catalogue at ${parsed.catalogue} has ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}; fix them first (kb validate shows the same list).`);
    return 1;
  }
  const engine = createSearchEngine(loaded.entries, { today: parsed.today, glossary: loaded.glossary.groups });
  const result = engine.search({ text: parsed.query, limit: parsed.limit, filters: { kinds: parsed.kinds, labs: parsed.labs } });
  if (parsed.json) {
    console.log(JSON.stringify(result.hits.map(toJson), null, 2));
    return 0;
  }
  if (result.hits.length === 0) {
    console.log('No entries found.');
    const tried = engine.search({ text: parsed.query, limit: 0, filters: { kinds: parsed.kinds, labs: parsed.labs }, suggest: true });
    if (tried.suggestions?.length) console.log(`Did you mean: ${tried.suggestions.map((text) => `"${text}"`).join(', ')}?`);
    if (tried.browseDomains?.length) console.log(`Or browse: ${tried.browseDomains.join(', ')}.`);
    return 0;
  }
  const kindWidth = Math.max(...result.hits.map((hit) => hit.kind.length));
  const idWidth = Math.max(...result.hits.map((hit) => hit.id.length));
  result.hits.forEach((hit, index) => {
    console.log(`${String(index + 1).padStart(3)}. ${hit.kind.padEnd(kindWidth)}  ${hit.id.padEnd(idWidth)}  ${hit.entry.title.en}  [${hit.entry.lab}]`);
  });
  console.log(`${result.total} match${result.total === 1 ? '' : 'es'}${result.total > result.hits.length ? `, best ${result.hits.length} shown` : ''}.`);
  return 0;
}

/**
 * Where the command's catalogue comes from. Today the bundled spreadsheet folder (or the one given);
 * when the bundled catalogue becomes a signed feed, only this function changes.
 */
export async function loadCatalogue(folder: string): Promise<{ ok: true; entries: CatalogueEntry[]; glossary: Glossary } | { ok: false; problems: string[] }> {
  const result = await readSpreadsheetFolder(folder);
  return result.ok ? { ok: true, entries: result.entries, glossary: result.glossary } : { ok: false, problems: result.problems.map(formatProblem) };
}

function toJson(hit: SearchHit) {
  return {
    id: hit.id,
    kind: hit.kind,
    title: hit.entry.title.en,
    ...(hit.entry.title.hi === undefined ? {} : { titleHi: hit.entry.title.hi }),
    lab: hit.entry.lab,
    score: Math.round(hit.score * 10_000) / 10_000,
    summary: hit.entry.summary.en,
  };
}

function parseArguments(args: string[]): SearchArguments | string {
  const parsed: SearchArguments = { query: '', kinds: [], labs: [], catalogue: BUNDLED_CATALOGUE, limit: 20, today: todayIso(), json: false };
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    const value = () => {
      const next = args[index + 1];
      index += 1;
      return next;
    };
    switch (argument) {
      case '--json':
        parsed.json = true;
        break;
      case '--kind': {
        const kind = value();
        if (!ENTRY_KINDS.includes(kind as EntryKind)) return `--kind wants one of ${ENTRY_KINDS.join(', ')}${kind === undefined ? '' : `, not "${kind}"`}`;
        parsed.kinds.push(kind as EntryKind);
        break;
      }
      case '--lab': {
        const lab = value();
        if (!lab || lab.startsWith('--')) return '--lab wants a lab code, e.g. --lab DTTC';
        parsed.labs.push(lab);
        break;
      }
      case '--catalogue': {
        const folder = value();
        if (!folder || folder.startsWith('--')) return '--catalogue wants a spreadsheet folder';
        parsed.catalogue = folder;
        break;
      }
      case '--limit': {
        const limit = Number(value());
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return '--limit wants a whole number from 1 to 1000';
        parsed.limit = limit;
        break;
      }
      case '--today': {
        const today = isoDateSchema.safeParse(value());
        if (!today.success) return '--today wants a real date written YYYY-MM-DD';
        parsed.today = today.data;
        break;
      }
      default:
        if (argument.startsWith('--')) return `unknown option "${argument}"`;
        positional.push(argument);
    }
  }
  if (positional.length !== 1) return positional.length === 0 ? 'give the query (use "" to list everything)' : `give one query in quotes, not ${positional.length} words`;
  parsed.query = positional[0]!;
  return parsed;
}
