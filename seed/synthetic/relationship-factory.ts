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
  const add = (type: RelationshipType, from: [NodeLabel, number], to: [NodeLabel, number], props = {}) =>
    out.push({
      type,
      fromLabel: from[0],
      toLabel: to[0],
      from: idOf(plan, from[0], from[1]),
      to: idOf(plan, to[0], to[1]),
      props,
    });
  const me: [NodeLabel, number] = [label, index];
  // Document-derived edges quote one sentence of one source; the node is MENTIONED_IN that same source.
  const source = r.skewed(c.Source, 2);
  const evidence = (quote: number) => ({ sourceId: idOf(plan, 'Source', source), ...QUOTES[quote]! });
  const many = (count: number, n: number, skew: number) => r.distinct(count, () => r.skewed(n, skew));
  if (
    label !== 'Region' &&
    label !== 'City' &&
    label !== 'Source' &&
    label !== 'Agency' &&
    label !== 'Position'
  ) {
    add('MENTIONED_IN', me, ['Source', source], evidence(0));
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
        add('HOLDS', me, ['Position', post], { ...props, ...evidence(1) }),
      );
      break;
    case 'SupplyChannel':
      add('ORIGINATES_IN', me, ['City', r.skewed(c.City, 3)], evidence(4));
      add('DESTINED_FOR', me, ['Region', r.skewed(c.Region, 1.5)], evidence(4));
      for (const a of many(r.heavyCount(1, 15), c.Agency, 2))
        add('DISRUPTED', ['Agency', a], me, evidence(4));
      break;
    case 'Seizure':
      for (const a of many(r.heavyCount(1, 6), c.Agency, 2)) add('SEIZED', ['Agency', a], me, evidence(5));
      if (r.next() < 0.2) add('OCCURRED_IN', me, ['Region', r.int(c.Region)], evidence(5));
      else add('OCCURRED_IN', me, ['City', r.skewed(c.City, 3)], evidence(5));
      break;
    case 'Directive':
      add('ISSUED', ['Person', r.skewed(c.Person, 3)], me, evidence(1));
      for (const p of many(r.heavyCount(2, 25), c.Position, 2))
        add('ASSIGNED_TO', me, ['Position', p], evidence(2));
      for (const a of many(r.heavyCount(1, 10), c.Agency, 2))
        add('ASSIGNED_TO', me, ['Agency', a], evidence(2));
      for (const a of many(r.heavyCount(1, 10), c.Agency, 2.5))
        add('COOPERATES_WITH', me, ['Agency', a], evidence(3));
      for (const p of many(r.between(1, 2), Math.min(c.Position, c.Agency), 4)) {
        add('UNDER_CONTROL_OF', me, ['Position', p], evidence(1));
      }
      if (r.next() < 0.8) add('PRODUCED', ['Meeting', r.int(c.Meeting)], me, evidence(0));
      break;
    case 'Meeting':
      for (const p of many(r.heavyCount(4, 80), c.Person, 2)) add('ATTENDED', ['Person', p], me, evidence(0));
      add('ORGANIZED', ['Agency', r.skewed(c.Agency, 2)], me, evidence(0));
      add('OCCURRED_IN', me, ['City', r.skewed(c.City, 3)], evidence(0));
      break;
    case 'Indicator':
      if (r.next() < 0.5) add('MEASURES', me, ['Region', r.int(c.Region)], evidence(6));
      else add('MEASURES', me, ['Agency', r.skewed(c.Agency, 2)], evidence(6));
      break;
    case 'Measure':
      add('ANNOUNCED', ['Person', r.skewed(c.Person, 3)], me, evidence(1));
      break;
    case 'Region':
    case 'Source':
      break;
  }
  return out;
}

/** A career: posts held one after another, each for a few years; the last one is current (no `until`). */
function holds(
  r: Random,
  posts: number[],
  add: (post: number, props: Record<string, PropValue>) => void,
): void {
  let year = r.between(1995, 2015);
  posts.forEach((post, i) => {
    const until = i === posts.length - 1 ? null : Math.min(2024, year + r.between(1, 5));
    add(post, until === null ? { since: year } : { since: year, until });
    year = until ?? year;
  });
}
