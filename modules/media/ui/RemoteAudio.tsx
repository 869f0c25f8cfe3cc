import { useCallback, useEffect, useRef, useState } from 'react';
import type { MediaUiMessages } from './mediaUiMessages.js';

export interface RemoteAudioProps {
  /** Every remote audio track, keyed by a stable id (e.g. the subscriber mid and track id). */
  readonly tracks: readonly { readonly key: string; readonly track: MediaStreamTrack }[];
  /** Output device id from the speaker selection; '' means the system default. */
  readonly sinkId: string;
  readonly messages: MediaUiMessages;
}

type SinkCapable = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

/** Whether this browser can route audio to a chosen output device (`HTMLMediaElement.setSinkId`). */
export function supportsSpeakerSelection(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}

/**
 * Plays remote audio: one hidden `<audio>` element per remote track, so the browser mixes
 * them and each can be routed to the chosen speaker. If the browser blocks autoplay, shows a
 * button that starts playback from a user gesture.
 */
export function RemoteAudio({ tracks, sinkId, messages }: RemoteAudioProps) {
  const elements = useRef(new Map<string, HTMLAudioElement>());
  const [blocked, setBlocked] = useState(false);

  const play = useCallback((element: HTMLAudioElement) => {
    element.play().then(
      () => setBlocked(false),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'NotAllowedError') setBlocked(true);
      },
    );
  }, []);

  const enable = () => {
    for (const element of elements.current.values()) play(element);
  };

  return (
    <>
      <div hidden>
        {tracks.map(({ key, track }) => (
          <AudioElement key={key} id={key} track={track} sinkId={sinkId} elements={elements.current} play={play} />
        ))}
      </div>
      {blocked && (
        <div className="audio-blocked" role="alert">
          <span>{messages.audioBlocked}</span>
          <button type="button" className="button button--primary" onClick={enable}>
            {messages.enableAudio}
          </button>
        </div>
      )}
    </>
  );
}

function AudioElement(props: {
  readonly id: string;
  readonly track: MediaStreamTrack;
  readonly sinkId: string;
  readonly elements: Map<string, HTMLAudioElement>;
  readonly play: (element: HTMLAudioElement) => void;
}) {
  const { id, track, sinkId, elements, play } = props;
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    elements.set(id, element);
    element.srcObject = new MediaStream([track]);
    play(element);
    return () => {
      elements.delete(id);
      element.srcObject = null;
    };
  }, [id, track, elements, play]);
  useEffect(() => {
    const element = ref.current as SinkCapable | null;
    if (element?.setSinkId) element.setSinkId(sinkId).catch(() => undefined);
  }, [sinkId]);
  // biome-ignore lint/a11y/useMediaCaption: live remote speech; captions are a separate (future) module
  return <audio ref={ref} autoPlay data-remote-audio={id} />;
}
