// The regulators the ingest assistant recognises, by the names reports give them. Ids and names
// match the ones curated records already use, so a draft describes a regulator the way every other
// record does (the compiler refuses two descriptions of one id).
export interface KnownRegulator {
  id: string;
  name: string;
  abbreviation: string | null;
  // Ways reports write the name, longest first; matched case-sensitively as whole words.
  names: string[];
  // Abbreviations, matched as whole words only.
  abbreviations: string[];
}

export const knownRegulators: KnownRegulator[] = [
  {
    id: 'ico',
    name: "Information Commissioner's Office",
    abbreviation: 'ICO',
    names: ['Information Commissioner’s Office', "Information Commissioner's Office", 'Information Commissioner Office', 'Information Commissioner'],
    abbreviations: ['ICO'],
  },
  {
    id: 'irish-dpc',
    name: 'Data Protection Commission',
    abbreviation: 'DPC',
    names: ['Data Protection Commission', 'Data Protection Commissioner'],
    abbreviations: ['DPC'],
  },
  {
    id: 'cnil',
    name: 'Commission nationale de l’informatique et des libertés',
    abbreviation: 'CNIL',
    names: ['Commission nationale de l’informatique et des libertés', "Commission nationale de l'informatique et des libertés", 'Commission Nationale de l’Informatique et des Libertés'],
    abbreviations: ['CNIL'],
  },
  {
    id: 'dutch-ap',
    name: 'Autoriteit Persoonsgegevens',
    abbreviation: 'AP',
    names: ['Autoriteit Persoonsgegevens', 'Dutch Data Protection Authority'],
    abbreviations: [],
  },
  {
    id: 'aepd',
    name: 'Agencia Española de Protección de Datos',
    abbreviation: 'AEPD',
    names: ['Agencia Española de Protección de Datos', 'Spanish Data Protection Agency'],
    abbreviations: ['AEPD'],
  },
  {
    id: 'garante',
    name: 'Garante per la protezione dei dati personali',
    abbreviation: null,
    names: ['Garante per la protezione dei dati personali', 'Italian Data Protection Authority', 'Garante'],
    abbreviations: [],
  },
  {
    id: 'datatilsynet-norway',
    name: 'Datatilsynet',
    abbreviation: null,
    names: ['Norwegian Data Protection Authority', 'Datatilsynet'],
    abbreviations: [],
  },
  {
    id: 'imy',
    name: 'Integritetsskyddsmyndigheten',
    abbreviation: 'IMY',
    names: ['Integritetsskyddsmyndigheten', 'Swedish Authority for Privacy Protection', 'Swedish Data Protection Authority'],
    abbreviations: ['IMY'],
  },
  {
    id: 'belgian-dpa',
    name: 'Belgian Data Protection Authority',
    abbreviation: null,
    names: ['Belgian Data Protection Authority', 'Autorité de protection des données', 'Gegevensbeschermingsautoriteit'],
    abbreviations: [],
  },
  {
    id: 'austrian-dsb',
    name: 'Datenschutzbehörde',
    abbreviation: 'DSB',
    names: ['Datenschutzbehörde', 'Austrian Data Protection Authority'],
    abbreviations: [],
  },
  {
    id: 'hamburg-dpa',
    name: 'Hamburg Commissioner for Data Protection and Freedom of Information',
    abbreviation: 'HmbBfDI',
    names: ['Hamburg Commissioner for Data Protection and Freedom of Information', 'Hamburg data protection authority'],
    abbreviations: ['HmbBfDI'],
  },
  {
    id: 'uodo',
    name: 'Urząd Ochrony Danych Osobowych',
    abbreviation: 'UODO',
    names: ['Urząd Ochrony Danych Osobowych', 'Polish Data Protection Authority'],
    abbreviations: ['UODO'],
  },
  {
    id: 'luxembourg-cnpd',
    name: 'Commission nationale pour la protection des données',
    abbreviation: 'CNPD',
    names: ['Commission nationale pour la protection des données', 'Luxembourg’s National Commission for Data Protection'],
    abbreviations: [],
  },
  {
    id: 'edpb',
    name: 'European Data Protection Board',
    abbreviation: 'EDPB',
    names: ['European Data Protection Board'],
    abbreviations: ['EDPB'],
  },
  {
    id: 'ftc',
    name: 'Federal Trade Commission',
    abbreviation: 'FTC',
    names: ['Federal Trade Commission'],
    abbreviations: ['FTC'],
  },
];

// Regulators that are not data-protection regulators: their fines, named beside a data-protection
// one ("Ofcom fined the company £300,000 last year"), are not actions of this dataset.
export const otherRegulators =
  /\b(?:Ofcom|Ofgem|Ofwat|FCA|Financial Conduct Authority|CMA|Competition and Markets Authority|Prudential Regulation Authority|Gambling Commission|DGCCRF|Finansinspektionen|BaFin|Insolvency Service|Charity Commission|Advertising Standards Authority|SEC|Securities and Exchange Commission|AGCM|Autorité de la concurrence|Bundeskartellamt|CNMC|UOKiK|ACM|Konkurrensverket|Forbrukertilsynet|(?:competition|consumer)(?: and (?:consumer|competition|markets))? (?:protection )?(?:authority|regulator|watchdog|agency|body)|financial (?:regulator|watchdog)|telecoms? (?:regulator|watchdog)|energy (?:regulator|watchdog)|media regulator)\b/u;
