import { fileStamp, type ReportLanguage } from '@plenum/reports';
import { voteReportLabels } from './voteReportLabels.js';

/** Longest slug of a vote's title in its files' names, in characters. */
export const MAX_TITLE_SLUG_LENGTH = 40;

/** How much of a vote's id tells two votes apart whose names would be the same otherwise. */
const SHORT_ID_LENGTH = 6;

const spelledOut: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * `haushaltssatzung-2027`: a vote's title as a short, safe part of a file name: lower-case ASCII letters and digits
 * between single dashes, German umlauts and ß spelled out, other accents dropped, anything else a dash; at most
 * `MAX_TITLE_SLUG_LENGTH` characters, cut at a dash when there is one. Empty when nothing of the title is left.
 */
export function titleSlug(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => spelledOut[c] ?? c)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_TITLE_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_TITLE_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_TITLE_SLUG_LENGTH)).replace(/-+$/, '');
}

/** A vote as its files are named: its id, title and start (ISO 8601 or ms since the epoch). */
export interface NamedVote {
  readonly voteId: string;
  readonly title: string;
  readonly startedAt: string | number;
}

/**
 * The names of a room's vote files, without extension: `abstimmung-2026-11-26-2249-haushaltssatzung-2027` /
 * `vote-2026-11-26-2249-budget-2027`, from the report's language, the vote's start (Europe/Berlin, like the
 * minutes' and attendance files) and its title (`titleSlug`). A vote gets the same name every time (files made
 * again after the end keep it); a vote whose name another vote of the room has taken (same title, started in the
 * same minute) gets the start of its id added, or its whole id (base64url, safe in file names) should that be taken
 * too. One per room module: it knows the names of the votes whose files this run of the room made.
 */
export class VoteFileNames {
  readonly #byName = new Map<string, string>();
  readonly #byVote = new Map<string, string>();

  nameOf(vote: NamedVote, language: ReportLanguage): string {
    const known = this.#byVote.get(vote.voteId);
    if (known !== undefined) return known;
    const slug = titleSlug(vote.title);
    const base = [voteReportLabels[language].filenamePrefix, fileStamp(vote.startedAt), ...(slug ? [slug] : [])].join(
      '-',
    );
    const shortId = vote.voteId.slice(0, SHORT_ID_LENGTH);
    const name = [base, `${base}-${shortId}`].find((n) => this.#free(n, vote.voteId)) ?? `${base}-${vote.voteId}`;
    this.#byName.set(name, vote.voteId);
    this.#byVote.set(vote.voteId, name);
    return name;
  }

  #free(name: string, voteId: string): boolean {
    const holder = this.#byName.get(name);
    return holder === undefined || holder === voteId;
  }
}
