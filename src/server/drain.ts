import type { ApolloServerPlugin } from '@apollo/server';
import http from 'node:http';
import net from 'node:net';

import type { Context } from '../graph/context';

/**
 * Drains the HTTP server when Apollo stops: stops accepting connections, answers every request
 * already sent or still arriving on an open connection, and resolves once every connection has
 * closed, or after `graceMs`, when the remaining ones are cut.
 *
 * Apollo's ApolloServerPluginDrainHttpServer loses requests under load. It closes the listener
 * with `http.Server#close`, which (Node 19+) destroys every connection without a request being
 * parsed, including those whose next request has already arrived but not been read yet (the
 * client gets ECONNRESET); and it ends a kept-alive connection right after its last answer without
 * telling the client, which may already be sending its next request on it (socket hang up).
 * Here every answer given while draining says `Connection: close`, so a client opens no further
 * request on that connection and the server closes it after the answer; an idle kept-alive
 * connection is left to close itself (the client's keep-alive timer, or the server's
 * keepAliveTimeout, 5 s) and any request it brings first is answered.
 */
export function drainHttpServer(server: http.Server, graceMs: number): ApolloServerPlugin<Context> {
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  // First listener, so that even an answer sent at once (a 404) carries the header.
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    if (draining) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          draining = true;
          for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
          const cut = setTimeout(() => server.closeAllConnections(), graceMs);
          // net.Server's close: it stops listening and calls back once the last connection has
          // closed, without http.Server's destruction of idle connections.
          await new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
          clearTimeout(cut);
          // Now http.Server's own close only stops its connection-timeout checks.
          server.close(() => undefined);
        },
      };
    },
  };
}
