import { DisplayName, defineProtocol, ParticipantId } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/**
 * The modules moderators may switch off for everyone but themselves (their commands are then refused with
 * `signaling.moduleSwitchedOff`). A fixed list: moderation never switches off modules it does not know.
 */
export const SwitchableFeature = z.enum(['chat', 'raise-hands', 'reactions']);
export type SwitchableFeature = z.infer<typeof SwitchableFeature>;

/** Limits of the moderation module, shared by server validation and client forms. */
export const moderationLimits = {
  /** Most participants one `mute` or `restrictMicrophones` may name (a room's largest size). */
  maxTargets: 250,
  switchableFeatures: SwitchableFeature.options,
} as const;

/**
 * Who a debrief takes out of the meeting (moderators always stay together):
 * - `guests`: everyone who came without an account (guests in the browser and guest phone callers);
 * - `guestsAndUsers`: guests and signed-in participants, but not the recorder or room systems;
 * - `allButModerators`: every non-moderator, the recorder and room systems included.
 */
export const DebriefScope = z.enum(['guests', 'guestsAndUsers', 'allButModerators']);
export type DebriefScope = z.infer<typeof DebriefScope>;

/** A moderator's screen-share decision: allow, forbid, or forget it (`byRole`: moderators share, others do not). */
export const ScreenSharePermission = z.union([z.boolean(), z.literal('byRole')]);

/**
 * Microphone restrictions as everyone sees them: when `on`, every non-moderator outside `allowed` is muted and
 * cannot unmute (the media module enforces it). Moderators are always allowed, listed or not.
 */
export const MicrophoneRestrictions = z.object({ on: z.boolean(), allowed: z.array(ParticipantId) });
export type MicrophoneRestrictions = z.infer<typeof MicrophoneRestrictions>;

const targetList = z.array(ParticipantId).min(1);

/**
 * A guest in the meeting who came through a guest link, as moderators see it (never the link itself): `personal` when
 * the link was made for one person (it may be used once), which is when a ban closes the link by default.
 */
export const LinkGuest = z.object({ participantId: ParticipantId, personal: z.boolean() });
export type LinkGuest = z.infer<typeof LinkGuest>;

/**
 * The moderators' tools. Every command needs owner or moderator rights; a refused command changes nothing and only
 * its issuer is told (with the limit it broke). What the commands change reaches everyone through the runtime: the
 * core roster (permissions, names, who left), the core policy (self-renaming, switched-off features: moderation sends
 * no copy of it), and the media state. Moderation's own events are only the microphone restrictions and `muted`.
 */
export const moderationProtocol = defineProtocol({
  ns: 'moderation',
  commands: {
    /** Mutes the microphones of these participants now; each target is told who did it. They may unmute again. */
    mute: z.object({ participantIds: targetList }),
    /** Mutes everyone except owner and moderators. */
    muteAll: z.object({}),
    /** Turns microphone restrictions on (or replaces the allow list while on). */
    restrictMicrophones: z.object({ allowed: z.array(ParticipantId) }),
    /** While restrictions are on: allows one participant to speak, or takes it back. */
    allowMicrophone: z.object({ participantId: ParticipantId, allowed: z.boolean() }),
    /** Turns microphone restrictions off: everyone may unmute again. */
    liftMicrophoneRestrictions: z.object({}),
    /** Grants or revokes screen sharing for one participant (a running share stops on revoke). */
    setScreenShare: z.object({ participantId: ParticipantId, allowed: ScreenSharePermission }),
    /** Takes a participant out of the meeting; they may join again. Not the owner; moderators only by the owner. */
    kick: z.object({ participantId: ParticipantId }),
    /**
     * Like `kick`, for the person rather than the device: every participant of the same account or guest session (their
     * other devices, and anyone of it in the waiting room) goes too, and the identity is refused for the rest of the
     * meeting, a new entry ticket included.
     */
    ban: z.object({
      participantId: ParticipantId,
      /**
       * Also close the guest link the banned guest came through, as its owner would revoke it: nobody can join with it
       * any more (the guest cannot come back with a fresh guest session). Moderators hear `guestLinkClosed`, or the
       * issuer `linkNotClosed`. Ignored for anyone who came without a link (accounts, phone callers).
       */
      closeLink: z.boolean().optional(),
    }),
    /** Renames a guest or phone caller (people with an account keep their name). */
    rename: z.object({ participantId: ParticipantId, displayName: DisplayName }),
    /** Allows or forbids participants to rename themselves (owner and moderators always may). */
    setSelfRename: z.object({ allowed: z.boolean() }),
    /** Ends the meeting for a part of the room (see `DebriefScope`); moderators stay together. */
    debrief: z.object({ scope: DebriefScope }),
    /** Ends the meeting for everyone, waiting people included. */
    endMeeting: z.object({}),
    /** Switches chat, hands or reactions on or off for everyone but owner and moderators. */
    setFeature: z.object({ feature: SwitchableFeature, on: z.boolean() }),
  },
  events: {
    /** To the muted participant only: who muted them (`byName` as it was then, in case they left since). */
    muted: z.object({ by: ParticipantId, byName: z.string() }),
    /** To everyone: microphone restrictions changed (turned on or off, or the allow list changed). */
    microphoneRestrictionsChanged: z.object({ restrictions: MicrophoneRestrictions }),
    /**
     * To moderators only: the guests in the meeting who came through a guest link, all of them (sent when one joins,
     * and to someone who becomes a moderator). The ban dialog offers to close the link for them.
     */
    linkGuests: z.object({ guests: z.array(LinkGuest) }),
    /** To moderators only: a ban closed the guest link with this label (may be empty); nobody can join with it now. */
    guestLinkClosed: z.object({ label: z.string() }),
  },
  errors: {
    forbidden: Forbidden,
    /** No participant with that id is in the room; nothing was done. */
    unknownParticipant: z.object({ participantId: ParticipantId }),
    /** A `mute` or `restrictMicrophones` named more participants than a room holds. */
    tooManyTargets: z.object({ maxTargets: z.number() }),
    /** `allowMicrophone` while microphone restrictions are off. */
    restrictionsOff: z.object({}),
    /** The owner cannot be kicked or banned. */
    cannotRemoveOwner: z.object({ participantId: ParticipantId }),
    /** Only the owner may kick or ban a moderator. */
    cannotRemoveModerator: z.object({ participantId: ParticipantId }),
    /** Only guests and phone callers without an account can be renamed. */
    notRenamable: z.object({ participantId: ParticipantId }),
    /** The ban went through, but the guest link could not be closed (the owner can revoke it in the dashboard). */
    linkNotClosed: z.object({}),
  },
  /** `linkGuests` only for owner and moderators (see the `linkGuests` event). */
  joinState: z.object({ restrictions: MicrophoneRestrictions, linkGuests: z.array(LinkGuest).optional() }),
});
export type ModerationProtocol = typeof moderationProtocol;
