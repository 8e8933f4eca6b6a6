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
  // How reports name its country ("Greece's data protection authority"): the country's name and adjective.
  country?: string[];
}

export const knownRegulators: KnownRegulator[] = [
  {
    id: 'ico',
    name: "Information Commissioner's Office",
    abbreviation: 'ICO',
    names: ['Information Commissioner’s Office', "Information Commissioner's Office", 'Information Commissioner Office', 'Information Commissioner'],
    abbreviations: ['ICO'],
    country: ['UK', 'U.K.', 'Britain', 'British', 'United Kingdom'],
  },
  {
    id: 'irish-dpc',
    name: 'Data Protection Commission',
    abbreviation: 'DPC',
    names: ['Data Protection Commission', 'Data Protection Commissioner'],
    abbreviations: ['DPC'],
    country: ['Ireland', 'Irish'],
  },
  {
    id: 'cnil',
    name: 'Commission nationale de l’informatique et des libertés',
    abbreviation: 'CNIL',
    names: ['Commission nationale de l’informatique et des libertés', "Commission nationale de l'informatique et des libertés", 'Commission Nationale de l’Informatique et des Libertés'],
    abbreviations: ['CNIL'],
    country: ['France', 'French'],
  },
  {
    id: 'dutch-ap',
    name: 'Autoriteit Persoonsgegevens',
    abbreviation: 'AP',
    names: ['Autoriteit Persoonsgegevens', 'Dutch Data Protection Authority'],
    abbreviations: [],
    country: ['Netherlands', 'Dutch'],
  },
  {
    id: 'aepd',
    name: 'Agencia Española de Protección de Datos',
    abbreviation: 'AEPD',
    names: ['Agencia Española de Protección de Datos', 'Spanish Data Protection Agency'],
    abbreviations: ['AEPD'],
    country: ['Spain', 'Spanish'],
  },
  {
    id: 'garante',
    name: 'Garante per la protezione dei dati personali',
    abbreviation: null,
    names: ['Garante per la protezione dei dati personali', 'Italian Data Protection Authority', 'Garante'],
    abbreviations: [],
    country: ['Italy', 'Italian'],
  },
  {
    id: 'datatilsynet-norway',
    name: 'Datatilsynet',
    abbreviation: null,
    names: ['Norwegian Data Protection Authority', 'Datatilsynet'],
    abbreviations: [],
    country: ['Norway', 'Norwegian'],
  },
  {
    id: 'imy',
    name: 'Integritetsskyddsmyndigheten',
    abbreviation: 'IMY',
    names: ['Integritetsskyddsmyndigheten', 'Swedish Authority for Privacy Protection', 'Swedish Data Protection Authority'],
    abbreviations: ['IMY'],
    country: ['Sweden', 'Swedish'],
  },
  {
    id: 'belgian-dpa',
    name: 'Belgian Data Protection Authority',
    abbreviation: null,
    names: ['Belgian Data Protection Authority', 'Autorité de protection des données', 'Gegevensbeschermingsautoriteit'],
    abbreviations: [],
    country: ['Belgium', 'Belgian'],
  },
  {
    id: 'austrian-dsb',
    name: 'Datenschutzbehörde',
    abbreviation: 'DSB',
    names: ['Datenschutzbehörde', 'Austrian Data Protection Authority'],
    abbreviations: [],
    country: ['Austria', 'Austrian'],
  },
  {
    id: 'hamburg-dpa',
    name: 'Hamburg Commissioner for Data Protection and Freedom of Information',
    abbreviation: 'HmbBfDI',
    names: ['Hamburg Commissioner for Data Protection and Freedom of Information', 'Hamburg data protection authority'],
    abbreviations: ['HmbBfDI'],
    country: ['Hamburg'],
  },
  {
    id: 'uodo',
    name: 'Urząd Ochrony Danych Osobowych',
    abbreviation: 'UODO',
    names: ['Urząd Ochrony Danych Osobowych', 'Polish Data Protection Authority'],
    abbreviations: ['UODO'],
    country: ['Poland', 'Polish'],
  },
  {
    id: 'luxembourg-cnpd',
    name: 'Commission nationale pour la protection des données',
    abbreviation: 'CNPD',
    names: ['Commission nationale pour la protection des données', 'Luxembourg’s National Commission for Data Protection'],
    abbreviations: [],
    country: ['Luxembourg'],
  },
  {
    id: 'datatilsynet-denmark',
    name: 'Datatilsynet',
    abbreviation: null,
    // Norway's authority has the same name; "Datatilsynet" alone is Denmark's only in a Danish story.
    names: ['Danish Data Protection Agency', 'Danish Datatilsynet', 'Denmark’s Datatilsynet', "Denmark's Datatilsynet"],
    abbreviations: [],
    country: ['Denmark', 'Danish'],
  },
  {
    id: 'finland-ombudsman',
    name: 'Office of the Data Protection Ombudsman',
    abbreviation: null,
    names: ['Office of the Data Protection Ombudsman', 'Data Protection Ombudsman'],
    abbreviations: [],
    country: ['Finland', 'Finnish'],
  },
  {
    id: 'hellenic-dpa',
    name: 'Hellenic Data Protection Authority',
    abbreviation: 'HDPA',
    names: ['Hellenic Data Protection Authority', 'Greek Data Protection Authority'],
    abbreviations: ['HDPA'],
    country: ['Greece', 'Greek'],
  },
  {
    id: 'azop',
    name: 'Croatian Personal Data Protection Agency',
    abbreviation: 'AZOP',
    names: ['Croatian Personal Data Protection Agency', 'Personal Data Protection Agency'],
    abbreviations: ['AZOP'],
    country: ['Croatia', 'Croatian'],
  },
  {
    id: 'vdai',
    name: 'State Data Protection Inspectorate',
    abbreviation: 'VDAI',
    names: ['State Data Protection Inspectorate'],
    abbreviations: ['VDAI'],
    country: ['Lithuania', 'Lithuanian'],
  },
  {
    id: 'portugal-cnpd',
    name: 'Comissão Nacional de Proteção de Dados',
    abbreviation: null,
    names: ['Comissão Nacional de Proteção de Dados', 'Portuguese Data Protection Authority'],
    abbreviations: [],
    country: ['Portugal', 'Portuguese'],
  },
  {
    id: 'naih',
    name: 'National Authority for Data Protection and Freedom of Information',
    abbreviation: 'NAIH',
    names: ['National Authority for Data Protection and Freedom of Information', 'Hungarian Data Protection Authority'],
    abbreviations: ['NAIH'],
    country: ['Hungary', 'Hungarian'],
  },
  {
    id: 'anspdcp',
    name: 'National Supervisory Authority for Personal Data Processing',
    abbreviation: 'ANSPDCP',
    names: ['National Supervisory Authority for Personal Data Processing', 'Romanian Data Protection Authority'],
    abbreviations: ['ANSPDCP'],
    country: ['Romania', 'Romanian'],
  },
  {
    id: 'uoou',
    name: 'Office for Personal Data Protection',
    abbreviation: 'ÚOOÚ',
    names: ['Office for Personal Data Protection', 'Czech Data Protection Authority'],
    abbreviations: ['ÚOOÚ', 'UOOU'],
    country: ['Czech Republic', 'Czechia', 'Czech'],
  },
  {
    id: 'berlin-dpa',
    name: 'Berlin Commissioner for Data Protection and Freedom of Information',
    abbreviation: 'BlnBDI',
    names: ['Berlin Commissioner for Data Protection and Freedom of Information', 'Berlin data protection authority', 'Berlin Data Protection Authority'],
    abbreviations: ['BlnBDI'],
    country: ['Berlin'],
  },
  {
    id: 'bavarian-dpa',
    name: 'Bavarian State Office for Data Protection Supervision',
    abbreviation: 'BayLDA',
    names: ['Bavarian State Office for Data Protection Supervision', 'Bavarian data protection authority', 'Bavarian Data Protection Authority'],
    abbreviations: ['BayLDA'],
    country: ['Bavaria', 'Bavarian'],
  },
  {
    id: 'baden-wuerttemberg-dpa',
    name: 'State Commissioner for Data Protection and Freedom of Information Baden-Württemberg',
    abbreviation: 'LfDI',
    names: ['State Commissioner for Data Protection and Freedom of Information Baden-Württemberg', 'Baden-Württemberg data protection authority', 'Baden-Württemberg Data Protection Authority'],
    abbreviations: ['LfDI'],
    country: ['Baden-Württemberg'],
  },
  ...[
    // The other German states' authorities, each named after its state in English and German.
    ['lower-saxony-dpa', 'State Commissioner for Data Protection Lower Saxony', 'LfD Niedersachsen', ['Lower Saxony', 'Niedersachsen']],
    ['nrw-dpa', 'State Commissioner for Data Protection and Freedom of Information North Rhine-Westphalia', 'LDI NRW', ['North Rhine-Westphalia', 'Nordrhein-Westfalen', 'NRW']],
    ['hesse-dpa', 'Hessian Commissioner for Data Protection and Freedom of Information', 'HBDI', ['Hesse', 'Hessen', 'Hessian']],
    ['rhineland-palatinate-dpa', 'State Commissioner for Data Protection and Freedom of Information Rhineland-Palatinate', 'LfDI RLP', ['Rhineland-Palatinate', 'Rheinland-Pfalz']],
    ['saarland-dpa', 'Independent Data Protection Centre Saarland', 'UDZ Saarland', ['Saarland']],
    ['saxony-dpa', 'Saxon Data Protection and Transparency Commissioner', 'SDTB', ['Saxony', 'Sachsen', 'Saxon']],
    ['saxony-anhalt-dpa', 'State Commissioner for Data Protection Saxony-Anhalt', 'LfD Sachsen-Anhalt', ['Saxony-Anhalt', 'Sachsen-Anhalt']],
    ['thuringia-dpa', 'Thuringian State Commissioner for Data Protection and Freedom of Information', 'TLfDI', ['Thuringia', 'Thüringen', 'Thuringian']],
    ['brandenburg-dpa', 'State Commissioner for Data Protection and Access to Information Brandenburg', 'LDA Brandenburg', ['Brandenburg']],
    ['mecklenburg-vorpommern-dpa', 'State Commissioner for Data Protection and Freedom of Information Mecklenburg-Western Pomerania', 'LfDI M-V', ['Mecklenburg-Western Pomerania', 'Mecklenburg-Vorpommern']],
    ['schleswig-holstein-dpa', 'Independent State Centre for Data Protection Schleswig-Holstein', 'ULD', ['Schleswig-Holstein']],
    ['bremen-dpa', 'State Commissioner for Data Protection and Freedom of Information Bremen', 'LfDI Bremen', ['Bremen']],
  ].map(([id, name, abbreviation, states]): KnownRegulator => ({ id: id as string, name: name as string, abbreviation: abbreviation as string, names: [name as string], abbreviations: [abbreviation as string], country: states as string[] })),
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
