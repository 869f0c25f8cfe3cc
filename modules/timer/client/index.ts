export { isAskedKind } from './isAskedKind.js';
export { shownSeconds, tickOrigin } from './timeLeft.js';
export { announceTimer, type TimerAnnouncements } from './timerAnnouncements.js';
export { timerClient } from './timerClient.js';
export { setReady, startTimer, stopTimer, type TimerDraft } from './timerCommands.js';
export { initTimer, type TimerJoinState, type TimerState, type TimerView, timerReducer } from './timerReducer.js';
