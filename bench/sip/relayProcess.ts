/**
 * The gateway side of the SIP media benchmark: N `CallMedia` relays in one Node process (so its CPU time is "the
 * gateway's core"), each with its phone leg aimed at the generator's phone socket and its bridge leg at the
 * generator's fake bridge, both PCMU (pass-through, as with a PCMU caller in a PCMU leg). Driven over IPC by
 * `sipLoad.ts`; not meant to be started by hand.
 */
import { performance } from 'node:perf_hooks';
import { CallMedia } from '../../apps/sip-gateway/src/media/CallMedia.js';
import { AUDIO_CODECS } from '../../apps/sip-gateway/src/sdp/audioCodecs.js';
import { type FromRelay, toRelaySchema } from './relayProtocol.js';

const calls: CallMedia[] = [];

function reply(message: FromRelay): void {
  process.send?.(message);
}

process.on('message', async (raw: unknown) => {
  const parsed = toRelaySchema.safeParse(raw);
  if (!parsed.success) {
    process.stderr.write('relay: invalid message\n');
    return;
  }
  const message = parsed.data;
  switch (message.action) {
    case 'open': {
      for (let i = 0; i < message.calls; i++) {
        const media = await CallMedia.open({ host: '127.0.0.1', latching: 'sdp' });
        media.setPhone({
          mediaIndex: 0,
          codec: AUDIO_CODECS.PCMU,
          payloadType: 0,
          telephoneEvent: { payloadType: 101, events: [...Array(16).keys()] },
          remote: { addressType: 'IP4', address: message.phone.host, port: message.phone.port },
          direction: 'sendrecv',
          remotePtime: 20,
          remoteHold: false,
        });
        media.setBridge(message.bridge, 'pcmu');
        calls.push(media);
      }
      reply({ event: 'opened', calls: calls.map((c) => ({ phonePort: c.phonePort, bridgePort: c.bridgePort })) });
      return;
    }
    case 'sample': {
      const cpu = process.cpuUsage();
      let phonePacketsIn = 0;
      let bridgePacketsIn = 0;
      let dropped = 0;
      for (const media of calls) {
        const stats = media.stats();
        phonePacketsIn += stats.phone.packetsIn;
        bridgePacketsIn += stats.bridge.packetsIn;
        for (const count of [...Object.values(stats.phone.dropped), ...Object.values(stats.bridge.dropped)]) {
          dropped += count;
        }
      }
      reply({
        event: 'sampled',
        userMicros: cpu.user,
        systemMicros: cpu.system,
        atMs: performance.now(),
        phonePacketsIn,
        bridgePacketsIn,
        dropped,
        rssBytes: process.memoryUsage().rss,
      });
      return;
    }
    case 'close': {
      await Promise.all(calls.map((media) => media.close()));
      process.exit(0);
    }
  }
});
