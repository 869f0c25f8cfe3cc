import { describe, expect, it } from 'vitest';
import { type Box, fitGrid, type GridFit, stageGap, stageLayout } from './stageLayout.js';

/** Height and width the tiles take, gaps included. */
const extent = (g: GridFit) => ({
  width: g.cols * g.tileWidth + (g.cols - 1) * stageGap,
  height: g.rows * g.tileHeight + (g.rows - 1) * stageGap,
});

// Stage boxes as measured in the app: window minus header, toolbar and paddings.
const boxes: Record<string, Box> = {
  '1280x800': { width: 1256, height: 660 },
  '1366x768': { width: 1342, height: 628 },
  '1920x1080': { width: 1896, height: 940 },
  '390x844': { width: 366, height: 680 },
  '1280x800 alone hint': { width: 1256, height: 600 },
};

describe('stageLayout', () => {
  it('fitsEveryCameraGridInsideTheStage', () => {
    for (const [size, box] of Object.entries(boxes)) {
      for (let count = 1; count <= 9; count++) {
        const layout = stageLayout(box, count, 0);
        if (layout.kind !== 'grid') throw new Error('grid expected');
        const used = extent(layout.grid);
        expect(used.width, `${size} × ${count}`).toBeLessThanOrEqual(box.width);
        expect(used.height, `${size} × ${count}`).toBeLessThanOrEqual(box.height);
        expect(layout.grid.scroll).toBe(false);
      }
    }
  });

  it('fitsScreenAndCameraStripInsideTheStage', () => {
    for (const [size, box] of Object.entries(boxes)) {
      const layout = stageLayout(box, 3, 1);
      if (layout.kind !== 'share') throw new Error('share expected');
      const used = extent(layout.screens);
      expect(used.width, size).toBeLessThanOrEqual(box.width);
      expect(used.height + stageGap + layout.strip.tileHeight, size).toBeLessThanOrEqual(box.height);
      expect(layout.strip.tileHeight, size).toBeGreaterThanOrEqual(72);
    }
  });

  it('usesThePhoneScreenInsteadOfTinyWideTiles', () => {
    const layout = stageLayout(boxes['390x844'] as Box, 2, 0);
    if (layout.kind !== 'grid') throw new Error('grid expected');
    expect(layout.grid.cols).toBe(1);
    expect(layout.grid.tileWidth).toBe(366);
    // Taller than 16:9, so the two tiles use most of the height.
    expect(layout.grid.tileHeight * 2).toBeGreaterThan(0.85 * 680);
  });

  it('scrollsInsteadOfShrinkingTilesBelowAUsableSize', () => {
    const fit = fitGrid(
      40,
      { width: 366, height: 400 },
      { gap: 8, minAspect: 0.75, maxAspect: 16 / 9, minTileWidth: 144 },
    );
    expect(fit.scroll).toBe(true);
    expect(fit.cols).toBe(2);
    expect(fit.tileWidth).toBeGreaterThanOrEqual(144);
    expect(fit.cols * fit.tileWidth + (fit.cols - 1) * 8).toBeLessThanOrEqual(366);
  });

  it('stripScrollsWhenTheCamerasDoNotFitInOneRow', () => {
    const layout = stageLayout({ width: 366, height: 680 }, 5, 1);
    expect(layout.kind === 'share' && layout.strip.scroll).toBe(true);
    const wide = stageLayout({ width: 1896, height: 940 }, 3, 1);
    expect(wide.kind === 'share' && wide.strip.scroll).toBe(false);
  });
});
