import { etagOf, type ExportFile } from '../../src/app/export-file';
import { ExportCache } from '../../src/app/export-cache';

const file = (body: string): ExportFile => ({
  body,
  mediaType: 'text/calendar',
  fileName: 'x.ics',
  disposition: 'attachment',
  modifiedAt: new Date('2026-03-01T09:00:00Z'),
});

/** A render function that counts its calls. */
function renderer(body: string) {
  const render = async () => {
    render.calls++;
    return file(body);
  };
  render.calls = 0;
  return render;
}

/** A body of `kib` KiB, which the cache counts with 512 bytes of overhead. */
const bodyOf = (kib: number, fill = 'x') => fill.repeat(kib * 1024);

describe('ExportCache', () => {
  it('renders a key once and serves it again with the ETag of its bytes', async () => {
    const cache = new ExportCache(1024 * 1024);
    const render = renderer('BEGIN:VCALENDAR');
    const first = await cache.get('k', render);
    const second = await cache.get('k', render);
    expect(render.calls).toBe(1);
    expect(second).toBe(first);
    expect(first.etag).toBe(etagOf('BEGIN:VCALENDAR'));
    expect(cache.stats()).toMatchObject({ renders: 1, hits: 1, entries: 1 });
  });

  it('renders once for requests that arrive while the key is being rendered', async () => {
    const cache = new ExportCache(1024 * 1024);
    const render = renderer('body');
    const files = await Promise.all([cache.get('k', render), cache.get('k', render), cache.get('k', render)]);
    expect(render.calls).toBe(1);
    expect(new Set(files.map((f) => f.etag)).size).toBe(1);
  });

  it('keeps keys apart', async () => {
    const cache = new ExportCache(1024 * 1024);
    expect((await cache.get('fr', renderer('bonjour'))).body).toBe('bonjour');
    expect((await cache.get('en', renderer('hello'))).body).toBe('hello');
    expect((await cache.get('fr', renderer('never rendered'))).body).toBe('bonjour');
  });

  it('does not keep a failed rendering: the next request tries again', async () => {
    const cache = new ExportCache(1024 * 1024);
    await expect(cache.get('k', async () => Promise.reject(new Error('not found')))).rejects.toThrow('not found');
    const render = renderer('now there');
    expect((await cache.get('k', render)).body).toBe('now there');
    expect(render.calls).toBe(1);
    expect(cache.stats().entries).toBe(1);
  });

  it('stays within its cap, pushing out the least recently used first', async () => {
    // Room for three bodies of 10 KiB with their overhead, not four.
    const cache = new ExportCache(3 * (10 * 1024 + 512) + 100);
    for (const key of ['a', 'b', 'c']) await cache.get(key, renderer(bodyOf(10, key)));
    await cache.get('a', renderer('unused'));
    await cache.get('d', renderer(bodyOf(10, 'd')));
    expect(cache.stats()).toMatchObject({ entries: 3, bytes: 3 * (10 * 1024 + 512) });
    // b was the least recently used: rendered again; a, c and d were kept.
    for (const key of ['a', 'c', 'd']) {
      const again = renderer('unused');
      expect((await cache.get(key, again)).body).toBe(bodyOf(10, key));
      expect(again.calls).toBe(0);
    }
    const b = renderer('b again');
    expect((await cache.get('b', b)).body).toBe('b again');
    expect(b.calls).toBe(1);
  });

  it('serves an export larger than its cap without keeping it or dropping the others', async () => {
    const cache = new ExportCache(20 * 1024);
    await cache.get('small', renderer('small'));
    const huge = renderer(bodyOf(30));
    expect((await cache.get('huge', huge)).body).toHaveLength(30 * 1024);
    await cache.get('huge', huge);
    expect(huge.calls).toBe(2);
    expect(cache.stats().entries).toBe(1);
  });

  it('counts the UTF-8 bytes of the bodies', async () => {
    const cache = new ExportCache(1024 * 1024);
    await cache.get('k', renderer('é'.repeat(100)));
    expect(cache.stats().bytes).toBe(200 + 512);
  });

  it('renders at every request when its cap is 0', async () => {
    const cache = new ExportCache(0);
    const render = renderer('body');
    const [first, second] = [await cache.get('k', render), await cache.get('k', render)];
    expect(render.calls).toBe(2);
    expect(second.etag).toBe(first.etag);
    expect(cache.stats()).toEqual({ renders: 2, hits: 0, entries: 0, bytes: 0 });
  });
});
