// How much each kind of evidence weighs. A place named in the headline weighs 3 (text.ts ZONE_WEIGHT);
// the rules below scale or replace that.
export const W = {
  dateline: 5,
  /** A national agency's dateline 北京 (新华社北京…电) is usually its seat: alone it is below the minimum. */
  nationalDateline: 0.9,
  source: 2,
  actor: 1.8,
  locative: 1.6,
  subject: 1.25,
  /** 徐州籍, 来自温州的: where someone comes from, not where it happened. */
  nativePlace: 0.3,
  abbreviation: 0.6,
  /** A local edition or a city site: enough to settle an ambiguous or weak name and to break ties. */
  prior: 1.5,
  provinceNamed: 0.5,
  /** A landmark (中山大学) places the story less surely than the city's name. */
  landmark: 0.8,
  /** Below this a city is only named in passing. */
  minimum: 1,
};
