/**
 * A connection to Redis that closes in the middle of a transaction (Redis
 * SIGKILLed after answering part of a MULTI): ioredis rejects it with an
 * `AbortError`, which the API answers 503 `unavailable`, never 500.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { toAppError } from '../../src/http/error-handler';

let server: Server;
let port: number;
const sockets = new Set<Socket>();

/** Answers every command +OK, except that inside a MULTI it queues one command and then drops the connection. */
beforeAll(async () => {
  server = createServer((socket) => {
    sockets.add(socket);
    let inMulti = false;
    socket.on('data', (data) => {
      const lines = data.toString('latin1').split('\r\n');
      // A command's name is the first bulk string after its array header.
      const names = lines.filter((_, i) => i >= 2 && /^\*\d+$/.test(lines[i - 2]) && /^\$\d+$/.test(lines[i - 1]));
      for (const name of names) {
        if (/^multi$/i.test(name)) {
          socket.write('+OK\r\n');
          inMulti = true;
        } else if (inMulti) {
          socket.write('+QUEUED\r\n');
          setTimeout(() => socket.destroy(), 20);
          return;
        } else socket.write('+OK\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

it('answers 503 unavailable, not 500, when the connection closes in the middle of a transaction', async () => {
  const redis = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 2, enableReadyCheck: false, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    const error = await redis.multi().get('a').get('b').hmget('c', 'x').exec().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/connection close/);
    const appError = toAppError(error);
    expect({ status: appError.httpStatus, code: appError.code }).toEqual({ status: 503, code: 'unavailable' });
  } finally {
    redis.disconnect();
  }
});
