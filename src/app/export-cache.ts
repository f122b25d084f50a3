/**
 * Rendered exports kept in this process, by key, with their ETag: bounded in
 * bytes, the least recently used going first. `published-export.ts` says
 * what the keys are.
 */
import { etagOf, type ExportFile } from './export-file';

/** A cached export always carries its ETag. */
export type CachedExport = ExportFile & { etag: string };

export interface ExportCacheStats {
  /** Exports rendered: every miss, and every request when the cache is off. */
  renders: number;
  /** Requests answered by an export already rendered (or being rendered) for the same key. */
  hits: number;
  /** Exports kept. */
  entries: number;
  /** Their size, as counted against the cap. */
  bytes: number;
}

interface Entry {
  file: Promise<CachedExport>;
  /** 0 until rendered. */
  bytes: number;
}

/** What an entry costs besides its body: key, ETag, headers, objects (an estimate). */
const ENTRY_OVERHEAD_BYTES = 512;

const withEtag = (file: ExportFile): CachedExport => ({ ...file, etag: file.etag ?? etagOf(file.body) });

export class ExportCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private renders = 0;
  private hits = 0;

  /**
   * @param maxBytes cap on the UTF-8 size of the bodies kept (plus a small
   *   overhead each); an export larger than the cap is served, not kept. 0 turns
   *   the cache off.
   */
  constructor(private readonly maxBytes: number) {}

  /**
   * The export kept under `key`, or else the one `render` gives, kept. Requests
   * for a key being rendered wait for that rendering. A failed rendering is not kept.
   */
  async get(key: string, render: () => Promise<ExportFile>): Promise<CachedExport> {
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.file;
    }
    this.renders++;
    if (this.maxBytes === 0) return withEtag(await render());
    const entry: Entry = { file: render().then(withEtag), bytes: 0 };
    this.entries.set(key, entry);
    entry.file.then(
      (file) => this.rendered(key, entry, file),
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.file;
  }

  stats(): ExportCacheStats {
    return { renders: this.renders, hits: this.hits, entries: this.entries.size, bytes: this.bytes };
  }

  private rendered(key: string, entry: Entry, file: CachedExport): void {
    // Pushed out while it was being rendered.
    if (this.entries.get(key) !== entry) return;
    const bytes = Buffer.byteLength(file.body, 'utf8') + ENTRY_OVERHEAD_BYTES;
    if (bytes > this.maxBytes) {
      this.entries.delete(key);
      return;
    }
    entry.bytes = bytes;
    this.bytes += bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= old.bytes;
    }
  }
}
