/** polylabel 2 is an ES module without types of its own (@types/polylabel describes the CommonJS 1.x). */
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring, then holes) as [x, y], to `precision`. */
  export default function polylabel(polygon: number[][][], precision?: number): number[];
}
