// Start-up: configuration, logger, migration, listen, graceful close. Everything else is app.ts.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { migrateDatabase, needsMigration } from './db/connection.js';

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
  if (needsMigration(config.DATABASE_PATH)) migrateDatabase(config.DATABASE_PATH);
} catch (error) {
  console.error(`cannot prepare the database at ${config.DATABASE_PATH}: ${(error as Error).message}`);
  process.exit(1);
}

const app = await buildApp(
  { databasePath: config.DATABASE_PATH, cacheMaxAge: config.CACHE_MAX_AGE },
  { logger: { level: config.LOG_LEVEL } },
);

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an uncaught error');
  else app.log.info({ signal }, 'closing');
  await app.close();
});

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  app.log.error({ err: error }, 'cannot listen');
  process.exit(1);
}
