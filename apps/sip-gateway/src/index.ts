/**
 * The SIP gateway (issue 6): telephone callers dial in with a conference number and PIN and are bridged into the
 * meeting's audio. Built up in parts: SIP messages (`sip/`), transport and server transactions (`transport/`), SDP
 * negotiation (`sdp/`), RTP and DTMF (`rtp/`).
 */
export {};
