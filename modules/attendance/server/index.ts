export { type AttendanceLoopback, AttendanceModule, attendanceModule } from './AttendanceModule.js';
export { type AttendanceReportOptions, attendanceReport, attendanceReportFilename } from './attendanceReport.js';
export { type AttendeeKind, attendeeKind, formatPresence } from './attendeeKind.js';
export {
  AttendanceReportFailure,
  type AttendanceReportRequest,
  storeAttendanceReport,
} from './storeAttendanceReport.js';
