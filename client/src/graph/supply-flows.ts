import type { Lang } from './graph-types.ts';
import { translate, type StringKey } from '../i18n/strings.ts';

/** A supply flow drawn on the map: from an origin city straight to the destination region. */
export interface Flow {
  id: string;
  source: string;
  target: string;
  /** The SupplyChannel nodes behind the flow. */
  channels: string[];
  /** How many channels the flow stands for (a channel node may stand for several, e.g. "8 channels"). */
  count: number;
  /**
   * Origin cities the channels are shared with: the source may not split "8 channels from Kokshetau,
   * Astana and Almaty" by city, so each flow says the 8 are shared by 3 rather than claiming 8 each.
   */
  sharedBy: number;
}

interface FlowNode {
  id: string;
  label: string;
  props?: Record<string, unknown>;
}

interface FlowEdge {
  type: string;
  source: string;
  target: string;
}

/**
 * Folds each supply channel (channel → ORIGINATES_IN → city, channel → DESTINED_FOR → region) into flows
 * origin city → destination region, summing the channel counts per pair. On the map the channel node goes
 * to the side lane and the flows carry the picture, with the count as the label.
 */
export function supplyFlows(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): Flow[] {
  const channels = nodes.filter((n) => n.label === 'SupplyChannel');
  const flows = new Map<string, Flow>();
  for (const channel of channels) {
    const from = edges
      .filter((e) => e.type === 'ORIGINATES_IN' && e.source === channel.id)
      .map((e) => e.target);
    const to = edges.filter((e) => e.type === 'DESTINED_FOR' && e.source === channel.id).map((e) => e.target);
    const count =
      typeof channel.props?.count === 'number' && channel.props.count > 0 ? channel.props.count : 1;
    for (const source of from)
      for (const target of to) {
        const id = `flow:${source}->${target}`;
        const flow = flows.get(id) ?? { id, source, target, channels: [], count: 0, sharedBy: 1 };
        flow.channels.push(channel.id);
        flow.count += count;
        flow.sharedBy = Math.max(flow.sharedBy, from.length);
        flows.set(id, flow);
      }
  }
  return [...flows.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** A flow's label: "8 каналов", or "8 каналов всего из 3 городов" when several cities share the channels. */
export function flowCaption(flow: Pick<Flow, 'count' | 'sharedBy'>, lang: Lang): string {
  const channels = channelCount(flow.count, lang);
  return flow.sharedBy > 1 ? translate(lang, 'flowShared', { channels, k: flow.sharedBy }) : channels;
}

/** "8 каналов" / "8 channels": the short label drawn on the map (the tooltip gives the full caption). */
export function channelCount(count: number, lang: Lang): string {
  const plural = new Intl.PluralRules(lang).select(count);
  return translate(lang, `channels.${plural}` as StringKey, { n: count });
}
