/**
 * The JSON API, with the cluster's token as a Bearer header. Never throws:
 * an answer is `{ status, body }`, with `status` 0 when the server cannot be
 * reached and `body` null when it is not JSON.
 */

export interface ApiResult<T> {
  status: number;
  body: T | null;
}

export type Api = <T>(path: string, init?: { method?: 'GET' | 'POST'; body?: unknown }) => Promise<ApiResult<T>>;

export function createApi(basePath: string, token: string): Api {
  return async <T>(path: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<ApiResult<T>> => {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
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

