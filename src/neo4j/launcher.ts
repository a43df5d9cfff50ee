import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Options of the embedded Neo4j; see EmbeddedNeo4j.java for the protocol with the JVM. */
export interface EmbeddedNeo4jOptions {
  /** Project root, holding `neo4j/pom.xml` and `neo4j/mvnw`. */
  rootDir: string;
  dataDir: string;
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  /** Where progress lines go (first start fetches Neo4j from Maven Central). */
  log?: (line: string) => void;
}

/** A running embedded Neo4j; `stop()` shuts it down cleanly and resolves when the JVM has exited. */
export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** A start failure the user can fix; its message is one sentence saying what to do. */
export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
  constructor(
    readonly code: 'java-missing' | 'maven-failed' | 'maven-unreachable' | 'port-in-use' | 'data-locked' | 'start-failed',
    message: string,
  ) {
    super(message);
  }
}

const READY = 'STANCEGRAPH_NEO4J_READY';
const ERROR = 'STANCEGRAPH_NEO4J_ERROR';
const MAIN_CLASS = 'stancegraph.neo4j.EmbeddedNeo4j';
const START_TIMEOUT_MS = 180_000;

/** Children still running, stopped synchronously if Node exits without calling stop(). */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/**
 * Starts Neo4j Community with Bolt on 127.0.0.1:`boltPort`, building the launcher first if needed.
 * The JVM watches its stdin: when this process dies, however it dies, the pipe closes and Neo4j shuts down.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => undefined);
  checkJava();
  const classpath = buildLauncher(options.rootDir, log);
  if (!(await portIsFree(options.boltPort))) {
    throw new Neo4jStartError(
      'port-in-use',
      `Port ${options.boltPort} on 127.0.0.1 is already in use; stop what runs there or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  log(`Starting embedded Neo4j on bolt://127.0.0.1:${options.boltPort} with data in ${options.dataDir} ...`);
  const child = spawn(
    'java',
    [`-Xmx${options.heapMb}m`, '-XX:+UseG1GC', '-cp', classpath, MAIN_CLASS, options.dataDir, String(options.boltPort), String(options.pageCacheMb)],
    { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.rootDir },
  );
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => running.delete(child));

  const uri = await waitUntilReady(child, options.dataDir);
  return {
    uri,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        // Closing stdin is the clean shutdown signal; SIGKILL only if the JVM hangs.
        child.stdin?.end();
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Neo4jStartError(
      'java-missing',
      'Java 17 or newer is needed to run the embedded Neo4j but `java` was not found; install it (e.g. `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const version = /version "(\d+)/.exec(result.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new Neo4jStartError(
      'java-missing',
      `Java ${version} was found but the embedded Neo4j needs Java 17 or newer; install it or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
}

/** The project's Maven Wrapper (neo4j/mvnw), which runs in neo4j/ and honours ~/.m2/settings.xml. */
export function mavenWrapper(rootDir: string): string {
  return path.join(rootDir, 'neo4j', process.platform === 'win32' ? 'mvnw.cmd' : 'mvnw');
}

/**
 * Compiles the launcher and resolves Neo4j's jars through the Maven Wrapper, once: later starts
 * reuse `neo4j/target/` and the local Maven cache. Returns the Java classpath.
 */
export function buildLauncher(rootDir: string, log: (line: string) => void): string {
  const dir = path.join(rootDir, 'neo4j');
  const classpathFile = path.join(dir, 'target', 'classpath.txt');
  const classFile = path.join(dir, 'target', 'classes', ...MAIN_CLASS.split('.')) + '.class';
  const javaDir = path.join(dir, 'src', 'main', 'java', ...MAIN_CLASS.split('.').slice(0, -1));
  const sources = [path.join(dir, 'pom.xml'), ...fs.readdirSync(javaDir).map((file) => path.join(javaDir, file))];
  const builtAt = Math.min(mtime(classpathFile), mtime(classFile));
  if (builtAt < Math.max(...sources.map(mtime))) {
    log('Fetching Neo4j Community 5.26 from Maven Central and building its launcher (first start only, about 150 MB) ...');
    const result = spawnSync(mavenWrapper(rootDir), ['-B', '-q', 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.error || result.status !== 0) {
      const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error?.message ?? ''}`;
      if (
        /Unknown host|UnknownHost|Could not transfer|Connection refused|Connect timed out|Network is unreachable|Failed to fetch|curl: \(\d+\)|wget:/i.test(
          output,
        )
      ) {
        throw new Neo4jStartError(
          'maven-unreachable',
          'Maven Central could not be reached to fetch Neo4j on first start; check the network (or the proxy in ~/.m2/settings.xml) and try again, or set NEO4J_URI to use an existing Neo4j.',
        );
      }
      throw new Neo4jStartError(
        'maven-failed',
        `Building the embedded Neo4j launcher failed; run \`cd neo4j && ./mvnw compile\` to see why. Last output: ${lastLine(output)}`,
      );
    }
    // Maven leaves an unchanged classpath file (and an up-to-date class) as they were, older than
    // the source that triggered the build: without this, every later start would build again.
    const now = new Date();
    for (const file of [classpathFile, classFile]) if (fs.existsSync(file)) fs.utimesSync(file, now, now);
  }
  return [path.join(dir, 'target', 'classes'), fs.readFileSync(classpathFile, 'utf8').trim()].join(path.delimiter);
}

function waitUntilReady(child: ChildProcess, dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Neo4jStartError('start-failed', `Neo4j did not start within ${START_TIMEOUT_MS / 1000} s; see its log in ${dataDir}/logs.`));
    }, START_TIMEOUT_MS);
    const settle = (fn: () => void) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      // Keep draining the pipes so the JVM never blocks on a full buffer.
      child.stdout?.resume();
      child.stderr?.removeAllListeners('data');
      child.stderr?.resume();
      child.removeListener('exit', onExit);
      fn();
    };
    const onExit = (code: number | null) =>
      settle(() => reject(new Neo4jStartError('start-failed', `Neo4j exited during start-up (status ${code}): ${lastLine(stderr)}`)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      for (const line of stdout.split('\n')) {
        if (line.startsWith(READY)) return settle(() => resolve(line.slice(READY.length).trim()));
        const error = new RegExp(`^${ERROR} (\\S+) (.*)$`).exec(line);
        if (error) {
          return settle(() => reject(new Neo4jStartError(error[1] as Neo4jStartError['code'], error[2])));
        }
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('exit', onExit);
  });
}

/** True when nothing listens on 127.0.0.1:port. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A free loopback port chosen by the OS (for tests and throwaway databases). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function lastLine(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.at(-1) ?? '(no output)';
}
