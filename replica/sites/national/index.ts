// The 15 national site modules by id.
import type { NationalSiteId } from '../profiles.js';
import type { NationalSiteModule } from '../types.js';
import { cctv } from './cctv.js';
import { ce } from './ce.js';
import { china } from './china.js';
import { chinadaily } from './chinadaily.js';
import { cnr } from './cnr.js';
import { cri } from './cri.js';
import { cyol } from './cyol.js';
import { gmw } from './gmw.js';
import { netease } from './netease.js';
import { people } from './people.js';
import { qq } from './qq.js';
import { qstheory } from './qstheory.js';
import { sina } from './sina.js';
import { sohu } from './sohu.js';
import { xinhuanet } from './xinhuanet.js';

export const NATIONAL_MODULES: Record<NationalSiteId, NationalSiteModule> = {
  people,
  xinhuanet,
  china,
  cctv,
  qstheory,
  chinadaily,
  cnr,
  cri,
  cyol,
  gmw,
  ce,
  sina,
  '163': netease,
  sohu,
  qq,
};
