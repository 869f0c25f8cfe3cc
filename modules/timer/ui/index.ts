export { CoffeeBreakOverlay, type CoffeeBreakOverlayProps } from './CoffeeBreakOverlay.js';
export { ReadyToggle, type ReadyToggleProps } from './ReadyToggle.js';
export { StartTimerForm, type StartTimerFormProps } from './StartTimerForm.js';
export { TimerClock, type TimerClockProps } from './TimerClock.js';
export { TimerPanel, type TimerPanelProps } from './TimerPanel.js';
export { type StartTimerMessages, type TimerMessages, type TimerViewMessages, timerMessages } from './timerMessages.js';
export { playTimeUp } from './timerSound.js';
export { timerUi } from './timerUi.js';
