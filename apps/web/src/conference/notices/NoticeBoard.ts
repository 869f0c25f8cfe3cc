import type { ModuleAnnouncement } from '@plenum/client-kit';
import type { Notice, ShownNotice } from './Notice.js';
import { countdownSeconds, isBrief, moduleSlot, noticeSlot, type SharedTopic, topicSlot } from './noticeRules.js';

/** At most this many notices are on screen at once; one more drops the oldest. */
export const maxNotices = 3;

/** How long a brief notice stays on screen while nobody holds it (long enough to read two sentences, twice). */
export const briefNoticeMs = 10_000;

export interface NoticeBoardDeps {
  /** Schedules `fn` after `ms` and returns a cancel function (the session's clock). */
  readonly schedule: (fn: () => void, ms: number) => () => void;
  readonly now: () => number;
  /** Gets the notices after every change, oldest first. */
  readonly onChange: (notices: readonly ShownNotice[]) => void;
}

/**
 * The notices a session shows, so that they do not pile up: one per slot (`noticeSlot`: a newer notice replaces the
 * older of its kind or source), at most `maxNotices`, each dismissible. A notice about a wait counts down and goes
 * when the wait is over; a module's later announcement on the same topic ends its notice; notices about a state go
 * when the owner finds it ended (`keepWhile`). A brief notice (one-shot information, `isBrief`) goes after
 * `briefNoticeMs`, counted afresh whenever the person stops holding it (WCAG 2.2.1: it does not go while they point
 * at it or have focus in it), or at once when they act on its topic (`acted`: unmuting ends "Alice muted you").
 */
export class NoticeBoard {
  readonly #deps: NoticeBoardDeps;
  #notices: readonly ShownNotice[] = [];
  #nextId = 1;
  /** Cancels the end of each counting-down notice, by id. */
  readonly #timers = new Map<number, () => void>();

  constructor(deps: NoticeBoardDeps) {
    this.#deps = deps;
  }

  get notices(): readonly ShownNotice[] {
    return this.#notices;
  }

  raise(notice: Notice): void {
    const seconds = countdownSeconds(notice);
    const slot = noticeSlot(notice);
    const others = this.#notices.filter((n) => noticeSlot(n.notice) !== slot);
    if (seconds !== null && seconds <= 0) {
      // The wait is already over: the older notice of its kind is outdated, the new one says nothing.
      this.#set(others);
      return;
    }
    const id = this.#nextId++;
    const countdown = seconds === null ? null : { seconds, until: this.#deps.now() + seconds * 1000 };
    const brief = seconds === null && isBrief(notice);
    if (seconds !== null) this.#endAfter(id, seconds * 1000);
    else if (brief) this.#endAfter(id, briefNoticeMs);
    this.#set([...others, { id, notice, countdown, brief }].slice(-maxNotices));
  }

  /**
   * The person points at notice `id` or has focus in it (`held`), or no longer does. A brief notice waits while held
   * and gets its whole time again when let go; other notices are not timed by this.
   */
  hold(id: number, held: boolean): void {
    if (!this.#notices.some((n) => n.id === id && n.brief)) return;
    if (held) {
      this.#timers.get(id)?.();
      this.#timers.delete(id);
    } else if (!this.#timers.has(id)) {
      this.#endAfter(id, briefNoticeMs);
    }
  }

  /** The person acted on `topic` (unmuted, started sharing): brief notices about it have done their job. */
  acted(topic: SharedTopic): void {
    const slot = topicSlot(topic);
    this.#set(this.#notices.filter((n) => !n.brief || noticeSlot(n.notice) !== slot));
  }

  /** A module said something that is not a notice: its notice on the same topic is over. */
  said(announcement: ModuleAnnouncement): void {
    const slot = moduleSlot(announcement);
    this.#set(this.#notices.filter((n) => n.notice.kind !== 'module' || moduleSlot(n.notice) !== slot));
  }

  dismiss(id: number): void {
    this.#set(this.#notices.filter((n) => n.id !== id));
  }

  /** Keeps the notices for which `holds` answers true, and returns the others, which are gone now. */
  keepWhile(holds: (notice: Notice) => boolean): readonly Notice[] {
    const gone = this.#notices.filter((n) => !holds(n.notice));
    if (gone.length > 0) this.#set(this.#notices.filter((n) => holds(n.notice)));
    return gone.map((n) => n.notice);
  }

  /** Removes every notice (e.g. the session ended). */
  clear(): void {
    this.#set([]);
  }

  #endAfter(id: number, ms: number): void {
    this.#timers.set(
      id,
      this.#deps.schedule(() => this.dismiss(id), ms),
    );
  }

  #set(notices: readonly ShownNotice[]): void {
    if (notices.length === this.#notices.length && notices.every((n, i) => n === this.#notices[i])) return;
    for (const [id, cancel] of this.#timers) {
      if (notices.some((n) => n.id === id)) continue;
      cancel();
      this.#timers.delete(id);
    }
    this.#notices = notices;
    this.#deps.onChange(notices);
  }
}
