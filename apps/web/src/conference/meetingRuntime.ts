/**
 * Everything the meeting itself needs and the pages before it do not: the session (signalling, media, every
 * registered module's client) and the conference view (every module's UI). The room page imports this module
 * dynamically, so it is a chunk of its own that loads while the pre-join screen shows (see `loadMeetingRuntime`).
 */
export { browserDeps } from './browserDeps.js';
export { Conference } from './Conference.js';
export { ConferenceSession } from './ConferenceSession.js';
