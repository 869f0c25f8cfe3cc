/**
 * The announcements a module can make, by key, with the parameters each needs, e.g.
 * `{ waitingStarted: { name: string }; actionFailed: {} }`. The UI module supplies the words
 * for every key in each language (`AnnouncementTexts`), so the client side stays free of text.
 */
export type AnnouncementMap = Readonly<Record<string, object>>;

/**
 * One announcement. `sound`: also play the module's sound (its UI's `sound`). `notice`: show it
 * as a dismissible alert banner instead of the polite live region, for answers that need the
 * person to act or notice (a refused command, a state that holds them); a notice is not also
 * spoken politely.
 *
 * Notices do not pile up: a module has at most one notice per `topic` (default: the key), and a
 * newer one on the same topic replaces the older. A later announcement on that topic that is not
 * a notice ends it: "Restrictions are on" (notice, topic `microphone`) goes when "You may speak
 * again" (topic `microphone`) is said. The topics `microphone`, `camera`, `screen` and `name` are
 * shared with the conference's own notices about them (and with other modules): "Alice muted you"
 * and "Restrictions are on" replace each other and the microphone's other notices, never pile up.
 * `countdown`: the notice is about a wait of `params.seconds` seconds (a number); it counts down on
 * screen and goes away when the wait is over. `brief`: the notice is one-shot information, not a
 * state ("Alice muted you", "Hands were switched off"): it goes by itself after a while (paused
 * while the person points at it or has focus in it), or when the person acts on its topic (unmutes).
 */
export type AnnouncementOf<A extends AnnouncementMap> = {
  readonly [K in keyof A & string]: {
    readonly key: K;
    readonly params: A[K];
    readonly sound?: boolean;
    readonly notice?: boolean;
    readonly topic?: string;
    readonly countdown?: boolean;
    readonly brief?: boolean;
  };
}[keyof A & string];

/** The words of every announcement of a module in one language; word order is the function's business. */
export type AnnouncementTexts<A extends AnnouncementMap> = { readonly [K in keyof A]: (params: A[K]) => string };

/** A module's announcement with its namespace, as the session hands it to the UI. */
export interface ModuleAnnouncement {
  readonly ns: string;
  readonly announcement: AnnouncementOf<AnnouncementMap>;
}
