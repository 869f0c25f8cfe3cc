import { ResumeTicket } from '@plenum/module-core/protocol';
import { z } from 'zod';

/** How the person's own media was when the page went away, to restore it after a reload. */
export interface ResumeMedia {
  /** `on`, `muted`, or `off` (no microphone open). */
  readonly microphone: 'on' | 'muted' | 'off';
  readonly camera: boolean;
}

/**
 * What a tab keeps to come back into a meeting after a reload: the resume ticket of the latest
 * `joined`, the name it joined with, and its media state. Kept in `sessionStorage` (per tab,
 * gone with the tab; never in the URL or `localStorage`, so it is neither shared nor
 * bookmarked), one entry per room.
 */
export interface ResumeRecord extends ResumeMedia {
  readonly ticket: ResumeTicket;
  readonly displayName: string;
  readonly graceSeconds: number;
  /** When the ticket was issued (the `joined`), ms since the epoch, client clock. */
  readonly issuedAt: number;
  /** When the page gave up its connection (reload, tab closed); the server's grace period runs from there. */
  readonly droppedAt: number | null;
}

export interface ResumeStore {
  /** The record if one exists and its grace period has not run out; a stale one is dropped. */
  load(): ResumeRecord | null;
  /** After every `joined`: the newest ticket, issued now. */
  issued(record: Omit<ResumeRecord, 'issuedAt' | 'droppedAt'>): void;
  /** The page is going away without leaving: note when, and the media state to restore. */
  dropped(media: ResumeMedia): void;
  /** Left on purpose, ended, or the server rejected the ticket: nothing to come back to. */
  clear(): void;
}

/** Time kept in reserve: the server starts its grace period a moment after the page went away. */
const safetyMs = 500;

const Stored = z.object({
  ticket: ResumeTicket,
  displayName: z.string().max(256),
  graceSeconds: z.number().min(0).max(3600),
  issuedAt: z.number(),
  droppedAt: z.number().nullable(),
  microphone: z.enum(['on', 'muted', 'off']),
  camera: z.boolean(),
});

export function resumeKey(roomId: string): string {
  return `plenum.resume.${roomId}`;
}

/** Whether `record` can still be resumed at `now`: within the grace period since it was last in use. */
export function isResumable(record: ResumeRecord, now: number): boolean {
  const since = record.droppedAt ?? record.issuedAt;
  const age = now - since;
  return age >= 0 && age < record.graceSeconds * 1000 - safetyMs;
}

/** Reads a stored record; anything unreadable or tampered with counts as none. */
export function parseResumeRecord(raw: string | null): ResumeRecord | null {
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = Stored.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The resume record of `roomId` in `storage` (`sessionStorage` in the app); storage errors just forget. */
export function sessionResumeStore(
  roomId: string,
  storage: () => Storage | undefined = () => globalThis.sessionStorage,
  now: () => number = Date.now,
): ResumeStore {
  const key = resumeKey(roomId);
  const read = (): ResumeRecord | null => {
    try {
      return parseResumeRecord(storage()?.getItem(key) ?? null);
    } catch {
      return null;
    }
  };
  const write = (record: ResumeRecord) => {
    try {
      storage()?.setItem(key, JSON.stringify(record));
    } catch {
      // Not kept (private mode, quota): a reload then goes through the pre-join screen.
    }
  };
  const clear = () => {
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing to do.
    }
  };
  return {
    load: () => {
      const record = read();
      if (record && isResumable(record, now())) return record;
      if (record) clear();
      return null;
    },
    issued: (record) => write({ ...record, issuedAt: now(), droppedAt: null }),
    dropped: (media) => {
      const record = read();
      if (record) write({ ...record, ...media, droppedAt: now() });
    },
    clear,
  };
}
