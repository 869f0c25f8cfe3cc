import { defineUiModule } from '@plenum/client-kit/ui';
import type { AttendanceAnnouncements } from '../client/attendanceAnnouncements.js';
import { attendanceClient } from '../client/attendanceClient.js';
import { generateReport } from '../client/attendanceCommands.js';
import { type AttendanceState, generationRequested } from '../client/attendanceReducer.js';
import type { AttendanceProtocol } from '../protocol.js';
import { AttendanceReportForm } from './AttendanceReportForm.js';
import { type AttendanceMessages, attendanceMessages } from './attendanceMessages.js';
import './attendance.css';

/**
 * The attendance report in the conference: for owner and moderators an "Attendance report" section in the moderation
 * panel, in the moderator's UI language; the report itself is written in the tenant's language (by the server).
 */
export const attendanceUi = defineUiModule<
  AttendanceProtocol,
  AttendanceState,
  AttendanceMessages,
  AttendanceAnnouncements
>({
  client: attendanceClient,
  messages: attendanceMessages,
  moderation: ({ state, self, send, messages, update }) => {
    if (!self.moderator) return null;
    return {
      heading: messages.heading,
      content: (
        <AttendanceReportForm
          state={state}
          messages={messages}
          onCreate={(includeEmail) => {
            send(generateReport(includeEmail));
            update?.(generationRequested);
          }}
        />
      ),
    };
  },
});
