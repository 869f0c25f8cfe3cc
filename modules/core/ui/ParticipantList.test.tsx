import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { aliceInfo, bobInfo, carolInfo } from '../client/fixtures.test-support.js';
import type { ParticipantInfo } from '../protocol.js';
import type { CoreUiMessages } from './coreUiMessages.js';
import { type PanelFrameProps, ParticipantList, type ParticipantListProps } from './ParticipantList.js';

const messages: CoreUiMessages = {
  participantsHeading: (n) => `Participants (${n})`,
  you: '(you)',
  reconnecting: 'reconnecting…',
  roles: { moderator: 'Moderator', participant: 'Participant', guest: 'Guest' },
  phone: 'by phone',
  closeParticipantList: 'Close participant list',
  mainRoom: 'Main room',
  otherRoom: 'Other room',
  roomHeading: (room, count, own) => (own ? `${room} (${count}), you are here` : `${room} (${count})`),
  inOtherRooms: (count) => `${count} more in other rooms.`,
};
const people = [aliceInfo, bobInfo] as unknown as ParticipantInfo[];
const none = () => undefined;
/** The side panels' frame, as far as the list hands it what to show. */
const frame = ({ headingId, heading, closeLabel, className, children }: PanelFrameProps) => (
  <div className={className}>
    <h2 id={headingId}>{heading}</h2>
    <button type="button" aria-label={closeLabel} />
    {children}
  </div>
);
/** The list's markup: Alice and Bob as seen by Alice in the frame above, unless `over` says otherwise. */
const listHtml = (over: Partial<ParticipantListProps> = {}) =>
  renderToStaticMarkup(
    <ParticipantList
      participants={people}
      selfId={aliceInfo.id}
      messages={messages}
      onClose={none}
      headingId="h"
      frame={frame}
      {...over}
    />,
  );

describe('ParticipantList', () => {
  it('isDrawnInTheSharedFrameUnderItsHeadingWithItsCloseButton', () => {
    const html = listHtml();
    expect(html).toMatch(
      /^<div class="participant-list"><h2 id="h">Participants \(2\)<\/h2><button type="button" aria-label="Close participant list"><\/button><ul class="participant-list__items">/,
    );
  });

  it('givesEachPersonWithActionsADisclosureNamedAfterThem', () => {
    const html = listHtml({
      actions: {
        of: (p) => (p.id === bobInfo.id ? [{ key: 'promote', label: 'Make moderator', onSelect: none }] : []),
        label: (name) => `Actions for ${name}`,
      },
    });
    expect(html).toContain('aria-label="Actions for Bob" aria-expanded="false"');
    expect(html).not.toContain('Actions for Alice');
    expect(html).toMatch(/hidden=""><button type="button" class="button button--small" data-action="promote"/);
    expect(html).toContain('>Make moderator</button>');
  });

  it('hasNoActionsWithoutThem', () => {
    const html = listHtml({ selfId: null });
    expect(html).not.toContain('Actions for');
  });

  describe('inBreakoutRooms', () => {
    const dora = { ...bobInfo, id: 'dora-participant-0004', displayName: 'Dora' };
    // Alice in the main room; Bob (the viewer) and Dora in r1; Carol in r2.
    const rooms = [
      { ...aliceInfo, group: null },
      { ...bobInfo, group: 'r1' },
      { ...carolInfo, group: 'r2' },
      { ...dora, group: 'r1' },
    ] as unknown as ParticipantInfo[];
    const names: Record<string, string> = { r1: 'Room 1: Nord', r2: 'Room 2' };
    const render = (allRooms: boolean) =>
      listHtml({
        participants: rooms,
        selfId: bobInfo.id,
        allRooms,
        groupName: (group) => (group === null ? 'Main room' : (names[group] ?? 'Other room')),
        selfControls: <button type="button">Change my name</button>,
      });
    const headings = (html: string) => [...html.matchAll(/<h[23][^>]*>([^<]*)<\/h[23]>/g)].map((m) => m[1]);
    const members = (html: string) => [...html.matchAll(/data-member-id="([^"]+)"/g)].map((m) => m[1]);

    it('showsModeratorsEveryRoomTheirOwnFirst', () => {
      const html = render(true);
      expect(headings(html)).toEqual([
        'Participants (4)',
        'Room 1: Nord (2), you are here',
        'Main room (1)',
        'Room 2 (1)',
      ]);
      expect(members(html)).toEqual([bobInfo.id, dora.id, aliceInfo.id, carolInfo.id]);
      expect(html).toMatch(
        /<section class="participant-list__room" aria-labelledby="([^"]+)" data-room="r1"[^>]*><h3 id="\1"/,
      );
      expect(html).not.toContain('more in other rooms');
    });

    it('showsEveryoneElseOnlyTheirOwnRoomAndHowManyAreElsewhere', () => {
      const html = render(false);
      expect(headings(html)).toEqual(['Participants (2)', 'Room 1: Nord (2), you are here']);
      expect(members(html)).toEqual([bobInfo.id, dora.id]);
      expect(html).toContain('<p class="participant-list__elsewhere">2 more in other rooms.</p>');
    });

    it('putsTheOwnControlsIntoTheOwnEntryOnly', () => {
      const html = render(true);
      expect(html.match(/Change my name/g)).toHaveLength(1);
      expect(html).toMatch(new RegExp(`data-member-id="${bobInfo.id}"[^]*?Change my name[^]*?</li>`));
      expect(html).not.toMatch(new RegExp(`data-member-id="${bobInfo.id}"[^]*?</li>[^]*?Change my name`));
    });

    it('isOneListWithoutRoomsWhileEveryoneIsInTheSameRoom', () => {
      const html = listHtml({ selfId: bobInfo.id });
      expect(headings(html)).toEqual(['Participants (2)']);
      expect(html).not.toContain('<section');
      expect(members(html)).toEqual([bobInfo.id, aliceInfo.id]);
    });
  });
});
