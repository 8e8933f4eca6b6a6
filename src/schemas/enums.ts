// The vocabularies as registered schemas (each a `$ref` component), shared by the resources.
import { z } from 'zod';
import { dataCategories, partyCertainties, partyRoles, penaltyStatuses, penaltyTypes, sectors } from '../vocabulary.js';

export const penaltyTypeSchema = z.enum(penaltyTypes).meta({ id: 'PenaltyType', description: 'The kind of enforcement action.' });
export const penaltyStatusSchema = z.enum(penaltyStatuses).meta({
  id: 'PenaltyStatus',
  description:
    'Where the action stands, as reported. `reduced`: a proposed figure later replaced by a lower one (see `superseded_by`); `under_appeal`: the penalised party has appealed or said it will.',
});
export const sectorSchema = z.enum(sectors).meta({ id: 'Sector', description: 'The sector an organisation works in, where a source says.' });
export const partyRoleSchema = z.enum(partyRoles).meta({ id: 'PartyRole', description: 'The part an organisation played in an incident.' });
export const partyCertaintySchema = z
  .enum(partyCertainties)
  .meta({ id: 'PartyCertainty', description: '`suspected` when the source only believes it ("is believed to be behind").' });
export const dataCategorySchema = z.enum(dataCategories).meta({ id: 'DataCategory', description: 'A kind of personal data.' });
