import type { DocumentContext, SentenceContext } from '../context.ts';
import { SEIZING_BODY } from './agent-words.ts';
import { reportingBody } from './reporting-body.ts';

/**
 * The body whose officer tells what a sentence reports in the passive or with «мы»: «Как доложил начальник
 * УПН ДП …, изъято …», an interview's answer «нами перекрыто пять каналов». The speaker reports his own
 * body's work — a directorate's head its directorate's, not the department's. Only a body that seizes.
 */
export function speakerAgent(
  ctx: DocumentContext,
  sc: SentenceContext,
): { ref: string; name: string } | undefined {
  const ref = reportingBody(ctx, sc);
  const body = ref ? ctx.builder.entityByRef(ref) : undefined;
  return body?.label === 'Agency' && SEIZING_BODY.test(body.name)
    ? { ref: body.ref, name: body.name }
    : undefined;
}
