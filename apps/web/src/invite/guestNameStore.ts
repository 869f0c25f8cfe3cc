import { DisplayName } from '@plenum/protocol';

/**
 * The name a guest chose on the invite page, handed to the room page (which offers it in the pre-join form). Kept in
 * `sessionStorage` under `plenum.guestName.{roomId}`: per tab and gone with it, never in the URL or `localStorage`.
 */
export interface GuestNameStore {
  /** The name saved for `roomId`, or null when there is none or it is not a valid display name. */
  load(roomId: string): string | null;
  save(roomId: string, name: string): void;
  /** Forget it (once the room page has used it). */
  clear(roomId: string): void;
}

export function guestNameKey(roomId: string): string {
  return `plenum.guestName.${roomId}`;
}

/** A {@link GuestNameStore} over `storage` (`sessionStorage` in the app); storage errors just forget. */
export function guestNameStore(
  storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = () => globalThis.sessionStorage,
): GuestNameStore {
  return {
    load(roomId) {
      let raw: string | null;
      try {
        raw = storage()?.getItem(guestNameKey(roomId)) ?? null;
      } catch {
        return null;
      }
      const name = DisplayName.safeParse(raw);
      return name.success ? name.data : null;
    },
    save(roomId, name) {
      try {
        storage()?.setItem(guestNameKey(roomId), name);
      } catch {
        // Not kept (private mode, quota): the pre-join form then starts empty.
      }
    },
    clear(roomId) {
      try {
        storage()?.removeItem(guestNameKey(roomId));
      } catch {
        // Nothing to do.
      }
    },
  };
}
