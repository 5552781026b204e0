import { mergeEvidence, type EvidenceItem } from '../../server/facts/evidence-item.ts';
import { factId } from '../../server/facts/fact-id.ts';
import { factEvidenceValues } from '../../server/facts/fact-properties.ts';
import type { NodeLabel, RelationshipType } from '../../vocabulary/index.ts';
import { idOf, type GraphPlan } from './graph-plan.ts';
import type { PropValue } from './node-factory.ts';
import { streamFor, type Random } from './random.ts';
import { QUOTES } from './source-text.ts';

/** One relationship with concrete end labels (the importer MATCHes each end by label and id). */
export interface SynRel {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  from: string;
  to: string;
  props: Record<string, PropValue>;
}

/** The agency a post belongs to: post `a` is the head of agency `a`; other posts cluster in big agencies. */
export function agencyOfPosition(plan: GraphPlan, position: number): number {
  if (position < plan.counts.Agency) return position;
  return streamFor(plan.seed, 'position-agency', position).skewed(plan.counts.Agency, 2);
}

/** The parent of an agency in its tree (always a lower index, so the trees have no cycles), or null. */
export function parentAgency(plan: GraphPlan, agency: number): number | null {
  if (agency < plan.agencyRoots) return null;
  return Math.floor(agency * Math.pow(streamFor(plan.seed, 'agency-parent', agency).next(), 2));
}

/** Every relationship whose "owner" (the side that decides it) is node `index` of `label`. */
export function relationshipsOf(plan: GraphPlan, label: NodeLabel, index: number): SynRel[] {
  const r = streamFor(plan.seed, `rels:${label}`, index);
  const c = plan.counts;
  const out: SynRel[] = [];
  // Evidence draws from its own stream, so the graph's shape is the same with or without evidence lists.
  const e = streamFor(plan.seed, `evidence:${label}`, index);
  const source = r.skewed(c.Source, 2);
  const add = (
    type: RelationshipType,
    from: [NodeLabel, number],
    to: [NodeLabel, number],
    quote = 2,
    extra: Record<string, PropValue> = {},
  ) => {
    const ends = { from: idOf(plan, from[0], from[1]), to: idOf(plan, to[0], to[1]) };
    const id = factId({ ...ends, type });
    const props =
      type === 'MENTIONED_IN'
        ? { id, sourceId: ends.to, ...QUOTES[quote]!, inferred: false, extractor: 'synthetic' }
        : { id, ...factEvidenceValues(evidenceItems(e, plan, source, quote)), ...extra };
    out.push({ type, fromLabel: from[0], toLabel: to[0], ...ends, props });
  };
  const me: [NodeLabel, number] = [label, index];
  // Facts quote one sentence of the node's source (and sometimes of one or two more); the node is
  // MENTIONED_IN that same source.
  const many = (count: number, n: number, skew: number) => r.distinct(count, () => r.skewed(n, skew));
  if (
    label !== 'Region' &&
    label !== 'City' &&
    label !== 'Source' &&
    label !== 'Agency' &&
    label !== 'Position'
  ) {
    add('MENTIONED_IN', me, ['Source', source], 0);
  }
  switch (label) {
    case 'City':
      add('LOCATED_IN', me, ['Region', r.skewed(c.Region, 1.5)]);
      break;
    case 'Agency': {
      const parent = parentAgency(plan, index);
      if (parent !== null) add('PART_OF', me, ['Agency', parent]);
      add('JURISDICTION', me, ['Region', r.int(c.Region)]);
      add('LOCATED_IN', me, ['City', r.skewed(c.City)]);
      // Some bodies also report across the tree (a task force to a ministry).
      const other = r.skewed(index, 3);
      if (index > 0 && other !== parent && r.next() < 0.2) add('REPORTS_TO', me, ['Agency', other]);
      break;
    }
    case 'Position': {
      const agency = agencyOfPosition(plan, index);
      add('POSITION_IN', me, ['Agency', agency]);
      // A head reports to the head of the parent body; any other post to the head of its own body.
      const boss = index < c.Agency ? parentAgency(plan, index) : agency;
      if (boss !== null) add('REPORTS_TO', me, ['Position', boss]);
      break;
    }
    case 'Person':
      holds(r, many(r.heavyCount(2, 12), c.Position, 1.5), (post, props) =>
        add('HOLDS', me, ['Position', post], 1, props),
      );
      break;
    case 'SupplyChannel':
      add('ORIGINATES_IN', me, ['City', r.skewed(c.City, 3)], 4);
      add('DESTINED_FOR', me, ['Region', r.skewed(c.Region, 1.5)], 4);
      for (const a of many(r.heavyCount(1, 15), c.Agency, 2)) add('DISRUPTED', ['Agency', a], me, 4);
      break;
    case 'Seizure':
      for (const a of many(r.heavyCount(1, 6), c.Agency, 2)) add('SEIZED', ['Agency', a], me, 5);
      if (r.next() < 0.2) add('OCCURRED_IN', me, ['Region', r.int(c.Region)], 5);
      else add('OCCURRED_IN', me, ['City', r.skewed(c.City, 3)], 5);
      break;
    case 'Directive':
      add('ISSUED', ['Person', r.skewed(c.Person, 3)], me, 1);
      for (const p of many(r.heavyCount(2, 25), c.Position, 2)) add('ASSIGNED_TO', me, ['Position', p], 2);
      for (const a of many(r.heavyCount(1, 10), c.Agency, 2)) add('ASSIGNED_TO', me, ['Agency', a], 2);
      for (const a of many(r.heavyCount(1, 10), c.Agency, 2.5)) add('COOPERATES_WITH', me, ['Agency', a], 3);
      for (const p of many(r.between(1, 2), Math.min(c.Position, c.Agency), 4)) {
        add('UNDER_CONTROL_OF', me, ['Position', p], 1);
      }
      if (r.next() < 0.8) add('PRODUCED', ['Meeting', r.int(c.Meeting)], me, 0);
      break;
    case 'Meeting':
      for (const p of many(r.heavyCount(4, 80), c.Person, 2)) add('ATTENDED', ['Person', p], me, 0);
      add('ORGANIZED', ['Agency', r.skewed(c.Agency, 2)], me, 0);
      add('OCCURRED_IN', me, ['City', r.skewed(c.City, 3)], 0);
      break;
    case 'Indicator':
      if (r.next() < 0.5) add('MEASURES', me, ['Region', r.int(c.Region)], 6);
      else add('MEASURES', me, ['Agency', r.skewed(c.Agency, 2)], 6);
      break;
    case 'Measure':
      add('ANNOUNCED', ['Person', r.skewed(c.Person, 3)], me, 1);
      break;
    case 'Operation':
      add('CONDUCTED_BY', me, ['Agency', r.skewed(c.Agency, 2)], 3);
      for (const a of many(r.between(0, 2), c.Agency, 2)) add('PARTICIPATED_IN', ['Agency', a], me, 3);
      add('OCCURRED_IN', me, ['Region', r.int(c.Region)], 3);
      if (r.next() < 0.5) add('RESULTED_IN', me, ['Seizure', r.int(c.Seizure)], 5);
      break;
    case 'Region':
    case 'Source':
      break;
  }
  return out;
}

/**
 * A career: posts held one after another, each for a few years; the last one is current (no `validTo`).
 * The bounds are years, partial dates of the contract.
 */
function holds(
  r: Random,
  posts: number[],
  add: (post: number, props: Record<string, PropValue>) => void,
): void {
  let year = r.between(1995, 2015);
  posts.forEach((post, i) => {
    const until = i === posts.length - 1 ? null : Math.min(2024, year + r.between(1, 5));
    add(
      post,
      until === null ? { validFrom: String(year) } : { validFrom: String(year), validTo: String(until) },
    );
    year = until ?? year;
  });
}

/**
 * A fact's evidence: the node's source quoting sentence `quote`, and for about one fact in four a second
 * source (one in ten a third) quoting it too, as when later releases repeat a fact.
 */
function evidenceItems(e: Random, plan: GraphPlan, source: number, quote: number): EvidenceItem[] {
  const extra = e.next();
  const count = extra < 0.1 ? 3 : extra < 0.25 ? 2 : 1;
  const sources = [source, ...Array.from({ length: count - 1 }, () => e.skewed(plan.counts.Source, 2))];
  const items = sources.map((n) => ({
    sourceId: idOf(plan, 'Source', n),
    ...QUOTES[quote]!,
    inferred: false,
    extractor: 'synthetic',
  }));
  return mergeEvidence([], items);
}
