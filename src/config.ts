// The environment, parsed once at start-up. A bad value stops the process with one line naming it.
import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('./data/enforcement.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // How long clients and proxies may reuse a response without asking again (seconds).
  CACHE_MAX_AGE: z.coerce.number().int().min(0).max(31_536_000).default(300),
  // Memory for repeated responses (MB); 0: no response cache.
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  // Lists, facets and statistics run in this many worker threads, and are answered 503 when they
  // take longer than QUERY_TIMEOUT_MS.
  QUERY_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(2000),
  // Requests per window per client IP; 0: no limit.
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  // Answer 503 rather than fall over: event-loop lag and resident memory above which to shed load; 0: off.
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  MAX_RSS_MB: z.coerce.number().int().min(0).default(1024),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new ConfigError(`invalid environment: ${name}=${JSON.stringify(env[name])}: ${issue.message}`);
  }
  return parsed.data;
}
