import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { aliceInfo, bobInfo } from '../client/fixtures.js';
import type { ParticipantInfo } from '../protocol.js';
import type { CoreUiMessages } from './coreUiMessages.js';
import { ParticipantList } from './ParticipantList.js';

const messages: CoreUiMessages = {
  participantsHeading: (n) => `Participants (${n})`,
  you: '(you)',
  reconnecting: 'reconnecting…',
  roles: { moderator: 'Moderator', participant: 'Participant', guest: 'Guest' },
  phone: 'by phone',
  closeParticipantList: 'Close participant list',
};
const people = [aliceInfo, bobInfo] as unknown as ParticipantInfo[];
const none = () => undefined;

describe('ParticipantList', () => {
  it('givesEachPersonWithActionsADisclosureNamedAfterThem', () => {
    const html = renderToStaticMarkup(
      <ParticipantList
        participants={people}
        selfId={aliceInfo.id}
        messages={messages}
        onClose={none}
        headingId="h"
        actions={{
          of: (p) => (p.id === bobInfo.id ? [{ key: 'promote', label: 'Make moderator', onSelect: none }] : []),
          label: (name) => `Actions for ${name}`,
        }}
      />,
    );
    expect(html).toContain('aria-label="Actions for Bob" aria-expanded="false"');
    expect(html).not.toContain('Actions for Alice');
    expect(html).toMatch(/hidden=""><button type="button" class="button button--small" data-action="promote"/);
    expect(html).toContain('>Make moderator</button>');
  });

  it('hasNoActionsWithoutThem', () => {
    const html = renderToStaticMarkup(
      <ParticipantList participants={people} selfId={null} messages={messages} onClose={none} headingId="h" />,
    );
    expect(html).not.toContain('Actions for');
  });
});
