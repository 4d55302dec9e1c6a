// A tiny template language for generated Chinese text: `{slot}` is replaced by a value, `[a|b|c]`
// by one of its alternatives. Slot values may be functions, so a slot such as {city} can name the
// city differently at each occurrence (苏州市 first, 苏州 later) as real copy does.
import type { Rng } from '../world/rng.js';

export type SlotValue = string | number | ((rng: Rng) => string);
export type Slots = Record<string, SlotValue>;

const ALTERNATIVES = /\[([^[\]]*\|[^[\]]*)\]/g;
const SLOT = /\{([a-zA-Z0-9_]+)\}/g;

export function fill(template: string, slots: Slots, rng: Rng): string {
  // Alternatives first, so an alternative may contain slots; repeat for nested brackets.
  let s = template;
  for (let i = 0; i < 3 && s.includes('|'); i++) {
    const next = s.replace(ALTERNATIVES, (_, body: string) => rng.pick(body.split('|')));
    if (next === s) break;
    s = next;
  }
  return s.replace(SLOT, (_whole, name: string) => {
    const v = slots[name];
    if (v === undefined) throw new Error(`template slot {${name}} has no value in: ${template}`);
    return typeof v === 'function' ? v(rng) : String(v);
  });
}

