import { idOf, type GraphPlan } from '../seed/synthetic/graph-plan.ts';
import { makeNode } from '../seed/synthetic/node-factory.ts';
import { relationshipsOf } from '../seed/synthetic/relationship-factory.ts';
import { Random } from '../seed/synthetic/random.ts';
import type { NodeLabel } from '../vocabulary/index.ts';

/** Inputs for one request; every view reads the fields it needs. */
export interface Sample {
  /** An entity for point lookups and neighbourhoods (a person, post, body or directive). */
  entityId: string;
  personId: string;
  directiveId: string;
  /** A region 3 hops from `personId` (person → post → body → region), for shortestPath. */
  regionId: string;
  searchText: string;
}

const ENTITY_LABELS: readonly NodeLabel[] = ['Person', 'Position', 'Agency', 'Directive'];

/**
 * Samples drawn from the plan rather than the database: the generator is a pure function of the plan,
 * so ids, routes and names are known without a query, and both sides of a comparison get the same inputs.
 */
export function drawSamples(plan: GraphPlan, count: number, seed = 7): Sample[] {
  const r = new Random(seed);
  const out: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const label = ENTITY_LABELS[i % ENTITY_LABELS.length]!;
    const person = r.int(plan.counts.Person);
    const names = makeNode(plan, 'Person', r.int(plan.counts.Person)).props;
    // Alternate scripts and cut the surname to a prefix, as users type: "Алено", "Akhmet".
    const surname = String(i % 2 === 0 ? names.name : names.nameEn).split(' ')[0]!;
    out.push({
      entityId: idOf(plan, label, r.int(plan.counts[label])),
      personId: idOf(plan, 'Person', person),
      directiveId: idOf(plan, 'Directive', r.int(plan.counts.Directive)),
      regionId: regionOfPerson(plan, person),
      searchText: surname.slice(0, Math.max(4, surname.length - 1)),
    });
  }
  return out;
}

function regionOfPerson(plan: GraphPlan, person: number): string {
  const post = relationshipsOf(plan, 'Person', person).find((rel) => rel.type === 'HOLDS')!.to;
  const agency = relationshipsOf(plan, 'Position', indexOf(post)).find(
    (rel) => rel.type === 'POSITION_IN',
  )!.to;
  return relationshipsOf(plan, 'Agency', indexOf(agency)).find((rel) => rel.type === 'JURISDICTION')!.to;
}

function indexOf(id: string): number {
  return Number(id.slice(id.lastIndexOf('-') + 1));
}
