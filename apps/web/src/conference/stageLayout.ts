/** The size of the area the tiles must fit into, in CSS pixels. */
export interface Box {
  readonly width: number;
  readonly height: number;
}

/** Tiles in `cols` columns of `tileWidth`×`tileHeight`; `scroll` when they do not all fit and the area scrolls. */
export interface GridFit {
  readonly cols: number;
  readonly rows: number;
  readonly tileWidth: number;
  readonly tileHeight: number;
  readonly scroll: boolean;
}

export interface GridOptions {
  readonly gap: number;
  /** Narrowest and widest tile shape (width / height); video is cropped (cameras) or letterboxed (screens) to it. */
  readonly minAspect: number;
  readonly maxAspect: number;
  /** Below this width the tiles stop shrinking and the area scrolls instead. */
  readonly minTileWidth: number;
}

/**
 * Lays out `count` equal tiles in `box` so that they are as large as possible and all fit: for
 * every column count, the cell is whatever the box leaves, and the tile takes the cell's shape
 * within [minAspect, maxAspect]. When even the best fit would make tiles narrower than
 * `minTileWidth`, tiles keep that width (or the whole width when less) and the rows scroll.
 */
export function fitGrid(count: number, box: Box, options: GridOptions): GridFit {
  const { gap, minAspect, maxAspect, minTileWidth } = options;
  const width = Math.max(0, box.width);
  const height = Math.max(0, box.height);
  const n = Math.max(1, count);
  let best: GridFit = { cols: 1, rows: n, tileWidth: 0, tileHeight: 0, scroll: false };
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const cellWidth = (width - gap * (cols - 1)) / cols;
    const cellHeight = (height - gap * (rows - 1)) / rows;
    if (cellWidth <= 0 || cellHeight <= 0) continue;
    const aspect = cellWidth / cellHeight;
    const tileHeight = aspect > maxAspect ? cellHeight : aspect < minAspect ? cellWidth / minAspect : cellHeight;
    const tileWidth = aspect > maxAspect ? cellHeight * maxAspect : cellWidth;
    if (tileWidth * tileHeight > best.tileWidth * best.tileHeight)
      best = { cols, rows, tileWidth: Math.floor(tileWidth), tileHeight: Math.floor(tileHeight), scroll: false };
  }
  if (best.tileWidth >= Math.min(minTileWidth, width) && best.tileWidth > 0) return best;
  // Too many to fit at a usable size: fixed-width columns, scrolling rows.
  const tileWidth = Math.min(minTileWidth, width);
  const cols = Math.max(1, Math.min(n, Math.floor((width + gap) / (tileWidth + gap))));
  const fillWidth = Math.floor((width - gap * (cols - 1)) / cols);
  const shape = height > width ? Math.max(minAspect, 1) : maxAspect;
  return {
    cols,
    rows: Math.ceil(n / cols),
    tileWidth: fillWidth,
    tileHeight: Math.floor(fillWidth / shape),
    scroll: true,
  };
}

export type StageLayout =
  | { readonly kind: 'grid'; readonly grid: GridFit }
  | {
      readonly kind: 'share';
      /** The shared screens, above the strip. */
      readonly screens: GridFit;
      /** One row of camera tiles under the screens; scrolls sideways when they do not fit. */
      readonly strip: { readonly tileWidth: number; readonly tileHeight: number; readonly scroll: boolean };
    };

export const stageGap = 8;
const cameraAspect = 16 / 9;

/**
 * The stage's layout: without a screen share, a grid of camera tiles that fills the box
 * (portrait screens allow taller tiles, so a phone is not mostly empty). With a screen share,
 * the screens take the space and the cameras form a strip under them, small but with room
 * for name and mute icon. Everything stays inside `box`.
 */
export function stageLayout(box: Box, cameras: number, screens: number): StageLayout {
  const portrait = box.height > box.width;
  if (screens === 0) {
    return {
      kind: 'grid',
      grid: fitGrid(cameras, box, {
        gap: stageGap,
        minAspect: portrait ? 3 / 4 : 4 / 3,
        maxAspect: cameraAspect,
        minTileWidth: 144,
      }),
    };
  }
  const stripHeight = Math.round(Math.min(150, Math.max(72, box.height * 0.2)));
  const stripTileWidth = Math.round(stripHeight * cameraAspect);
  const screensBox = { width: box.width, height: Math.max(0, box.height - stripHeight - stageGap) };
  return {
    kind: 'share',
    screens: fitGrid(screens, screensBox, {
      gap: stageGap,
      minAspect: cameraAspect,
      maxAspect: cameraAspect,
      minTileWidth: 0,
    }),
    strip: {
      tileWidth: stripTileWidth,
      tileHeight: stripHeight,
      scroll: cameras * stripTileWidth + (cameras - 1) * stageGap > box.width,
    },
  };
}
