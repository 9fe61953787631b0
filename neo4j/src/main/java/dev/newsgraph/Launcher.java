package dev.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1 for newsgraph's local default and tests.
 *
 * <p>Usage: {@code Launcher --home DIR [--port 7687] [--pagecache 256m] [--tx-memory 512m]}.
 * Prints exactly one line {@code NEWSGRAPH_NEO4J_READY bolt://127.0.0.1:PORT} once {@code RETURN 1}
 * succeeds. Shuts down cleanly on SIGTERM/SIGINT and when standard input closes (the parent
 * process died), so the store is always closed through Neo4j's own shutdown.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    int port = 7687;
    String pageCache = "256m";
    String txMemory = "512m";
    boolean watchStdin = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache" -> pageCache = args[++i];
        case "--tx-memory" -> txMemory = args[++i];
        case "--no-stdin-watch" -> watchStdin = false;
        default -> {
          System.err.println("unknown argument: " + args[i]);
          System.exit(2);
        }
      }
    }
    if (home == null) {
      System.err.println("usage: Launcher --home DIR [--port N] [--pagecache SIZE] [--tx-memory SIZE]");
      System.exit(2);
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, parseBytes(txMemory))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            .build();

    AtomicBoolean stopped = new AtomicBoolean(false);
    CountDownLatch done = new CountDownLatch(1);
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            dbms.shutdown();
            done.countDown();
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "newsgraph-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    System.out.println("NEWSGRAPH_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (watchStdin) {
      Thread watcher =
          new Thread(
              () -> {
                // The parent holds our stdin pipe; EOF means it is gone (even after SIGKILL).
                try (InputStream in = System.in) {
                  while (in.read() != -1) {
                    // ignore anything written to us
                  }
                } catch (IOException ignored) {
                  // treat a broken pipe like EOF
                }
                System.exit(0); // runs the shutdown hook
              },
              "newsgraph-stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    done.await();
  }

  private static long parseBytes(String s) {
    String v = s.trim().toLowerCase();
    long mult = 1;
    if (v.endsWith("g")) {
      mult = ByteUnit.gibiBytes(1);
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("m")) {
      mult = ByteUnit.mebiBytes(1);
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("k")) {
      mult = ByteUnit.kibiBytes(1);
      v = v.substring(0, v.length() - 1);
    }
    return Long.parseLong(v) * mult;
  }
}
