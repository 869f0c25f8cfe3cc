import { RoomView } from '@plenum/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider.js';
import { Router } from '../router/Router.js';
import { RoomCard } from './RoomCard.js';

beforeAll(() => {
  vi.stubGlobal('navigator', { languages: ['en'] });
  vi.stubGlobal('window', { location: { pathname: '/' } });
});

const ROOM = RoomView.parse({
  id: 'AbCdEfGhIjKlMnOpQrSt_-12',
  title: 'Vorstand',
  url: 'https://plenum.test/r/AbCdEfGhIjKlMnOpQrSt_-12',
  createdAt: '2026-11-01T10:00:00.000Z',
  hasPassword: false,
  waitingRoom: 'off',
  guestAccess: 'disabled',
});

describe('RoomCard', () => {
  it('offersTheRoomsMeetingsDescribedByItsTitle', () => {
    const none = () => undefined;
    const html = renderToStaticMarkup(
      <Router>
        <I18nProvider>
          <RoomCard room={ROOM} onCopyLink={none} onAction={none} />
        </I18nProvider>
      </Router>,
    );
    const titleId = /<h3 id="([^"]+)"/.exec(html)?.[1];
    const buttons = [...html.matchAll(/<button[^>]*aria-describedby="([^"]+)"[^>]*>([^<]+)<\/button>/g)];
    expect(buttons.map((b) => b[2])).toEqual([
      'Copy room link',
      'Settings',
      'Guest links',
      'Telephone dial-in',
      'Agenda',
      'Meetings',
      'Delete',
    ]);
    expect(buttons.every((b) => b[1] === titleId)).toBe(true);
  });
});
