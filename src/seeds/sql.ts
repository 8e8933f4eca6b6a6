// Writes a compiled dataset as the SQL of a Drizzle migration. The migration replaces the whole
// dataset (delete, then insert), so applying a newer one over an older database leaves exactly the
// new data; drizzle runs it inside the migration transaction, so a failure leaves the old data.
// Same input, same bytes: rows are in a fixed order and nothing depends on the time or the machine.
import { rebuildDerivedStatements } from '../db/derived-tables.js';
import { type CompiledDataset, datasetLicence, datasetName } from './compile.js';

export const breakpoint = '--> statement-breakpoint';

function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
    return String(value);
  }
  if (value.includes('\0') || value.includes(breakpoint)) throw new Error('a value contains a NUL or a statement breakpoint');
  return `'${value.replaceAll("'", "''")}'`;
}

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function insertStatements(table: string, rows: Record<string, string | number | null>[]): string[] {
  return rows.map((row) => {
    const columns = Object.keys(row);
    return `INSERT INTO ${identifier(table)} (${columns.map(identifier).join(', ')}) VALUES (${columns.map((c) => literal(row[c]!)).join(', ')});`;
  });
}

export function datasetSql(compiled: CompiledDataset): string {
  const tables = compiled.tables.map(([table]) => table);
  const statements = [
    ...[...tables].reverse().map((table) => `DELETE FROM ${identifier(table)};`),
    `DELETE FROM "dataset";`,
    ...compiled.tables.flatMap(([table, rows]) => insertStatements(table, rows)),
    ...insertStatements('dataset', [{ id: 1, name: datasetName, version: compiled.version, licence: datasetLicence }]),
    ...rebuildDerivedStatements.map((s) => `${s};`),
  ];
  const header = [
    '-- The dataset, compiled from seeds/ by `npm run seeds:compile`. Generated: do not edit;',
    '-- change seeds/records or seeds/articles and compile again.',
    `-- dataset version ${compiled.version}`,
  ].join('\n');
  return `${header}\n${statements.join(`\n${breakpoint}\n`)}\n`;
}
