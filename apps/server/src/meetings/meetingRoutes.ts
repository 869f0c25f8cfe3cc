import type { MeetingAsset, MeetingRepository, RoomStore } from '@plenum/db';
import type { FastifyInstance } from 'fastify';
import { requireUser } from '../auth/requireUser.js';
import { RestError } from '../http/restErrors.js';
import { RoomParams } from '../rooms/roomSchemas.js';
import type { AssetAccess } from './AssetAccess.js';
import type { MeetingAssets } from './MeetingAssets.js';
import { AssetParams, type AssetView, type MeetingList, meetingListLimit } from './meetingSchemas.js';
import { contentDisposition } from './safeFilename.js';

export interface MeetingRoutesDeps {
  readonly rooms: RoomStore;
  readonly meetings: MeetingRepository;
  readonly files: MeetingAssets;
  readonly access: AssetAccess;
}

/**
 * A room's past meetings with their files (owner), and the files themselves: download (owner, and attendees as the
 * asset's visibility allows) and delete (owner). Signed-in users only; whatever a user may not see answers exactly
 * like what does not exist (`roomNotFound`, `notFound`). Every answer is `no-store`: the files hold personal data.
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
      meetings: list.map((m) => ({
        id: m.id,
        title: m.title,
        startedAt: m.startedAt,
        endedAt: m.endedAt,
        assets: m.assets.map(toAssetView),
      })),
    };
  });

  app.get('/v1/assets/:assetId', async (request, reply) => {
    const user = requireUser(request);
    const { assetId } = AssetParams.parse(request.params);
    const asset = await deps.access.find(user, assetId, 'download');
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
    const asset = await deps.access.find(user, assetId, 'delete');
    if (!asset || !(await deps.files.delete(asset.id))) throw notFound();
    return reply.code(204).send();
  });
}

const notFound = () => new RestError('notFound', 'There is no such file');

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
