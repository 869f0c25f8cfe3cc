import { describe, expect, it } from 'vitest';
import { bytesPerSource } from './bytesPerSource.js';
import { chunkLinks, staticClosure } from './chunkGraph.js';
import { decodeMappings, decodeVlq } from './sourceMapVlq.js';
import { sourcePackage } from './sourcePackage.js';

describe('bundle report', () => {
  it('decodesBase64VlqNumbersWithTheSignInTheLowestBit', () => {
    expect(decodeVlq('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('2H')).toEqual([123]);
    expect(() => decodeVlq('g')).toThrow(/inside a number/);
    expect(() => decodeVlq('!')).toThrow(/not a base64/);
  });

  it('decodesMappingsToAbsoluteColumnsPerLineAndRelativeSources', () => {
    // line 0: col 0 → source 0, col 4 → source 1; line 1: col 2 → source 1 (delta 0), col 3 unmapped
    expect(decodeMappings('AAAA,ICAA;EAAA,C')).toEqual([
      { line: 0, column: 0, source: 0 },
      { line: 0, column: 4, source: 1 },
      { line: 1, column: 2, source: 1 },
      { line: 1, column: 3, source: undefined },
    ]);
  });

  it('givesEveryByteOfTheCodeToTheSourceItsSegmentPointsAt', () => {
    const code = 'abcdefgh\nxyzä';
    const totals = bytesPerSource(code, { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,ICAA;EAAA,C' });
    // a.ts: "abcd"; b.ts: "efgh\n" + "z"; unmapped: "xy" and "ä" (2 bytes in UTF-8)
    expect(Object.fromEntries(totals)).toEqual({ 'a.ts': 4, 'b.ts': 6, null: 4 });
    const sum = [...totals.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBe(Buffer.byteLength(code));
  });

  it('namesThePackageOfABundledSource', () => {
    const dir = 'apps/web/dist/assets';
    expect(sourcePackage('../../../../node_modules/react-dom/cjs/x.js', dir)).toBe('react-dom');
    expect(sourcePackage('../../../../node_modules/@scope/pkg/index.js', dir)).toBe('@scope/pkg');
    expect(sourcePackage('../../../../modules/minutes/ui/MinutesPanel.tsx', dir)).toBe('modules/minutes/ui');
    expect(sourcePackage('../../../../packages/protocol/src/ids.ts', dir)).toBe('packages/protocol');
    expect(sourcePackage('../../src/room/RoomPage.tsx', dir)).toBe('apps/web/src/room');
    expect(sourcePackage('../../src/App.tsx', dir)).toBe('apps/web/src');
    expect(sourcePackage('\0vite/preload-helper.js', dir)).toBe('\0vite/preload-helper.js');
  });

  it('followsStaticImportsForTheFirstPaintButNotDynamicOnes', () => {
    const entry = chunkLinks('import{a as e}from"./ui-1.js";import"./css-2.js";const m=()=>import("./meeting-3.js");');
    expect(entry).toEqual({ staticImports: ['ui-1.js', 'css-2.js'], dynamicImports: ['meeting-3.js'] });
    const links = new Map([
      ['index.js', entry],
      ['ui-1.js', { staticImports: ['shared-4.js'], dynamicImports: [] }],
      ['meeting-3.js', { staticImports: ['ui-1.js', 'yjs-5.js'], dynamicImports: [] }],
    ]);
    expect([...staticClosure('index.js', links)].sort()).toEqual(['css-2.js', 'index.js', 'shared-4.js', 'ui-1.js']);
  });
});
