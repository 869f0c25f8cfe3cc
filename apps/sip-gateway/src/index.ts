/**
 * The SIP gateway (issue 6, ADR 0011 and 0013): telephone callers dial in with a conference number and PIN and are
 * bridged into the meeting's audio. `main.ts` runs it; `Gateway` composes the parts: SIP messages (`sip/`), transport
 * and transactions (`transport/`), dialogs and registration (`dialog/`), SDP (`sdp/`), RTP, DTMF and codecs (`rtp/`),
 * the media path per call (`media/`), the IVR and its prompts (`ivr/`), the caller's participant in the meeting
 * (`room/`) and the call that ties them together (`call/`).
 */
export { type GatewayConfig, loadGatewayConfig } from './config/gatewayConfig.js';
export { Gateway } from './Gateway.js';
