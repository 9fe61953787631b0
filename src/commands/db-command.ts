/** `newsgraph db start|stop|status|build`: the local Neo4j used when NEO4J_URI is not set. */
import { loadConfig } from '../config.js';
import {
  LocalNeo4jError,
  backgroundStatus,
  buildLauncher,
  startBackground,
  stopBackground,
} from '../graph/local-neo4j.js';

export async function runDb(action: 'start' | 'stop' | 'status' | 'build'): Promise<number> {
  const config = loadConfig();
  const { dataDir, port, pageCache, heap } = config.local;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    switch (action) {
      case 'build':
        buildLauncher({ force: true, log });
        log('Neo4j launcher built');
        return 0;
      case 'start': {
        if (config.neo4j.uri)
          log(
            `note: NEO4J_URI is set (${config.neo4j.uri}); newsgraph will use that, not this local Neo4j`,
          );
        const started = Date.now();
        const status = await startBackground({ dataDir, port, pageCache, heap, log });
        log(
          `Neo4j running (pid ${status.pid}, data in ${dataDir}, ready in ${Date.now() - started} ms)`,
        );
        process.stdout.write(`${status.uri}\n`);
        return 0;
      }
      case 'stop': {
        const stopped = await stopBackground(dataDir);
        log(stopped ? 'Neo4j stopped' : 'Neo4j was not running');
        return 0;
      }
      case 'status': {
        const status = backgroundStatus(dataDir);
        if (!status) {
          log(`Neo4j is not running (data dir ${dataDir})`);
          return 3;
        }
        process.stdout.write(
          `running ${status.uri} pid ${status.pid} since ${status.startedAt} data ${dataDir}\n`,
        );
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof LocalNeo4jError) {
      log(`error [${err.code}]: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
