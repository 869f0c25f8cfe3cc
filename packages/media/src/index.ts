export * from './MediaError.js';
export * from './MediaPlane.js';
export { parseSdpMedia, type SdpDirection, type SdpMedia } from './sdp/sdpMedia.js';
