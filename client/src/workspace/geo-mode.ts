import type { Core, NodeSingular } from 'cytoscape';
import { COUNT_MARGIN_Y, UnitCaptions } from '../geo/unit-captions.ts';
import { loadGeoData, regionAnchor, unitAt, type GeoData } from '../geo/units.ts';
import { projectedBounds } from '../graph/geo-positions.ts';
import type { Lang, NodeData } from '../graph/graph-types.ts';
import type { LayoutContext } from '../graph/layouts.ts';
import { MapLayer } from '../graph/map-layer.ts';
import { channelCount, flowCaption, supplyFlows } from '../graph/supply-flows.ts';
import { fill, h } from '../ui/dom.ts';
import type { Skeleton } from './skeleton.ts';

const ATTRIBUTION = 'Boundaries: geokz (A. Rodionov), CC BY 4.0, after OCHA COD-AB Kazakhstan 2024';

/**
 * The geographic view's parts: the map behind the canvas (loaded on first use, with its boundary data),
 * region markers at their units' label points, cities fixed at their coordinates, and supply channels
 * folded into flows from the origin cities to the destination region.
 */
export class GeoMode {
  private map: MapLayer | null = null;
  private captions: UnitCaptions | null = null;

  constructor(
    private readonly cy: Core,
    private readonly dom: Skeleton,
  ) {}

  /** The map's data, once loaded (the PNG export draws it too). */
  get data(): GeoData | null {
    return this.map?.data ?? null;
  }

  /** Loads the map if needed and shows or hides it; returns the geographic layout's context when shown. */
  async show(visible: boolean, lang: Lang): Promise<LayoutContext['geo'] | undefined> {
    this.cy.nodes('[label = "Region"]').toggleClass('marker', visible);
    // The whole country fits the canvas, so the zoom is low: map labels are drawn larger to stay readable.
    this.cy.elements().toggleClass('on-map', visible);
    if (!visible) {
      this.map?.show(false);
      fill(this.dom.attribution);
      this.fold(false, lang);
      return undefined;
    }
    this.map ??= new MapLayer(this.dom.outline, this.cy, await loadGeoData());
    const { units, outline } = this.map.data;
    this.captions ??= new UnitCaptions(this.dom.outline, this.cy, units);
    this.map.show(true);
    fill(this.dom.attribution, h('span', { test: 'map-attribution' }, ATTRIBUTION));
    const marked = new Set(this.cy.nodes('[label = "Region"]').map((n) => this.isoOf(n) ?? ''));
    this.map.highlight(marked);
    // Flows first: the captions' placement moves their counts, and re-folding would put them back.
    this.fold(true, lang);
    this.captions.show(lang, marked);
    return {
      anchor: (id) => {
        const d = this.cy.$id(id).data() as NodeData | undefined;
        return d
          ? regionAnchor(units, { iso: this.isoOf(this.cy.$id(id) as NodeSingular), lat: d.lat, lon: d.lon })
          : null;
      },
      bounds: projectedBounds(outline),
    };
  }

  /** Whether a node keeps its place on the map through the overlap pass (cities: their coordinates). */
  fixed(node: NodeSingular): boolean {
    return node.data('label') === 'City' && node.data('lat') !== null && node.data('lat') !== undefined;
  }

  private isoOf(node: NodeSingular): string | null {
    const d = node.data() as NodeData;
    const iso = d.props?.iso;
    if (typeof iso === 'string') return iso;
    return this.map && d.lat !== null && d.lon !== null
      ? (unitAt(this.map.data.units, d.lat, d.lon)?.iso ?? null)
      : null;
  }

  /**
   * On the map, each channel's ORIGINATES_IN and DESTINED_FOR edges give way to flows city → region (derived
   * edges, class `flow`, labelled with the channel count); off the map the channel's own edges come back.
   */
  private fold(on: boolean, lang: Lang): void {
    // Shown-ness from classes, not `:visible`: inside a batch the styles are not recomputed yet.
    const shown = (ele: { hasClass(name: string): boolean }) =>
      !ele.hasClass('filtered') && !ele.hasClass('hidden');
    this.cy.batch(() => {
      this.cy.edges('.flow').remove();
      this.cy.edges('.folded').removeClass('folded');
      if (!on) return;
      const nodes = this.cy
        .nodes()
        .filter(shown)
        .map((n) => n.data() as NodeData);
      const edges = this.cy
        .edges('[type]')
        .filter((e) => shown(e) && shown(e.source()) && shown(e.target()))
        .map((e) => ({
          type: e.data('type') as string,
          source: e.data('source') as string,
          target: e.data('target') as string,
        }));
      for (const flow of supplyFlows(nodes, edges)) {
        this.cy.add({
          group: 'edges',
          data: {
            ...flow,
            caption: flowCaption(flow, lang),
            short: channelCount(flow.count, lang),
            flow: true,
            countDx: 0,
            countDy: COUNT_MARGIN_Y,
          },
          classes: 'flow on-map',
        });
        for (const channel of flow.channels)
          this.cy
            .$id(channel)
            .connectedEdges('[type = "ORIGINATES_IN"], [type = "DESTINED_FOR"]')
            .addClass('folded');
      }
    });
  }
}
