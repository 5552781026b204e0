import { describe, expect, it } from 'vitest';
import { ApiError, errorFromBody, toErrorCode } from '../../client/src/api/api-error.ts';
import { STRINGS, translate } from '../../client/src/i18n/strings.ts';
import { ErrorCode, httpStatusOf } from '../../server/errors.ts';
import { errorBody } from '../../server/send-error.ts';
import { API_ERROR_CODES, API_ERROR_STATUS } from '../../shared/error-codes.ts';

describe('one error-code list for server and client', () => {
  it('is the server’s list, with an HTTP status for every code', () => {
    expect(Object.keys(ErrorCode).sort()).toEqual([...API_ERROR_CODES].sort());
    for (const code of API_ERROR_CODES) {
      expect(httpStatusOf[code], code).toBe(API_ERROR_STATUS[code]);
      expect(httpStatusOf[code]! >= 400 && httpStatusOf[code]! < 600, code).toBe(true);
    }
  });

  it('has text in both languages for every code the client can show', () => {
    for (const code of [...API_ERROR_CODES, 'NETWORK_ERROR', 'UNKNOWN']) {
      const key = `error.${code}` as keyof typeof STRINGS;
      expect(STRINGS[key], key).toBeDefined();
      expect(translate('ru', key)).not.toBe(translate('en', key));
    }
  });

  it('brings a 503 DATABASE_UNAVAILABLE to the user as "database unavailable", not a server error', () => {
    const body = errorBody(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable', 'req-1');
    const error = errorFromBody(body, 503);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503, requestId: 'req-1' });
    expect(translate('en', `error.${error!.code}` as keyof typeof STRINGS)).toMatch(
      /database is unavailable/,
    );
    // Without a body (a proxy's page), the status still says what happened.
    expect(toErrorCode(undefined, 503)).toBe('DATABASE_UNAVAILABLE');
    expect(toErrorCode(undefined, 502)).toBe('INTERNAL_SERVER_ERROR');
    expect(toErrorCode('SOMETHING_NEW', 400)).toBe('BAD_REQUEST');
  });

  it('reads the one error shape of every route', () => {
    expect(
      errorFromBody({ errors: [{ message: 'm', extensions: { code: 'QUERY_TOO_COMPLEX' } }] }, 400),
    ).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      message: 'm',
      requestId: undefined,
    });
    expect(errorFromBody({ data: { x: 1 } }, 200)).toBeNull();
    expect(errorFromBody(null, 500)).toBeNull();
  });
});
