/**
 * Ids of the generated territorial units. Sources (routing overrides) refer
 * to them by these ids, so the scheme is part of the source format.
 */
export const districtGovernmentId = (districtCode: string) => `district-${districtCode}`;
export const streetUnitId = (streetCode: string) => `street-${streetCode}`;
