import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one place that reads the environment. Everything else receives a Config. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Set when NEO4J_URI is given: use that database and start nothing locally. */
  external: ExternalNeo4j | null;
  local: LocalNeo4jSettings;
  auth: AuthSettings;
  /** Transaction timeout for API queries, in milliseconds. */
  queryTimeoutMs: number;
  introspection: boolean;
  /** Structured logs (the hardening block at the end of this file). */
  log: LogSettings;
  /** Security headers and cross-origin callers (the hardening block). */
  http: HttpSettings;
  /** Seed an empty database on `npm start`. */
  seedOnStart: boolean;
  /** Limits of the GraphQL endpoint (request size and query shape). */
  graphql: GraphqlSettings;
  /** Built client served at `/` when the folder exists. */
  clientDir: string;
  /** Logins, token revocation and the audit trail's refusal records (the access block below). */
  access: AccessSettings;
  /** Where and how much extraction runs for the /ingest API (the ingestion block at the end). */
  ingest: IngestSettings;
}

export interface GraphqlSettings {
  /** Largest accepted request body, e.g. 100kb. */
  bodyLimit: string;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Budget of the operation cost model (estimated values returned, lists at their limits). */
  maxCost: number;
  /** Total cost of the operations that may run at once; the rest wait their turn (work-gate.ts). */
  maxCostInFlight: number;
  /** Backstop: an answer larger than this many bytes is refused before it is serialised. */
  maxResponseBytes: number;
  /** Default and largest `limit`/`first` of a list below the root fields. */
  nestedListDefault: number;
  nestedListMax: number;
  /** Run only the operations of the generated manifest (production default). */
  trustedOperations: boolean;
}

export interface ExternalNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface LocalNeo4jSettings {
  /** Download cache (Neo4j jars, APOC), outside the repository. */
  cacheDir: string;
  /** Git-ignored per-checkout state: data directory, generated password, pid, port. */
  stateDir: string;
  heap: string;
  pageCache: string;
  /** Preferred Bolt port; 0 picks a free one. */
  boltPort: number;
  javaHome: string | undefined;
  mvn: string;
}

export interface AuthSettings {
  jwtSecret: string | undefined;
  jwksUrl: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** Lifetime of tokens issued by `POST /auth/login` and `npm run token`. */
  tokenTtlSeconds: number;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration error in ${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function memory(env: Env, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw))
    throw new ConfigError(name, `expected a size such as 512m or 2g, got "${raw}"`);
  return raw.toLowerCase();
}

function size(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!/^\d+(b|kb|mb)$/i.test(raw))
    throw new ConfigError(name, `expected a size such as 100kb or 1mb, got "${raw}"`);
  return raw.toLowerCase();
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function external(env: Env): ExternalNeo4j | null {
  const uri = env.NEO4J_URI;
  if (!uri) return null;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/]+/.test(uri)) {
    throw new ConfigError('NEO4J_URI', `expected bolt://host:port or neo4j://host:port, got "${uri}"`);
  }
  const password = env.NEO4J_PASSWORD;
  if (!password) throw new ConfigError('NEO4J_PASSWORD', 'required when NEO4J_URI is set');
  return {
    uri,
    username: env.NEO4J_USERNAME || 'neo4j',
    password,
    database: env.NEO4J_DATABASE || undefined,
  };
}

// ---- access: logins, token revocation, audit refusals (issue 15 parts 2–5) --------------------------------

export interface AccessSettings {
  /** Failed logins for one username, within `loginFailureWindowSeconds`, that lock it. */
  loginMaxFailures: number;
  /** Failed logins from one client address, within the same window, that block the address. */
  loginMaxFailuresPerAddress: number;
  loginFailureWindowSeconds: number;
  /** How long a locked username or blocked address is refused (429 with Retry-After). */
  loginLockoutSeconds: number;
  /** Password hashes computed at once (scrypt takes ~128 MB each); more wait in a queue… */
  loginMaxConcurrentHashes: number;
  /** …of at most this many logins; beyond it a login is refused with 429 at once. */
  loginHashQueue: number;
  /** How long a user's token version (role, revocation) is cached: the upper bound for a logout to bite. */
  tokenCheckSeconds: number;
  /** Refused-mutation records written per client address and minute; the rest are only counted. */
  auditRefusalsPerMinute: number;
}

function accessSettings(env: Env): AccessSettings {
  return {
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginMaxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 20, 1, 100000),
    loginFailureWindowSeconds: int(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86400),
    loginLockoutSeconds: int(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1, 86400),
    loginMaxConcurrentHashes: int(env, 'LOGIN_MAX_CONCURRENT_HASHES', 2, 1, 64),
    loginHashQueue: int(env, 'LOGIN_HASH_QUEUE', 8, 0, 10000),
    tokenCheckSeconds: int(env, 'TOKEN_CHECK_SECONDS', 10, 0, 30),
    auditRefusalsPerMinute: int(env, 'AUDIT_REFUSALS_PER_MINUTE', 20, 1, 100000),
  };
}

// ---- end of the access block ----------------------------------------------------------------------------

/** Reads and validates the environment once; precedence is explicit option > environment > default. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const config: Config = {
    env: nodeEnv,
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 4000, 0, 65535),
    external: external(env),
    local: {
      cacheDir:
        env.OPSGRAPH_CACHE_DIR ||
        path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'opsgraph'),
      stateDir: env.OPSGRAPH_STATE_DIR || path.join(repoRoot, '.opsgraph'),
      heap: memory(env, 'NEO4J_HEAP', '1g'),
      pageCache: memory(env, 'NEO4J_PAGECACHE', '512m'),
      boltPort: int(env, 'NEO4J_BOLT_PORT', 0, 0, 65535),
      javaHome: env.JAVA_HOME || undefined,
      mvn: env.MVN || 'mvn',
    },
    auth: {
      jwtSecret: env.JWT_SECRET || undefined,
      jwksUrl: env.JWT_JWKS_URL || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
      tokenTtlSeconds: int(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    },
    queryTimeoutMs: int(env, 'NEO4J_QUERY_TIMEOUT_MS', 15000, 100, 600000),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    seedOnStart: bool(env, 'OPSGRAPH_SEED_ON_START', true),
    log: logSettings(env, nodeEnv),
    http: httpSettings(env),
    graphql: {
      bodyLimit: size(env, 'GRAPHQL_BODY_LIMIT', '100kb'),
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 50),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 15, 1, 500),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 20, 1, 500),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 3000, 100, 100000),
      ...graphqlBounds(env, nodeEnv),
    },
    clientDir: env.OPSGRAPH_CLIENT_DIR || path.join(repoRoot, 'client', 'dist'),
    access: accessSettings(env),
    ingest: ingestSettings(env),
  };
  return { ...config, ...overrides };
}

// ---- hardening: logs, HTTP headers and CORS, per-request bounds (issue 15 parts 1, 6–9) ----------------

type NodeEnv = Config['env'];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface LogSettings {
  level: (typeof LOG_LEVELS)[number];
  /** Human-readable lines instead of JSON (development default). */
  pretty: boolean;
}

export interface HttpSettings {
  /** Origins (scheme://host[:port]) whose pages may call the API from the browser; empty: same origin only. */
  corsOrigins: string[];
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function logSettings(env: Env, nodeEnv: NodeEnv): LogSettings {
  return {
    // Tests stay quiet unless LOG_LEVEL asks for output.
    level: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    pretty:
      oneOf(env, 'LOG_FORMAT', ['json', 'pretty'], nodeEnv === 'development' ? 'pretty' : 'json') ===
      'pretty',
  };
}

function httpSettings(env: Env): HttpSettings {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s*]+$/.test(origin)) {
      throw new ConfigError(
        'CORS_ORIGINS',
        `expected origins such as https://app.example.org, got "${origin}"`,
      );
    }
  }
  return { corsOrigins: origins };
}

function graphqlBounds(env: Env, nodeEnv: NodeEnv) {
  const nestedListMax = int(env, 'GRAPHQL_NESTED_LIST_MAX', 100, 1, 10000);
  const maxCost = int(env, 'GRAPHQL_MAX_COST', 10000, 100, 10000000);
  return {
    maxCost,
    maxCostInFlight: int(env, 'GRAPHQL_MAX_COST_IN_FLIGHT', maxCost, maxCost, 100000000),
    maxResponseBytes: int(env, 'GRAPHQL_MAX_RESPONSE_BYTES', 4 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    nestedListDefault: int(env, 'GRAPHQL_NESTED_LIST_DEFAULT', Math.min(20, nestedListMax), 1, nestedListMax),
    nestedListMax,
    trustedOperations: bool(env, 'GRAPHQL_TRUSTED_OPERATIONS', nodeEnv === 'production'),
  };
}

// ---- end of the hardening block -------------------------------------------------------------------------

// ---- ingestion: extraction in worker threads (issue 13) -------------------------------------------------

export interface IngestSettings {
  /** Worker threads that extract proposed documents; 0 extracts on the request's own thread. */
  extractWorkers: number;
  /** Documents that may wait for a worker; one more is refused with 429 at once. */
  extractQueue: number;
  /** A document's extraction is stopped (its worker ended) after this long: 408, nothing stored. */
  extractTimeoutMs: number;
}

function ingestSettings(env: Env): IngestSettings {
  // One core stays for the event loop and Neo4j: 1 worker on 2 cores, 2 from 3 cores on.
  const workers = Math.max(1, Math.min(2, os.availableParallelism() - 1));
  return {
    extractWorkers: int(env, 'INGEST_EXTRACT_WORKERS', workers, 0, 64),
    extractQueue: int(env, 'INGEST_EXTRACT_QUEUE', 16, 0, 10000),
    extractTimeoutMs: int(env, 'INGEST_EXTRACT_TIMEOUT_MS', 120_000, 100, 3_600_000),
  };
}

// ---- end of the ingestion block -------------------------------------------------------------------------
