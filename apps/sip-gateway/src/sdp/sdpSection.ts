import type {
  SdpConnection,
  SdpDirection,
  SdpFmtp,
  SdpMediaDescription,
  SdpRtpMap,
  SessionDescription,
} from './sdpTypes.js';

/** What a media section means once session-level defaults are applied (RFC 4566 §5.7, RFC 3264 §5.1). */

export function effectiveConnection(
  session: SessionDescription,
  media: SdpMediaDescription,
): SdpConnection | undefined {
  return media.connection ?? session.connection;
}

export function effectiveDirection(session: SessionDescription, media: SdpMediaDescription): SdpDirection {
  return media.direction ?? session.direction ?? 'sendrecv';
}

/** `c=IN IP4 0.0.0.0` (RFC 2543 hold, still sent by older PBXs) or its IPv6 form `::`. */
export function isHoldAddress(connection: SdpConnection): boolean {
  return connection.address === '0.0.0.0' || connection.address === '::';
}

export function rtpMapFor(media: SdpMediaDescription, payloadType: number): SdpRtpMap | undefined {
  return media.rtpmaps.find((rtpmap) => rtpmap.payloadType === payloadType);
}

export function fmtpFor(media: SdpMediaDescription, format: string): SdpFmtp | undefined {
  return media.fmtps.find((fmtp) => fmtp.format === format);
}
