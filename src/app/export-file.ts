/**
 * What the export use cases return: a whole file, its type, its name and
 * when its content last changed; the HTTP layer adds validators and headers.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_LANG } from '../i18n/lang';

export interface ExportFile {
  body: string;
  /** Served as UTF-8. */
  mediaType: 'text/calendar' | 'text/csv' | 'text/html';
  /** Letters, digits, `.`, `_` and `-` only (built from ids). */
  fileName: string;
  /** `inline` for a page to show, `attachment` for a file to save or import. */
  disposition: 'inline' | 'attachment';
  /** When the schedule it comes from was stored: the same schedule always gives the same bytes. */
  modifiedAt: Date;
  /** `etagOf(body)`, when already known (a cached export); otherwise the HTTP layer computes it. */
  etag?: string;
}

/** A strong entity tag: the SHA-256 of the bytes, quoted. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
}

/** `?lang=` of every export. Other parameters (such as `token`) are ignored. */
export const exportQuerySchema = z.object({
  lang: z.enum(['fr', 'en'], { error: 'must be "fr" or "en"' }).default(DEFAULT_LANG),
});

/**
 * `?lang=` and `?version=draft|published` of the organiser's exports: the
 * draft renders the schedule under review as it would be published.
 * Clusters' exports never take it.
 */
export const organiserExportQuerySchema = exportQuerySchema.extend({
  version: z.enum(['draft', 'published'], { error: 'must be "draft" or "published"' }).default('published'),
});
