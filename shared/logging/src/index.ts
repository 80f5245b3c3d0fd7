import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs, one object a line, with the service name on every line.
 * `LOG_LEVEL` sets the level (default `info`; `silent` in tests that do not read them).
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['req.headers.authorization', 'token', '*.password'], censor: '[redacted]' },
  });
}
