import { h } from '../ui/dom.ts';

/**
 * An inline question with «yes» and «no» (no browser dialog, so it reads like the rest of the page and a
 * test drives it like any element). Opening it focuses «no», so a stray Enter never confirms; `y` confirms
 * and `n` or Esc cancels when the caller passes its keys on (`key`).
 */
export function confirmBar(options: {
  test: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo?: () => void;
}) {
  const close = () => {
    element.hidden = true;
  };
  const noButton = h(
    'button',
    { test: `${options.test}-no`, type: 'button', onclick: () => (close(), options.onNo?.()) },
    options.no,
  );
  const yesButton = h(
    'button',
    {
      test: `${options.test}-yes`,
      type: 'button',
      class: 'danger',
      onclick: () => (close(), options.onYes()),
    },
    options.yes,
  );
  const element = h(
    'div',
    { test: options.test, class: 'confirm-bar', role: 'alertdialog', hidden: true },
    h('span', {}, options.question),
    ' ',
    yesButton,
    ' ',
    noButton,
  );
  return {
    element,
    open() {
      element.hidden = false;
      noButton.focus();
    },
    close,
    isOpen: () => !element.hidden,
    /** Handles a review key while open (`y` yes, `n`/Escape no); true when it was one of them. */
    key(key: string): boolean {
      if (key === 'y') yesButton.click();
      else if (key === 'n' || key === 'Escape') noButton.click();
      else return false;
      return true;
    },
  };
}
