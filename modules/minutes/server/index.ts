export {
  entryResult,
  itemHeading,
  type MinutesAttendance,
  type MinutesContent,
  type MinutesEntryContent,
  type MinutesItemContent,
  type MinutesMeta,
  minutesContent,
} from '../minutesContent.js';
export { agendaItems, decisionsOf, entriesOf, motionsOf, notesOf } from '../minutesDocument.js';
export {
  germanMinutesLabels,
  type MinutesLabels,
  type MinutesLanguage,
  minutesLabels,
} from '../minutesLabels.js';
export { minutesMarkdown } from '../minutesMarkdown.js';
export { checkUpdate, type UpdateProblem } from './checkUpdate.js';
export {
  COMPACT_AFTER,
  createMinutesModule,
  type MinutesLoopback,
  MinutesModule,
  type MinutesOptions,
  minutesModule,
} from './MinutesModule.js';
export {
  type LoadedMinutes,
  MINUTES_STREAMS,
  MinutesWriter,
  PREPARED_STREAM,
  StoredMinutes,
  VOTES_STREAM,
} from './MinutesWriter.js';
export { type MinutesReportOptions, minutesReport } from './minutesReport.js';
export {
  type AgendaDraftItem,
  type AgendaOutcome,
  type AgendaProblem,
  type KeptAgenda,
  keptAgenda,
  prepareAgenda,
  replaceAgenda,
  storedAgenda,
} from './preparedAgenda.js';
export { MinutesExportFailure, type MinutesExportRequest, storeMinutesExport } from './storeMinutesExport.js';
