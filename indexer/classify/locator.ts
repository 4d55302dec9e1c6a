// City attribution for `ccm classify`: the locator of indexer/locate, its result cut to the fields of
// the command's output contract (its evidence stays with the analysis pipeline).
import type { Gazetteer } from '../../core/gazetteer/index.js';
import { createLocator } from '../locate/index.js';
import type { Location } from './stream.js';
import type { ClassifyInput } from './types.js';

export type LocateFn = (input: ClassifyInput) => Location;

export function contractLocator(gazetteer: Gazetteer): LocateFn {
  const locator = createLocator({ gazetteer });
  return (input) => {
    const r = locator.locate(input);
    return { city: r.city, province: r.province, county: r.county, cities: r.cities };
  };
}
