// City attribution against the replica's ground truth: every article of a credit event is located
// from its true title and body and compared with the event's city (null for national and foreign
// events). Filler news has no city in the truth and is left out. The replica attributes an event in
// a county-level city (县级市) to that city, the county tier's unit, so the located county-level city
// is compared when there is one (Location.countyCity), the prefecture-level city otherwise.
//
//   npm run quality:locate-replica [-- --seeds 1,2,3 --days 3 --errors 20]
import { parseArgs } from 'node:util';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import { createLocator } from '../../indexer/locate/index.js';
import { startReplica } from '../../replica/index.js';

const { values: args } = parseArgs({
  options: { seeds: { type: 'string', default: '1,2,3' }, days: { type: 'string', default: '3' }, errors: { type: 'string', default: '15' } },
});
const locator = createLocator({ gazetteer: defaultGazetteer() });

let total = 0;
let right = 0;
const errors: string[] = [];
for (const seed of args.seeds!.split(',').map(Number)) {
  const replica = await startReplica({ seed, days: Number(args.days), port: 0 });
  try {
    const truth = replica.truth({ bodies: true });
    const cityOf = new Map(truth.events.map((e) => [e.id, e.cityCode]));
    let seedTotal = 0;
    let seedRight = 0;
    for (const a of truth.articles) {
      if (!a.eventId || !cityOf.has(a.eventId)) continue;
      const expected = cityOf.get(a.eventId) ?? null;
      const got = locator.locate({ title: a.title, body: a.body, url: a.url, sourceId: a.siteId });
      seedTotal++;
      const located = got.countyCity ?? got.city;
      if ((located?.code ?? null) === expected) seedRight++;
      else if (errors.length < Number(args.errors)) errors.push(`seed ${seed} ${a.title}\n    expected ${expected ?? 'null'}, got ${located?.code ?? 'null'} ${located?.name ?? ''}: ${got.evidence.slice(-4).join('; ')}`);
    }
    console.log(`seed ${seed}: city accuracy ${((100 * seedRight) / seedTotal).toFixed(1)}% (${seedRight}/${seedTotal})`);
    total += seedTotal;
    right += seedRight;
  } finally {
    await replica.close();
  }
}
console.log(`all seeds: city accuracy ${((100 * right) / total).toFixed(1)}% (${right}/${total})`);
if (errors.length) console.log(`\nfirst errors:\n  ${errors.join('\n  ')}`);
