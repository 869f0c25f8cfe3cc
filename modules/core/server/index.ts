export { CoreModule, coreModule } from './CoreModule.js';
