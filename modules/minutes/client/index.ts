export {
  addAgendaItem,
  addEntry,
  agendaItems,
  agendaOf,
  decisionsOf,
  entriesOf,
  motionsOf,
  moveAgendaItem,
  notesOf,
  removeAgendaItem,
  removeEntry,
  renameAgendaItem,
} from '../minutesDocument.js';
export { germanMinutesLabels, type MinutesLabels, type MinutesMeta, minutesMarkdown } from '../minutesMarkdown.js';
export { MinutesSession } from './MinutesSession.js';
export { MinutesSync, type MinutesSyncOptions, type MinutesSyncProblem } from './MinutesSync.js';
export { announceMinutes, type MinutesAnnouncements } from './minutesAnnouncements.js';
export { minutesClient } from './minutesClient.js';
export { initMinutes, mayWrite, minutesReducer, withSession } from './minutesReducer.js';
export type { MinutesState } from './minutesState.js';
