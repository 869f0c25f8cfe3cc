export * from './assertNever.js';
export * from './envelope.js';
export * from './ids.js';
export * from './protocol.js';
export * from './rest/rooms.js';
export * from './rest/session.js';
export * from './signalingErrors.js';
