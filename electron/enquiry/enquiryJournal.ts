// The enquiry log on disk: an append-only journal, one checksummed JSON line per change.
// `append()` resolves only after the line is fsynced, so the UI may then say "saved". Compaction
// rewrites the live log through writeFileDurably (temp → fsync → rename → fsync folder), so a crash
// at any moment leaves either the old journal or the new one, both complete.
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readFile, readdir, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeIssues } from '../../shared/enquiry/describeIssues';
import { enquirySchema, type Enquiry, type Timestamp } from '../../shared/enquiry/enquiry';
import { personalValues, type ErasureReason } from '../../shared/enquiry/personalData';
import { erasureRevisions, personTerms, scrubText, type PersonTerms } from '../../shared/enquiry/scrubPersonalText';
import type { EnquiryErrorCode } from '../../shared/enquiry/enquiryErrors';
import { mergeEnquiryInto } from '../../shared/enquiry/merge';
import { fsyncFolder, isErrorCode, writeFileDurably } from '../store/durableFile';
import { PRIVATE_FOLDER_MODE } from '../store/privateFolder';
import { EnquiryStoreError, toEnquiryStoreError } from './enquiryStoreError';
import { encodeJournalLine } from './journalLine';
import { acquireJournalLock, type JournalLock, type LockOptions } from './journalLock';
import { readJournalBytes, type DamagedLine } from './readJournal';

export interface EnquiryJournalOptions {
  /** Take the lock file `<path>.lock` (default). Only tests of the reader turn it off. */
  lock?: boolean;
  lockOptions?: LockOptions;
}

/**
 * Another store of the desk that may hold a person's details outside the journal (the search-miss
 * log: a name typed into the search box), erased with them (DPDP Act 2023 ss. 6(4), 8(7), 12).
 */
export interface PersonalDataCopies {
  /** Removes every trace of these values, durably, before it resolves. */
  forget(values: readonly string[]): Promise<unknown>;
}

export interface JournalStatus {
  writable: boolean;
  reason?: EnquiryErrorCode;
  count: number;
  recordCount: number;
  damagedLines: DamagedLine[];
  /** Lines in the old format-1 shape, read through the migration; compaction rewrites them. */
  migratedLines: number;
  /** Bytes of a torn last line (a write cut off by a crash, never acknowledged) left out when read. */
  tornBytesDropped: number;
}

async function readBytes(path: string): Promise<{ bytes: Uint8Array; exists: boolean }> {
  try {
    return { bytes: await readFile(path), exists: true };
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return { bytes: new Uint8Array(), exists: false };
    throw new EnquiryStoreError('enquiry/io', `Cannot read the enquiry log ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export class EnquiryJournal {
  private handle: FileHandle | undefined;
  private enquiries = new Map<string, Enquiry>();
  /** Bytes of the journal known to be whole lines; the next line is written here. */
  private size = 0;
  /** Bytes past `size` may hold a torn or failed write; cut them off before the next write. */
  private tailToCut = false;
  private tornBytesDropped = 0;
  private fileExists = false;
  private recordCount = 0;
  private migratedLines = 0;
  private damagedLines: DamagedLine[] = [];
  private lock: JournalLock | undefined;
  /** Why this process may not write, if it may not (checked again before each write). */
  private notWritable: EnquiryErrorCode | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Stores erased along with the journal (./openEnquiryLog.ts adds the search-miss log). */
  private readonly otherCopies: PersonalDataCopies[] = [];
  /** Told after every change of the log in memory: the ids changed, or 'all' when it was read again. */
  private readonly changeListeners = new Set<(changed: readonly string[] | 'all') => void>();

  private constructor(
    readonly path: string,
    private readonly options: EnquiryJournalOptions,
  ) {}

  /**
   * Opens (or starts) the journal at `path`. Reading never fails because of damage, and never
   * changes the file. If the log cannot be written (read-only disk, disk full, another process
   * holds it), it opens for reading and `status.reason` says why; each save tries again, and until
   * one succeeds it fails with that typed error.
   */
  static async open(path: string, options: EnquiryJournalOptions = {}): Promise<EnquiryJournal> {
    const journal = new EnquiryJournal(path, options);
    await journal.becomeWriter();
    try {
      await journal.load();
    } catch (error) {
      await journal.lock?.release();
      throw error;
    }
    return journal;
  }

  /** Makes the folder and takes the lock, or records why not. */
  private async becomeWriter(): Promise<void> {
    try {
      await mkdir(dirname(this.path), { recursive: true, mode: PRIVATE_FOLDER_MODE });
      if (this.options.lock !== false && this.lock === undefined) {
        const attempt = await acquireJournalLock(`${this.path}.lock`, this.options.lockOptions);
        if (attempt.state === 'busy') {
          this.notWritable = 'enquiry/locked';
          return;
        }
        this.lock = attempt.lock;
        await removeLeftoverTemporaries(this.path);
      }
      this.notWritable = undefined;
    } catch (error) {
      this.notWritable = toEnquiryStoreError(error, 'opening the enquiry log').code;
    }
  }

  /** (Re)reads the whole journal: at open, and when this process becomes the writer late. */
  private async load(): Promise<void> {
    const { bytes, exists } = await readBytes(this.path);
    const contents = readJournalBytes(bytes);
    this.enquiries = contents.enquiries;
    this.size = contents.completeLength;
    this.tailToCut = contents.tornLength > 0;
    this.tornBytesDropped = contents.tornLength;
    this.fileExists = exists;
    this.recordCount = contents.recordCount;
    this.migratedLines = contents.migratedCount;
    this.damagedLines = contents.damagedLines;
    for (const listener of this.changeListeners) listener('all');
  }

  /** Calls `listener` after each change of the log in memory (for an index kept beside it, ./personIndex.ts). */
  onChange(listener: (changed: readonly string[] | 'all') => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Every later erasure also forgets the values in `copies`, before the journal is changed. */
  alsoEraseFrom(copies: PersonalDataCopies): void {
    this.otherCopies.push(copies);
  }

  get status(): JournalStatus {
    return {
      writable: this.notWritable === undefined,
      ...(this.notWritable === undefined ? {} : { reason: this.notWritable }),
      count: this.enquiries.size,
      recordCount: this.recordCount,
      damagedLines: [...this.damagedLines],
      migratedLines: this.migratedLines,
      tornBytesDropped: this.tornBytesDropped,
    };
  }

  list(): Enquiry[] {
    return [...this.enquiries.values()];
  }

  get(id: string): Enquiry | undefined {
    return this.enquiries.get(id);
  }

  /**
   * Writes the enquiries (each a whole version) as journal lines in one write and one fsync, and
   * only then adds them to the log. On failure nothing is added, the file is cut back to its last
   * whole line, and the error is an EnquiryStoreError ("not saved"). Each enquiry is first checked
   * (and normalised, e.g. trimmed) by the schema the reader uses, so the log in memory is exactly
   * what a replay of the file gives.
   */
  append(given: readonly Enquiry[]): Promise<void> {
    return this.serially(() => this.appendNow(given));
  }

  private async appendNow(given: readonly Enquiry[]): Promise<void> {
    const enquiries = given.map(checked);
    await this.ensureWritable();
    if (enquiries.length === 0) return;
    const bytes = Buffer.from(enquiries.map(encodeJournalLine).join(''), 'utf8');
    const handle = await this.writeHandle();
    try {
      if (this.tailToCut) {
        await handle.truncate(this.size);
        this.tailToCut = false;
      }
      let written = 0;
      while (written < bytes.length) {
        const result = await handle.write(bytes, written, bytes.length - written, this.size + written);
        written += result.bytesWritten;
      }
      await handle.sync();
    } catch (error) {
      this.tailToCut = true;
      await handle.truncate(this.size).then(
        () => {
          this.tailToCut = false;
        },
        () => undefined,
      );
      throw toEnquiryStoreError(error, 'saving the enquiry');
    }
    this.size += bytes.length;
    this.recordCount += enquiries.length;
    for (const enquiry of enquiries) mergeEnquiryInto(this.enquiries, enquiry);
    const changed = enquiries.map((enquiry) => enquiry.id);
    for (const listener of this.changeListeners) listener(changed);
  }

  /** True when the journal holds many more lines than enquiries (old revisions, damaged lines), or old-format lines. */
  get worthCompacting(): boolean {
    return this.migratedLines > 0 || this.recordCount + this.damagedLines.length > 2 * this.enquiries.size + 100;
  }

  /**
   * Rewrites the journal as one line per enquiry. A journal with damaged lines is first copied
   * aside whole (`<path>.damaged-<time>`), so compaction never destroys what might be recovered.
   */
  compact(): Promise<void> {
    return this.serially(() => this.compactNow());
  }

  private async compactNow(): Promise<void> {
    await this.ensureWritable();
    try {
      await this.closeHandle();
      if (this.damagedLines.length > 0 && this.fileExists) {
        const aside = `${this.path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        await copyFile(this.path, aside, constants.COPYFILE_EXCL);
        const copy = await open(aside, 'r+');
        try {
          await copy.sync();
        } finally {
          await copy.close();
        }
        await fsyncFolder(dirname(this.path));
      }
      const ordered = [...this.enquiries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const bytes = Buffer.from(ordered.map(encodeJournalLine).join(''), 'utf8');
      await writeFileDurably(this.path, bytes);
      this.size = bytes.length;
      this.tailToCut = false;
      this.fileExists = true;
      this.recordCount = ordered.length;
      this.migratedLines = 0;
      this.damagedLines = [];
    } catch (error) {
      throw toEnquiryStoreError(error, 'compacting the enquiry log');
    }
  }

  /**
   * True when an erased enquiry's older revisions may still be in the file: an erasure cut short
   * by a crash after its new revisions were written. Opening the log then compacts at once.
   */
  get holdsErasedLeftovers(): boolean {
    return this.recordCount > this.enquiries.size && [...this.enquiries.values()].some((enquiry) => enquiry.personalDataErased !== undefined);
  }

  /**
   * Erases the name, phone and e-mail of these enquiries from every file the log keeps (DPDP Act
   * 2023 s. 12 on request, s. 8(7) when retention ends), keeping the rest as statistics; the same
   * values typed into the free text of any enquiry are replaced by "[erased]". In order,
   * so that a crash at any step leaves the log whole and the erasure either not done or finished
   * at the next open: (1) compact first if there are damaged lines, so their copy aside is made while
   * the values to scrub are still known; (2) scrub those values from every copy aside, and from the
   * other stores that may hold them (alsoEraseFrom); (3) append the erased revisions (fsynced);
   * (4) compact, so no older revision is left in the journal. Steps 1 and 2 come first because
   * after step 3 the values are no longer known to this log: a crash after it is finished at the
   * next open without them.
   */
  /**
   * `edited`: for an enquiry whose consent is withdrawn in an edit, the officer's edited version
   * (already without details) is the erased revision, so the edit and the erasure are one write.
   */
  erase(ids: readonly string[], at: Timestamp, reason: ErasureReason, edited?: ReadonlyMap<string, Enquiry>): Promise<Enquiry[]> {
    return this.serially(async () => {
      await this.ensureWritable();
      const chosen = ids.map((id) => this.enquiries.get(id)).filter((enquiry): enquiry is Enquiry => enquiry !== undefined);
      if (chosen.length === 0) return [];
      const values = personalValues(chosen);
      if (this.damagedLines.length > 0) await this.compactNow();
      try {
        await scrubCopiesAside(this.path, values, personTerms(chosen));
      } catch (error) {
        throw toEnquiryStoreError(error, 'erasing from the copies of a damaged enquiry log');
      }
      try {
        for (const copies of this.otherCopies) await copies.forget(values);
      } catch (error) {
        throw toEnquiryStoreError(error, 'erasing from the search-miss log');
      }
      // Their values typed into free text go too: in these enquiries, and in any other that names them.
      const { erased, scrubbedOthers } = erasureRevisions([...this.enquiries.values()], chosen, at, reason, edited);
      await this.appendNow([...erased, ...scrubbedOthers]);
      await this.compactNow();
      return erased.map((enquiry) => this.enquiries.get(enquiry.id) ?? enquiry);
    });
  }

  /** Waits for pending writes, closes the file and releases the lock. */
  close(): Promise<void> {
    return this.serially(async () => {
      this.closed = true;
      await this.closeHandle();
      await this.lock?.release();
    });
  }

  private async ensureWritable(): Promise<void> {
    if (this.closed) throw new EnquiryStoreError('enquiry/io', 'Not saved: the enquiry log is closed');
    if (this.notWritable !== undefined) {
      await this.becomeWriter();
      // Another process may have written since this one read the file: start from its end.
      if (this.notWritable === undefined) await this.load();
    }
    if (this.notWritable === 'enquiry/locked') throw new EnquiryStoreError('enquiry/locked', 'Not saved: another copy of the app is using the enquiry log');
    if (this.notWritable !== undefined) throw new EnquiryStoreError(this.notWritable, 'Not saved: the enquiry log cannot be written here');
  }

  private async writeHandle(): Promise<FileHandle> {
    if (this.handle !== undefined) return this.handle;
    try {
      this.handle = await open(this.path, constants.O_RDWR | constants.O_CREAT, 0o600);
      if (!this.fileExists) {
        // A new file's name must be durable too, or a power cut could lose the whole journal.
        await fsyncFolder(dirname(this.path));
        this.fileExists = true;
      }
    } catch (error) {
      await this.closeHandle();
      throw toEnquiryStoreError(error, 'opening the enquiry log for writing');
    }
    return this.handle;
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close().catch(() => undefined);
  }

  /** Runs one operation at a time, in call order, so writes and compaction never interleave. */
  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function checked(enquiry: Enquiry): Enquiry {
  const parsed = enquirySchema.safeParse(enquiry);
  if (!parsed.success) throw new EnquiryStoreError('enquiry/invalid', `Not saved: the enquiry is not valid:\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The copies compaction set aside (`<journal>.damaged-<time>`), every erased value replaced. */
async function scrubCopiesAside(path: string, values: readonly string[], terms: PersonTerms): Promise<void> {
  if (values.length === 0) return;
  const folder = dirname(path);
  const prefix = `${basename(path)}.damaged-`;
  const names = (await readdir(folder)).filter((name) => name.startsWith(prefix));
  // A damaged line is not JSON to parse, so the values are replaced as bytes, in both the form
  // JSON wrote them (escaped) and as typed, longest first so no part of a longer value is left.
  const forms = [...new Set(values.flatMap((value) => [JSON.stringify(value).slice(1, -1), value]))].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const copy = join(folder, name);
    const text = await readFile(copy, 'utf8');
    let scrubbed = text;
    for (const form of forms) scrubbed = scrubbed.split(form).join('[erased]');
    // And what was typed in free text in another way (a phone with other spacing, an e-mail in capitals).
    scrubbed = scrubText(scrubbed, terms);
    if (scrubbed !== text) await writeFileDurably(copy, Buffer.from(scrubbed, 'utf8'));
  }
}

/** writeFileDurably's temp files from a compaction cut short by a crash. */
async function removeLeftoverTemporaries(path: string): Promise<void> {
  const folder = dirname(path);
  const prefix = `.${basename(path)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp')).map((name) => unlink(join(folder, name)).catch(() => undefined)));
}
