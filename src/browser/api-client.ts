/**
 * The JSON API, with a token (the cluster's or the organiser's) as a Bearer
 * header. Never throws: an answer is `{ status, body }`, with `status` 0 when
 * the server cannot be reached and `body` null when it is not JSON.
 */

export interface ApiResult<T> {
  status: number;
  body: T | null;
}

export interface ApiInit {
  /** @defaultValue `'GET'` */
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
}

export type Api = <T>(path: string, init?: ApiInit) => Promise<ApiResult<T>>;

const authorization = (token: string) => ({ Authorization: `Bearer ${token}` });

export function createApi(basePath: string, token: string): Api {
  return async <T>(path: string, init: ApiInit = {}): Promise<ApiResult<T>> => {
    const headers: Record<string, string> = { Accept: 'application/json', ...authorization(token) };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const res = await fetch(basePath + path, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        cache: 'no-store',
      });
      const body = (await res.json().catch(() => null)) as T | null;
      return { status: res.status, body };
    } catch {
      return { status: 0, body: null };
    }
  };
}

export interface FileResult {
  status: number;
  /** The file, when the answer is 200. */
  blob: Blob | null;
  /** The name the server gives it (`Content-Disposition`), if any. */
  filename: string | null;
}

/** `report.csv` from `attachment; filename="report.csv"` (or its `filename*=UTF-8''…` form). */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall back on the plain form
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}

/**
 * A file of the API (a calendar, a spreadsheet, a printable page) fetched
 * with the token as a header: routes that need it cannot be plain links.
 */
export async function fetchFile(basePath: string, token: string, path: string): Promise<FileResult> {
  try {
    const res = await fetch(basePath + path, { headers: authorization(token), cache: 'no-store' });
    if (res.status !== 200) return { status: res.status, blob: null, filename: null };
    return { status: 200, blob: await res.blob(), filename: filenameOf(res.headers.get('Content-Disposition')) };
  } catch {
    return { status: 0, blob: null, filename: null };
  }
}
