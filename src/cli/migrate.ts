// npm run db:migrate — creates or upgrades the database at DATABASE_PATH (default ./data/enforcement.db).
import { migrateDatabase } from '../db/connection.js';
import { ConfigError, loadConfig } from '../config.js';

let DATABASE_PATH: string;
try {
  ({ DATABASE_PATH } = loadConfig());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
migrateDatabase(DATABASE_PATH);
console.log(`migrated ${DATABASE_PATH}`);
