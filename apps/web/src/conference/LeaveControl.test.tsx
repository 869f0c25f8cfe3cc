import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { endForEveryoneAction, LeaveControl, type LeaveWords } from './LeaveControl.js';

const words: LeaveWords = { leave: en.controls.leave, ...en.leave };
const none = () => undefined;

describe('LeaveControl', () => {
  it('letsEveryoneButModeratorsLeaveAtOnce', () => {
    const html = renderToStaticMarkup(
      <LeaveControl moderator={false} words={words} onLeave={none} onEndForEveryone={none} />,
    );
    expect(html).toMatch(/^<button type="button" class="control control--danger">/);
    expect(html).toContain('<span class="control__label">Leave meeting</span>');
    expect(html).not.toContain('aria-haspopup');
    expect(html).not.toContain('End meeting for everyone');
  });

  it('offersModeratorsAMenuToLeaveOrEndTheMeetingForEveryone', () => {
    const html = renderToStaticMarkup(<LeaveControl moderator words={words} onLeave={none} onEndForEveryone={none} />);
    const button = /<button[^>]*>/.exec(html)?.[0] ?? '';
    expect(button).toContain('class="control control--danger"');
    expect(button).toContain('aria-haspopup="menu"');
    expect(button).toContain('aria-expanded="false"');
    expect(html).toContain('<span class="control__label">Leave meeting</span>');
    // The menu is closed until opened: its items are not rendered yet.
    expect(html).toMatch(/<div id="[^"]+" class="toolbar-menu__popup toolbar-menu__popup--list" hidden="" role="menu"/);
    expect(html).not.toContain('data-leave="endForEveryone"');
  });

  it('asksBeforeEndingTheMeetingForEveryone', () => {
    let ended = 0;
    const action = endForEveryoneAction(words, () => {
      ended++;
    });
    expect(action).toMatchObject({
      key: 'endMeetingForEveryone',
      label: 'End meeting for everyone',
      confirm: {
        question:
          'End the meeting for everyone? Everyone leaves, you included. People in the waiting room are not let in any more.',
        confirmLabel: 'End meeting now',
        cancelLabel: 'Cancel',
        closeLabel: 'Close',
      },
    });
    expect(ended).toBe(0);
    action.onSelect();
    expect(ended).toBe(1);
  });

  it('hasEveryWordInGermanToo', () => {
    expect(de.leave).toMatchObject({
      leaveMeeting: 'Besprechung verlassen',
      endForEveryone: 'Besprechung für alle beenden',
      endConfirm: 'Jetzt für alle beenden',
      cancel: 'Abbrechen',
    });
    for (const text of Object.values(de.leave)) expect(text.trim()).not.toBe('');
  });
});
