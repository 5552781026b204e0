/** Argument names whose values never reach the audit trail. */
const SECRET_KEY =
  /pass(word|phrase)?|pwd|secret|token|credential|api[-_]?key|private[-_]?key|hash|otp|cookie|authorization/i;

export const REDACTED = '[redacted]';

/**
 * A deep copy of `value` with the value of every secret-looking key (password, token, secret…) replaced,
 * at any depth, so a mutation's arguments can be stored without storing credentials.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        SECRET_KEY.test(key) && inner !== null ? REDACTED : redactSecrets(inner),
      ]),
    );
  }
  return value;
}
