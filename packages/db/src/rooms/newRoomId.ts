import { randomBytes } from 'node:crypto';
import { RoomId } from '@plenum/protocol';

/** A fresh room id: 128 bits from the CSPRNG as 22 base64url characters. Unguessable, so it can be a join link. */
export function newRoomId(): RoomId {
  return RoomId.parse(randomBytes(16).toString('base64url'));
}
