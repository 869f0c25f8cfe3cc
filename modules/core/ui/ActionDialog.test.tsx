import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActionButton } from './ActionButton.js';
import { ActionDialog } from './ActionDialog.js';
import type { ParticipantAction } from './participantAction.js';

const none = () => undefined;
const kick: ParticipantAction = {
  key: 'kick',
  label: 'Remove from meeting',
  confirm: {
    question: 'Remove Ben <i> from the meeting?',
    confirmLabel: 'Remove',
    cancelLabel: 'Cancel',
    closeLabel: 'Close',
  },
  onSelect: none,
};
const rename: ParticipantAction = {
  key: 'rename',
  label: 'Rename',
  form: {
    title: 'Rename Ben',
    fieldLabel: 'New name',
    initial: 'Ben',
    maxLength: 64,
    submitLabel: 'Rename',
    cancelLabel: 'Cancel',
    closeLabel: 'Close',
    problem: (text) => (text.trim() === '' ? 'Enter a name.' : null),
    onSubmit: none,
  },
};

describe('ActionButton', () => {
  it('aPlainActionIsAPlainButtonDescribedByThePerson', () => {
    const html = renderToStaticMarkup(
      <ActionButton action={{ key: 'mute', label: 'Mute', onSelect: none }} describedBy="name" />,
    );
    expect(html).toBe(
      '<button type="button" class="button button--small" data-action="mute" aria-describedby="name">Mute</button>',
    );
  });

  it('anActionThatAsksFirstSaysItOpensADialogAndShowsNoneYet', () => {
    for (const action of [kick, rename]) {
      const html = renderToStaticMarkup(<ActionButton action={action} />);
      expect(html).toContain('aria-haspopup="dialog"');
      expect(html).not.toContain('<dialog');
    }
  });
});

describe('ActionDialog', () => {
  it('aConfirmationIsNamedByTheActionDescribedByItsQuestionAndStartsOnCancel', () => {
    const html = renderToStaticMarkup(<ActionDialog action={kick} onCancel={none} onDone={none} />);
    const title = /aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/.exec(html);
    expect(title).not.toBeNull();
    expect(html).toContain(`<h2 id="${title?.[1]}" class="modal__title action-dialog__title">Remove from meeting</h2>`);
    expect(html).toContain(`<p id="${title?.[2]}" class="action-dialog__question">Remove Ben &lt;i&gt; from`);
    expect(html).toContain('class="button button--danger">Remove</button>');
    expect(html).toContain('data-autofocus="true">Cancel</button>');
    expect(html).not.toContain('<i>');
  });

  it('aFormIsNamedByItsTitleWithALabelledFieldHoldingTheName', () => {
    const html = renderToStaticMarkup(<ActionDialog action={rename} onCancel={none} onDone={none} />);
    expect(html).not.toContain('aria-describedby');
    expect(html).toMatch(/<h2 id="[^"]+" class="modal__title action-dialog__title">Rename Ben<\/h2>/);
    const label = /<label for="([^"]+)">New name<\/label>/.exec(html);
    expect(html).toContain(`id="${label?.[1]}" type="text" maxLength="64" autoComplete="off" data-autofocus="true"`);
    expect(html).toContain('value="Ben"');
    expect(html).toContain('aria-invalid="false"');
    expect(html).toContain('<button type="submit" class="button button--primary">Rename</button>');
    // A problem shows only once the name was edited or submitted.
    expect(html).not.toContain('action-dialog__problem');
  });

  it('isLaidOutLikeTheOtherDialogsWithATitleBesideALabelledCloseButton', () => {
    for (const action of [kick, rename]) {
      const html = renderToStaticMarkup(<ActionDialog action={action} onCancel={none} onDone={none} />);
      expect(html).toMatch(
        /^<dialog class="modal action-dialog"[^>]*><div class="modal__header action-dialog__header"><h2 [^>]*class="modal__title action-dialog__title">[^<]+<\/h2><button type="button" class="icon-button" aria-label="Close"><svg [^>]*aria-hidden="true"/,
      );
      // Everything else is in the body, which the app's dialog frame pads.
      expect(html).toMatch(/<\/button><\/div><div class="modal__body action-dialog__body">.*<\/div><\/dialog>$/);
    }
  });
});
