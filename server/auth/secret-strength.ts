import { isDocumentedExample } from './documented-secrets.ts';

export interface SecretRule {
  minLength: number;
  /** log10 of the guesses zxcvbn estimates an attacker needs; 30 ≈ 100 bits. */
  minGuessesLog10: number;
}

/** HS256 signs every token with it: guessing it forges an admin token offline, at any speed. */
export const JWT_SECRET_RULE: SecretRule = { minLength: 32, minGuessesLog10: 30 };
/** Guessed online against Bolt, so it can be shorter; still never a word or a pattern. */
export const DATABASE_PASSWORD_RULE: SecretRule = { minLength: 16, minGuessesLog10: 20 };

export const HOW_TO_MAKE_ONE = 'make one with `openssl rand -base64 48`';

type Estimator = (value: string) => { guessesLog10: number; feedback: { warning: string | null } };
let estimator: Promise<Estimator> | undefined;

/**
 * zxcvbn (the @zxcvbn-ts port) rather than a hand-written entropy formula: it finds what makes a long
 * string guessable (repeats like `aaaa…`, sequences like `abcd…`, keyboard walks, dictionary words,
 * a phrase said twice) and prices each. Tried against the examples in documented-secrets.ts, `openssl rand`
 * output and typical weak secrets (test/unit/access-secrets.test.ts). Loaded on first use only: its
 * dictionaries take ~0.3 s, paid once, at a production start.
 */
function loadEstimator(): Promise<Estimator> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary },
      graphs: common.adjacencyGraphs,
    });
    return (value: string) => zxcvbn.check(value);
  })();
  return estimator;
}

/** What makes `value` unfit as a secret under `rule`, or null when it is fit. */
export async function secretProblem(value: string, rule: SecretRule): Promise<string | null> {
  if (isDocumentedExample(value)) return 'is an example published in this repository (or a placeholder)';
  if (value.length < rule.minLength) return `is shorter than ${rule.minLength} characters`;
  const estimate = (await loadEstimator())(value);
  if (estimate.guessesLog10 < rule.minGuessesLog10) {
    const why = estimate.feedback.warning ? `: ${estimate.feedback.warning}` : '';
    return `is too easy to guess (about 10^${Math.floor(estimate.guessesLog10)} guesses${why})`;
  }
  return null;
}
