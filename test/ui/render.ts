/** Render Preact trees into the jsdom document of the test (files using this set `@vitest-environment jsdom`). */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(vnode, root));
  return root;
}

export function unmountAll(): void {
  for (const el of [...document.body.children]) {
    act(() => render(null, el));
    el.remove();
  }
}

export const byTestId = <T extends Element = HTMLElement>(root: ParentNode, id: string): T | null => root.querySelector<T>(`[data-testid="${id}"]`);
export const allByTestId = <T extends Element = HTMLElement>(root: ParentNode, id: string): T[] => [...root.querySelectorAll<T>(`[data-testid="${id}"]`)];

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

/** Let pending promises and effects run. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
}
