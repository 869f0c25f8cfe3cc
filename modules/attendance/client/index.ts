export { type AttendanceAnnouncements, announceAttendance } from './attendanceAnnouncements.js';
export { attendanceClient } from './attendanceClient.js';
export { generateReport } from './attendanceCommands.js';
export {
  type AttendanceJoinState,
  type AttendanceReportFile,
  type AttendanceState,
  assetUrl,
  attendanceReducer,
  generationRequested,
  initAttendance,
  LISTED_REPORTS,
} from './attendanceReducer.js';
