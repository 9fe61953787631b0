/**
 * The HTTP side: one node:http server carrying GraphQL over HTTP at /graphql (GET and POST,
 * run by Apollo's `executeHTTPGraphQLRequest`), graphql-ws subscriptions on the same path,
 * /healthz (the process is up), /readyz (Neo4j answers), and the dashboard's static files.
 * CORS, the body size limit and request ids are handled here; query limits and API keys
 * by Apollo plugins and validation rules.
 */
import {
  ApolloServer,
  HeaderMap,
  type ApolloServerPlugin,
  type HTTPGraphQLRequest,
} from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Database } from '../graph/database.js';
import { GraphReader } from '../graph/graph-reader.js';
import type { ArticleRecord } from '../graph/read-records.js';
import type { ApiContext, ArticleStore } from './api-context.js';
import { AggregateCache } from './aggregate-cache.js';
import { createKeyCheck } from './api-key-check.js';
import { createLoaders } from './create-loaders.js';
import { createSchema } from './create-schema.js';
import { formatError } from './format-error.js';
import { jitGateway } from './jit-gateway.js';
import { checkAccess, operationGuardPlugin } from './operation-guard-plugin.js';
import { PubSub } from './pubsub.js';
import { serveStatic } from './serve-static.js';

export const GRAPHQL_PATH = '/graphql';
const READY_TIMEOUT_MS = 3_000;

/**
 * Query limits (graphql-armor validation rules, and graphql-js for tokens). A 30-deep or
 * 1,000-alias query fails validation; a document of more tokens than maxTokens fails parsing.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  maxTokens: 10_000,
  maxCost: 20_000,
} as const;

export interface ApiServerOptions {
  db: Database;
  store: ArticleStore;
  logger: Logger;
  http: { host: string; port: number; corsOrigins: string[]; maxBodyBytes: number };
  auth: { apiKeys: string[]; queriesRequireKey: boolean };
  /** Folder of the built dashboard, served at `/` when it exists. */
  dashboardDir?: string | null;
  /** How long dashboard aggregates are reused (default AGGREGATE_TTL_MS; 0 turns reuse off). */
  aggregateTtlMs?: number;
}

export interface RunningApiServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  port: number;
  articleIngested: PubSub<ArticleRecord>;
  /** Stops accepting requests, lets in-flight ones finish, closes subscriptions. Does not close `db`. */
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new BodyTooLargeError());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function graphqlError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** Sets CORS headers for an allowed origin; answers preflight requests. Returns true when answered. */
function handleCors(req: IncomingMessage, res: ServerResponse, origins: string[]): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && (origins.includes('*') || origins.includes(origin));
  if (allowed) {
    res.setHeader('access-control-allow-origin', origins.includes('*') ? '*' : origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    if (allowed) {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, accept');
      res.setHeader('access-control-max-age', '600');
    }
    res.writeHead(204).end();
    return true;
  }
  return false;
}

async function isReady(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>(
    (r) => (timer = setTimeout(() => r(false), READY_TIMEOUT_MS)),
  );
  try {
    return await Promise.race([db.verify().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the API on `options.http.host:port` (port 0 picks a free one). */
export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const { db, store, logger } = options;
  const schema = createSchema();
  const reader = new GraphReader(db);
  const articleIngested = new PubSub<ArticleRecord>();
  const aggregates = new AggregateCache(options.aggregateTtlMs);
  const keyCheck = createKeyCheck(options.auth.apiKeys);
  const guard = {
    keysConfigured: options.auth.apiKeys.length > 0,
    queriesRequireKey: options.auth.queriesRequireKey,
  };
  const dashboardDir = options.dashboardDir ? resolve(options.dashboardDir) : null;

  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // The token limit is graphql-js's own `maxLexicalTokens` parse option (see `parseOptions`): a
    // document over it is a parse failure answered with 400, where armor's plugin throws from
    // a hook Apollo treats as an internal error (500).
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Suggestions help clients write queries against a public schema.
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const contextFor = (requestId: string, authorization: string | undefined): ApiContext => ({
    requestId,
    logger: logger.child({ requestId }),
    reader,
    loaders: createLoaders(reader),
    aggregates,
    store,
    articleIngested,
    auth: keyCheck(authorization),
  });

  const httpServer = createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      // Checks the token limit before graphql-ws parses the query itself, so that an
      // oversized query gets an error message rather than a closed socket.
      onSubscribe: (_ctx, _id, payload) => {
        try {
          parse(payload.query, { maxLexicalTokens: QUERY_LIMITS.maxTokens });
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        return undefined;
      },
      validate: (s, document) =>
        validate(s, document, [...specifiedRules, ...armor.validationRules]) as GraphQLError[],
      context: (ctx) => {
        const authorization =
          ctx.connectionParams?.Authorization ?? ctx.connectionParams?.authorization;
        return contextFor(
          randomUUID(),
          typeof authorization === 'string' ? authorization : undefined,
        );
      },
      onConnect: (ctx) => {
        const authorization =
          ctx.connectionParams?.Authorization ?? ctx.connectionParams?.authorization;
        try {
          checkAccess(
            'subscription',
            keyCheck(typeof authorization === 'string' ? authorization : undefined),
            guard,
          );
          return true;
        } catch {
          return false;
        }
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<ApiContext>({
    gateway: jitGateway(schema),
    formatError,
    introspection: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Mutations need an Authorization header (which browsers only send after a CORS
    // preflight) and queries are read-only, so Apollo's CSRF header check adds nothing and
    // would make plain GET requests (GraphQL-over-HTTP) fail.
    csrfPrevention: false,
    validationRules: armor.validationRules,
    parseOptions: { maxLexicalTokens: QUERY_LIMITS.maxTokens },
    // Compact JSON: Apollo indents responses by default, which made a who-said-what page about
    // a third larger to build, send and parse.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      // Plugins written for any context work with ours (they never read it).
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      operationGuardPlugin(guard),
      ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<ApiContext>,
      // The schema declares no cache hints, so Apollo's per-field cache bookkeeping is waste.
      ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<ApiContext>,
      ApolloServerPluginDrainHttpServer({ httpServer }) as ApolloServerPlugin<ApiContext>,
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const handleGraphql = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
  ) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.setHeader('allow', 'GET, POST');
      graphqlError(res, 405, `${req.method} is not supported; use GET or POST`, 'BAD_REQUEST');
      return;
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, options.http.maxBodyBytes);
      } catch (err) {
        if (err instanceof BodyTooLargeError) {
          graphqlError(
            res,
            413,
            `the request body is larger than ${options.http.maxBodyBytes} bytes`,
            'BAD_REQUEST',
          );
          res.on('finish', () => req.destroy());
          return;
        }
        throw err;
      }
      const contentType = req.headers['content-type'] ?? '';
      if (
        /^application\/(graphql-response\+)?json/i.test(contentType) ||
        /\+json/i.test(contentType)
      ) {
        try {
          body = JSON.parse(text);
        } catch {
          graphqlError(res, 400, 'the request body is not valid JSON', 'BAD_REQUEST');
          return;
        }
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method,
      headers,
      search: url.search,
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => contextFor(requestId, req.headers.authorization),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (handleCors(req, res, options.http.corsOrigins)) return;
      if (url.pathname === GRAPHQL_PATH) return handleGraphql(req, res, url, requestId);
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const ready = await isReady(db);
        return sendJson(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'unavailable',
          database: ready ? 'up' : 'down',
        });
      }
      if (
        dashboardDir &&
        existsSync(dashboardDir) &&
        serveStatic(dashboardDir, req, res, url.pathname)
      )
        return;
      sendJson(res, 404, { error: 'not found' });
    };
    handle().catch((err: unknown) => {
      logger.error({ err, requestId }, 'request failed');
      if (!res.headersSent)
        graphqlError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.http.port, options.http.host, () => resolveListen());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host =
    options.http.host === '0.0.0.0' || options.http.host === '::' ? 'localhost' : options.http.host;
  return {
    url: `http://${host}:${port}`,
    port,
    articleIngested,
    async close() {
      wsServer.clients.forEach((socket) => socket.close(1001, 'server shutting down'));
      await apollo.stop();
    },
  };
}
