import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem, decisionsOf, motionsOf, notesOf } from './minutesDocument.js';
import { minutesMarkdown } from './minutesMarkdown.js';

describe('minutesMarkdown', () => {
  it('writesHeadAgendaNotesMotionsAndDecisionsWithResults', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'a', title: 'Haushalt 2027', prepared: true });
    addAgendaItem(doc, { id: 'b', title: 'Verschiedenes', prepared: false });
    notesOf(doc, 'a').insert(0, 'Die Kämmerin stellt den Entwurf vor (*Entwurf* v2).');
    motionsOf(doc, 'a').push([{ text: 'Antrag: Haushalt beschließen' }]);
    decisionsOf(doc, 'a').push([
      { text: 'Der Haushalt 2027 ist beschlossen.', result: 'angenommen 7:2:1', voteId: 'abcdefgh12' },
    ]);
    decisionsOf(doc, 'a').push([{ not: 'an entry' }]);
    const md = minutesMarkdown(doc, {
      body: 'Finanzausschuss',
      title: '3. Sitzung',
      date: '26.11.2026',
      attendance: ['Alice', 'Bob'],
    });
    expect(md).toBe(
      [
        '# Finanzausschuss: 3. Sitzung',
        '',
        '- Datum: 26.11.2026',
        '- Ort: Online',
        '- Anwesend: Alice, Bob',
        '',
        '## Tagesordnung',
        '',
        '1. Haushalt 2027',
        '2. Verschiedenes',
        '',
        '## 1. Haushalt 2027',
        '',
        '### Notizen',
        '',
        'Die Kämmerin stellt den Entwurf vor (\\*Entwurf\\* v2).',
        '',
        '### Anträge',
        '',
        '- Antrag: Haushalt beschließen',
        '',
        '### Beschlüsse',
        '',
        '- Der Haushalt 2027 ist beschlossen. — Ergebnis: angenommen 7:2:1 — Abstimmung: legal-vote:abcdefgh12',
        '',
        '## 2. Verschiedenes',
        '',
      ].join('\n'),
    );
  });
});
