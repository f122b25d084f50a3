/**
 * Requests that Node's HTTP parser refuses before the app sees them (headers
 * over its 16 KB limit, a malformed request line): answered in the API's
 * error format rather than with Node's bare status line.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from '../app/errors';

function answer(socket: Duplex, error: AppError): void {
  const body = JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } });
  socket.end(
    `HTTP/1.1 ${error.httpStatus} ${STATUS_CODES[error.httpStatus]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n' +
      body,
  );
}

/** What the parser's error says, as the API's error. */
function parserError(error: NodeJS.ErrnoException): AppError {
  if (error.code === 'HPE_HEADER_OVERFLOW') return new AppError('headers_too_large', 'the request line and headers are larger than the limit of 16 KB');
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new AppError('request_timeout', 'the request took too long to arrive');
  return new AppError('bad_request', 'malformed HTTP request');
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection reset or a request already half-answered: nothing can be written.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    answer(socket, parserError(error));
  });
}
