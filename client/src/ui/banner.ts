import { h } from './dom.ts';

/**
 * A message over the canvas that stays until closed (a link that could not be opened, a working set
 * restored after sign-in); the workspace under it stays usable.
 */
export function showBanner(slot: HTMLElement, test: string, text: string, closeText: string): HTMLElement {
  slot.querySelector(`[data-test="${test}"]`)?.remove();
  const banner = h(
    'div',
    { class: 'banner', role: 'alert', test },
    h('span', {}, text),
    h('button', { class: 'link', test: `${test}-close`, onclick: () => banner.remove() }, closeText),
  );
  slot.append(banner);
  return banner;
}
