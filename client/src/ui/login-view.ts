import { ApiError, login } from '../api/index.ts';
import type { Lang } from '../graph/graph-types.ts';
import { translate } from '../i18n/strings.ts';
import { h } from './dom.ts';

/**
 * The sign-in form; resolves `onToken` with the JWT from `POST /auth/login`. `notice` explains why the
 * form is back (an expired session, whose working set will be restored).
 */
export function loginView(
  lang: Lang,
  onToken: (token: string) => void,
  notice: string | null = null,
): HTMLElement {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const username = h('input', {
    name: 'username',
    autocomplete: 'username',
    required: true,
    test: 'login-username',
  });
  const password = h('input', {
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    test: 'login-password',
  });
  const error = h('p', { class: 'error', role: 'alert', test: 'login-error' });
  const submit = h('button', { type: 'submit', test: 'login-submit' }, t('signIn'));
  const form = h(
    'form',
    { class: 'login', test: 'login-form' },
    h('h1', {}, 'OpsGraph'),
    notice ? h('p', { class: 'notice', role: 'status', test: 'login-notice' }, notice) : null,
    h('label', {}, t('username'), username),
    h('label', {}, t('password'), password),
    submit,
    error,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      onToken(await login(username.value.trim(), password.value));
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : 'UNKNOWN';
      error.textContent = code === 'UNAUTHENTICATED' ? t('badCredentials') : translate(lang, `error.${code}`);
    } finally {
      submit.disabled = false;
    }
  });
  queueMicrotask(() => username.focus());
  return form;
}
