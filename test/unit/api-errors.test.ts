import { GraphQLError } from '../../server/graphql/graphql-js.ts';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyError, ErrorCode, formatError } from '../../server/errors.ts';
import { digestOf as variablesDigest } from '../../server/audit/index.ts';

const neo4jError = (message: string, code: string) => new Neo4jError(message, code, 'gql', 'desc');

describe('classifyError', () => {
  it('turns signals raised by our Cypher into their codes', () => {
    const error = neo4jError(
      'Failed to invoke procedure `apoc.util.validate`: Caused by: java.lang.RuntimeException: NOT_FOUND: no entity with id x',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
    );
    expect(classifyError(error)).toEqual({ code: ErrorCode.NOT_FOUND, message: 'no entity with id x' });
  });

  it('maps driver codes and hides everything else', () => {
    expect(
      classifyError(neo4jError('t', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))
        .code,
    ).toBe(ErrorCode.TIMEOUT);
    expect(classifyError(neo4jError('x', 'ServiceUnavailable')).code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(classifyError(neo4jError('x', 'Neo.ClientError.Schema.ConstraintValidationFailed')).code).toBe(
      ErrorCode.CONSTRAINT_VIOLATION,
    );
    expect(classifyError(new Error('secret detail'))).toEqual({
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'Internal server error',
    });
  });

  it('keeps the code of our own errors', () => {
    const error = new GraphQLError('nope', { extensions: { code: 'FORBIDDEN' } });
    expect(classifyError(error)).toEqual({ code: ErrorCode.FORBIDDEN, message: 'nope' });
  });
});

describe('formatError', () => {
  it('masks internals in production and keeps only message and code of request errors', () => {
    const format = formatError(true);
    const internal = format(
      { message: 'boom', path: ['people'], extensions: { stacktrace: ['at x'] } },
      new Error('boom'),
    );
    expect(internal).toEqual({
      message: 'Internal server error',
      path: ['people'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const request = format(
      { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['x'] } },
      null,
    );
    expect(request).toEqual({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });
});

describe('variablesDigest', () => {
  it('is independent of key order and changes with the values', () => {
    expect(variablesDigest({ a: 1, b: { c: [1, 2] } })).toBe(variablesDigest({ b: { c: [1, 2] }, a: 1 }));
    expect(variablesDigest({ a: 1 })).not.toBe(variablesDigest({ a: 2 }));
    expect(variablesDigest({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
