import { z } from 'zod';
import { citationsSchema } from './citations.js';
import { summarySchema } from './common.js';

export const statementSchema = z
  .object({
    id: z.string(),
    speaker: summarySchema.meta({ description: 'The person, or organisation, quoted.' }),
    speaker_role: z.string().nullable().meta({ description: 'The speaker’s job title, as reported.' }),
    text: z.string().meta({ description: 'Verbatim from the source.' }),
    source_id: z.string(),
    citations: citationsSchema,
  })
  .meta({ id: 'Statement', description: 'Words a person or organisation is quoted as saying.' });

export type Statement = z.infer<typeof statementSchema>;
