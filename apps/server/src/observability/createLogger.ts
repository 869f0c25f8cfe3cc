import { type Logger, pino } from 'pino';

/**
 * Plenum's structured logger: pino JSON on stdout. Fields that could carry personal data or
 * secrets are censored wherever they appear, as a second line of defence: code logs ids only.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'plenum' },
    redact: {
      paths: [
        'displayName',
        '*.displayName',
        'title',
        '*.title',
        'secret',
        '*.secret',
        'resume',
        '*.resume',
        'sdp',
        '*.sdp',
        'apiSecret',
        '*.apiSecret',
        'adminKey',
        '*.adminKey',
        'metricsToken',
        '*.metricsToken',
        'gatewaySecret',
        '*.gatewaySecret',
        'req.headers.cookie',
        'req.headers.authorization',
        'req.remoteAddress',
      ],
      censor: '[redacted]',
    },
  });
}
