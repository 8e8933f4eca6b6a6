import { z } from 'zod';
import { cursorSchema, limitSchema, listEnvelope, partialDateSchema, summarySchema, formatSchema } from './common.js';

export const sourceSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable().meta({ description: 'As the text gives it; null when it gives none.' }),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    stated_date: partialDateSchema.nullable().meta({ description: 'What the text says of its own date (a dateline, or a copyright year); nothing is guessed.' }),
    file_name: z.string(),
    sha256: z.string().meta({ description: 'SHA-256 of the article’s bytes.' }),
    byte_length: z.int(),
    char_length: z.int().meta({ description: 'Length in Unicode code points, the unit of citation offsets.' }),
    citation_count: z.int(),
  })
  .meta({ id: 'Source', description: 'A source article. The text itself is not redistributed: quotes from it are, with their offsets.' });

export const sourceDetailSchema = sourceSchema
  .extend({
    cited_by: z.object({
      regulators: z.array(summarySchema),
      organisations: z.array(summarySchema),
      people: z.array(summarySchema),
      incidents: z.array(summarySchema),
      penalties: z.array(summarySchema),
      statements: z.array(summarySchema),
    }),
  })
  .meta({ id: 'SourceDetail', description: 'A source, and the records that cite it.' });

export const sourceListSchema = listEnvelope(sourceSchema, 'SourceList', 'A page of sources.');

export const sourceQuerySchema = z.strictObject({
  limit: limitSchema,
  cursor: cursorSchema.optional(),
  format: formatSchema,
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceDetail = z.infer<typeof sourceDetailSchema>;
