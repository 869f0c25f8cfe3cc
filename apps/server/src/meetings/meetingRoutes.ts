import type { GuestLinkRepository, MeetingAsset, MeetingRepository, RoomStore } from '@plenum/db';
import { toIssues } from '@plenum/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GUEST_COOKIE } from '../access/guestCookie.js';
import { findGuestSession } from '../access/guestSession.js';
import { requireUser } from '../auth/requireUser.js';
import { readCookie } from '../auth/sessionCookie.js';
import { RestError } from '../http/restErrors.js';
import { RoomParams } from '../rooms/roomSchemas.js';
import type { AssetAccess } from './AssetAccess.js';
import type { MeetingAssets } from './MeetingAssets.js';
import { mayDownload } from './mayDownload.js';
import {
  AssetParams,
  type AssetView,
  type AttendedMeetingList,
  AttendedMeetingsQuery,
  attendedMeetingsLimit,
  type MeetingList,
  type MeetingView,
  meetingListLimit,
} from './meetingSchemas.js';
import { contentDisposition } from './safeFilename.js';

export interface MeetingRoutesDeps {
  readonly rooms: RoomStore;
  readonly meetings: MeetingRepository;
  readonly files: MeetingAssets;
  readonly access: AssetAccess;
  /** Where guest cookies are resolved to guest sessions (guests download what they may). */
  readonly guestLinks: Pick<GuestLinkRepository, 'findSession'>;
}

/**
 * A room's past meetings with their files (owner), the meetings the caller attended with the files they may download
 * (any signed-in user, see {@link mayDownload}), and the files themselves: download (owner, and attendees as the
 * asset's visibility allows, guests by their guest cookie included) and delete (owner). Listing and deleting are for
 * signed-in users only; whatever a caller may not see answers exactly like what does not exist (`roomNotFound`,
 * `notFound`). Every answer is `no-store`: the files hold personal data.
 */
export function meetingRoutes(app: FastifyInstance, deps: MeetingRoutesDeps): void {
  app.get('/v1/rooms/:roomId/meetings', async (request, reply): Promise<MeetingList> => {
    const user = requireUser(request);
    const { roomId } = RoomParams.parse(request.params);
    const list = await deps.meetings.listOwned(
      { tenantId: user.tenantId, ownerId: user.userId },
      roomId,
      meetingListLimit,
    );
    if (!list) throw new RestError('roomNotFound', 'There is no such room');
    void reply.header('cache-control', 'no-store');
    return {
      meetings: list.map((m) => toMeetingView(m, m.assets)),
    };
  });

  app.get('/v1/meetings/attended', async (request, reply): Promise<AttendedMeetingList> => {
    const user = requireUser(request);
    const query = AttendedMeetingsQuery.safeParse(request.query);
    if (!query.success) throw new RestError('invalidQuery', 'The query is not valid', toIssues(query.error));
    // One more than shown tells whether there is an older page without a count query.
    const found = await deps.meetings.listAttended(
      { tenantId: user.tenantId, userId: user.userId },
      { limit: attendedMeetingsLimit + 1, before: query.data.before },
    );
    if (!found) {
      throw new RestError('invalidQuery', 'The query is not valid', [{ path: 'before', message: 'unknown meeting' }]);
    }
    const page = found.slice(0, attendedMeetingsLimit);
    void reply.header('cache-control', 'no-store');
    return {
      meetings: page.map((m) =>
        toMeetingView(
          m,
          m.assets.filter((asset) => mayDownload(asset.visibility, m)),
        ),
      ),
      nextBefore: found.length > attendedMeetingsLimit ? (page.at(-1)?.id ?? null) : null,
    };
  });

  app.get('/v1/assets/:assetId', async (request, reply) => {
    const { assetId } = AssetParams.parse(request.params);
    const asset = await downloadable(request, assetId);
    const stream = asset && (await deps.files.open(asset));
    if (!asset || !stream) throw notFound();
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', asset.mediaType)
      .header('content-length', String(asset.size))
      .header('content-disposition', contentDisposition(asset.filename))
      .send(stream);
  });

  app.delete('/v1/assets/:assetId', async (request, reply) => {
    const user = requireUser(request);
    const { assetId } = AssetParams.parse(request.params);
    const asset = await deps.access.forUser(user, assetId, 'delete');
    if (!asset || !(await deps.files.delete(asset.id))) throw notFound();
    return reply.code(204).send();
  });

  /**
   * The asset if the caller may download it: as the signed-in user, else as the guest their cookie names (someone
   * holding both, e.g. signed in to another tenant, gets what either allows). Nobody: `unauthenticated`.
   */
  async function downloadable(request: FastifyRequest, assetId: string): Promise<MeetingAsset | undefined> {
    const guestId = readCookie(request, GUEST_COOKIE);
    if (guestId === undefined) return deps.access.forUser(requireUser(request), assetId, 'download');
    const asUser = request.principal && (await deps.access.forUser(request.principal, assetId, 'download'));
    if (asUser) return asUser;
    const guest = await findGuestSession(deps.guestLinks, guestId, new Date());
    return guest && deps.access.forGuest(guest, assetId);
  }
}

const notFound = () => new RestError('notFound', 'There is no such file');

/** A meeting as the lists show it, with the files given (all of them, or those the asker may download). */
function toMeetingView(meeting: Omit<MeetingView, 'assets'>, assets: readonly MeetingAsset[]): MeetingView {
  const { id, title, startedAt, endedAt } = meeting;
  return { id, title, startedAt, endedAt, assets: assets.map(toAssetView) };
}

function toAssetView(asset: MeetingAsset): AssetView {
  return {
    id: asset.id,
    kind: asset.kind,
    filename: asset.filename,
    mediaType: asset.mediaType,
    size: asset.size,
    sha256: asset.sha256,
    visibility: asset.visibility,
    createdAt: asset.createdAt,
    url: `/v1/assets/${asset.id}`,
  };
}
