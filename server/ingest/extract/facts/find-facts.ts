import type { DocumentContext } from '../context.ts';
import { findActionMeasures } from './action-measures.ts';
import { relateAkimatParents } from './akimat-parents.ts';
import { relateNamedParents } from './body-parents.ts';
import { relateChannelThroughput } from './channel-throughput.ts';
import { findDecisionLists } from './decision-lists.ts';
import { findDirectives } from './directives.ts';
import { dropEmbeddedPlaces } from './embedded-places.ts';
import { carryTotalComparisons } from './total-comparisons.ts';
import { findFinancialChecks } from './financial-checks.ts';
import { issueByChair, issueDecisionLists } from './decision-issuers.ts';
import { mergeHeadlineSeizures } from './headline-seizures.ts';
import { findIndicators } from './indicators.ts';
import { findMeasures } from './measures.ts';
import { findCampaigns } from './named-campaigns.ts';
import { findOngoingWork } from './ongoing-work.ts';
import { relateToMeetings } from './meeting-context.ts';
import { findMeetings } from './meetings.ts';
import { relateOperations } from './operations-facts.ts';
import { findPosts } from './posts.ts';
import { relateRepresentationItems } from './representation-items.ts';
import { relateSeizureTotals } from './seizure-totals.ts';
import { findSeizures } from './seizures.ts';
import { weighAssayedSeizures } from './assayed-seizures.ts';
import { countBracketedTallies } from './bracketed-tallies.ts';
import { countListedTallies } from './listed-tallies.ts';
import { readTableRows } from './table-rows.ts';
import { countOrdinalTallies } from './ordinal-tallies.ts';
import { splitPlaceBreakdowns } from './place-breakdown.ts';
import { findResponseMeasures } from './response-measures.ts';
import { findSupplyChannels } from './supply-channels.ts';
import { findNamedRoutes } from './named-routes.ts';
import { markStandingFacts } from './standing-facts.ts';
import { findThanks } from './thanks.ts';
import { findUnclaimedFigures } from './unclaimed-figures.ts';
import { joinPastLevels } from './past-level-changes.ts';
import { relateUnitParents } from './unit-parents.ts';

/**
 * The facts of a document, once its entities are known: posts, meetings, directives (and what meetings
 * produced), measures, indicators, seizures and channels, and operations' results.
 */
export function findFacts(ctx: DocumentContext): void {
  findPosts(ctx);
  relateUnitParents(ctx);
  relateAkimatParents(ctx);
  const meetings = findMeetings(ctx);
  const directives = findDirectives(ctx);
  const sets = findDecisionLists(ctx, directives);
  relateRepresentationItems(ctx, directives);
  relateToMeetings(ctx, meetings, [...directives, ...sets.flatMap((set) => [set.directive, ...set.added])]);
  issueDecisionLists(ctx, sets, meetings);
  issueByChair(ctx, directives, meetings);
  findThanks(ctx);
  const measures = findMeasures(ctx, directives);
  // A campaign's explanation after a colon is its own content, not a measure of its own.
  const campaigns = findCampaigns(ctx, directives);
  const work = findOngoingWork(ctx, [...measures, ...campaigns, ...directives]);
  const actions = findActionMeasures(ctx, [...measures, ...campaigns, ...work]);
  actions.push(...findFinancialChecks(ctx, [...measures, ...campaigns, ...work, ...actions]));
  findResponseMeasures(ctx, [...measures, ...actions, ...campaigns, ...work], directives);
  findIndicators(ctx);
  splitPlaceBreakdowns(ctx);
  // Channels first: a place on a channel's route is not where a seizure happened.
  const channels = findSupplyChannels(ctx);
  relateChannelThroughput(ctx, channels);
  countListedTallies(ctx, channels);
  countBracketedTallies(ctx, channels);
  countOrdinalTallies(ctx, channels);
  channels.push(...findNamedRoutes(ctx, channels));
  const seizures = findSeizures(ctx);
  weighAssayedSeizures(ctx, seizures);
  relateSeizureTotals(ctx, seizures);
  relateOperations(ctx, [...seizures, ...channels]);
  mergeHeadlineSeizures(ctx, seizures);
  readTableRows(ctx);
  // After every fact: numbers no rule took, where annotators mark them.
  findUnclaimedFigures(ctx);
  joinPastLevels(ctx);
  // Last: a parent named only inside other names is dropped unless a fact above uses it.
  relateNamedParents(ctx);
  carryTotalComparisons(ctx);
  dropEmbeddedPlaces(ctx);
  markStandingFacts(ctx);
}
