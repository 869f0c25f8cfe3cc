import { z } from 'zod';

export {
  GuestAccessMode,
  RoomCreate,
  RoomList,
  RoomListQuery,
  RoomUpdate,
  RoomView,
  roomLimits,
  WaitingRoomMode,
} from '@plenum/protocol';

/** Path parameters of `/v1/rooms/{roomId}`; the id itself is checked where the room is looked up. */
export const RoomParams = z.object({ roomId: z.string() });
