/** "Nearby" for "already reported?" when the form has coordinates: the same problem seen from the next street. */
export const nearbyRadiusMeters = 1000;

const earthRadiusMeters = 6_371_000;
const metersPerDegreeLatitude = (Math.PI * earthRadiusMeters) / 180;

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** A box around the circle, for an index range; distanceMeters then keeps only the circle. */
export function boundingBox(lat: number, lng: number, radiusMeters: number): BoundingBox {
  const dLat = radiusMeters / metersPerDegreeLatitude;
  const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
  return { minLat: lat - dLat, maxLat: lat + dLat, minLng: lng - dLng, maxLng: lng + dLng };
}

/** Great-circle distance (haversine); at a city's scale the error is centimetres. */
export function distanceMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLng = (lng2 - lng1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusMeters * Math.asin(Math.min(1, Math.sqrt(a)));
}
