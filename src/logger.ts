/**
 * Structured JSON logs (pino). Tokens never reach them: requests are logged
 * by path, without their query string.
 */
import pino from 'pino';

export type Logger = pino.Logger;

/**
 * @param level a pino level, or `silent`
 * @param destination where the JSON lines go. @defaultValue stdout
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: { service: 'maillage' } };
  return destination ? pino(options, destination) : pino(options);
}
