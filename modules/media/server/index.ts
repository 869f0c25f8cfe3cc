export { MediaModule, mediaModule } from './MediaModule.js';
