// Peer of ExtractionBench.cs: runs compromise's people/places/organizations over one shard of the corpus
// (JSON Lines, field "body") and prints one JSON line with the timed figures. Warm-up is not timed.
// Usage: node extract-bench.mjs CORPUS.jsonl SHARD SHARDS
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const [corpusPath, shardArg = '0', shardsArg = '1'] = process.argv.slice(2);
const shard = Number(shardArg);
const shards = Number(shardsArg);
const bodies = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line).body)
  .filter((_, index) => index % shards === shard);

function extract(text) {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}

for (const body of bodies.slice(0, 20)) extract(body);

const heapBefore = process.memoryUsage().heapUsed;
const start = process.hrtime.bigint();
let entities = 0;
let bytes = 0;
for (const body of bodies) {
  entities += extract(body);
  bytes += Buffer.byteLength(body, 'utf8');
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ articles: bodies.length, bytes, seconds, entities, heapDeltaBytes: process.memoryUsage().heapUsed - heapBefore }));
