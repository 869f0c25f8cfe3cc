import { initials } from '@plenum/module-core/ui';
import { VideoTile } from '@plenum/module-media/ui';
import { type CSSProperties, type ReactNode, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Tile } from './buildTiles.js';
import { stageLayout } from './stageLayout.js';
import { useElementSize } from './useElementSize.js';

/**
 * The video area between header and toolbar. It measures the space it has and sizes the tiles
 * to fit it at any window size (see `stageLayout`): a grid of cameras, or during a screen share
 * the screens with a strip of cameras under them that scrolls sideways when it is full.
 */
export function Stage({
  tiles,
  activeSpeaker,
  badges,
  children,
}: {
  readonly tiles: readonly Tile[];
  readonly activeSpeaker: string | null;
  /** Decorations of a participant's camera tile from the registered modules (a raised hand). */
  readonly badges?: ((participantId: string) => ReactNode) | undefined;
  /** Shown above the tiles (the "you are alone" hint); the tiles fit in what is left. */
  readonly children?: ReactNode;
}) {
  const { t } = useI18n();
  const area = useRef<HTMLDivElement>(null);
  const box = useElementSize(area);
  const screens = tiles.filter((x) => x.source === 'screen');
  const cameras = tiles.filter((x) => x.source === 'camera');
  const layout = stageLayout(box, cameras.length, screens.length);
  const tile = (x: Tile) => (
    <VideoTile
      key={x.key}
      participantId={x.participantId}
      name={x.name}
      initials={initials(x.name)}
      source={x.source}
      track={x.track}
      isSelf={x.isSelf}
      microphoneMuted={x.microphoneMuted}
      speaking={activeSpeaker !== null && activeSpeaker === x.participantId}
      marker={x.marker}
      messages={t.media}
      badges={x.source === 'camera' ? badges?.(x.participantId) : undefined}
    />
  );
  const size = (cols: number, width: number, height: number) =>
    ({ '--cols': cols, '--tile-w': `${width}px`, '--tile-h': `${height}px` }) as CSSProperties;
  return (
    <>
      {children}
      <div
        ref={area}
        className="stage__area"
        data-layout={layout.kind}
        // A scrolling area must be reachable with the keyboard to scroll it.
        tabIndex={layout.kind === 'grid' && layout.grid.scroll ? 0 : undefined}
      >
        {box.width > 0 &&
          (layout.kind === 'grid' ? (
            <ul
              className="tile-grid"
              data-scroll={String(layout.grid.scroll)}
              style={size(layout.grid.cols, layout.grid.tileWidth, layout.grid.tileHeight)}
            >
              {cameras.map(tile)}
            </ul>
          ) : (
            <>
              <ul
                className="tile-grid tile-grid--screens"
                style={size(layout.screens.cols, layout.screens.tileWidth, layout.screens.tileHeight)}
              >
                {screens.map(tile)}
              </ul>
              <ul
                className="filmstrip"
                aria-label={t.conference.cameras}
                tabIndex={layout.strip.scroll ? 0 : undefined}
                data-scroll={String(layout.strip.scroll)}
                style={size(1, layout.strip.tileWidth, layout.strip.tileHeight)}
              >
                {cameras.map(tile)}
              </ul>
            </>
          ))}
      </div>
    </>
  );
}
