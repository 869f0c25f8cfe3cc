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
 * again" (topic `microphone`) is said. `countdown`: the notice is about a wait of `params.seconds`
 * seconds (a number); it counts down on screen and goes away when the wait is over.
 */
export type AnnouncementOf<A extends AnnouncementMap> = {
  readonly [K in keyof A & string]: {
    readonly key: K;
    readonly params: A[K];
    readonly sound?: boolean;
    readonly notice?: boolean;
    readonly topic?: string;
    readonly countdown?: boolean;
  };
}[keyof A & string];

/** The words of every announcement of a module in one language; word order is the function's business. */
export type AnnouncementTexts<A extends AnnouncementMap> = { readonly [K in keyof A]: (params: A[K]) => string };

/** A module's announcement with its namespace, as the session hands it to the UI. */
export interface ModuleAnnouncement {
  readonly ns: string;
  readonly announcement: AnnouncementOf<AnnouncementMap>;
}
