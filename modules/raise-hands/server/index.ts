export { RaiseHandsModule, raiseHandsModule } from './RaiseHandsModule.js';
