import { basisIn, type LangText } from './evidence-items.ts';
import { tenure } from './fact-time.ts';
import type { EvidenceEntry, Lang, SliceEdgeInput, SliceInput } from './graph-types.ts';
import { nodeCaption } from './to-elements.ts';

/** The roles of a coordinator's brief, in the order it lists them. */
export const BRIEF_ROLES = [
  'orderedBy',
  'underControlOf',
  'assignedTo',
  'togetherWith',
  'producedAt',
] as const;
export type BriefRole = (typeof BRIEF_ROLES)[number];

/** One evidence item as the brief prints it: the quote (or the citation) and, when inferred, why. */
export interface BriefEvidence {
  sourceId: string;
  quote: string | null;
  inferred: boolean;
  basis: LangText | null;
}

/** A post, body or holder under a line, with when it held (former posts are marked). */
export interface BriefRelated {
  kind: 'post' | 'body' | 'holder';
  name: string;
  former: boolean;
  tenure: string | null;
  evidence: BriefEvidence[];
}

/** One entity in a role, with the evidence of that role. */
export interface BriefLine {
  id: string;
  name: string;
  label: string;
  related: BriefRelated[];
  evidence: BriefEvidence[];
}

export interface BriefSection {
  role: BriefRole;
  lines: BriefLine[];
}

export interface Brief {
  directive: { id: string; name: string };
  sections: BriefSection[];
}

/** Which end of which relationship type gives which role (the directive is the other end). */
const ROLE_OF: Record<string, { role: BriefRole; end: 'source' | 'target' }> = {
  ISSUED: { role: 'orderedBy', end: 'source' },
  UNDER_CONTROL_OF: { role: 'underControlOf', end: 'target' },
  ASSIGNED_TO: { role: 'assignedTo', end: 'target' },
  COOPERATES_WITH: { role: 'togetherWith', end: 'target' },
  PRODUCED: { role: 'producedAt', end: 'source' },
  INCLUDES: { role: 'producedAt', end: 'source' },
};

function evidenceOf(edge: SliceEdgeInput, lang: Lang): BriefEvidence[] {
  const items: EvidenceEntry[] = edge.evidence?.length
    ? edge.evidence
    : edge.sourceId
      ? [{ ...edge, sourceId: edge.sourceId, basis: edge.basis ?? null, basisRu: null }]
      : [];
  return items.map((item) => ({
    sourceId: item.sourceId,
    quote: item.quote,
    inferred: item.inferred,
    basis: item.inferred ? basisIn(item, lang) : null,
  }));
}

/**
 * The brief of a directive from its responsibility chain: who ordered it (with his posts, former ones
 * marked with their dates, and their bodies), whose control it is under (with the holders and bodies of
 * those posts), to whom it is assigned, together with whom, and where it was produced. Names stay in the
 * nominative: the page puts them after a heading, so no inflection is needed.
 */
export function buildBrief(slice: SliceInput, directiveId: string, lang: Lang): Brief {
  const names = new Map(slice.nodes.map((node) => [node.id, nodeCaption(node, lang)]));
  const labels = new Map(slice.nodes.map((node) => [node.id, node.label]));
  const name = (id: string) => names.get(id) ?? id;
  const related = (edge: SliceEdgeInput, kind: BriefRelated['kind'], id: string): BriefRelated => {
    const time = tenure(
      { validFrom: edge.validFrom ?? null, validTo: edge.validTo ?? null, current: edge.current ?? null },
      lang,
    );
    return { kind, name: name(id), former: time.former, tenure: time.text, evidence: evidenceOf(edge, lang) };
  };
  const bodyOf = (postId: string) =>
    slice.edges.find((e) => e.type === 'POSITION_IN' && e.source === postId)?.target;
  const relatedOf = (id: string): BriefRelated[] => {
    const out: BriefRelated[] = [];
    for (const edge of slice.edges) {
      if (edge.type === 'HOLDS' && edge.source === id) {
        // A person's post with its body reads as one line: "post, body".
        const post = related(edge, 'post', edge.target);
        const body = bodyOf(edge.target);
        out.push(body ? { ...post, name: `${post.name}, ${name(body)}` } : post);
      }
      if (edge.type === 'HOLDS' && edge.target === id) out.push(related(edge, 'holder', edge.source));
      if (edge.type === 'POSITION_IN' && edge.source === id) out.push(related(edge, 'body', edge.target));
    }
    // Current posts first, then former ones, each group in the order the chain gave them.
    return [...out.filter((r) => !r.former), ...out.filter((r) => r.former)];
  };
  const sections = new Map<BriefRole, BriefLine[]>();
  for (const edge of slice.edges) {
    const role = ROLE_OF[edge.type];
    if (!role) continue;
    const other = role.end === 'source' ? edge.source : edge.target;
    const directiveEnd = role.end === 'source' ? edge.target : edge.source;
    if (directiveEnd !== directiveId) continue;
    const line: BriefLine = {
      id: other,
      name: name(other),
      label: labels.get(other) ?? '',
      related: relatedOf(other),
      evidence: evidenceOf(edge, lang),
    };
    sections.set(role.role, [...(sections.get(role.role) ?? []), line]);
  }
  return {
    directive: { id: directiveId, name: name(directiveId) },
    sections: BRIEF_ROLES.filter((role) => sections.has(role)).map((role) => ({
      role,
      lines: sections.get(role)!.sort((a, b) => a.name.localeCompare(b.name, lang)),
    })),
  };
}
