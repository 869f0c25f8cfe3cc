import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MediaUiMessages } from './mediaUiMessages.js';
import { VideoTile } from './VideoTile.js';

const messages = {
  microphoneMuted: 'Microphone muted',
  selfName: (name: string) => `${name} (you)`,
  screenOf: (name: string) => `Screen of ${name}`,
  speaking: 'speaking',
  markers: { guest: 'Guest', phone: 'Phone' },
} as MediaUiMessages;

const tile = (marker: 'guest' | 'phone' | null, speaking = false) =>
  renderToStaticMarkup(
    <VideoTile
      participantId="p1"
      name="Anna"
      initials="A"
      source="camera"
      track={null}
      isSelf={false}
      microphoneMuted={false}
      speaking={speaking}
      marker={marker}
      messages={messages}
    />,
  );

describe('VideoTile', () => {
  it('marksAGuestVisiblyAndInTheAccessibleName', () => {
    const html = tile('guest', true);
    expect(html).toContain('aria-label="Anna, Guest, speaking"');
    expect(html).toContain('<span class="video-tile__marker">Guest</span>');
    expect(html).toContain('data-marker="guest"');
    expect(tile('phone')).toContain('aria-label="Anna, Phone"');
  });

  it('showsNoMarkerForMembers', () => {
    const html = tile(null);
    expect(html).toContain('aria-label="Anna"');
    expect(html).not.toContain('video-tile__marker');
  });
});
