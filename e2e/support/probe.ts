import type { Page } from 'playwright-core';

/**
 * Installed into every page before the app runs: records each RTCPeerConnection and every
 * signalling frame the page receives, so the test can read real WebRTC statistics and know
 * which participant's track an m-line carries. The app itself is unchanged.
 */
export const probeScript = `(() => {
  const probe = { pcs: [], frames: [], sockets: [] };
  Object.defineProperty(window, '__probe', { value: probe });
  const NativePC = window.RTCPeerConnection;
  function ProbedPC(...args) {
    const pc = new NativePC(...args);
    probe.pcs.push(pc);
    return pc;
  }
  ProbedPC.prototype = NativePC.prototype;
  Object.setPrototypeOf(ProbedPC, NativePC);
  window.RTCPeerConnection = ProbedPC;
  const NativeWS = window.WebSocket;
  class ProbedWS extends NativeWS {
    constructor(...args) {
      super(...args);
      probe.sockets.push(this);
      this.addEventListener('message', (e) => {
        try { probe.frames.push(JSON.parse(e.data)); } catch {}
      });
    }
  }
  window.WebSocket = ProbedWS;
})();`;

export interface Inbound {
  /** Null for the mix of the group's telephone callers. */
  readonly participantId: string | null;
  readonly source: string;
  readonly kind: 'audio' | 'video';
  readonly framesDecoded: number;
  readonly bytesReceived: number;
  readonly packetsReceived: number;
  /** 0..1, from the decoded audio (audio only). */
  readonly audioLevel: number;
  readonly totalAudioEnergy: number;
}

/** Inbound RTP of the page's live peer connections, attributed to participants and sources. */
export function inbound(page: Page): Promise<Inbound[]> {
  return page.evaluate(async () => {
    type Probe = { pcs: RTCPeerConnection[]; frames: Record<string, unknown>[] };
    const probe = (window as unknown as { __probe: Probe }).__probe;
    const owners = new Map<string, { participantId: string | null; source: string }>();
    for (const f of probe.frames) {
      if (f.ns !== 'media' || f.event !== 'subscriberOffer') continue;
      owners.clear();
      for (const s of f.streams as { mid: string; participantId: string | null; source: string }[])
        owners.set(s.mid, s);
    }
    const out: {
      participantId: string | null;
      source: string;
      kind: 'audio' | 'video';
      framesDecoded: number;
      bytesReceived: number;
      packetsReceived: number;
      audioLevel: number;
      totalAudioEnergy: number;
    }[] = [];
    for (const pc of probe.pcs) {
      if (pc.connectionState === 'closed') continue;
      const stats = await pc.getStats();
      stats.forEach((s: Record<string, unknown>) => {
        if (s.type !== 'inbound-rtp') return;
        const owner = owners.get(String(s.mid));
        if (!owner) return;
        out.push({
          ...owner,
          kind: s.kind as 'audio' | 'video',
          framesDecoded: Number(s.framesDecoded ?? 0),
          bytesReceived: Number(s.bytesReceived ?? 0),
          packetsReceived: Number(s.packetsReceived ?? 0),
          audioLevel: Number(s.audioLevel ?? 0),
          totalAudioEnergy: Number(s.totalAudioEnergy ?? 0),
        });
      });
    }
    return out;
  });
}

/**
 * The audio energy received from one participant's microphone during `ms` (the growth of
 * getStats' `totalAudioEnergy` of that m-line): clearly above zero while they speak (the fake
 * microphone beeps), about zero when muted.
 */
export async function audioEnergy(page: Page, participantId: string | null, ms = 1500): Promise<number> {
  const read = async () => (await inbound(page)).find((i) => i.participantId === participantId && i.kind === 'audio');
  const before = await read();
  await new Promise((r) => setTimeout(r, ms));
  const after = await read();
  if (!before || !after) return -1;
  return after.totalAudioEnergy - before.totalAudioEnergy;
}

/** Breaks the page's signalling connection as a network loss would (the app did not ask for it). */
export function dropSignaling(page: Page): Promise<void> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { sockets: WebSocket[] } }).__probe;
    for (const socket of probe.sockets)
      if (socket.readyState === WebSocket.OPEN) socket.close(4000, 'test: network lost');
  });
}

/** The participant id this page joined as. */
export function ownParticipantId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const frames = (window as unknown as { __probe: { frames: Record<string, unknown>[] } }).__probe.frames;
    const joined = frames.filter((f) => f.ns === 'core' && f.event === 'joined').at(-1);
    return String(joined?.participantId ?? '');
  });
}

/** Polls `check` until it returns true, or fails with the last value it saw. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not happen within ${ms} ms; last value: ${JSON.stringify(last)}`);
}

/** The simulcast layers (rids) the page is sending on its camera, with bytes on the wire. */
export function sentVideoLayers(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const probe = (window as unknown as { __probe: { pcs: RTCPeerConnection[] } }).__probe;
    const rids: string[] = [];
    for (const pc of probe.pcs) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach((s: Record<string, unknown>) => {
        if (s.type === 'outbound-rtp' && s.kind === 'video' && Number(s.bytesSent) > 0 && s.rid)
          rids.push(String(s.rid));
      });
    }
    return rids.sort();
  });
}

/** The inbound stream of one participant's source. */
export const from = (all: Inbound[], participantId: string, source: string) =>
  all.find((i) => i.participantId === participantId && i.source === source);

/**
 * Waits until `page` decodes growing video from `sender` and, unless they are muted (a muted
 * microphone sends nothing through the SFU) or it is a screen, receives growing audio bytes.
 */
export async function expectReceiving(
  page: Page,
  sender: string,
  source: 'camera' | 'screen' = 'camera',
  muted = false,
): Promise<void> {
  const first = await eventually(
    () => inbound(page),
    (all) => (from(all, sender, source)?.framesDecoded ?? 0) > 0,
    `decoding ${source} of ${sender}`,
  );
  await eventually(
    () => inbound(page),
    (all) =>
      (from(all, sender, source)?.framesDecoded ?? 0) > (from(first, sender, source)?.framesDecoded ?? 0) + 5 &&
      (source === 'screen' ||
        muted ||
        (from(all, sender, 'microphone')?.bytesReceived ?? 0) >
          (from(first, sender, 'microphone')?.bytesReceived ?? 0)),
    `growing media from ${sender}`,
  );
}

/**
 * Waits until pre-join has camera and microphone running: joining any sooner joins without them (as someone who
 * does not wait for the preview would).
 */
export async function previewLive(page: Page): Promise<void> {
  await page.locator('.preview[data-video="true"]').waitFor();
  await page.locator('.mic-level').waitFor();
}
