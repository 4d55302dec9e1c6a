// A scenario is one kind of happening (a restaurant fined for expired ingredients, a city issuing a
// credit-repair rule, a bank's credit-card promotion…) with its own headline and paragraph templates.
// Each event draws one scenario; every site that reports it writes from the same facts.
import type { CreditDomain, Polarity, Sector } from '../../core/types.js';
import type { Rng } from '../world/rng.js';
import type { Slots } from './template.js';

/** Where a story sits on a news site; homepage sections accept some channels. */
export const CHANNELS = ['politics', 'society', 'economy', 'local', 'law', 'world', 'opinion', 'finance', 'tech', 'sports', 'culture', 'ent', 'health'] as const;
export type Channel = (typeof CHANNELS)[number];

export type StoryKind = Polarity | 'filler';

export interface Scenario {
  id: string;
  kind: StoryKind;
  sector: Sector | null;
  domain: CreditDomain | null;
  channel: Channel;
  /** Relative frequency among scenarios of the same kind. */
  weight?: number;
  /** 'required': the story happens in a city; 'optional': it may name one; 'none': national or foreign. */
  city: 'required' | 'optional' | 'none';
  /** Extra slot values drawn once per event (all reports share them). */
  vars?: (rng: Rng, base: Slots) => Slots;
  headlines: string[];
  leads: string[];
  middles: string[];
  endings: string[];
}
