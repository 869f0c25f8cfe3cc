export * from './poppler.js';
