// The panel itself is loaded on first opening (`LazyMinutesPanel`), so it is not re-exported here.
export type { MinutesPanelProps } from './MinutesPanel.js';
export { mapPosition, mapSelection, type Selection, type TextDelta } from './mapSelection.js';
export { type MinutesMessages, minutesMessages } from './minutesMessages.js';
export { minutesUi } from './minutesUi.js';
export { MAX_NOTES_LENGTH, NotesBinding, type TextareaLike } from './NotesBinding.js';
export { type TextChange, textChange } from './textChange.js';
