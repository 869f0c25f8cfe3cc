import type { RoomInfo, RoomPage } from '../api/roomsApi.js';

/**
 * "My rooms" as the dashboard holds it: the rooms loaded so far (newest first), the cursor of the next page, and
 * what is going on. `loading` is the first page, `loadingMore` a further one; `failed` refers to the last load.
 */
export interface RoomListState {
  readonly rooms: readonly RoomInfo[];
  readonly nextCursor: string | null;
  readonly phase: 'loading' | 'loadingMore' | 'idle' | 'failed';
  /** Whether a first page ever arrived (an empty list then means "no rooms", not "not loaded yet"). */
  readonly loaded: boolean;
}

export type RoomListAction =
  | { readonly type: 'loadStarted' }
  | { readonly type: 'pageLoaded'; readonly page: RoomPage }
  | { readonly type: 'loadFailed' }
  | { readonly type: 'created'; readonly room: RoomInfo }
  | { readonly type: 'updated'; readonly room: RoomInfo }
  | { readonly type: 'removed'; readonly roomId: string };

export const initialRoomList: RoomListState = { rooms: [], nextCursor: null, phase: 'loading', loaded: false };

/**
 * Pages are appended; a room already shown (one created here that the next page lists again) is not repeated.
 * A created room goes on top, as the server's newest-first order would put it.
 */
export function roomListReducer(state: RoomListState, action: RoomListAction): RoomListState {
  switch (action.type) {
    case 'loadStarted':
      return { ...state, phase: state.loaded ? 'loadingMore' : 'loading' };
    case 'pageLoaded': {
      const known = new Set(state.rooms.map((room) => room.id));
      const fresh = action.page.rooms.filter((room) => !known.has(room.id));
      return { rooms: [...state.rooms, ...fresh], nextCursor: action.page.nextCursor, phase: 'idle', loaded: true };
    }
    case 'loadFailed':
      return { ...state, phase: 'failed' };
    case 'created':
      return { ...state, rooms: [action.room, ...state.rooms.filter((room) => room.id !== action.room.id)] };
    case 'updated':
      return { ...state, rooms: state.rooms.map((room) => (room.id === action.room.id ? action.room : room)) };
    case 'removed':
      return { ...state, rooms: state.rooms.filter((room) => room.id !== action.roomId) };
  }
}
