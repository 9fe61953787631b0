/**
 * The local Neo4j used when NEO4J_URI is not set: builds the Maven launcher in neo4j/ on first
 * use, starts it (attached to this process, or in the background for `newsgraph db start`),
 * waits for its ready line and reports its bolt:// URI.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LAUNCHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../neo4j');
const CLASSPATH_FILE = join(LAUNCHER_DIR, 'target/classpath.txt');
const CLASSES_DIR = join(LAUNCHER_DIR, 'target/classes');
const MAIN_CLASS = 'dev.newsgraph.Launcher';
const READY_PREFIX = 'NEWSGRAPH_NEO4J_READY ';
const START_TIMEOUT_MS = 120_000;
/** Neo4j 5 on Java 17 needs these (see the Neo4j operations manual, "Java options"). */
const JAVA_OPENS = [
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/sun.nio.ch',
  'java.base/java.lang',
].map((m) => `--add-opens=${m}=ALL-UNNAMED`);

export type LocalNeo4jErrorCode =
  'JAVA_MISSING' | 'MAVEN_MISSING' | 'BUILD_FAILED' | 'PORT_TAKEN' | 'START_FAILED' | 'NOT_RUNNING';

export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly code: LocalNeo4jErrorCode,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  pageCache?: string;
  heap?: string;
  /** Where build output goes (default: inherit stderr so the first build shows progress). */
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after a grace period) and resolves when it exited. */
  stop(): Promise<void>;
}

interface StatusFile {
  pid: number;
  port: number;
  uri: string;
  startedAt: string;
}

const statusPath = (dataDir: string) => join(dataDir, 'newsgraph-neo4j.json');

function javaBin(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';
}

function requireTool(cmd: string, args: string[], code: LocalNeo4jErrorCode, hint: string): void {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) throw new LocalNeo4jError(hint, code);
}

/** True when the launcher's compiled classes and classpath are newer than its sources. */
export function isLauncherBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(join(CLASSES_DIR, 'dev/newsgraph/Launcher.class')))
    return false;
  const built = statSync(CLASSPATH_FILE).mtimeMs;
  const sources = [
    join(LAUNCHER_DIR, 'pom.xml'),
    join(LAUNCHER_DIR, 'src/main/java/dev/newsgraph/Launcher.java'),
  ];
  return sources.every((s) => statSync(s).mtimeMs <= built);
}

/** Builds the launcher with Maven unless it is already built (cached in neo4j/target). */
export function buildLauncher(
  options: { force?: boolean; log?: (line: string) => void } = {},
): void {
  if (!options.force && isLauncherBuilt()) return;
  requireTool(
    javaBin(),
    ['-version'],
    'JAVA_MISSING',
    'Java 17 or newer is required to run the local Neo4j: install a JDK (e.g. `apt-get install openjdk-17-jdk`) or set NEO4J_URI to an existing Neo4j.',
  );
  requireTool(
    'mvn',
    ['-v'],
    'MAVEN_MISSING',
    'Maven is required to build the local Neo4j launcher the first time: install it (e.g. `apt-get install maven`) or set NEO4J_URI to an existing Neo4j.',
  );
  options.log?.('building the Neo4j launcher with Maven (first run only) ...');
  const r = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
    cwd: LAUNCHER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0)
    throw new LocalNeo4jError(
      `the Maven build of ${LAUNCHER_DIR} failed (exit ${r.status})`,
      'BUILD_FAILED',
    );
}

/** Resolves true when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

/** Finds a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function javaArgs(opts: LocalNeo4jOptions, watchStdin: boolean): string[] {
  const classpath = `${CLASSES_DIR}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  return [
    `-Xmx${opts.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    ...JAVA_OPENS,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--home',
    opts.dataDir,
    '--port',
    String(opts.port),
    '--pagecache',
    opts.pageCache ?? '256m',
    ...(watchStdin ? [] : ['--no-stdin-watch']),
  ];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for the ready line on the child's stdout; rejects if it exits or times out first. */
function waitReady(child: ChildProcess, readOutput: () => string): Promise<string> {
  return new Promise((resolveReady, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          `Neo4j did not start within ${START_TIMEOUT_MS / 1000}s`,
          'START_FAILED',
        ),
      );
    }, START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        resolveReady(line.slice(READY_PREFIX.length).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(
          `Neo4j exited during start (code ${code}):\n${readOutput().slice(-2000)}`,
          'START_FAILED',
        ),
      );
    });
  });
}

/**
 * Starts Neo4j as a child of this process. It stops when `stop()` is called and, because it
 * watches its stdin pipe, also when this process dies in any way (even SIGKILL).
 */
export async function startAttached(opts: LocalNeo4jOptions): Promise<RunningNeo4j> {
  buildLauncher({ log: opts.log });
  if (!(await isPortFree(opts.port))) {
    throw new LocalNeo4jError(
      `port ${opts.port} on 127.0.0.1 is taken; set NEWSGRAPH_NEO4J_PORT to another port`,
      'PORT_TAKEN',
    );
  }
  mkdirSync(opts.dataDir, { recursive: true });
  let output = '';
  const child = spawn(javaBin(), javaArgs(opts, true), { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
    if (output.length > 20_000) output = output.slice(-10_000);
  });
  const uri = await waitReady(child, () => output);
  child.stdout?.resume();
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    uri,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Reads the status of a background Neo4j started by `newsgraph db start` (null when none runs). */
export function backgroundStatus(dataDir: string): StatusFile | null {
  const file = statusPath(dataDir);
  if (!existsSync(file)) return null;
  try {
    const status = JSON.parse(readFileSync(file, 'utf8')) as StatusFile;
    if (isAlive(status.pid)) return status;
  } catch {
    // unreadable status: treat as not running
  }
  rmSync(file, { force: true });
  return null;
}

/** Starts Neo4j detached from this process (survives it) and records its pid and URI. */
export async function startBackground(opts: LocalNeo4jOptions): Promise<StatusFile> {
  const running = backgroundStatus(opts.dataDir);
  if (running) return running;
  buildLauncher({ log: opts.log });
  if (!(await isPortFree(opts.port))) {
    throw new LocalNeo4jError(
      `port ${opts.port} on 127.0.0.1 is taken; set NEWSGRAPH_NEO4J_PORT to another port`,
      'PORT_TAKEN',
    );
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const logFile = join(opts.dataDir, 'launcher.log');
  const fd = openSync(logFile, 'w');
  const child = spawn(javaBin(), javaArgs(opts, false), {
    stdio: ['ignore', 'pipe', fd],
    detached: true,
  });
  closeSync(fd);
  const uri = await waitReady(child, () =>
    existsSync(logFile) ? readFileSync(logFile, 'utf8') : '',
  );
  child.stdout?.destroy();
  child.unref();
  const status: StatusFile = {
    pid: child.pid ?? -1,
    port: opts.port,
    uri,
    startedAt: new Date().toISOString(),
  };
  writeFileSync(statusPath(opts.dataDir), JSON.stringify(status));
  return status;
}

/** Stops the background Neo4j and waits until it has exited (its store closed cleanly). */
export async function stopBackground(dataDir: string): Promise<boolean> {
  const status = backgroundStatus(dataDir);
  if (!status) return false;
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(status.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(status.pid)) process.kill(status.pid, 'SIGKILL');
  rmSync(statusPath(dataDir), { force: true });
  return true;
}
