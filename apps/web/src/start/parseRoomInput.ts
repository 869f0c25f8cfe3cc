import { type InviteCode, RoomId } from '@plenum/protocol';
import { matchRoute } from '../router/matchRoute.js';

/**
 * What someone pasted into "meeting link or ID":
 * - `empty`: nothing (only spaces),
 * - `here`: a meeting on this server (a bare id, a path `/r/…`, or a link to this origin),
 * - `invite`: a guest link of this server (a path `/i/…`, or a link to this origin),
 * - `elsewhere`: a meeting or guest link of another Plenum server, to be opened there,
 * - `invalid`: none of these.
 */
export type RoomInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'here'; readonly roomId: RoomId }
  | { readonly kind: 'invite'; readonly code: InviteCode }
  | { readonly kind: 'elsewhere'; readonly url: string };

/** A scheme such as `https:`; `localhost:8080/…` and `host:port/…` have none (the port is digits). */
const schemePattern = /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i;
/** `host`, `host:port`, followed by a path: an address typed or pasted without a scheme. */
const hostPattern = /^[^\s/?#@]+(?::\d+)?\//;

/**
 * Reads the link field. Links without a scheme (`meet.example.gov/r/…`, `localhost:8080/r/…`)
 * get the scheme of this page. Only http(s) links count, and only to a meeting path; a link
 * to another origin is returned as `elsewhere` instead of its id being used here, because the
 * same id on this server is a different meeting (or none).
 */
export function parseRoomInput(input: string, here: Pick<Location, 'origin' | 'protocol'>): RoomInput {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  const bare = RoomId.safeParse(text);
  if (bare.success) return { kind: 'here', roomId: bare.data };
  if (text.startsWith('/')) {
    if (text.startsWith('//')) return fromUrl(`${here.protocol}${text}`, here);
    return fromPath(new URL(text, here.origin).pathname);
  }
  if (schemePattern.test(text)) return fromUrl(text, here);
  if (hostPattern.test(text)) return fromUrl(`${here.protocol}//${text}`, here);
  return { kind: 'invalid' };
}

function fromUrl(text: string, here: Pick<Location, 'origin'>): RoomInput {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { kind: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'invalid' };
  const room = fromPath(url.pathname);
  if (room.kind === 'invalid' || url.origin === here.origin) return room;
  return { kind: 'elsewhere', url: url.href };
}

function fromPath(pathname: string): RoomInput {
  const route = matchRoute(pathname);
  if (route.name === 'room') return { kind: 'here', roomId: route.roomId };
  if (route.name === 'invite') return { kind: 'invite', code: route.code };
  return { kind: 'invalid' };
}
