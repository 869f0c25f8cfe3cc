import type { ParticipantInfo, RoomPolicy } from '@plenum/module-core/protocol';
import type { ParticipantAction } from '@plenum/module-core/ui';
import type { ParticipantId, Protocol } from '@plenum/protocol';
import type { ReactNode } from 'react';
import type { AnnouncementMap, AnnouncementTexts } from '../Announcement.js';
import type { ClientModule } from '../ClientModule.js';
import type { Locale, Messages } from '../locale.js';
import type { Self } from '../Self.js';
import type { Send } from '../Send.js';

/** Every module's words include those of its announcements (`{}` when it makes none). */
export interface ModuleMessages<A extends AnnouncementMap> {
  readonly announce: AnnouncementTexts<A>;
}

/** What every slot gets: the module's state, its sender, who this client is, the roster, and its words. */
export interface SlotProps<P extends Protocol, S, M> {
  readonly state: S;
  readonly send: Send<P>;
  readonly self: Self;
  /** The core roster in join order, this client included. */
  readonly participants: readonly ParticipantInfo[];
  readonly locale: Locale;
  /** The module's own words in `locale`. */
  readonly messages: M;
  /** Room-wide rules from the core (self-renaming, switched-off modules). The host always passes it. */
  readonly policy?: RoomPolicy;
  /**
   * Applies a pure change to this module's own state, for facts only this client knows and the server never sends
   * (what was read, which conversation is on view). Ignored while the module is off. The host always passes it.
   * A method, so that modules of different state types fit one registry list.
   */
  update?(change: (state: S) => S): void;
  /**
   * What a room is called, in `locale`: null is the main room, anything else a breakout room (a group of the runtime)
   * as the module that made it names it (see the `groupName` slot). The host always passes it.
   */
  groupName?(group: string | null): string;
  /**
   * How `participantId`'s microphone is as the media module last said (this client's own as it is here): sending
   * (`on`), `muted`, or not sent at all (`off`). For tools that act on it ("Mute" only while it is on). The host always
   * passes it.
   */
  microphone?(participantId: string): MicrophoneState;
  /**
   * Everything this client may do to `target` as a moderator, as the participant list offers it: the core's actions
   * and every module's `participantMenu` entries, in menu order (`inMenuOrder`). For tools that act on one person
   * elsewhere (the Moderation panel), so that they offer the same, in the same order. The host always passes it.
   */
  participantActions?(target: ParticipantInfo): readonly ParticipantMenuEntry[];
}

/** A participant's microphone: sending, muted, or not sent at all. */
export type MicrophoneState = 'on' | 'muted' | 'off';

/** A side panel. Its heading must carry `headingId` (it labels the panel's landmark) and take focus on open. */
export interface PanelProps<P extends Protocol, S, M> extends SlotProps<P, S, M> {
  readonly headingId: string;
  /** Closes the panel and returns focus to its toolbar button; the host also closes it on Escape. */
  readonly onClose: () => void;
}

/** A decoration on one participant's camera tile (a raised hand, a reaction). */
export interface TileBadgeProps<P extends Protocol, S, M> extends SlotProps<P, S, M> {
  readonly participantId: ParticipantId;
}

/**
 * A toolbar button. Without `action` it toggles the module's `panel` (`aria-pressed`); with
 * `action` it is a plain button, or a toggle when `pressed` is given (`aria-pressed`, e.g. "Raise
 * hand"). With `menu` it opens a small popup of the module's controls above the toolbar (a
 * disclosure: `aria-expanded`); the host focuses its first control, and closes it on Escape, on
 * a click outside or when the module calls `close` (focus returns to the button). `badge` is a
 * count shown on the button when above zero and exposed as `data-count` on its slot for tests;
 * `label` is the constant accessible name.
 */
export interface ToolbarEntry {
  readonly label: string;
  readonly icon: ReactNode;
  readonly badge?: number;
  readonly action?: () => void;
  /** With `action`: whether what the button names is in effect. */
  readonly pressed?: boolean;
  /** Instead of `action` and `panel`: the popup's content (e.g. reaction buttons). */
  readonly menu?: (close: () => void) => ReactNode;
  /**
   * For a panel's button: something that needs attention ("Ben is waiting"), shown as a short visible notice above
   * the stage while the panel is closed, with a button `open` that opens it. Not announced (announcements do that);
   * while any notice is up, the "you are alone" hint is not.
   */
  readonly notice?: { readonly text: string; readonly open: string };
}

/**
 * Where a section goes in the Moderation panel. `frequent`: what moderators use all through a meeting (muting, the
 * waiting room, one participant's actions): first, and open when the panel opens. `last`: ending the meeting, at the
 * end. Without a place: between those, in registry order. Sections that are not `frequent` start closed.
 */
export type ModerationPlace = 'frequent' | 'last';

/**
 * One section of the shared "Moderation" panel (shown to owner and moderators only). The panel shows `heading` as a
 * disclosure button (the moderator opens and closes sections; that is remembered while the meeting lasts) and
 * lists every heading in a jump list at its top; `content` should not repeat the heading.
 */
export interface ModerationSection {
  readonly heading: string;
  readonly content: ReactNode;
  /** Tells apart the sections of a module that has several (`moderationSections`); exposed as `data-section`. */
  readonly key?: string;
  readonly place?: ModerationPlace;
}

/**
 * One entry of a participant's action menu in the participant list (moderators only): done at once, after a
 * `confirm` step in a small modal dialog (for what cannot be undone: removing, banning), or a one-field `form` in a
 * dialog (renaming). The core's participant list renders them; the type is its `ParticipantAction`.
 */
export type ParticipantMenuEntry = ParticipantAction;

/**
 * The UI of one module: its client module, its words in every language, and the slots the
 * conference renders for it while the module is on. Every slot is optional and may answer
 * null (nothing to show, e.g. not a moderator). Slots return elements of the module's own
 * components; they are render functions, not components, so keep hooks inside those components.
 *
 * - `toolbar`: a button in the toolbar, usually opening `panel`.
 * - `panel`: a side panel; at most one side panel is open at a time (participants, moderation,
 *   or a module's), opening one closes the other.
 * - `tileBadge`: a small decoration on a participant's camera tile.
 * - `participantBadge`: a small status next to a participant in the participant list (a raised hand).
 * - `overlay`: something covering the stage (a coffee-break timer).
 * - `moderation`: a section of the shared "Moderation" panel.
 * - `moderationSections`: several sections of that panel, for a module whose tools belong in different places (see
 *   `ModerationSection.place`); each needs its own `key`.
 * - `participantMenu`: entries of a participant's action menu in the participant list.
 * - `groupName`: what a group this module made (a breakout room) is called; null for groups it does not know.
 * - `sound`: played when an announcement asks for it, on the session's audio context.
 *
 * Methods on purpose: the registry holds modules of different types in one list (`AnyUiModule`).
 */
export interface UiModule<P extends Protocol, S, M, A extends AnnouncementMap = Record<never, object>> {
  readonly client: ClientModule<P, S, A>;
  readonly messages: Messages<M>;
  toolbar?(props: SlotProps<P, S, M>): ToolbarEntry | null;
  panel?(props: PanelProps<P, S, M>): ReactNode;
  tileBadge?(props: TileBadgeProps<P, S, M>): ReactNode;
  participantBadge?(props: TileBadgeProps<P, S, M>): ReactNode;
  overlay?(props: SlotProps<P, S, M>): ReactNode;
  moderation?(props: SlotProps<P, S, M>): ModerationSection | null;
  moderationSections?(props: SlotProps<P, S, M>): readonly ModerationSection[];
  participantMenu?(props: SlotProps<P, S, M>, target: ParticipantInfo): readonly ParticipantMenuEntry[];
  groupName?(props: SlotProps<P, S, M>, group: string): string | null;
  sound?(context: AudioContext | null): void;
}

/** The words of any module, as far as the host reads them: the announcement texts, by key. */
export interface AnyModuleMessages {
  readonly announce: Readonly<Record<string, (params: never) => string>>;
}

/** A UI module of any protocol, state and words, as the registry lists them. */
export type AnyUiModule = UiModule<Protocol, unknown, AnyModuleMessages, AnnouncementMap>;

/** Identity with inference, so a module's slots are checked against its own types. */
export function defineUiModule<
  P extends Protocol,
  S,
  M extends ModuleMessages<A>,
  A extends AnnouncementMap = Record<never, object>,
>(module: UiModule<P, S, M, A>): UiModule<P, S, M, A> {
  return module;
}
