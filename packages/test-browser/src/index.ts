export { launchChromium } from './launchChromium.js';
