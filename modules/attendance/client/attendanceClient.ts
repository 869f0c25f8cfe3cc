import { defineClientModule } from '@plenum/client-kit';
import { type AttendanceProtocol, attendanceProtocol } from '../protocol.js';
import { type AttendanceAnnouncements, announceAttendance } from './attendanceAnnouncements.js';
import { type AttendanceState, attendanceReducer, initAttendance } from './attendanceReducer.js';

/** The attendance module's client side: a pending request and the downloads of the reports made. */
export const attendanceClient = defineClientModule<AttendanceProtocol, AttendanceState, AttendanceAnnouncements>({
  protocol: attendanceProtocol,
  init: initAttendance,
  reduce: attendanceReducer,
  announce: announceAttendance,
});
