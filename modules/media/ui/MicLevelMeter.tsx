import { useEffect, useRef } from 'react';
import { rms } from '../client/AudioLevelMonitor.js';
import type { MediaUiMessages } from './mediaUiMessages.js';

/**
 * A live level bar for the microphone preview. The bar is driven through a ref from an
 * animation-frame loop (no React render per frame) and its own small AudioContext, which is
 * closed when the track changes or the meter unmounts.
 */
export function MicLevelMeter({
  track,
  messages,
}: {
  readonly track: MediaStreamTrack;
  readonly messages: MediaUiMessages;
}) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const context = new AudioContext();
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    const buffer = new Float32Array(analyser.fftSize);
    let frame = 0;
    const tick = () => {
      analyser.getFloatTimeDomainData(buffer);
      // RMS of speech is ~0.01–0.3; a square-root curve makes quiet speech visible.
      const level = Math.min(1, Math.sqrt(rms(buffer) * 4));
      if (bar.current) bar.current.style.transform = `scaleX(${level.toFixed(3)})`;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      source.disconnect();
      void context.close();
    };
  }, [track]);
  return (
    <div className="mic-level">
      <span className="mic-level__label">{messages.microphoneLevel}</span>
      <div className="mic-level__track" aria-hidden="true">
        <div className="mic-level__bar" ref={bar} />
      </div>
    </div>
  );
}
