export { PollsModule, pollsModule } from './PollsModule.js';
