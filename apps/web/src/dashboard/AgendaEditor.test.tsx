import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { I18nProvider } from '../i18n/I18nProvider.js';
import { AgendaEditor } from './AgendaEditor.js';
import { type AgendaDialogState, agendaDialogReducer, initialAgendaDialog } from './agendaDialogState.js';

// The provider reads the browser's languages (English here); the editor's own words come from `t`.
beforeAll(() => {
  vi.stubGlobal('navigator', { languages: ['en'] });
});

const none = () => undefined;
const render = (state: AgendaDialogState, t = en) =>
  renderToStaticMarkup(
    <I18nProvider>
      <AgendaEditor
        state={state}
        t={t}
        idBase="ag"
        roomTitle="Ratssitzung"
        onRetry={none}
        onAdd={none}
        onRemove={none}
        onMove={none}
        onRename={none}
        onSave={none}
        onCancel={none}
      />
    </I18nProvider>,
  );
const loadedWith = (flags: { live: boolean; keptMinutes: boolean }, titles: readonly string[]) =>
  agendaDialogReducer(initialAgendaDialog, {
    type: 'loaded',
    agenda: { items: titles.map((title, i) => ({ id: `id${i}`, title })), ...flags },
  });
const withItems = (live = false, ...titles: string[]) => loadedWith({ live, keptMinutes: false }, titles);
/** Every button as [accessible name, visible text, aria-disabled]. */
const buttons = (html: string) =>
  [...html.matchAll(/<button([^>]*)>([^<]+)<\/button>/g)].map((m) => [
    /aria-label="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? m[2],
    m[2],
    /aria-disabled="true"/.test(m[1] ?? ''),
  ]);
const labels = (html: string) => [...html.matchAll(/<label for="([^"]+)">([^<]+)<\/label>/g)].map((m) => [m[1], m[2]]);

describe('AgendaEditor', () => {
  it('numbersEveryTitleFieldAndNamesEveryButtonWithItsItem', () => {
    const html = render(withItems(false, 'Begrüßung', 'Haushalt'));
    expect(html).toContain('<ol class="agenda-form__items" aria-label="Agenda items">');
    expect(labels(html)).toEqual([
      ['ag-title-0', 'Item 1 title'],
      ['ag-title-1', 'Item 2 title'],
    ]);
    expect(html).toMatch(/<input type="text" id="ag-title-0"[^>]*aria-describedby="ag-hint" value="Begrüßung"\/>/);
    expect(buttons(html)).toEqual([
      ['Move up item 1', 'Move up', true],
      ['Move down item 1', 'Move down', false],
      ['Remove item 1', 'Remove', false],
      ['Move up item 2', 'Move up', false],
      ['Move down item 2', 'Move down', true],
      ['Remove item 2', 'Remove', false],
      ['Add item', 'Add item', false],
      ['Save agenda', 'Save agenda', false],
      ['Cancel', 'Cancel', false],
    ]);
  });

  it('saysOnlyThoseAllowedToWriteTheMinutesCanChangeTheAgendaInTheMeeting', () => {
    expect(render(withItems(false, 'Begrüßung'))).toContain(
      'The agenda of “Ratssitzung”. In the meeting everyone sees it in the minutes; those allowed to write them can still change it there.',
    );
    expect(render(withItems(false, 'Begrüßung'), de)).toContain(
      'Die Tagesordnung von „Ratssitzung“. In der Besprechung sehen alle sie im Protokoll; wer dort schreiben darf, kann sie noch ändern.',
    );
  });

  it('speaksGerman', () => {
    const html = render(withItems(false, 'Begrüßung'), de);
    expect(labels(html)).toEqual([['ag-title-0', 'Titel von Punkt 1']]);
    expect(buttons(html).map((b) => b[0])).toEqual([
      'Nach oben: Punkt 1',
      'Nach unten: Punkt 1',
      'Entfernen: Punkt 1',
      'Punkt hinzufügen',
      'Tagesordnung speichern',
      'Abbrechen',
    ]);
  });

  it('saysWhenTheAgendaIsEmpty', () => {
    const html = render(withItems(false));
    expect(html).toContain('The agenda has no items yet.');
    expect(html).not.toContain('<ol');
  });

  it('marksARefusedTitleWithAnAlert', () => {
    const state = agendaDialogReducer(withItems(false, ''), { type: 'refused', invalid: [0] });
    const html = render(state);
    expect(html).toMatch(/aria-invalid="true" aria-describedby="ag-title-0-error ag-hint"/);
    expect(html).toContain(
      '<p id="ag-title-0-error" class="field__error" role="alert">Enter a title of 1 to 200 characters, without control characters.</p>',
    );
  });

  it('explainsARunningMeetingAndDoesNotSave', () => {
    const html = render(withItems(true, 'Begrüßung'));
    expect(html).toContain(
      '<p id="ag-live" class="message message--info">A meeting of this room is running now. Edit the agenda in the meeting&#x27;s minutes; changes here cannot be saved.</p>',
    );
    expect(html).toMatch(/<button type="submit"[^>]*aria-disabled="true" aria-describedby="ag-live">Save agenda/);
    const refused = agendaDialogReducer(withItems(false, 'x'), { type: 'failed', problem: 'meetingRunning' });
    expect(render(refused)).toMatch(/role="alert"><p>A meeting of this room is running now/);
  });

  it('saysBeforeSavingThatTheKeptMinutesOfTheLastMeetingChangeWithTheAgenda', () => {
    const html = render(loadedWith({ live: false, keptMinutes: true }, ['Begrüßung']));
    expect(html).toContain(
      '<p id="ag-kept" class="message message--warning">The minutes of the last meeting are kept with this room and hold notes and decisions for these items. Changes here change those minutes&#x27; agenda too; to begin afresh, start new minutes in the next meeting.</p>',
    );
    expect(html).toMatch(/<button type="submit" class="button button--primary" aria-describedby="ag-kept">Save agenda/);
    expect(render(loadedWith({ live: false, keptMinutes: true }, ['Begrüßung']), de)).toContain(
      '>Das Protokoll der letzten Besprechung bleibt bei diesem Raum und enthält Notizen und Beschlüsse zu diesen Punkten. Änderungen hier ändern auch dessen Tagesordnung; um neu zu beginnen, starten Sie in der nächsten Besprechung ein neues Protokoll.</p>',
    );
    const without = render(withItems(false, 'Begrüßung'));
    expect(without).not.toContain('ag-kept');
    expect(without).not.toContain('minutes of the last meeting');
    // While a meeting runs nothing is saved here: the running meeting is what the dialog explains.
    const live = render(loadedWith({ live: true, keptMinutes: true }, ['Begrüßung']));
    expect(live).not.toContain('ag-kept');
    expect(live).toMatch(/aria-describedby="ag-live">Save agenda/);
  });

  it('showsLoadingAndALoadFailureWithRetry', () => {
    expect(render(initialAgendaDialog)).toContain('Loading the agenda…');
    const failed = render({ phase: 'failed', problem: 'other' });
    expect(failed).toContain('The agenda could not be loaded.');
    expect(buttons(failed)).toEqual([['Try again', 'Try again', false]]);
    expect(render({ phase: 'failed', problem: 'signedOut' })).toContain('Your session has ended.');
  });
});
