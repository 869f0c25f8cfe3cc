import { MediaError } from '../MediaError.js';
import type { IceCandidateInit } from '../MediaPlane.js';
import type { JanusRequester } from './JanusRequester.js';
import { pluginError } from './janusErrors.js';
import type { Jsep } from './janusMessages.js';

/** What Janus reports on a handle outside of a request's reply, plus our own `lost`. */
export type JanusHandleEvent =
  /** A plugin event that was not the reply to a request (e.g. VideoRoom `publishers`, `unpublished`). */
  | { readonly type: 'plugin'; readonly data: Readonly<Record<string, unknown>>; readonly jsep?: Jsep }
  | { readonly type: 'webrtcup' }
  | { readonly type: 'hangup'; readonly reason: string }
  | { readonly type: 'media'; readonly kind: 'audio' | 'video'; readonly receiving: boolean; readonly mid?: string }
  | { readonly type: 'slowlink'; readonly uplink: boolean; readonly mid?: string }
  /** Janus detached the handle (or confirmed our detach). */
  | { readonly type: 'detached' }
  /** The session behind the handle is gone and could not be claimed back; the handle is dead. */
  | { readonly type: 'lost' };

export type JanusHandleListener = (event: JanusHandleEvent) => void;

export interface PluginReply {
  readonly data: Readonly<Record<string, unknown>>;
  readonly jsep?: Jsep;
}

/**
 * One plugin handle. `message` resolves with the plugin's reply (the synchronous `success` or
 * the asynchronous `event` carrying the same transaction) and rejects with a `MediaError` when
 * Janus or the plugin reports an error. Once detached or lost, every call rejects `notFound`.
 */
export class JanusHandle {
  #gone = false;

  constructor(
    private readonly requester: JanusRequester,
    readonly sessionId: number,
    readonly id: number,
    readonly plugin: string,
    private readonly listener: JanusHandleListener,
    private readonly forget: (handleId: number) => void,
  ) {}

  get gone(): boolean {
    return this.#gone;
  }

  async message(body: Readonly<Record<string, unknown>>, jsep?: Jsep): Promise<PluginReply> {
    this.assertAlive();
    const reply = await this.requester.request(
      {
        janus: 'message',
        session_id: this.sessionId,
        handle_id: this.id,
        body,
        ...(jsep === undefined ? {} : { jsep }),
      },
      'result',
      `message:${typeof body.request === 'string' ? body.request : '?'}`,
    );
    if ((reply.janus !== 'success' && reply.janus !== 'event') || reply.plugindata === undefined) {
      throw new MediaError('internal', `janus: unexpected reply '${reply.janus}' to a plugin message`);
    }
    const { data } = reply.plugindata;
    const code = data.error_code;
    if (typeof code === 'number') {
      throw pluginError(this.plugin, code, typeof data.error === 'string' ? data.error : undefined);
    }
    return reply.janus === 'event' && reply.jsep !== undefined ? { data, jsep: reply.jsep } : { data };
  }

  /** Trickles one candidate, or end-of-candidates for `null`. */
  async trickle(candidate: IceCandidateInit | null): Promise<void> {
    this.assertAlive();
    const payload =
      candidate === null
        ? { completed: true }
        : {
            candidate: candidate.candidate,
            ...(candidate.sdpMid == null ? {} : { sdpMid: candidate.sdpMid }),
            ...(candidate.sdpMLineIndex == null ? {} : { sdpMLineIndex: candidate.sdpMLineIndex }),
          };
    await this.requester.request(
      { janus: 'trickle', session_id: this.sessionId, handle_id: this.id, candidate: payload },
      'ack',
      'trickle',
    );
  }

  /** Detaches the handle; idempotent, and a handle Janus no longer knows counts as detached. */
  async detach(): Promise<void> {
    if (this.#gone) return;
    this.#gone = true;
    this.forget(this.id);
    try {
      await this.requester.request(
        { janus: 'detach', session_id: this.sessionId, handle_id: this.id },
        'result',
        'detach',
      );
    } catch (error) {
      if (!(error instanceof MediaError && error.kind === 'notFound')) throw error;
    }
  }

  /** Called by the session for every event addressed to this handle. */
  dispatch(event: JanusHandleEvent): void {
    if (this.#gone) return; // nothing reaches a listener after close or loss
    if (event.type === 'lost' || event.type === 'detached') this.#gone = true;
    try {
      this.listener(event);
    } catch {
      // A throwing listener must not break event routing for everyone else.
    }
  }

  private assertAlive(): void {
    if (this.#gone) throw new MediaError('notFound', 'janus: handle is detached or its session was lost');
  }
}
