import type { ApolloServerPlugin } from '@apollo/server';
import type { Driver, Session, Transaction } from 'neo4j-driver';
import { classifyError, httpStatusOf } from '../errors.ts';
import { writeAuditEvent } from '../audit/audit-event.ts';
import type { RequestContext } from './request-context.ts';

/**
 * Runs each mutation in one explicit transaction that @neo4j/graphql also uses (as `executionContext`),
 * writes the AuditEvent into it and commits only when the whole operation succeeded: a change is never
 * stored without its audit record, and an audit record never describes a change that was rolled back.
 */
export function auditPlugin(
  driver: Driver,
  database: string | undefined,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let session: Session | undefined;
      let tx: Transaction | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          // The bookmark manager auto-commit-reader.ts also uses: on a cluster, this process's later reads
          // wait for this write to reach the member they run on.
          session = driver.session({
            database,
            defaultAccessMode: 'WRITE',
            bookmarkManager: driver.executeQueryBookmarkManager,
          });
          tx = session.beginTransaction({ timeout: contextValue.transaction.timeout });
          contextValue.executionContext = tx;
        },
        async willSendResponse({ response, contextValue, operation, operationName, request }) {
          if (!tx || !session) return;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          try {
            if (!body || body.errors?.length) {
              await tx.rollback();
              return;
            }
            const fields = operation?.selectionSet.selections.map((s) =>
              s.kind === 'Field' ? s.name.value : '…',
            );
            await writeAuditEvent(tx, {
              actor: contextValue.principal?.sub ?? 'anonymous',
              operation: `${operationName ?? 'anonymous'}: ${(fields ?? []).join(', ')}`,
              variables: request.variables ?? {},
            });
            await tx.commit();
          } catch (error) {
            if (tx.isOpen()) await tx.rollback();
            // Nothing was stored, so the client must not see data that looks committed.
            const { code, message } = classifyError(error);
            if (body) Object.assign(body, { data: null, errors: [{ message, extensions: { code } }] });
            // A commit lost with the database is 503 DATABASE_UNAVAILABLE (retry), not a server bug.
            response.http.status = httpStatusOf[code] ?? 500;
          } finally {
            await session.close();
          }
        },
      };
    },
  };
}
