// The offline replica of the monitored web: a seeded world, the 15 national sites and the city
// credit websites served over loopback, and the ground truth.
export { createWorld, type World } from './world/world.js';
export { createWorldOfSize, type SizedWorldOptions } from './world/size.js';
export { WorldOptionsSchema, parseWorldOptions, type WorldOptions, type WorldOptionsInput } from './world/options.js';
export { startReplica, CONTROL_ADDRESS, type Replica, type ReplicaOptions } from './server/serve.js';
export { createSiteRenderer, encode, type SiteRenderer, type PageResult } from './server/pages.js';
export { buildTruth, type Truth, type TruthArticle, type TruthEvent, type TruthFault } from './truth.js';
export { SITE_PROFILES, NATIONAL_SITE_IDS, type NationalSiteId, type SiteProfile } from './sites/profiles.js';
export { FAULT_KINDS, type FaultKind } from './sites/faults.js';
export { MAJOR_HOMEPAGE_SITES, MAJOR_TOP_N, MAJOR_WINDOW_MS, threeSitesWithin } from './world/exposure.js';
