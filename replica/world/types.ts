// The world's model: events happen in cities, sites publish articles about them, articles rise onto
// homepages and ranking lists and fall off again.
import type { CreditDomain, Polarity, Sector } from '../../core/types.js';
import type { DatelineKind, StoryFacts } from '../text/compose.js';
import type { Naming } from '../text/places.js';
import type { Channel } from '../text/scenario.js';
import type { NationalSiteId } from '../sites/profiles.js';
import type { WorldCity } from './cities.js';

export interface WorldEvent {
  id: string;
  polarity: Polarity;
  domain: CreditDomain | null;
  sector: Sector | null;
  city: WorldCity | null;
  /** When it happened (ms). */
  time: number;
  /** 0..1: how big the story is (coverage, homepage odds, clicks). */
  severity: number;
  facts: StoryFacts;
  respondsTo: string | null;
  articles: WorldArticle[];
  /** Wire copy reprinted by several sites: outlet, dateline and naming. */
  wire: { outlet: string; dateline: DatelineKind; naming: Naming; titleIndex: number };
}

export interface HomepagePlan {
  section: number;
  entry: number;
  /** The editors take it down by then at the latest (Infinity: only pushed out by newer items). */
  expiry: number;
  /** Sort key within the section: later entries and bigger stories sit higher. */
  key: number;
}

export interface HomepageInterval {
  from: number;
  /** Exclusive; Infinity when still on the page at the world's end. */
  to: number;
  /** Best (smallest) 1-based position on the page during the interval. */
  position: number;
  section: number;
}

export interface WorldArticle {
  id: string;
  siteId: NationalSiteId;
  /** Loopback address serving it: the site's own, or one of its channel subdomains. */
  address: string;
  /** URL path (and no query): the article's identity on its site. */
  path: string;
  event: WorldEvent | null;
  /** Filler stories have their own facts; event articles share the event's. */
  facts: StoryFacts;
  publishedAt: number;
  title: string;
  source: string;
  style: 'wire' | 'own';
  naming: Naming;
  dateline: DatelineKind;
  channel: Channel;
  /** Which of the site's article page designs renders it. */
  template: number;
  /** Clicks per hour at publication. */
  heat: number;
  /** Share of readers who comment, for comment rankings. */
  commentRate: number;
  homepagePlan: HomepagePlan | null;
  homepage: HomepageInterval | null;
}
