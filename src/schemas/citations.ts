// A citation: the verbatim quote that states a record or one of its fields, and where it is.
import { z } from 'zod';
import { sourceSchema } from './sources.js';

export const citationSchema = z
  .object({
    source_id: z.string().meta({ examples: ['ico-fines-staysure'] }),
    field: z
      .string()
      .nullable()
      .meta({ description: 'The field of this record the quote states (a path such as `amount` or `quantities[records-exposed]`); null for the record as a whole.' }),
    quote: z.string().meta({ description: 'Verbatim from the source, whitespace included.' }),
    quote_start: z.int().nonnegative().meta({ description: 'Offset of the quote in the source, in Unicode code points.' }),
    quote_end: z.int().nonnegative().meta({ description: 'End offset (exclusive), in Unicode code points.' }),
    source: sourceSchema.optional().meta({ description: 'Only with `include=citations`: the source in full.' }),
  })
  .meta({ id: 'Citation', description: 'A verbatim quote from a source that states this record, or one field of it.' });

export const citationsSchema = z.array(citationSchema);
