import type { CommandOf } from '@plenum/protocol';
import type { AttendanceProtocol } from '../protocol.js';

/** The `generate` command: with e-mail addresses only when asked (the server writes it in the tenant's language). */
export function generateReport(includeEmail: boolean): CommandOf<AttendanceProtocol> {
  return { action: 'generate', includeEmail };
}
