// Replays the Cypher batches the .NET bench wrote (JSON lines: {phase, units, statements: [{text, parameters}]})
// with the official driver, one write transaction per batch and the statements of a batch run one after another,
// exactly as GraphWriter does. Prints one JSON line with the timings and memory checkpoints.
'use strict';
const fs = require('fs');
const readline = require('readline');
const neo4j = require('neo4j-driver').v1;

const [batchFile, uri, user, passwordFile, totalBatches] = process.argv.slice(2);
const password = fs.readFileSync(passwordFile, 'utf8').trim();
const checkpoints = [0.25, 0.5, 1].map(f => Math.max(1, Math.round(f * Number(totalBatches))));

// JSON has one number type; Bolt v1 has Integer and Float. Send integers as Integer, like the .NET side does.
const revive = (key, value) => (typeof value === 'number' && Number.isInteger(value) && key !== 'confidence' ? neo4j.int(value) : value);

async function main() {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { encrypted: false, maxTransactionRetryTime: 30000 });
  const seconds = { entities: 0, relations: 0 };
  const units = { entities: 0, relations: 0 };
  const memory = [];
  let batches = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(batchFile), crlfDelay: Infinity });
  const session = driver.session();
  try {
    for await (const line of lines) {
      if (!line) continue;
      const batch = JSON.parse(line, revive);
      const started = process.hrtime.bigint();
      await session.writeTransaction(async tx => {
        for (const statement of batch.statements) {
          await tx.run(statement.text, statement.parameters);
        }
      });
      if (batch.phase === 'warmup') continue; // JIT and query-plan warm-up of driver and server, not measured
      seconds[batch.phase] += Number(process.hrtime.bigint() - started) / 1e9;
      units[batch.phase] += batch.units;
      batches++;
      if (checkpoints.includes(batches)) {
        const usage = process.memoryUsage();
        memory.push({ batches, rssBytes: usage.rss, heapUsedBytes: usage.heapUsed });
      }
    }
  } finally {
    await session.close();
    driver.close();
  }

  console.log(JSON.stringify({ seconds, units, memory, driver: require('neo4j-driver/package.json').version }));
}

main().catch(error => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
