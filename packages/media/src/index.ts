export * from './MediaError.js';
export * from './MediaPlane.js';
