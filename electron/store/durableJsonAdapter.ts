// A lowdb adapter over durableFile: lowdb keeps its API (db.data, db.write()), we keep the data.
import type { Adapter } from 'lowdb';
import type { ZodType } from 'zod';
import { readFileDurably, writeFileDurably, type DurableRead } from './durableFile';

export class DurableJsonAdapter<T> implements Adapter<T> {
  /** What the last read found, so the shell can tell the user when a damaged file was set aside. */
  lastRead: DurableRead<T> | undefined;

  constructor(
    private readonly path: string,
    private readonly schema: ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    this.lastRead = await readFileDurably(this.path, (text) => this.schema.parse(JSON.parse(text)));
    if (this.lastRead.state === 'unreadable') {
      throw new Error(this.lastRead.reason + (this.lastRead.damagedCopy ? `; it was kept as ${this.lastRead.damagedCopy}` : ''));
    }
    return this.lastRead.state === 'missing' ? null : this.lastRead.value;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data, null, 1), { keepBackup: true });
  }
}
