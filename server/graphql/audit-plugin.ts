import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { NO_CHANGES, writeAuditEvent, type AuditEventRecord, type RefusalRecorder } from '../audit/index.ts';
import { classifyError, ErrorCode, httpStatusOf } from '../errors.ts';
import { describeMutation } from './describe-mutation.ts';
import { fieldLabels } from './executed-root-fields.ts';
import type { GraphQLFormattedError } from './graphql-js.ts';
import { mutationGate } from './mutation-gate.ts';
import { beginMutationRun, changesOf, type MutationRun } from './mutation-run.ts';
import type { RequestContext } from './request-context.ts';

export interface AuditPluginDeps {
  driver: Driver;
  database: string | undefined;
  refusals: RefusalRecorder;
}

type Done = GraphQLRequestContextWillSendResponse<RequestContext>;

/**
 * The audit trail of the API. Each mutation that may run gets one explicit transaction that
 * @neo4j/graphql also uses; its AuditEvent (who, root fields, arguments, changed ids, counts) is written
 * into it and committed only with the whole operation. A mutation that fails is rolled back and recorded
 * in a transaction of its own; one refused (401, 403, 400, before or while running) leaves a small,
 * rate-limited AccessRefusal without its data. Anonymous callers never reach a transaction.
 */
export function auditPlugin(deps: AuditPluginDeps): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let run: MutationRun | undefined;
      return {
        async didResolveOperation(request) {
          const { operation } = request;
          const refused = mutationGate(request.contextValue, operation?.operation ?? 'unknown');
          if (refused) throw refused;
          if (operation?.operation !== 'mutation') return;
          run = await beginMutationRun(deps.driver, deps.database, {
            schema: request.schema,
            document: request.document,
            operation,
            variables: request.request.variables,
            contextValue: request.contextValue,
          });
          // Apollo executes `requestContext.document` as it stands after this hook.
          (request as { document: typeof run.document }).document = run.document;
        },
        async willSendResponse(request) {
          if (run) await finish(deps, run, request);
          else await recordIfRefusedMutation(deps, request);
        },
      };
    },
  };
}

async function finish(deps: AuditPluginDeps, run: MutationRun, request: Done): Promise<void> {
  const { response, contextValue } = request;
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  const changes = changesOf(run, body?.data, contextValue.reportedIds);
  const errors = body ? body.errors : [{ message: 'Incremental delivery is not supported for mutations' }];
  try {
    if (errors?.length) {
      // Nothing is stored, so nothing may look stored: no partial data, and the error's status (set
      // before any await, so the error-status plugin sees `data: null` too).
      const code = codeOf(errors[0]!, contextValue);
      if (body) body.data = null;
      if ((response.http.status ?? 200) < 400) response.http.status = httpStatusOf[code] ?? 500;
      await run.tx.rollback();
      await recordFailure(deps, run, request, code);
      return;
    }
    await writeAuditEvent(run.tx, record(run, request, 'committed', null, changes));
    await run.tx.commit();
  } catch (error) {
    if (run.tx.isOpen()) await run.tx.rollback().catch(() => {});
    const { code, message } = classifyError(error);
    if (body) Object.assign(body, { data: null, errors: [{ message, extensions: { code } }] });
    // A commit lost with the database is 503 DATABASE_UNAVAILABLE (retry), not a server bug.
    response.http.status = httpStatusOf[code] ?? 500;
  } finally {
    await run.session.close();
  }
}

/** A run that failed: refusals (4xx of access or input) are AccessRefusals, other failures AuditEvents. */
async function recordFailure(deps: AuditPluginDeps, run: MutationRun, request: Done, code: string) {
  const status = httpStatusOf[code] ?? 500;
  if (isRefusal(status)) {
    return deps.refusals.record({
      ...who(request.contextValue),
      operationName: request.operationName ?? null,
      rootFields: fieldLabels(run.fields),
      status,
      code,
    });
  }
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite((tx) => writeAuditEvent(tx, record(run, request, 'failed', code, NO_CHANGES)));
  } catch (error) {
    console.error('Could not record a failed mutation:', error);
  } finally {
    await session.close();
  }
}

/** Requests refused before a transaction opened: the token, the gate, parsing, validation, GET. */
async function recordIfRefusedMutation(deps: AuditPluginDeps, request: Done): Promise<void> {
  const status = request.response.http.status ?? 200;
  if (!isRefusal(status) && status !== 405) return;
  const mutation = describeMutation(request);
  if (!mutation) return;
  const body = request.response.body.kind === 'single' ? request.response.body.singleResult : undefined;
  const code = body?.errors?.[0] ? codeOf(body.errors[0], request.contextValue) : String(status);
  await deps.refusals.record({ ...who(request.contextValue), ...mutation, status, code });
}

function record(
  run: MutationRun,
  request: Done,
  outcome: AuditEventRecord['outcome'],
  code: string | null,
  changes: AuditEventRecord['changes'],
): AuditEventRecord {
  return {
    ...who(request.contextValue),
    operationName: request.operationName ?? null,
    rootFields: fieldLabels(run.fields),
    arguments: run.fields.map((field) => ({ field: field.key, arguments: field.arguments })),
    outcome,
    code,
    changes,
  };
}

function who(context: RequestContext) {
  return {
    actor: context.principal?.sub ?? 'anonymous',
    actorRoles: context.principal?.roles ?? [],
    address: context.clientAddress ?? null,
  };
}

/** The first error's code; a signed-in caller refused by a schema rule is FORBIDDEN, as the client is told. */
function codeOf(error: GraphQLFormattedError, context: RequestContext): string {
  const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  return code === ErrorCode.UNAUTHENTICATED && context.principal ? ErrorCode.FORBIDDEN : code;
}

function isRefusal(status: number): boolean {
  return status === 400 || status === 401 || status === 403 || status === 413;
}
