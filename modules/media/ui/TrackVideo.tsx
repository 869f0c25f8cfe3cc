import { useEffect, useRef } from 'react';

export interface TrackVideoProps {
  readonly track: MediaStreamTrack;
  /** Mirror horizontally (own camera preview only, so it behaves like a mirror). */
  readonly mirrored?: boolean;
  readonly fit?: 'cover' | 'contain';
  readonly className?: string;
}

/**
 * Plays one video track. The stream is attached through a ref when the track changes, so
 * React never re-renders per frame and a new MediaStream is made only for a new track.
 * Decorative for assistive tech: the surrounding tile carries the name.
 */
export function TrackVideo({ track, mirrored = false, fit = 'cover', className }: TrackVideoProps) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = new MediaStream([track]);
    video.play().catch(() => {
      // Muted video autoplays everywhere; a rejection here means the element went away.
    });
    return () => {
      video.srcObject = null;
    };
  }, [track]);
  return (
    <video
      ref={ref}
      className={['track-video', mirrored ? 'track-video--mirrored' : '', `track-video--${fit}`, className ?? '']
        .filter(Boolean)
        .join(' ')}
      autoPlay
      playsInline
      muted
    />
  );
}
