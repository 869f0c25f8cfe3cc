export { ReactionsModule, reactionsModule } from './ReactionsModule.js';
