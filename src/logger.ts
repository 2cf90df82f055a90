/** Structured JSON logs (pino) on stderr, so stdout stays free for command output such as `extract --json`. */
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'diplograph' } }, pino.destination(2));
}

export type { Logger };
