// A hash table from a word as written (a range of some text) to a number, looked up without
// cutting the word out of the text: indexing meets millions of words but few distinct spellings,
// and slicing each one first made garbage collection the largest cost of building the index.
export class SpellingTable {
  /** FNV-1a's offset basis and prime: a caller that hashes a word while scanning it passes the hash to getHashed. */
  static readonly HASH_SEED = 0x811c9dc5;
  static readonly HASH_PRIME = 0x01000193;
  private slots = new Int32Array(1 << 14).fill(-1);
  private readonly spellings: string[] = [];
  private readonly values: number[] = [];

  /** The value stored for text[start, end), or undefined. */
  get(text: string, start: number, end: number): number | undefined {
    return this.getHashed(text, start, end, hashRange(text, start, end));
  }

  /** As get, with `hash` the FNV-1a hash of text[start, end) (unsigned). */
  getHashed(text: string, start: number, end: number, hash: number): number | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === -1) return undefined;
      if (sameRange(this.spellings[index]!, text, start, end)) return this.values[index];
    }
  }

  set(spelling: string, value: number): void {
    if ((this.spellings.length + 1) * 2 > this.slots.length) this.resize();
    this.place(spelling, this.spellings.length);
    this.spellings.push(spelling);
    this.values.push(value);
  }

  private place(spelling: string, index: number): void {
    const mask = this.slots.length - 1;
    let slot = hashRange(spelling, 0, spelling.length) & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = index;
  }

  private resize(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.spellings.forEach((spelling, index) => this.place(spelling, index));
  }
}

/** FNV-1a over UTF-16 code units. */
function hashRange(text: string, start: number, end: number): number {
  let hash = SpellingTable.HASH_SEED;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), SpellingTable.HASH_PRIME);
  return hash >>> 0;
}

function sameRange(spelling: string, text: string, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let index = 0; index < spelling.length; index++) if (spelling.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
