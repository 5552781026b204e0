// The review screen's keys, by the Latin key they are printed on: a reviewer typing Russian keeps the
// ЙЦУКЕН layout on, where `a` sends «ф» and `[` sends «х», so a key is read from its physical position
// (`event.code`) whenever the character it sends is not ASCII.
const PUNCTUATION: Record<string, [string, string]> = {
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Equal: ['=', '+'],
  Slash: ['/', '?'],
};

/** The key a review shortcut names: `event.key` when it is ASCII or named (`ArrowDown`), else by position. */
export function keyOf(event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>): string {
  if (event.key.length !== 1 || /^[\x20-\x7e]$/.test(event.key)) return event.key;
  const letter = /^Key([A-Z])$/.exec(event.code)?.[1];
  if (letter) return event.shiftKey ? letter : letter.toLowerCase();
  const pair = PUNCTUATION[event.code];
  return pair ? pair[event.shiftKey ? 1 : 0] : event.key;
}

/** The hint bar under the review's header: every key, always visible, in the page's language. */
export const KEY_HINTS: readonly { keys: string; ru: string; en: string }[] = [
  { keys: 'j k ↓ ↑', ru: 'след./пред.', en: 'next/previous' },
  { keys: 'n', ru: 'след. нерешённое', en: 'next undecided' },
  { keys: 'a', ru: 'принять', en: 'accept' },
  { keys: 'r', ru: 'отклонить', en: 'reject' },
  { keys: 'u', ru: 'снять решение', en: 'undecide' },
  { keys: 'e', ru: 'имя, тип, связь', en: 'name, label, link' },
  { keys: '← →', ru: 'курсор по словам', en: 'caret by word' },
  { keys: 'Shift+← →', ru: 'выделить по словам', en: 'select by word' },
  { keys: 's', ru: 'фрагмент = выделение', en: 'span = selection' },
  { keys: '[ ]', ru: 'конец ∓ слово', en: 'end ∓ word' },
  { keys: '{ }', ru: 'начало ± слово', en: 'start ± word' },
  { keys: 'm', ru: 'след. упоминание', en: 'next mention' },
  { keys: '+', ru: 'добавить упоминание', en: 'add mention' },
  { keys: 'x', ru: 'убрать упоминание', en: 'remove mention' },
  { keys: 'Shift+A', ru: 'принять все нерешённые', en: 'accept all undecided' },
  { keys: 'c', ru: 'зафиксировать', en: 'commit' },
  { keys: 'd', ru: 'отбросить черновик', en: 'discard the draft' },
  { keys: '?', ru: 'справка', en: 'help' },
];
