import { RoomView } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { initialRoomList, type RoomListState, roomListReducer } from './roomListState.js';

const room = (n: number, title = `Room ${n}`) =>
  RoomView.parse({
    id: `room-${n}-abcdefghijklmnop`,
    title,
    createdAt: '2026-11-26T08:00:00.000Z',
    url: `http://localhost/r/room-${n}-abcdefghijklmnop`,
    waitingRoom: 'off',
    guestAccess: 'disabled',
    hasPassword: false,
  });

const ready = (rooms = [room(1), room(2)], nextCursor: string | null = 'c2'): RoomListState =>
  roomListReducer(initialRoomList, { type: 'pageLoaded', page: { rooms, nextCursor } });

describe('roomListReducer', () => {
  it('loadsTheFirstPageThenAppendsMore', () => {
    expect(initialRoomList.phase).toBe('loading');
    let state = ready();
    expect(state).toMatchObject({ phase: 'idle', loaded: true, nextCursor: 'c2' });
    state = roomListReducer(state, { type: 'loadStarted' });
    expect(state.phase).toBe('loadingMore');
    state = roomListReducer(state, { type: 'pageLoaded', page: { rooms: [room(3)], nextCursor: null } });
    expect(state.rooms.map((r) => r.title)).toEqual(['Room 1', 'Room 2', 'Room 3']);
    expect(state.nextCursor).toBeNull();
  });

  it('tellsAFailedFirstLoadFromAnEmptyList', () => {
    const failed = roomListReducer(initialRoomList, { type: 'loadFailed' });
    expect(failed).toMatchObject({ phase: 'failed', loaded: false });
    expect(roomListReducer(failed, { type: 'loadStarted' }).phase).toBe('loading');
    expect(ready([], null)).toMatchObject({ rooms: [], loaded: true, phase: 'idle' });
  });

  it('putsACreatedRoomOnTopAndDoesNotRepeatItOnALaterPage', () => {
    let state = roomListReducer(ready(), { type: 'created', room: room(9) });
    expect(state.rooms.map((r) => r.title)).toEqual(['Room 9', 'Room 1', 'Room 2']);
    state = roomListReducer(state, { type: 'pageLoaded', page: { rooms: [room(9), room(3)], nextCursor: null } });
    expect(state.rooms.map((r) => r.title)).toEqual(['Room 9', 'Room 1', 'Room 2', 'Room 3']);
  });

  it('replacesUpdatedRoomsAndDropsDeletedOnes', () => {
    let state = roomListReducer(ready(), { type: 'updated', room: room(2, 'Council') });
    expect(state.rooms.map((r) => r.title)).toEqual(['Room 1', 'Council']);
    state = roomListReducer(state, { type: 'removed', roomId: room(1).id });
    expect(state.rooms.map((r) => r.title)).toEqual(['Council']);
  });
});
