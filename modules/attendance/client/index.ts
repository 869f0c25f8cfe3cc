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
} from './attendanceReducer.js';
