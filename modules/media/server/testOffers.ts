/** Builds a browser-like SDP offer with one sending m-line per entry, for scenario tests. */
export function offerSdp(lines: readonly (readonly ['audio' | 'video', string])[]): string {
  const out = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0'];
  out.push(`a=group:BUNDLE ${lines.map(([, mid]) => mid).join(' ')}`);
  for (const [kind, mid] of lines) {
    const pt = kind === 'audio' ? 111 : 96;
    out.push(
      `m=${kind} 9 UDP/TLS/RTP/SAVPF ${pt}`,
      'c=IN IP4 0.0.0.0',
      `a=mid:${mid}`,
      'a=sendonly',
      `a=rtpmap:${pt} ${kind === 'audio' ? 'opus/48000/2' : 'VP8/90000'}`,
      'a=ice-ufrag:abcd',
      'a=ice-pwd:abcdefghijklmnopqrstuvwx',
      'a=setup:actpass',
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

export const micAndCamera = offerSdp([
  ['audio', '0'],
  ['video', '1'],
]);
export const micCameraScreen = offerSdp([
  ['audio', '0'],
  ['video', '1'],
  ['video', '2'],
]);
export const micAndCameraTracks = [
  { mid: '0', source: 'microphone' },
  { mid: '1', source: 'camera' },
] as const;
export const withScreenTracks = [...micAndCameraTracks, { mid: '2', source: 'screen' }] as const;
