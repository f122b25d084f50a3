/**
 * Structured JSON logs (pino). Tokens never reach them: requests are logged
 * by path, without their query string.
 */
import pino from 'pino';

export type Logger = pino.Logger;

/** @param level a pino level, or `silent` */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'maillage' } });
}
