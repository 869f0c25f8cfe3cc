import { agendaLimits } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/http.js';
import {
  type AgendaDialogEvent,
  type AgendaDialogState,
  agendaDialogReducer,
  agendaProblemOf,
  agendaToSave,
  initialAgendaDialog,
  refusedRows,
} from './agendaDialogState.js';

const AGENDA = {
  items: [
    { id: 'a', title: 'Begrüßung' },
    { id: 'b', title: 'Haushalt' },
    { id: 'c', title: 'Verschiedenes' },
  ],
  live: false,
  keptMinutes: false,
};

const run = (...events: AgendaDialogEvent[]): AgendaDialogState =>
  events.reduce(agendaDialogReducer, initialAgendaDialog);
const ready = (state: AgendaDialogState) => {
  if (state.phase !== 'ready') throw new Error(`not ready: ${state.phase}`);
  return state;
};
const loaded = { type: 'loaded', agenda: AGENDA } as const;
const titles = (state: AgendaDialogState) => ready(state).rows.map((r) => r.title);

describe('the agenda dialog', () => {
  it('loadsTheStoredItemsAsRows', () => {
    const state = ready(run(loaded));
    expect(state.rows.map((r) => [r.id, r.title])).toEqual([
      ['a', 'Begrüßung'],
      ['b', 'Haushalt'],
      ['c', 'Verschiedenes'],
    ]);
    expect(state.live).toBe(false);
    expect(state.keptMinutes).toBe(false);
    expect(ready(run({ type: 'loaded', agenda: { ...AGENDA, keptMinutes: true } })).keptMinutes).toBe(true);
  });

  it('movesItemsUpAndDownAndAnnouncesIt', () => {
    const down = run(loaded, { type: 'move', index: 0, by: 1 });
    expect(titles(down)).toEqual(['Haushalt', 'Begrüßung', 'Verschiedenes']);
    expect(ready(down).said).toEqual({ kind: 'moved', from: 1, to: 2 });
    const up = agendaDialogReducer(down, { type: 'move', index: 2, by: -1 });
    expect(titles(up)).toEqual(['Haushalt', 'Verschiedenes', 'Begrüßung']);
    // Beyond either end nothing happens.
    expect(agendaDialogReducer(up, { type: 'move', index: 0, by: -1 })).toBe(up);
    expect(agendaDialogReducer(up, { type: 'move', index: 2, by: 1 })).toBe(up);
  });

  it('addsRenamesAndRemovesItems', () => {
    const state = run(
      loaded,
      { type: 'add' },
      { type: 'rename', index: 3, title: 'Anfragen' },
      { type: 'remove', index: 1 },
    );
    expect(ready(state).rows.map((r) => [r.id, r.title])).toEqual([
      ['a', 'Begrüßung'],
      ['c', 'Verschiedenes'],
      [null, 'Anfragen'],
    ]);
    expect(ready(state).said).toEqual({ kind: 'removed', position: 2 });
    expect(new Set(ready(state).rows.map((r) => r.key)).size).toBe(3);
  });

  it('addsNoMoreThanTheLimit', () => {
    let state = run({ type: 'loaded', agenda: { items: [], live: false, keptMinutes: false } });
    for (let i = 0; i < agendaLimits.maxItems + 5; i++) state = agendaDialogReducer(state, { type: 'add' });
    expect(ready(state).rows).toHaveLength(agendaLimits.maxItems);
  });

  it('ignoresEditsWhileSaving', () => {
    const saving = run(loaded, { type: 'saving' });
    expect(agendaDialogReducer(saving, { type: 'remove', index: 0 })).toBe(saving);
    expect(agendaDialogReducer(saving, { type: 'add' })).toBe(saving);
  });

  it('keepsTheDraftWhenSavingFailsAndExplainsARunningMeeting', () => {
    const state = run(loaded, { type: 'add' }, { type: 'saving' }, { type: 'failed', problem: 'meetingRunning' });
    expect(ready(state)).toMatchObject({ saving: false, problem: 'meetingRunning', live: true });
    expect(ready(state).rows).toHaveLength(4);
    expect(run({ type: 'failed', problem: 'network' })).toEqual({ phase: 'failed', problem: 'network' });
  });

  it('marksRefusedRowsUntilTheyAreEdited', () => {
    const state = run(loaded, { type: 'refused', invalid: [0, 2] }, { type: 'rename', index: 0, title: 'Neu' });
    expect(ready(state).invalid).toEqual([2]);
  });
});

describe('saving the agenda', () => {
  it('sendsIdsOfStoredItemsAndTrimmedTitles', () => {
    const state = ready(run(loaded, { type: 'add' }, { type: 'rename', index: 3, title: '  Anfragen ' }));
    expect(agendaToSave(state.rows)).toEqual({
      ok: true,
      body: {
        items: [
          { id: 'a', title: 'Begrüßung' },
          { id: 'b', title: 'Haushalt' },
          { id: 'c', title: 'Verschiedenes' },
          { title: 'Anfragen' },
        ],
      },
    });
  });

  it('refusesEmptyAndTooLongTitlesByRow', () => {
    const rows = [
      { key: 7, id: null, title: '   ' },
      { key: 8, id: 'a', title: 'ok' },
      { key: 9, id: null, title: 'x'.repeat(agendaLimits.titleMaxLength + 1) },
    ];
    expect(agendaToSave(rows)).toEqual({ ok: false, invalid: [7, 9] });
  });

  it('readsTheServersProblems', () => {
    expect(agendaProblemOf(new ApiFailure('meetingRunning', 409))).toBe('meetingRunning');
    expect(agendaProblemOf(new ApiFailure('unknownAgendaItem', 400))).toBe('unknownItem');
    expect(agendaProblemOf(new ApiFailure('roomNotFound', 404))).toBe('notFound');
    expect(agendaProblemOf(new Error('x'))).toBe('other');
    const rows = ready(run(loaded)).rows;
    const failure = new ApiFailure('invalidBody', 400, { issues: [{ path: 'items.1.title', message: 'too long' }] });
    expect(refusedRows(rows, failure)).toEqual([rows[1]?.key]);
  });
});
