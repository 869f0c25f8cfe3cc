export { agendaItems, decisionsOf, entriesOf, motionsOf, notesOf } from '../minutesDocument.js';
export { germanMinutesLabels, type MinutesLabels, type MinutesMeta, minutesMarkdown } from '../minutesMarkdown.js';
export { checkUpdate, type UpdateProblem } from './checkUpdate.js';
export {
  COMPACT_AFTER,
  createMinutesModule,
  type MinutesLoopback,
  MinutesModule,
  type MinutesOptions,
  minutesModule,
} from './MinutesModule.js';
export { type LoadedMinutes, MINUTES_STREAMS, MinutesWriter, StoredMinutes } from './MinutesWriter.js';
