import type { RequestHandler } from 'express';

/**
 * Adds `WWW-Authenticate: Bearer …` to every 401 (RFC 6750), whichever route or library sends it: the
 * header is set when the status line is written, so it also covers Apollo's answers.
 */
export const bearerChallenge: RequestHandler = (req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
    const status = typeof args[0] === 'number' ? args[0] : this.statusCode;
    if (status === 401 && !this.hasHeader('WWW-Authenticate')) {
      // With a token sent, it was the token that failed; without one, the challenge only names the scheme.
      const error = req.headers.authorization ? ', error="invalid_token"' : '';
      this.setHeader('WWW-Authenticate', `Bearer realm="opsgraph"${error}`);
    }
    return writeHead.apply(this, args);
  } as typeof res.writeHead;
  next();
};
