import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

/**
 * React in a test's DOM (happy-dom): a host element in the page with a React root in it. Every root still mounted
 * when a test ends is unmounted and its host removed, so each test starts with an empty page.
 */
export interface DomRoot {
  readonly host: HTMLElement;
  /** React's root, for a test that renders on its own terms (outside `act`, from a callback). */
  readonly root: Root;
  /** Shows `node` (first render or a parent's re-render), effects included. */
  render(node: ReactNode): void;
  /** Shows `node` and waits until what its effects started has settled. */
  renderAsync(node: ReactNode): Promise<void>;
  /** Unmounts now and removes the host, as when a test leaves the page. */
  unmount(): void;
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted = new Set<DomRoot>();

afterEach(() => {
  for (const at of mounted) at.unmount();
});

/** An empty root in the page, unmounted after the test. */
export function domRoot(): DomRoot {
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  const at: DomRoot = {
    host,
    root,
    render: (node) => act(() => root.render(node)),
    renderAsync: (node) => act(async () => root.render(node)),
    unmount: () => {
      if (!mounted.delete(at)) return;
      act(() => root.unmount());
      host.remove();
    },
  };
  mounted.add(at);
  return at;
}

/** `node` rendered in the page, unmounted after the test. */
export function mountInDom(node: ReactNode): DomRoot {
  const at = domRoot();
  at.render(node);
  return at;
}
