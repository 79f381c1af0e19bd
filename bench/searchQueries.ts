// The queries the search benchmark times: every keystroke of the planted queries and of common
// searches (as a user types them), plus hostile input that must stay fast.
import { PLANTED_QUERIES } from './plantedEntries';

const COMMON_SEARCHES = ['radar', 'thermal imaging', 'raddar', 'thermel imaging', 'रडार', 'ड्रोन निगरानी', 'ToT', 'TDF', 'UAV', 'bulletproof jacket', 'testing course', 'कवच'];

export const HOSTILE_QUERIES = [
  '',
  '     ',
  'radar '.repeat(1700).slice(0, 10_000),
  '.*+?^${}()|[]\\ (a+)+$',
  '\ud800\udfff\ud800 radar \udc00',
  'a b c d e f g h i j k l m n o p',
  'ज़ँ़़़़़़़़़',
];

/** Run untimed first, so the timed queries do not pay for the JIT; none of them is timed later. */
export const WARM_UP_QUERIES = ['sensor', 'jacket', 'antena', 'कैमरा', 'portable sonar', 'fuel pump', 'sim', 'drdl'];

/** "radar" → "r", "ra", "rad", "rada", "radar". */
export function keystrokes(text: string): string[] {
  const characters = Array.from(text);
  return characters.map((_, index) => characters.slice(0, index + 1).join(''));
}

export function timedQueries(): string[] {
  return [...PLANTED_QUERIES.map((query) => query.text), ...COMMON_SEARCHES].flatMap(keystrokes).concat(HOSTILE_QUERIES);
}
