import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { clientSize, observeResize, type SizeWatch, watchSize } from './sizeWatch.js';
import type { Box } from './stageLayout.js';

/**
 * The content-box size of the element behind `ref`, kept current with a ResizeObserver. It follows the element: when
 * the one behind `ref` is replaced (the meeting's view comes back after the waiting screen), the new one is measured.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Box {
  const [size, setSize] = useState<Box>({ width: 0, height: 0 });
  const watch = useRef<SizeWatch | null>(null);
  useLayoutEffect(() => {
    const created = watchSize(
      (box) => setSize((current) => (current.width === box.width && current.height === box.height ? current : box)),
      observeResize,
      clientSize,
    );
    watch.current = created;
    return () => {
      created.stop();
      watch.current = null;
    };
  }, []);
  // After every render: the element behind the ref may be another one now (or none).
  useLayoutEffect(() => {
    watch.current?.follow(ref.current);
  });
  return size;
}
