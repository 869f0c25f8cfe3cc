export { HandBadge, type HandBadgeProps } from './HandBadge.js';
export { HandIcon } from './HandIcon.js';
export { HandQueue, type HandQueueProps } from './HandQueue.js';
export { playHandBeep } from './handBeep.js';
export { type RaiseHandsMessages, raiseHandsMessages } from './raiseHandsMessages.js';
export { raiseHandsUi } from './raiseHandsUi.js';
export type { RaiseHandsUiMessages } from './raiseHandsUiMessages.js';
