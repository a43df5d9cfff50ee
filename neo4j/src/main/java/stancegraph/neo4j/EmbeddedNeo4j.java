package stancegraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs the Neo4j Community engine with its Bolt server on a loopback port, for stancegraph.
 *
 * <p>Usage: {@code EmbeddedNeo4j <data-dir> <bolt-port> [<page-cache-mb>]}
 *
 * <p>Protocol with the parent process (src/neo4j/launcher.ts), one line each on stdout:
 * <ul>
 *   <li>{@code STANCEGRAPH_NEO4J_READY <bolt-uri>} once the default database answers Cypher
 *       (its engine warmed up, see {@link #warmUpCypher});</li>
 *   <li>{@code STANCEGRAPH_NEO4J_ERROR <code> <sentence>} before exiting with status 2, where
 *       code is {@code port-in-use}, {@code data-locked}, {@code bad-arguments} or {@code start-failed}.</li>
 * </ul>
 *
 * <p>The process never outlives its parent: it shuts the database down cleanly when its stdin
 * reaches end-of-file, which happens whenever the parent exits, however it exits (even SIGKILL),
 * and on SIGTERM/SIGINT through the shutdown hook.
 */
public final class EmbeddedNeo4j {
    private static final String READY = "STANCEGRAPH_NEO4J_READY";
    private static final String ERROR = "STANCEGRAPH_NEO4J_ERROR";

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            fail("bad-arguments", "Usage: EmbeddedNeo4j <data-dir> <bolt-port> [<page-cache-mb>].");
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = parsePort(args[1]);
        long pageCacheMb = args.length > 2 ? parsePositive(args[2], "page cache size") : 256;

        // Checked before Neo4j starts because Neo4j reports a busy port only deep in a stack trace.
        if (!portIsFree(port)) {
            fail("port-in-use", "Port " + port + " on 127.0.0.1 is already in use; stop what runs there or set NEO4J_BOLT_PORT to a free port.");
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(dataDir);
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    // Bolt waits 5 s for its connections and 5 s for its threads at shutdown even
                    // when none are left: 10 of every stop's 10.5 s. The app closes its driver
                    // before it stops Neo4j, so half a second each is plenty.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, java.time.Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, java.time.Duration.ofMillis(500))
                    .build();
        } catch (Throwable e) {
            if (causedByLock(e)) {
                fail("data-locked", "The data folder " + dataDir + " is locked by another Neo4j process; stop that process or set NEO4J_DATA_DIR to another folder.");
            }
            fail("start-failed", "Neo4j could not start: " + rootMessage(e));
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
        var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            dbms.shutdown();
            fail("start-failed", "Neo4j started but its database did not become available within 2 minutes.");
        }
        registerFunctions(db);
        warmUpCypher(db);
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();

        waitForEndOfInput(System.in);
        // System.exit runs the shutdown hook, which closes the database cleanly.
        System.exit(0);
    }

    /**
     * Registers stancegraph's own functions ({@link ActorPairs}). A Neo4j server loads such classes
     * from its plugins folder; an embedded one is handed them. A failure is reported on stderr and
     * the start goes on: the app then runs the plain-Cypher form of each query.
     */
    private static void registerFunctions(org.neo4j.graphdb.GraphDatabaseService db) {
        try {
            ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class).registerFunction(ActorPairs.class);
        } catch (Exception e) {
            System.err.println("stancegraph's Neo4j functions could not be registered, so the plain-Cypher queries will run: " + rootMessage(e));
        }
    }

    /**
     * Runs a few small queries before announcing readiness. The first Cypher query of a new JVM
     * loads and compiles the parser, planner and runtime: seconds on a busy machine, during which
     * every query sent over Bolt waits, although the database is "available" and accepts
     * connections. Doing it here means that READY is only said once queries are answered at their
     * usual speed, after a start and after a restart alike. Reads only: nothing is written.
     */
    private static void warmUpCypher(org.neo4j.graphdb.GraphDatabaseService db) {
        String[] queries = {
            "RETURN 1",
            "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id LIMIT 1",
            // The operators of a page query (expand, aggregate, sort) over one statement: the
            // same plan work, and constant time on a graph of any size.
            "MATCH (s:Statement) WITH s LIMIT 1 MATCH (s)-[:ABOUT]->(n) WITH s, collect(n.id) AS about RETURN s.id, about ORDER BY s.id LIMIT 1",
        };
        for (String query : queries) {
            try {
                db.executeTransactionally(query, java.util.Map.of("ids", java.util.List.of("")));
            } catch (RuntimeException e) {
                // A warm-up that fails (say, a label this graph lacks) does not stop the start.
            }
        }
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, the same as end-of-file.
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean causedByLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("FileLockException") || message.contains("Lock file has been locked")
                    || message.contains("is locked by another process")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static int parsePort(String value) {
        long port = parsePositive(value, "Bolt port");
        if (port > 65535) {
            fail("bad-arguments", "The Bolt port \"" + value + "\" is not between 1 and 65535.");
        }
        return (int) port;
    }

    private static long parsePositive(String value, String what) {
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail("bad-arguments", "The " + what + " \"" + value + "\" is not a positive whole number.");
        return 0;
    }

    private static void fail(String code, String sentence) {
        System.out.println(ERROR + " " + code + " " + sentence);
        System.out.flush();
        Runtime.getRuntime().halt(2);
    }
}
