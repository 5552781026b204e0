import { ApiError } from '../api/index.ts';
import type { Lang } from '../graph/graph-types.ts';
import { translate, type StringKey } from '../i18n/strings.ts';
import { h } from './dom.ts';

export type StatusKind = 'idle' | 'loading' | 'info' | 'empty' | 'error' | 'cap';

/** One line telling the investigator what the workspace is doing or why it refused. */
export class StatusBar {
  readonly element = h('div', { class: 'status', role: 'status', test: 'status', 'data-state': 'idle' });

  set(kind: StatusKind, text = ''): void {
    this.element.dataset.state = kind;
    this.element.textContent = text;
  }

  /** Shows an error by its `extensions.code`; the code is also exposed for tests. */
  error(lang: Lang, error: unknown): void {
    const code = error instanceof ApiError ? error.code : 'UNKNOWN';
    this.element.dataset.code = code;
    this.set('error', translate(lang, `error.${code}` as StringKey));
    if (!(error instanceof ApiError)) console.error(error);
  }
}
