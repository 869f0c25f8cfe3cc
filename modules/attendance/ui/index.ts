export { AttendanceReportForm, type AttendanceReportFormProps } from './AttendanceReportForm.js';
export { type AttendanceMessages, attendanceMessages } from './attendanceMessages.js';
export { attendanceUi } from './attendanceUi.js';
