/**
 * What Node's HTTP parser refuses before the app (headers over 16 KB, a
 * malformed request) is answered in the API's error format, with no stack.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { answerClientErrors } from '../../src/http/client-errors';
import { startHarness, type Harness } from './harness';

let h: Harness;
let server: Server;
let port: number;

beforeAll(async () => {
  h = await startHarness('client-errors');
  server = createServer(h.app);
  answerClientErrors(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await h.stop();
});

/** Sends `raw` on a new connection and returns all that comes back. */
function exchange(raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    socket.write(raw);
  });
}

const parse = (text: string) => {
  const [head, body] = text.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head, body: JSON.parse(body) };
};

describe("requests Node's parser refuses", () => {
  it('answers headers over 16 KB with 431 in the error format', async () => {
    const res = parse(await exchange(`GET /api/events HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(res.status).toBe(431);
    expect(res.head).toMatch(/content-type: application\/json/i);
    expect(res.body).toEqual({ error: { code: 'headers_too_large', message: expect.stringContaining('16 KB'), details: [] } });
  });

  it('answers a malformed request with 400 in the error format', async () => {
    const res = parse(await exchange('NOT A REQUEST\r\n\r\n'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(JSON.stringify(res.body)).not.toMatch(/at |\.js|HPE_/);
  });

  it('still serves a normal request after them', async () => {
    const res = await exchange('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(res).toMatch(/^HTTP\/1.1 200 OK/);
  });
});
