import { RTCPeerConnection, type RTCRtpTransceiver } from 'werift';
import type { ContractPeers, ContractPublisherPeer, ContractSubscriberPeer } from './ContractPeers.js';

/** Real WebRTC peers (werift, IPv4 only) for running the contract against a real SFU. */
export function weriftPeers(): ContractPeers {
  return {
    publisher(kinds): ContractPublisherPeer {
      const pc = new RTCPeerConnection({ iceUseIpv6: false });
      const transceivers: RTCRtpTransceiver[] = kinds.map((kind) => pc.addTransceiver(kind, { direction: 'sendonly' }));
      return {
        async offer() {
          await pc.setLocalDescription(await pc.createOffer());
          const sdp = pc.localDescription?.sdp;
          if (sdp === undefined) throw new Error('werift produced no offer');
          return sdp;
        },
        accept: (answer) => pc.setRemoteDescription({ type: 'answer', sdp: answer }),
        addTrack(kind) {
          transceivers.push(pc.addTransceiver(kind, { direction: 'sendonly' }));
        },
        removeTrack(mid) {
          const transceiver = transceivers.find((t) => t.mid === mid);
          if (transceiver === undefined) throw new Error(`no transceiver ${mid}`);
          transceiver.setDirection('inactive');
        },
        close: () => pc.close(),
      };
    },
    subscriber(): ContractSubscriberPeer {
      const pc = new RTCPeerConnection({ iceUseIpv6: false });
      return {
        async answer(offer) {
          await pc.setRemoteDescription({ type: 'offer', sdp: offer });
          await pc.setLocalDescription(await pc.createAnswer());
          const sdp = pc.localDescription?.sdp;
          if (sdp === undefined) throw new Error('werift produced no answer');
          return sdp;
        },
        close: () => pc.close(),
      };
    },
  };
}
