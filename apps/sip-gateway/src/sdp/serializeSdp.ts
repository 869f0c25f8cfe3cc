import type {
  SdpAttribute,
  SdpBandwidth,
  SdpConnection,
  SdpMediaDescription,
  SdpOrigin,
  SessionDescription,
} from './sdpTypes.js';

/**
 * Writes a session description in RFC 4566 order, with CRLF line ends. Media attributes come out as: rtpmap and
 * fmtp per format (in the m-line's order), then ptime, maxptime, the direction, then the other attributes in order.
 * CR, LF and NUL inside values are replaced by spaces, so no value can add a line.
 */
export function serializeSdp(description: SessionDescription): string {
  const lines: string[] = ['v=0', `o=${formatOrigin(description.origin)}`, `s=${description.sessionName || '-'}`];
  optional(lines, 'i', description.information);
  optional(lines, 'u', description.uri);
  for (const email of description.emails) lines.push(`e=${email}`);
  for (const phone of description.phones) lines.push(`p=${phone}`);
  if (description.connection !== undefined) lines.push(formatConnection(description.connection));
  pushBandwidths(lines, description.bandwidths);
  const timings = description.timings.length > 0 ? description.timings : [{ start: 0, stop: 0, repeats: [] }];
  for (const timing of timings) {
    lines.push(`t=${timing.start} ${timing.stop}`);
    for (const repeat of timing.repeats) lines.push(`r=${repeat}`);
  }
  optional(lines, 'z', description.timeZones);
  optional(lines, 'k', description.key);
  if (description.direction !== undefined) lines.push(`a=${description.direction}`);
  pushAttributes(lines, description.attributes);
  for (const media of description.media) pushMedia(lines, media);
  return `${lines.map(clean).join('\r\n')}\r\n`;
}

export function formatOrigin(origin: SdpOrigin): string {
  return `${origin.username} ${origin.sessionId} ${origin.sessionVersion} IN ${origin.addressType} ${origin.address}`;
}

function formatConnection(connection: SdpConnection): string {
  return `c=IN ${connection.addressType} ${connection.address}`;
}

function pushMedia(lines: string[], media: SdpMediaDescription): void {
  const port = media.portCount === undefined ? `${media.port}` : `${media.port}/${media.portCount}`;
  lines.push(`m=${media.media} ${port} ${media.protocol} ${media.formats.join(' ')}`);
  optional(lines, 'i', media.information);
  if (media.connection !== undefined) lines.push(formatConnection(media.connection));
  pushBandwidths(lines, media.bandwidths);
  optional(lines, 'k', media.key);
  const listed = new Set(media.formats);
  for (const format of media.formats) pushFormat(lines, media, format);
  const unlisted = new Set(
    [...media.rtpmaps.map((r) => `${r.payloadType}`), ...media.fmtps.map((f) => f.format)].filter(
      (f) => !listed.has(f),
    ),
  );
  for (const format of unlisted) pushFormat(lines, media, format);
  if (media.ptime !== undefined) lines.push(`a=ptime:${media.ptime}`);
  if (media.maxptime !== undefined) lines.push(`a=maxptime:${media.maxptime}`);
  if (media.direction !== undefined) lines.push(`a=${media.direction}`);
  pushAttributes(lines, media.attributes);
}

function pushFormat(lines: string[], media: SdpMediaDescription, format: string): void {
  for (const rtpmap of media.rtpmaps) {
    if (`${rtpmap.payloadType}` !== format) continue;
    const channels = rtpmap.channels === undefined ? '' : `/${rtpmap.channels}`;
    lines.push(`a=rtpmap:${rtpmap.payloadType} ${rtpmap.encodingName}/${rtpmap.clockRate}${channels}`);
  }
  for (const fmtp of media.fmtps) {
    if (fmtp.format === format) lines.push(`a=fmtp:${fmtp.format} ${fmtp.parameters}`);
  }
}

function pushBandwidths(lines: string[], bandwidths: readonly SdpBandwidth[]): void {
  for (const bandwidth of bandwidths) lines.push(`b=${bandwidth.type}:${bandwidth.value}`);
}

function pushAttributes(lines: string[], attributes: readonly SdpAttribute[]): void {
  for (const attribute of attributes) {
    lines.push(attribute.value === undefined ? `a=${attribute.name}` : `a=${attribute.name}:${attribute.value}`);
  }
}

function optional(lines: string[], type: string, value: string | undefined): void {
  if (value !== undefined) lines.push(`${type}=${value}`);
}

function clean(line: string): string {
  return line.replace(/[\r\n\0]/g, ' ');
}
