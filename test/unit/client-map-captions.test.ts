import { describe, expect, it } from 'vitest';
import { placeCaptions, unitCaption } from '../../client/src/geo/unit-captions.ts';
import { loadGeoData } from '../../client/src/geo/units.ts';
import { tipPlacement } from '../../client/src/ui/tooltip.ts';

describe('unit captions on the map', () => {
  it('shorten «область» and «город» as Russian maps do, and keep English names', () => {
    expect(unitCaption({ nameRu: 'Северо-Казахстанская область', nameEn: 'North Kazakhstan' }, 'ru')).toEqual(
      ['Северо-Казахстанская', 'обл.'],
    );
    expect(unitCaption({ nameRu: 'область Абай', nameEn: 'Abay' }, 'ru')).toEqual(['обл. Абай']);
    expect(unitCaption({ nameRu: 'город Шымкент', nameEn: 'Shymkent (city)' }, 'ru')).toEqual(['г. Шымкент']);
    expect(unitCaption({ nameRu: 'город Астана', nameEn: 'Astana (city)' }, 'en')).toEqual([
      'Astana',
      '(city)',
    ]);
  });

  it('name every one of the 20 units in Russian, from the seed’s region names', async () => {
    const { units } = await loadGeoData();
    expect(units).toHaveLength(20);
    for (const unit of units) {
      expect(unit.nameRu).toMatch(/[а-яё]/i);
      expect(unitCaption(unit, 'ru').join(' ')).not.toMatch(/область|город/);
    }
  });

  it('move a caption that would cover another to the nearest free place, and never a firm one', () => {
    const city = { at: { x: 100, y: 100 }, width: 60, height: 12, firm: true };
    const oblast = { at: { x: 110, y: 104 }, width: 120, height: 24 };
    const far = { at: { x: 400, y: 400 }, width: 50, height: 12 };
    const [o, c, f] = placeCaptions([oblast, city, far]);
    expect(c).toEqual({ x: 0, y: 0 });
    expect(f).toEqual({ x: 0, y: 0 });
    expect(o).toEqual({ x: 0, y: 24 });
    // The moved box no longer overlaps the firm one.
    const gapY = Math.abs(oblast.at.y + o!.y - city.at.y) * 2;
    expect(gapY).toBeGreaterThanOrEqual(oblast.height + city.height);
  });
});

describe('tooltip placement', () => {
  const canvas = { width: 800, height: 600 };
  const tip = { width: 200, height: 40 };

  it('goes above a node, so it never covers the caption drawn under it', () => {
    expect(tipPlacement({ x: 400, top: 300, bottom: 340 }, tip, canvas)).toEqual({ left: 300, top: 254 });
  });

  it('goes under the caption when there is no room above, and stays inside the canvas', () => {
    expect(tipPlacement({ x: 20, top: 10, bottom: 50 }, tip, canvas)).toEqual({ left: 0, top: 56 });
    expect(tipPlacement({ x: 790, top: 300, bottom: 340 }, tip, canvas).left).toBe(600);
  });
});
