/**
 * Camera simulcast layers, low to high, as the SFU expects them (rid l/m/h). The bitrates keep
 * the top layer at a 720p conference quality and the bottom layer usable on thin links.
 */
export const cameraEncodings: readonly RTCRtpEncodingParameters[] = [
  { rid: 'l', scaleResolutionDownBy: 4, maxBitrate: 150_000, maxFramerate: 15 },
  { rid: 'm', scaleResolutionDownBy: 2, maxBitrate: 500_000 },
  { rid: 'h', scaleResolutionDownBy: 1, maxBitrate: 1_500_000 },
];

/** Screen shares favour sharpness over motion: one layer, generous bitrate. */
export const screenEncodings: readonly RTCRtpEncodingParameters[] = [{ maxBitrate: 2_500_000, maxFramerate: 15 }];
