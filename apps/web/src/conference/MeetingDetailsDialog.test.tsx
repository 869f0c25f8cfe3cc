import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EnabledDialIn } from '../api/dialInApi.js';
import { en } from '../i18n/en.js';
import { MeetingDetailsDialog } from './MeetingDetailsDialog.js';

const LINK = 'https://plenum.example/r/AbCdEfGhIjKlMnOpQrSt_-12';
const DIAL_IN: EnabledDialIn = {
  enabled: true,
  conferenceNumber: '0123456789',
  pin: '9876543210',
  dialInNumber: '+49 30 1234567',
};
const render = (dialIn: EnabledDialIn | null) =>
  renderToStaticMarkup(
    <MeetingDetailsDialog
      meetingLink={LINK}
      dialIn={dialIn}
      t={en}
      onClose={() => undefined}
      returnFocus={{ current: null }}
    />,
  );

describe('MeetingDetailsDialog', () => {
  it('showsTheLinkAndHowToJoinByTelephoneWithCopyInvitation', () => {
    const html = render(DIAL_IN);
    expect(html).toMatch(/<h2 id="[^"]+" class="modal__title" tabindex="-1">Meeting details<\/h2>/);
    expect(html).toMatch(
      /<label for="([^"]+)">Meeting link<\/label><input id="\1" type="text" readOnly="" value="https:\/\/plenum\.example\/r\/AbCdEfGhIjKlMnOpQrSt_-12"/,
    );
    expect(html).toMatch(/<h3 id="[^"]+">Join by telephone<\/h3>/);
    expect(html).toContain('+49 30 1234567');
    expect(html).toContain('987 654 3210');
    expect(html).toContain('>Copy invitation</button>');
    expect(html).toContain('<p role="status" class="dialog-status"></p>');
  });

  it('showsOnlyTheLinkWhenDialInWasTurnedOffMeanwhile', () => {
    const html = render(null);
    expect(html).not.toContain('Join by telephone');
    expect(html).toContain('>Copy invitation</button>');
  });
});
