export { ModerationModule, moderationModule } from './ModerationModule.js';
