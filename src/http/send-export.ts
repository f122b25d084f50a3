/**
 * Sends an export with its validators: a strong ETag (hash of the bytes) and
 * `Last-Modified` (when the schedule was stored), answering 304 to a matching
 * `If-None-Match` or `If-Modified-Since`, so that subscribed calendars poll cheaply.
 */
import type { Request, Response } from 'express';
import { etagOf, type ExportFile } from '../app/export-file';

/**
 * The printable pages are standalone: an inline stylesheet, no script, no other
 * resource. This replaces helmet's default policy for them only.
 */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export function sendExport(req: Request, res: Response, file: ExportFile): void {
  res.set({
    ETag: file.etag ?? etagOf(file.body),
    'Last-Modified': file.modifiedAt.toUTCString(),
    // Caches may keep it (a token opened it: private ones only) but must ask again each time.
    'Cache-Control': 'private, no-cache',
  });
  // `req.fresh` follows RFC 9110: If-None-Match when present, else If-Modified-Since.
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const fileName = file.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  res.set({
    'Content-Type': `${file.mediaType}; charset=utf-8`,
    'Content-Disposition': `${file.disposition}; filename="${fileName}"`,
  });
  if (file.mediaType === 'text/html') res.set('Content-Security-Policy', PRINT_CSP);
  res.send(file.body);
}
