// The place an event is attributed to is the most specific rankable city: a county-level city (县级市,
// ranked in the county tier) when the article names one, otherwise the prefecture-level city. The
// article's own analysis keeps both (city = prefecture, county = the county unit), as `ccm classify` does.
import { defaultGazetteer, type Gazetteer } from '../../core/gazetteer/index.js';
import type { PlaceRef } from '../../core/types.js';

export function eventCity(city: PlaceRef | null, county: PlaceRef | null, g: Gazetteer = defaultGazetteer()): PlaceRef | null {
  if (county && g.get(county.code)?.tier === 'county') return county;
  return city;
}
