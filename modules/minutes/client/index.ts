export {
  addAgendaItem,
  agendaItems,
  agendaOf,
  decisionsOf,
  entriesOf,
  motionsOf,
  notesOf,
} from '../minutesDocument.js';
export { germanMinutesLabels, type MinutesLabels, type MinutesMeta, minutesMarkdown } from '../minutesMarkdown.js';
export { MinutesSync, type MinutesSyncOptions, type MinutesSyncProblem } from './MinutesSync.js';
