/** A point on the canvas, in Cytoscape model coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** Kazakhstan's rough centre: the projection is centred here so the country sits around the origin. */
const CENTER = { lat: 48, lon: 67 };
/** Model pixels per degree of latitude. */
export const PIXELS_PER_DEGREE = 60;
const COS_CENTER = Math.cos((CENTER.lat * Math.PI) / 180);

/**
 * Equirectangular projection with longitudes shrunk by cos(48°): at Kazakhstan's size (40–56° N) this keeps
 * shapes recognisable without a projection library. North is up (model y grows downwards).
 */
export function project(lat: number, lon: number): Point {
  return {
    x: (lon - CENTER.lon) * COS_CENTER * PIXELS_PER_DEGREE,
    y: -(lat - CENTER.lat) * PIXELS_PER_DEGREE,
  };
}
