/** The meeting's code (see `meetingRuntime.ts`), once loaded. */
export type MeetingRuntime = typeof import('../conference/meetingRuntime.js');

/**
 * Loads the meeting's chunk. The browser keeps a loaded module, so calling this again (the next join, another
 * room) costs nothing; a failed load (the network dropped) is tried afresh on the next call.
 */
export function loadMeetingRuntime(): Promise<MeetingRuntime> {
  return import('../conference/meetingRuntime.js');
}
