// Start-up: configuration, logger, migration, listen, graceful close. Everything else is app.ts.
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { databaseState, migrateDatabase, openReadOnly } from './db/connection.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

try {
  // Creates the embedded database on first start and upgrades it after a pull; otherwise the file
  // is only ever opened read-only.
  const database = databaseState(config.DATABASE_PATH);
  if (database.state === 'ahead') {
    console.error(
      `the database at ${config.DATABASE_PATH} was migrated by a newer version of this API (${database.applied} migrations, the newest from ${database.newest.toISOString()}; this version knows ${database.known}): upgrade the API, or set DATABASE_PATH to another file`,
    );
    process.exit(1);
  }
  if (database.state !== 'current') migrateDatabase(config.DATABASE_PATH);
  // Opened once read-only here too, so a file that is unreadable fails now, with this message, not at the first request.
  openReadOnly(config.DATABASE_PATH).close();
} catch (error) {
  console.error(`cannot use the database at ${config.DATABASE_PATH}: ${(error as Error).message}`);
  process.exit(1);
}

// Log lines are written asynchronously: one write per request line would be a system call on the
// event loop each time. A line is still written at once when nothing else is pending (under load,
// lines queued behind a write go out together), and what is queued is flushed before exit.
const logDestination = pino.destination({ dest: 1, sync: false });

const app = await buildApp(
  {
    databasePath: config.DATABASE_PATH,
    cacheMaxAge: config.CACHE_MAX_AGE,
    responseCacheBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
    queryWorkers: config.QUERY_WORKERS,
    queryBudgetMs: config.QUERY_TIMEOUT_MS,
    protection: {
      rateLimitMax: config.RATE_LIMIT_MAX,
      rateLimitWindowMs: config.RATE_LIMIT_WINDOW_MS,
      maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS,
      maxRssBytes: config.MAX_RSS_MB * 1024 * 1024,
    },
  },
  { loggerInstance: pino({ level: config.LOG_LEVEL }, logDestination) },
);

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an uncaught error');
  else app.log.info({ signal }, 'closing');
  await app.close();
  logDestination.flushSync();
});

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  app.log.error({ err: error }, 'cannot listen');
  logDestination.flushSync();
  process.exit(1);
}
