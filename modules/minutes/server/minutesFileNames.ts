import { fileStamp } from '@plenum/reports';
import { type MinutesLanguage, minutesLabels } from '../minutesLabels.js';

/** The time zone of the files' names: the exports' own (Europe/Berlin). */
const TIME_ZONE = 'Europe/Berlin';

/**
 * The names of a room's minutes files, without extension: `niederschrift-2026-11-26-2341` / `minutes-2026-11-26-2341`
 * from the language and the export's time; a second export in the same minute gets `-2`, a third `-3` …, so that no
 * two exports of the meeting share a name. One per room module: it knows the names this run of the room gave.
 */
export class MinutesFileNames {
  readonly #taken = new Set<string>();

  next(language: MinutesLanguage, exportedAt: number): string {
    const base = `${minutesLabels[language].filenamePrefix}-${fileStamp(exportedAt, TIME_ZONE)}`;
    let name = base;
    for (let n = 2; this.#taken.has(name); n++) name = `${base}-${n}`;
    this.#taken.add(name);
    return name;
  }
}
