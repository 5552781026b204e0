import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogSettings } from '../config.ts';

export type { Logger } from 'pino';

/**
 * Secrets can reach a log line only through an object someone logs by mistake; these paths are masked
 * wherever they appear (the request serializer never includes headers or bodies in the first place).
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'password',
  'token',
  'secret',
  'jwtSecret',
  '*.authorization',
  '*.password',
  '*.token',
  '*.secret',
  '*.jwtSecret',
  '*.variables',
];

/**
 * The process logger: pino, JSON lines on stdout (or readable lines in development), level from
 * LOG_LEVEL. `destination` lets tests read what would be written.
 */
export function createLogger(settings: LogSettings, destination?: DestinationStream): Logger {
  const options = {
    level: settings.level,
    redact: { paths: REDACT, censor: '[redacted]' },
    timestamp: stdTimeFunctions.isoTime,
    base: { service: 'opsgraph' },
  };
  if (destination) return pino(options, destination);
  if (settings.pretty) {
    // In-process (no worker thread): development output only, where a synchronous write is harmless.
    return pino(
      options,
      pretty({
        colorize: true,
        singleLine: true,
        translateTime: 'SYS:HH:MM:ss.l',
        // The message already says method, path, status and duration.
        ignore: 'pid,hostname,service,req,res,responseTime',
      }),
    );
  }
  return pino(options);
}

/** A logger that writes nothing, for code paths built without one (unit tests, scripts). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
