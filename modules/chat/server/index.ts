export { ChatModule, chatModule } from './ChatModule.js';
