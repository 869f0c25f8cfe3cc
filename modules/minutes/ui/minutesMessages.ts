import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { MinutesAnnouncements } from '../client/minutesAnnouncements.js';
import type { ExportFailure, ExportVisibility, MinutesEntry } from '../protocol.js';

/** The words of the minutes panel. */
export interface MinutesPanelMessages {
  readonly heading: string;
  readonly close: string;
  readonly agenda: string;
  readonly emptyAgenda: string;
  readonly readOnly: string;
  /** While the document's code and copy are on their way (the panel's first opening). */
  readonly loading: string;
  readonly loadFailed: string;
  readonly retry: string;
  /** "1. Budget": an item's number and title as its heading. */
  readonly itemHeading: (number: number, title: string) => string;
  readonly untitled: string;
  readonly newItemTitle: string;
  readonly addItem: string;
  readonly titleMissing: string;
  /** An empty decision submitted (it may link a vote instead of a text). */
  readonly textMissing: string;
  /** An empty motion submitted (a motion has no vote to choose). */
  readonly motionTextMissing: string;
  /** Said politely when this writer added a motion or decision, the `number`th of its item. */
  readonly motionAdded: (number: number) => string;
  readonly decisionAdded: (number: number) => string;
  /** The visible labels of an item's tools; their accessible names add the item's title (`actionName`). */
  readonly rename: string;
  readonly renameField: string;
  readonly save: string;
  readonly cancel: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly remove: string;
  /**
   * A tool's accessible name: its visible label (`action`) followed by what it acts on ("Rename “Budget”"), so the
   * visible label is part of the name (WCAG 2.5.3).
   */
  readonly actionName: (action: string, subject: string) => string;
  readonly removeQuestion: (title: string) => string;
  readonly removeConfirm: string;
  readonly notes: string;
  /** Under the notes once they are full. */
  readonly notesFull: (maxLength: number) => string;
  /** Said (a status) when pasted or dropped text did not fit into the notes and was cut. */
  readonly notesCut: (maxLength: number) => string;
  readonly motions: string;
  readonly decisions: string;
  readonly noEntries: string;
  readonly newMotion: string;
  readonly addMotion: string;
  readonly newDecision: string;
  readonly addDecision: string;
  readonly linkedVote: string;
  readonly noLinkedVote: string;
  /**
   * A concluded vote in the select: "Budget (14:05, 7:2:1)"; `when` (`voteWhen`) has the date unless it is today,
   * `result` is how it ended in short (`voteShortResult`: counts, or "cancelled").
   */
  readonly voteOption: (title: string, when: string, result: string) => string;
  readonly removeMotionQuestion: (text: string) => string;
  readonly removeDecisionQuestion: (text: string) => string;
  /** A decision that records a formal vote's result: `vote` is its title, null when no longer known. */
  readonly removeLinkedDecisionQuestion: (text: string, vote: string | null) => string;
  /**
   * The accessible name of a part of an agenda item (its notes, motions, decisions, their forms): the part's short
   * visible name and which item ("Motions – item 1: Budget"), so that the landmarks of many items differ.
   */
  readonly ofItem: (part: string, number: number, title: string) => string;
  /** A decision's outcome as the writer records it, and the choice's words (`none`: not recorded). */
  readonly outcome: string;
  readonly outcomes: Readonly<Record<NonNullable<MinutesEntry['outcome']> | 'none', string>>;
  /** Next to a decision's outcome when its linked vote was cancelled or interrupted. */
  readonly voteWithoutResult: string;
  /** Opens the list of who voted how under a decision linked to a roll call. */
  readonly rollCall: string;
  readonly exportHeading: string;
  readonly visibility: string;
  readonly visibilities: Readonly<Record<ExportVisibility, string>>;
  readonly export: string;
  readonly downloadPdf: string;
  readonly downloadMarkdown: string;
  /** The carried-over notice: `lastChanged` is the latest change's date and time, null when not known. */
  readonly carriedOver: (lastChanged: string | null) => string;
  readonly startNew: string;
  /** The confirm step of `startNew`: what happens to the current minutes. */
  readonly startNewQuestion: string;
  readonly startNewConfirm: string;
  readonly continueMinutes: string;
  /** Moderators: the export when the last meeting closed failed (`storage`: the storage was full). */
  readonly notExportedOnClose: (reason: ExportFailure) => string;
}

/** All words of the minutes UI, per language. */
export interface MinutesMessages extends ModuleMessages<MinutesAnnouncements> {
  /** The toolbar button that opens the panel. */
  readonly openPanel: string;
  readonly panel: MinutesPanelMessages;
  readonly allowWriting: string;
  readonly stopWriting: string;
}

/** A local clock time in the language's style; with `seconds` when two moments share a minute. */
export function clockTime(at: number, locale: 'en' | 'de', seconds = false): string {
  return new Date(at).toLocaleTimeString(locale === 'de' ? 'de-DE' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  });
}

/**
 * When a vote ended, for its choice: the time of day (with `seconds` when another vote ended in the same minute),
 * with the date before it unless that is `now`'s.
 */
export function voteWhen(at: number, locale: 'en' | 'de', now: number, seconds = false): string {
  const day = (ms: number) =>
    new Date(ms).toLocaleDateString(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium' });
  const time = clockTime(at, locale, seconds);
  return day(at) === day(now) ? time : `${day(at)}, ${time}`;
}

const count = (n: number, locale: 'en' | 'de') => n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB');

export const minutesMessages: Messages<MinutesMessages> = {
  en: {
    openPanel: 'Minutes',
    allowWriting: 'Allow writing the minutes',
    stopWriting: 'Stop writing the minutes',
    panel: {
      heading: 'Minutes',
      close: 'Close minutes',
      agenda: 'Agenda',
      emptyAgenda: 'The agenda is empty.',
      readOnly: 'You can read the minutes. A moderator can allow you to write them.',
      loading: 'Loading the minutes…',
      loadFailed: 'The minutes could not be loaded. Please check your connection.',
      retry: 'Try again',
      itemHeading: (number, title) => `${number}. ${title}`,
      untitled: '(untitled)',
      newItemTitle: 'Title of the new agenda item',
      addItem: 'Add item',
      titleMissing: 'Enter a title first.',
      textMissing: 'Enter a text or choose a vote first.',
      motionTextMissing: 'Enter the motion first.',
      motionAdded: (number) => `Motion ${number} added.`,
      decisionAdded: (number) => `Decision ${number} added.`,
      rename: 'Rename',
      renameField: 'Title',
      save: 'Save',
      cancel: 'Cancel',
      moveUp: 'Move up',
      moveDown: 'Move down',
      remove: 'Remove',
      actionName: (action, subject) => `${action} “${subject}”`,
      removeQuestion: (title) => `Remove “${title}” from the agenda? Its notes, motions and decisions go with it.`,
      removeConfirm: 'Remove',
      notes: 'Notes',
      notesFull: (maxLength) => `The notes of an item can have at most ${count(maxLength, 'en')} characters.`,
      notesCut: (maxLength) =>
        `Only part of the text was added: the notes of an item can have at most ${count(maxLength, 'en')} characters.`,
      motions: 'Motions',
      decisions: 'Decisions',
      noEntries: 'None yet.',
      newMotion: 'New motion',
      addMotion: 'Add motion',
      newDecision: 'New decision',
      addDecision: 'Add decision',
      linkedVote: 'Linked vote',
      noLinkedVote: 'No vote',
      voteOption: (title, when, result) => `${title} (${when}, ${result})`,
      removeMotionQuestion: (text) => `Remove the motion “${text}”?`,
      removeDecisionQuestion: (text) => `Remove the decision “${text}”?`,
      removeLinkedDecisionQuestion: (text, vote) =>
        `Remove the decision “${text}”? It records the result of ${vote === null ? 'a formal vote' : `the formal vote “${vote}”`}; the vote itself stays on record.`,
      ofItem: (part, number, title) => `${part} – item ${number}: ${title}`,
      outcome: 'Outcome',
      outcomes: { none: '—', adopted: 'adopted', rejected: 'rejected' },
      voteWithoutResult: 'The linked vote was cancelled or interrupted: it has no result.',
      rollCall: 'Who voted how',
      exportHeading: 'Export',
      visibility: 'Who may download',
      visibilities: { participants: 'Participants', moderators: 'Moderators only' },
      export: 'Export PDF and Markdown',
      downloadPdf: 'Download minutes (PDF)',
      downloadMarkdown: 'Download minutes (Markdown)',
      carriedOver: (lastChanged) =>
        lastChanged === null
          ? 'These minutes continue an earlier meeting.'
          : `These minutes continue an earlier meeting (last changed ${lastChanged}).`,
      startNew: 'Start new minutes',
      startNewQuestion:
        'Start new minutes? The current minutes are first stored as files (PDF and Markdown) of this meeting for moderators. Then new minutes start with the same agenda titles and empty notes, motions and decisions.',
      startNewConfirm: 'Store and start new minutes',
      continueMinutes: 'Continue these minutes',
      notExportedOnClose: (reason) =>
        reason === 'storage'
          ? "The minutes were not exported when the last meeting closed: the storage was full. Export them now, after freeing space (delete files in the room's Meetings dialog or ask your administration)."
          : 'The minutes were not exported when the last meeting closed. Export them now.',
    },
    announce: {
      writeAllowed: () => 'You may now write the minutes.',
      writeRevoked: () => 'You can no longer write the minutes.',
      exported: () => 'Minutes exported: PDF and Markdown ready to download in the Minutes panel.',
      exportFailed: ({ reason }) =>
        reason === 'storage'
          ? 'The minutes could not be exported: the storage is full.'
          : 'The minutes could not be exported. Please try again.',
      exportRunning: () => 'The minutes are being exported. Please wait a moment.',
      notAllowed: () => 'Only moderators may do that.',
      readOnly: () => 'Your change to the minutes was not saved: you may only read them.',
      updateTooLarge: () => 'Your change to the minutes is too large to save at once. Please add it in smaller parts.',
      documentFull: () =>
        'The minutes are full: your change was not saved. Delete text you no longer need, or export them and start new minutes.',
      updateFailed: () => 'Your change to the minutes could not be saved.',
      participantGone: () => 'This person is no longer in the meeting.',
      restarted: () => 'New minutes were started. The previous minutes are stored as files for moderators.',
    },
  },
  de: {
    openPanel: 'Protokoll',
    allowWriting: 'Schreibrecht fürs Protokoll geben',
    stopWriting: 'Schreibrecht fürs Protokoll entziehen',
    panel: {
      heading: 'Protokoll',
      close: 'Protokoll schließen',
      agenda: 'Tagesordnung',
      emptyAgenda: 'Die Tagesordnung ist leer.',
      readOnly:
        'Sie können das Protokoll lesen. Eine Moderatorin oder ein Moderator kann Ihnen das Schreiben erlauben.',
      loading: 'Das Protokoll wird geladen…',
      loadFailed: 'Das Protokoll konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.',
      retry: 'Erneut versuchen',
      itemHeading: (number, title) => `${number}. ${title}`,
      untitled: '(ohne Titel)',
      newItemTitle: 'Titel des neuen Tagesordnungspunkts',
      addItem: 'Punkt hinzufügen',
      titleMissing: 'Geben Sie zuerst einen Titel ein.',
      textMissing: 'Geben Sie zuerst einen Text ein oder wählen Sie eine Abstimmung.',
      motionTextMissing: 'Geben Sie zuerst den Antrag ein.',
      motionAdded: (number) => `Antrag ${number} hinzugefügt.`,
      decisionAdded: (number) => `Beschluss ${number} hinzugefügt.`,
      rename: 'Umbenennen',
      renameField: 'Titel',
      save: 'Speichern',
      cancel: 'Abbrechen',
      moveUp: 'Nach oben',
      moveDown: 'Nach unten',
      remove: 'Entfernen',
      actionName: (action, subject) => `${action}: „${subject}“`,
      removeQuestion: (title) =>
        `„${title}“ von der Tagesordnung entfernen? Notizen, Anträge und Beschlüsse dazu werden mit entfernt.`,
      removeConfirm: 'Entfernen',
      notes: 'Notizen',
      notesFull: (maxLength) => `Die Notizen eines Punkts können höchstens ${count(maxLength, 'de')} Zeichen haben.`,
      notesCut: (maxLength) =>
        `Nur ein Teil des Textes wurde übernommen: Die Notizen eines Punkts können höchstens ${count(maxLength, 'de')} Zeichen haben.`,
      motions: 'Anträge',
      decisions: 'Beschlüsse',
      noEntries: 'Noch keine.',
      newMotion: 'Neuer Antrag',
      addMotion: 'Antrag hinzufügen',
      newDecision: 'Neuer Beschluss',
      addDecision: 'Beschluss hinzufügen',
      linkedVote: 'Verknüpfte Abstimmung',
      noLinkedVote: 'Keine Abstimmung',
      voteOption: (title, when, result) => `${title} (${when} Uhr, ${result})`,
      removeMotionQuestion: (text) => `Den Antrag „${text}“ entfernen?`,
      removeDecisionQuestion: (text) => `Den Beschluss „${text}“ entfernen?`,
      removeLinkedDecisionQuestion: (text, vote) =>
        `Den Beschluss „${text}“ entfernen? Er hält das Ergebnis ${vote === null ? 'einer förmlichen Abstimmung' : `der förmlichen Abstimmung „${vote}“`} fest; die Abstimmung selbst bleibt erhalten.`,
      ofItem: (part, number, title) => `${part} – Punkt ${number}: ${title}`,
      outcome: 'Ausgang',
      outcomes: { none: '—', adopted: 'angenommen', rejected: 'abgelehnt' },
      voteWithoutResult: 'Die verknüpfte Abstimmung wurde abgebrochen oder unterbrochen: Sie hat kein Ergebnis.',
      rollCall: 'Wer wie abgestimmt hat',
      exportHeading: 'Export',
      visibility: 'Wer darf herunterladen',
      visibilities: { participants: 'Teilnehmende', moderators: 'Nur Moderation' },
      export: 'Protokoll exportieren (PDF und Markdown)',
      downloadPdf: 'Protokoll herunterladen (PDF)',
      downloadMarkdown: 'Protokoll herunterladen (Markdown)',
      carriedOver: (lastChanged) =>
        lastChanged === null
          ? 'Dieses Protokoll setzt eine frühere Sitzung fort.'
          : `Dieses Protokoll setzt eine frühere Sitzung fort (zuletzt geändert am ${lastChanged}).`,
      startNew: 'Neues Protokoll beginnen',
      startNewQuestion:
        'Neues Protokoll beginnen? Das bisherige Protokoll wird zuerst als Dateien (PDF und Markdown) dieser Sitzung für die Moderation gespeichert. Dann beginnt ein neues Protokoll mit denselben Tagesordnungspunkten und leeren Notizen, Anträgen und Beschlüssen.',
      startNewConfirm: 'Speichern und neu beginnen',
      continueMinutes: 'Dieses Protokoll fortsetzen',
      notExportedOnClose: (reason) =>
        reason === 'storage'
          ? 'Das Protokoll wurde beim Schließen der letzten Sitzung nicht exportiert: Der Speicher war voll. Exportieren Sie es jetzt, nachdem Platz geschaffen wurde (Dateien im Dialog „Besprechungen“ des Raums löschen oder die Verwaltung fragen).'
          : 'Das Protokoll wurde beim Schließen der letzten Sitzung nicht exportiert. Exportieren Sie es jetzt.',
    },
    announce: {
      writeAllowed: () => 'Sie dürfen jetzt das Protokoll schreiben.',
      writeRevoked: () => 'Sie dürfen das Protokoll nicht mehr schreiben.',
      exported: () => 'Protokoll exportiert: PDF und Markdown stehen im Protokoll-Bereich zum Herunterladen bereit.',
      exportFailed: ({ reason }) =>
        reason === 'storage'
          ? 'Das Protokoll konnte nicht exportiert werden: Der Speicher ist voll.'
          : 'Das Protokoll konnte nicht exportiert werden. Bitte versuchen Sie es erneut.',
      exportRunning: () => 'Das Protokoll wird gerade exportiert. Bitte warten Sie einen Moment.',
      notAllowed: () => 'Das dürfen nur Moderatorinnen und Moderatoren.',
      readOnly: () => 'Ihre Änderung am Protokoll wurde nicht gespeichert: Sie dürfen es nur lesen.',
      updateTooLarge: () =>
        'Ihre Änderung am Protokoll ist zu groß, um sie auf einmal zu speichern. Bitte fügen Sie sie in kleineren Teilen ein.',
      documentFull: () =>
        'Das Protokoll ist voll: Ihre Änderung wurde nicht gespeichert. Löschen Sie nicht mehr benötigten Text, oder exportieren Sie es und beginnen Sie ein neues Protokoll.',
      updateFailed: () => 'Ihre Änderung am Protokoll konnte nicht gespeichert werden.',
      participantGone: () => 'Diese Person ist nicht mehr in der Sitzung.',
      restarted: () =>
        'Ein neues Protokoll wurde begonnen. Das bisherige ist als Dateien für die Moderation gespeichert.',
    },
  },
};
