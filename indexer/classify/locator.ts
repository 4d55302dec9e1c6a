// City attribution for `ccm classify` comes from the locator (indexer/locate, owned by the places
// helper). It is loaded at run time so that classification works, and says so, where it is absent.
import type { Gazetteer } from '../../core/gazetteer/index.js';
import type { Location } from './stream.js';
import type { ClassifyInput } from './types.js';

export type LocateFn = (input: ClassifyInput) => Location;

interface LocatorModule {
  createLocator(opts: { gazetteer: Gazetteer }): { locate(input: ClassifyInput): Location & { evidence?: string[] } };
}

const LOCATOR_MODULE = new URL('../locate/index.js', import.meta.url).href;

export async function loadLocator(gazetteer: Gazetteer): Promise<{ locate: LocateFn } | { missing: string }> {
  let mod: Partial<LocatorModule>;
  try {
    mod = (await import(LOCATOR_MODULE)) as Partial<LocatorModule>;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes('locate')) {
      return { missing: 'indexer/locate is not installed' };
    }
    throw e;
  }
  if (typeof mod.createLocator !== 'function') return { missing: 'indexer/locate does not export createLocator' };
  const locator = mod.createLocator({ gazetteer });
  return {
    locate: (input) => {
      const r = locator.locate(input);
      return { city: r.city, province: r.province, county: r.county, cities: r.cities };
    },
  };
}
