export { BreakoutStatus, type BreakoutStatusProps } from './BreakoutStatus.js';
export { playBreakoutChime } from './breakoutChime.js';
export { type BreakoutMessages, breakoutMessages } from './breakoutMessages.js';
export { breakoutUi } from './breakoutUi.js';
export { RunningRooms, type RunningRoomsProps } from './RunningRooms.js';
export { StartForm, type StartFormProps } from './StartForm.js';
