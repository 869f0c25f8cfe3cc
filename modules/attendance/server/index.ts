export { type AttendanceLoopback, AttendanceModule, attendanceModule } from './AttendanceModule.js';
export { type AttendanceReportOptions, attendanceReport, attendanceReportFilename } from './attendanceReport.js';
export { formatPresence } from './formatPresence.js';
export {
  AttendanceReportFailure,
  type AttendanceReportRequest,
  storeAttendanceReport,
} from './storeAttendanceReport.js';
