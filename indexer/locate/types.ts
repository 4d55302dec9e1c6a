import type { Gazetteer } from '../../core/gazetteer/types.js';
import type { CityMention, PlaceRef } from '../../core/types.js';
import type { LocateConfig, LocalEdition } from './config.js';

export interface LocateInput {
  title: string;
  /** First paragraph; when absent, the start of the body stands in for it. */
  lead?: string;
  body?: string;
  url?: string;
  sourceId?: string;
}

export interface Location {
  /** The primary city (a prefecture-level city, a municipality, or a province-administered county-level city); null for national, foreign or placeless items. */
  city: PlaceRef | null;
  province: PlaceRef | null;
  /** The county-level unit named for the primary city (昆山 → 昆山市, 浦东 → 浦东新区), when one is. */
  county: PlaceRef | null;
  /**
   * The county-level city (县级市, ranked in the county tier) the item is about, when the county is
   * one: 昆山 → 昆山市 while city is 苏州市. Scoring a county-tier ranking reads this; a district or
   * a county (县) leaves it null.
   */
  countyCity: PlaceRef | null;
  /** Every city the item names, the primary one first. */
  cities: CityMention[];
  /** Why: each rule that weighed in, readable by a user. */
  evidence: string[];
}

export interface LocatorOptions {
  gazetteer: Gazetteer;
  /** The language around place names (default: config/gazetteer/locate.yaml). */
  config?: LocateConfig;
  /** Local editions of national sites (default: config/gazetteer/local-editions.yaml). */
  localEditions?: readonly LocalEdition[];
  /** The place a source belongs to (a city credit website's city), if any: a prior like a local edition. */
  sourcePlace?: (sourceId: string) => string | null | undefined;
  /** Characters of the body read after the lead (the start of an article says where it happened). */
  bodyChars?: number;
}

export interface Locator {
  locate(input: LocateInput): Location;
}
