import { participantInfo } from '@plenum/module-core/testing';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RenameSelfControl } from './RenameSelfControl.js';
import { maySelfRename, type RenameSelfWords, renameSelfAction } from './renameSelfAction.js';

const words: RenameSelfWords = {
  changeMyName: 'Change my name',
  nameLabel: 'Your name',
  save: 'Save name',
  cancel: 'Cancel',
  close: 'Close',
  sameName: 'That is your name already.',
  locked: 'The moderators do not allow changing your name in this meeting.',
  nameRequired: 'Please enter your name.',
  nameInvalid: 'Invalid characters.',
  nameTooLong: (max) => `At most ${max} characters.`,
};
const sam = participantInfo('sam-participant-000001', 'Sam');

describe('maySelfRename', () => {
  it('letsModeratorsAlwaysAndEveryoneElseOnlyWhileNotLocked', () => {
    expect(maySelfRename({ role: 'participant' }, { selfRename: true })).toBe(true);
    expect(maySelfRename({ role: 'guest' }, { selfRename: false })).toBe(false);
    expect(maySelfRename({ role: 'participant' }, { selfRename: false })).toBe(false);
    expect(maySelfRename({ role: 'moderator' }, { selfRename: false })).toBe(true);
  });
});

describe('renameSelfAction', () => {
  it('startsWithTheCurrentNameAndChecksTheNameAsTheServerDoes', () => {
    const action = renameSelfAction(words, 'Sam', () => undefined);
    expect(action).toMatchObject({ key: 'renameSelf', label: 'Change my name' });
    expect(action.form).toMatchObject({ title: 'Change my name', fieldLabel: 'Your name', initial: 'Sam' });
    expect(action.form.maxLength).toBe(64);
    expect(action.form.problem('   ')).toBe('Please enter your name.');
    expect(action.form.problem('Sam\u0007')).toBe('Invalid characters.');
    expect(action.form.problem('x'.repeat(65))).toBe('At most 64 characters.');
    expect(action.form.problem(' Sam ')).toBe('That is your name already.');
    expect(action.form.problem('Samira')).toBeNull();
  });

  it('sendsTheNormalisedName', () => {
    const sent: string[] = [];
    const action = renameSelfAction(words, 'Sam', (name) => sent.push(name));
    action.form.onSubmit('  Samira Schulz ');
    action.form.onSubmit('');
    expect(sent).toEqual(['Samira Schulz']);
  });
});

describe('RenameSelfControl', () => {
  it('opensTheNameDialogWhileRenamingIsAllowed', () => {
    const html = renderToStaticMarkup(
      <RenameSelfControl self={sam} policy={{ selfRename: true }} words={words} onRename={() => undefined} />,
    );
    expect(html).toContain('data-action="renameSelf" aria-haspopup="dialog">Change my name</button>');
    expect(html).not.toContain('aria-disabled');
  });

  it('isDisabledWithTheReasonWhileModeratorsLockIt', () => {
    const html = renderToStaticMarkup(
      <RenameSelfControl self={sam} policy={{ selfRename: false }} words={words} onRename={() => undefined} />,
    );
    const described = html.match(/aria-disabled="true" aria-describedby="([^"]+)">Change my name<\/button>/);
    expect(described).not.toBeNull();
    expect(html).toContain(`id="${described?.[1]}" class="field__hint">${words.locked}</p>`);
  });
});
