import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DialIn } from '../api/dialInApi.js';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { DialInPanel } from './DialInPanel.js';
import type { DialInDialogState } from './dialInDialogState.js';

const ON: DialIn = { enabled: true, conferenceNumber: '0123456789', pin: '9876543210', dialInNumber: '+49 30 1234567' };
const none = () => undefined;
const render = (state: DialInDialogState, t = en, status = '') =>
  renderToStaticMarkup(
    <DialInPanel
      state={state}
      status={status}
      t={t}
      onRetry={none}
      onSwitch={none}
      onAsk={none}
      onConfirm={none}
      onDismiss={none}
      onWithdraw={none}
      onCopy={none}
    />,
  );
const ready = (dialIn: DialIn, more: Partial<Extract<DialInDialogState, { phase: 'ready' }>> = {}) =>
  ({ phase: 'ready', dialIn, busy: null, asking: null, problem: null, ...more }) as const;
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((m) => m[1]);
const checkbox = (html: string) => /<input type="checkbox"[^>]*\/>/.exec(html)?.[0] ?? '';

describe('DialInPanel', () => {
  it('offersALabelledSwitchThatIsOffWithoutDetails', () => {
    const html = render(ready({ enabled: false }));
    expect(html).toMatch(
      /<label class="dial-in__switch"><input type="checkbox"[^>]*\/>Allow joining by telephone<\/label>/,
    );
    expect(checkbox(html)).not.toContain('checked');
    expect(checkbox(html)).toMatch(/aria-describedby="([^"]+)"/);
    const hint = /aria-describedby="([^"]+)"/.exec(checkbox(html))?.[1];
    expect(html).toContain(`<p id="${hint}" class="field__hint">Changes take effect at once.</p>`);
    expect(html).toContain('<p>Nobody can join this room by telephone.</p>');
    expect(html).not.toContain('Conference number');
    expect(buttons(html)).toEqual([]);
  });

  it('showsTheDetailsAndNewPinAndNumberWhileOn', () => {
    const html = render(ready(ON));
    expect(checkbox(html)).toContain('checked=""');
    expect(html).toContain('012 345 6789');
    expect(buttons(html)).toEqual(['Copy', 'Copy', 'Copy', 'New PIN and number']);
  });

  it('asksBeforeNewPinAndNumberBecauseTheOldOnesStopWorking', () => {
    const html = render(ready(ON, { asking: 'regenerate' }));
    expect(html).toContain('The current ones stop working at once');
    expect(buttons(html)).toEqual(['Copy', 'Copy', 'Copy', 'Create new PIN and number', 'Keep current PIN and number']);
    const busy = render(ready(ON, { asking: 'regenerate', busy: 'regenerate' }));
    expect(busy).toMatch(/aria-disabled="true">Creating…<\/button>/);
  });

  it('asksBeforeTurningOffAndKeepsTheSwitchOnUntilConfirmed', () => {
    const html = render(ready(ON, { asking: 'disable' }));
    expect(checkbox(html)).toContain('checked=""');
    expect(checkbox(html)).toContain('aria-disabled="true"');
    expect(html).toContain('Turn telephone dial-in off? The conference number and PIN stop working at once.');
    expect(buttons(html).slice(0, 2)).toEqual(['Turn dial-in off', 'Keep dial-in on']);
  });

  it('explainsWhenTheOrganisationDoesNotOfferDialInWithoutASwitch', () => {
    const html = render({ phase: 'notOffered', busy: false, withdrawn: false, problem: null });
    expect(html).not.toContain('type="checkbox"');
    expect(html).toContain('Telephone dial-in is not enabled for your organisation.');
    expect(buttons(html)).toEqual(['Withdraw conference number and PIN']);
    const de_ = render({ phase: 'notOffered', busy: false, withdrawn: false, problem: null }, de);
    expect(de_).toContain('Die Telefoneinwahl ist für Ihre Organisation nicht freigeschaltet.');
    const done = render({ phase: 'notOffered', busy: false, withdrawn: true, problem: null });
    expect(done).toContain('Conference number and PIN withdrawn.');
    expect(buttons(done)).toEqual([]);
  });

  it('reportsAFailedChangeAsAnAlertNextToTheSwitch', () => {
    const html = render(ready(ON, { problem: 'network' }));
    expect(html).toContain('<div class="message message--error" role="alert"><p>Plenum cannot be reached.');
    const signedOut = render(ready(ON, { problem: 'signedOut' }));
    expect(signedOut).toMatch(
      /role="alert"><p>Your session has ended\. Please sign in again\.<\/p><a class="button button--small" href="[^"]+">Sign in<\/a>/,
    );
  });

  it('offersRetryWhenLoadingFailed', () => {
    const html = render({ phase: 'failed', problem: 'other' });
    expect(html).toContain('role="alert"><p>The dial-in details could not be loaded.</p>');
    expect(buttons(html)).toEqual(['Try again']);
  });

  it('announcesInItsOwnLiveRegion', () => {
    expect(render(ready(ON), en, 'PIN copied.')).toContain('<p role="status" class="dialog-status">PIN copied.</p>');
    expect(render({ phase: 'loading' })).toContain('<p class="loading">Loading dial-in details…</p>');
  });
});
