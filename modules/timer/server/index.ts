export { TimerModule, timerModule } from './TimerModule.js';
