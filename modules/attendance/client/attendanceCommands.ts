import type { CommandOf } from '@plenum/protocol';
import type { AttendanceProtocol, ReportLanguage } from '../protocol.js';

/** The `generate` command: the report in this client's UI language, with e-mail addresses only when asked. */
export function generateReport(includeEmail: boolean, language: ReportLanguage): CommandOf<AttendanceProtocol> {
  return { action: 'generate', includeEmail, language };
}
