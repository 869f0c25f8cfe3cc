import { MediaError, type MediaErrorKind } from '../MediaError.js';

/**
 * Janus error codes → `MediaError` kinds, so nothing above the adapter sees a Janus number
 * (it is kept in `sfuCode` for logs). Core codes and plugin codes overlap (core 490 is
 * "unknown", AudioBridge 490 is "id exists"), hence one table per source.
 */

/** Core API errors (janus/apierror.h). */
const CORE: Readonly<Record<number, MediaErrorKind>> = {
  403: 'invalidRequest', // unauthorized: wrong api_secret (configuration)
  405: 'invalidRequest', // unauthorized plugin
  450: 'unavailable', // transport specific
  452: 'invalidRequest', // missing request
  453: 'invalidRequest', // unknown request
  454: 'invalidRequest', // invalid JSON
  455: 'invalidRequest', // invalid JSON object
  456: 'invalidRequest', // missing mandatory element
  457: 'invalidRequest', // invalid request path
  458: 'notFound', // session not found
  459: 'notFound', // handle not found
  460: 'unavailable', // plugin not found (not loaded)
  461: 'internal', // plugin attach
  462: 'internal', // plugin message
  463: 'internal', // plugin detach
  464: 'negotiationFailed', // JSEP unknown type
  465: 'negotiationFailed', // JSEP invalid SDP
  466: 'negotiationFailed', // trickle for an invalid stream
  467: 'invalidRequest', // invalid element type
  468: 'invalidRequest', // session conflict
  469: 'negotiationFailed', // unexpected answer
  470: 'invalidRequest', // token not found
  471: 'negotiationFailed', // WebRTC state
  472: 'unavailable', // not accepting new sessions
  490: 'internal', // unknown
};

/** janus.plugin.videoroom error codes. */
const VIDEOROOM: Readonly<Record<number, MediaErrorKind>> = {
  499: 'internal', // unknown
  421: 'invalidRequest', // no message
  422: 'invalidRequest', // invalid JSON
  423: 'invalidRequest', // invalid request
  424: 'notFound', // join first: the participant is gone (e.g. its room was destroyed)
  425: 'invalidRequest', // already joined
  426: 'notFound', // no such room
  427: 'invalidRequest', // room exists (the adapter retries with a fresh id)
  428: 'notFound', // no such feed
  429: 'invalidRequest', // missing element
  430: 'invalidRequest', // invalid element
  431: 'negotiationFailed', // invalid SDP type
  432: 'limitReached', // too many publishers
  433: 'invalidRequest', // unauthorized (admin_key / secret)
  434: 'invalidRequest', // already published
  435: 'invalidRequest', // not published
  436: 'invalidRequest', // id exists
  437: 'negotiationFailed', // invalid SDP
};

/** janus.plugin.audiobridge error codes. */
const AUDIOBRIDGE: Readonly<Record<number, MediaErrorKind>> = {
  499: 'internal',
  480: 'invalidRequest',
  481: 'invalidRequest',
  482: 'invalidRequest',
  483: 'invalidRequest',
  484: 'invalidRequest',
  485: 'notFound', // no such room
  486: 'invalidRequest', // room exists
  487: 'notFound', // not joined
  488: 'internal', // libopus error
  489: 'invalidRequest', // unauthorized
  490: 'invalidRequest', // id exists
  491: 'invalidRequest', // already joined
  492: 'notFound', // no such user
  493: 'negotiationFailed', // invalid SDP
  494: 'notFound', // no such group
};

const PLUGINS: Readonly<Record<string, Readonly<Record<number, MediaErrorKind>>>> = {
  'janus.plugin.videoroom': VIDEOROOM,
  'janus.plugin.audiobridge': AUDIOBRIDGE,
};

/** A core `{"janus":"error"}` as a MediaError. */
export function coreError(code: number, reason: string | undefined): MediaError {
  return new MediaError(CORE[code] ?? 'internal', `janus: ${reason ?? 'error'} (${code})`, code);
}

/** A plugin's `{error_code, error}` payload as a MediaError. */
export function pluginError(plugin: string, code: number, reason: string | undefined): MediaError {
  return new MediaError(PLUGINS[plugin]?.[code] ?? 'internal', `${plugin}: ${reason ?? 'error'} (${code})`, code);
}
