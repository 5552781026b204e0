/** What a key press asks of the workspace. */
export type ShortcutAction =
  | 'search'
  | 'expand'
  | 'hide'
  | 'pin'
  | 'undo'
  | 'redo'
  | 'lasso'
  | 'fit'
  | 'deselect'
  | 'help'
  | 'layout-1'
  | 'layout-2'
  | 'layout-3'
  | 'layout-4';

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

/** Maps a key press to an action; null for keys the workspace leaves alone. Pure, so it is unit-tested. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.altKey) return null;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z')
    return event.shiftKey ? 'redo' : 'undo';
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'y') return 'redo';
  if (event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case '/':
      return 'search';
    case 'Enter':
      return 'expand';
    case 'h':
    case 'Delete':
    case 'Backspace':
      return 'hide';
    case 'p':
      return 'pin';
    case 'u':
      return 'undo';
    case 'l':
      return 'lasso';
    case 'f':
      return 'fit';
    case 'Escape':
      return 'deselect';
    case '?':
      return 'help';
    case '1':
    case '2':
    case '3':
    case '4':
      return `layout-${event.key}`;
    default:
      return null;
  }
}

/** Installs the shortcuts; keys typed into inputs are left to the inputs. */
export function installShortcuts(target: Document, run: (action: ShortcutAction) => void): void {
  target.addEventListener('keydown', (event) => {
    const el = event.target as HTMLElement | null;
    if (el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA')) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    run(action);
  });
}
