import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { WaitingPersonInfo } from '../protocol.js';
import type { LobbyUiMessages } from './lobbyUiMessages.js';
import { WaitingPanel } from './WaitingPanel.js';

const messages: LobbyUiMessages = {
  heading: (n) => `Waiting room (${n})`,
  close: 'Close waiting room panel',
  policyLegend: 'Who must wait',
  policies: { off: 'Nobody', guests: 'Guests', everyone: 'Everyone' },
  guestLinksWaitHint: 'Guests with a link wait anyway.',
  nobodyWaiting: 'Nobody is waiting.',
  admit: 'Admit',
  reject: 'Reject',
  admitAll: 'Admit all',
  guest: 'Guest',
  participant: 'Participant',
  phone: 'by phone',
  waitingSince: () => 'waiting since 10:32',
  sentBack: 'sent back',
};

const dora = {
  participantId: 'dora-participant-00004',
  displayName: 'Dora',
  role: 'guest',
  kind: 'phone',
  since: 1,
  sentBack: true,
} as WaitingPersonInfo;

const none = () => undefined;
const render = (waiting: readonly WaitingPersonInfo[], guestLinksWait = false) =>
  renderToStaticMarkup(
    <WaitingPanel
      waiting={waiting}
      policy="guests"
      guestLinksWait={guestLinksWait}
      messages={messages}
      onAdmit={none}
      onReject={none}
      onAdmitAll={none}
      onPolicyChange={none}
      onClose={none}
      headingId="h"
    />,
  );

describe('WaitingPanel', () => {
  it('listsEachPersonWithAdmitAndRejectDescribedByTheirName', () => {
    const html = render([dora]);
    expect(html).toContain('Waiting room (1)');
    expect(html).toContain('Guest · by phone · waiting since 10:32 · sent back');
    const nameId = /<span id="([^"]+)" class="waiting-panel__name">Dora<\/span>/.exec(html)?.[1];
    expect(nameId).toBeTruthy();
    expect(html).toContain(`aria-describedby="${nameId}">Admit</button>`);
    expect(html).toContain(`aria-describedby="${nameId}">Reject</button>`);
    expect(html).toContain('>Admit all</button>');
  });

  it('showsThePolicyAsARadioGroupAndSaysWhenNobodyWaits', () => {
    const html = render([]);
    expect(html).toContain('<legend>Who must wait</legend>');
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*value="guests"/);
    expect(html).toContain('Nobody is waiting.');
    expect(html).not.toContain('Admit all');
    expect(html).not.toContain('Guests with a link wait anyway.');
    expect(html).not.toContain('aria-describedby="');
  });

  it('saysUnderThePolicyWhenGuestsWithALinkWaitWhateverIsChosen', () => {
    const html = render([dora], true);
    const hintId =
      /<p id="([^"]+)" class="waiting-panel__hint" data-hint="guestLinksWait">Guests with a link wait anyway.<\/p>/.exec(
        html,
      )?.[1];
    expect(hintId).toBeTruthy();
    expect(html).toContain(`<fieldset class="start-form__group" aria-describedby="${hintId}">`);
  });
});
