// Drafts a seed record from an article: the regulator, the penalised organisations, each
// enforcement action (type, amount and currency, proposal or final, status), other parties and the
// incident. Rules over sentences, with compromise for names; deterministic and offline. Every value
// cites the sentence it was read from, with its offset; whatever a rule guessed is listed in
// `review` for the curator, and the compiler refuses to publish a record until that list is empty.
import { foldName } from '../normalise/text.js';
import type { PenaltyStatus, PenaltyType } from '../vocabulary.js';
import {
  actionKinds,
  actorBeforeName,
  bodyKind,
  bodyName,
  breachCue,
  bystanders,
  causeCue,
  countries,
  finalBefore,
  fineCue,
  isPublicBody,
  legalForm,
  newsServices,
  noAppeal,
  noRuling,
  notPenaltyCues,
  occupation,
  personFined,
  personRole,
  proposalAfter,
  proposalBefore,
  proposalClause,
  statusCues,
  subjectOfPayment,
  subjectOfPenalty,
  subjectOfUndertaking,
  totalBefore,
  typeCues,
  unrelatedMatter,
} from './cues.js';
import { normaliseName } from './compare.js';
import { type MoneyMention, moneyMentions } from './money.js';
import { type NameSpan, capitalisedPhrases, peopleAndPlaces } from './names.js';
import { type KnownRegulator, knownRegulators, otherRegulators } from './regulators.js';
import { type Json, dataCategoriesIn, datesIn, partiesIn, quantitiesIn } from './incident.js';
import { type Sentence, codePointOffset, sentencesOf, slugify } from './text.js';

export interface ReviewMark {
  path: string;
  reason: string;
}

interface Citation {
  field?: string | string[];
  quote: string;
  start: number;
}

// --- helpers ----------------------------------------------------------------------------------

const typeLabels: Record<PenaltyType, string> = {
  monetary_penalty: 'Monetary penalty',
  undertaking: 'Undertaking',
  enforcement_notice: 'Enforcement notice',
  reprimand: 'Reprimand',
  prosecution: 'Prosecution',
  other: 'Enforcement action',
};

interface Action {
  organisation: string;
  regulator: KnownRegulator | null;
  type: PenaltyType;
  money: MoneyMention | null;
  proposal: boolean;
  sentence: Sentence;
  status: PenaltyStatus | null;
  statusSentence: Sentence | null;
  guessedTarget: boolean;
  supersedes: Action | null;
  // The sentence the amount was read from, when not the action's own (a court's fine told apart from the prosecution).
  moneySentence?: Sentence;
  // Introduced as what an earlier figure became: "cut to £400,000".
  replacement: boolean;
  // Against a person prosecuted in their own right, not a body.
  person?: boolean;
}

// --- the extractor ----------------------------------------------------------------------------

export interface Draft {
  record: Json;
  review: ReviewMark[];
}

/** What the dataset the draft joins already says: its regulators and organisations, by id. */
export interface DraftContext {
  regulators: Map<string, { name: string }>;
  // Normalised name or alias -> the organisation's id and name.
  organisations: Map<string, { id: string; name: string }>;
}

export function draftRecord(text: string, sourceId: string, context: DraftContext = { regulators: new Map(), organisations: new Map() }): Draft {
  const review: ReviewMark[] = [];
  const sentences = sentencesOf(text);
  const cite = (sentence: Sentence, field?: string | string[]): Citation => ({
    ...(field === undefined ? {} : { field }),
    quote: sentence.text,
    start: codePointOffset(text, sentence.start),
  });

  // Every mention of a known regulator, in order.
  const regulatorMentions: { regulator: KnownRegulator; sentence: Sentence; at: number; text: string }[] = [];
  for (const regulator of knownRegulators) {
    const pattern = new RegExp(
      `(?<![\\p{L}])(?:${[...regulator.names, ...regulator.abbreviations].map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}])`,
      'gu',
    );
    for (const sentence of sentences) {
      for (const match of sentence.text.matchAll(pattern)) regulatorMentions.push({ regulator, sentence, at: sentence.start + match.index, text: match[0] });
    }
  }
  // "the UK's data watchdog", "Greece's data protection authority": the regulator of that country.
  for (const regulator of knownRegulators.filter((r) => r.country)) {
    const countryWords = regulator.country!.map((c) => c.replace(/\./gu, '\\.')).join('|');
    const pattern = new RegExp(
      `(?<![\\p{L}])(?:${countryWords})(?:['’]s)?\\s+(?:national\\s+)?(?:data(?:\\s+protection)?|privacy|personal\\s+data(?:\\s+protection)?|information(?:\\s+rights)?)\\s+(?:watchdog|regulator|authority|agency|office|commissioner|inspectorate|ombudsman)\\b`,
      'giu',
    );
    for (const sentence of sentences) {
      for (const match of sentence.text.matchAll(pattern)) regulatorMentions.push({ regulator, sentence, at: sentence.start + match.index, text: match[0] });
    }
  }
  // A mention inside a longer one is the longer one's: "Datatilsynet" in "Denmark's Datatilsynet".
  const mentionEnd = (m: { at: number; text: string }) => m.at + m.text.length;
  for (let i = regulatorMentions.length - 1; i >= 0; i -= 1) {
    const m = regulatorMentions[i]!;
    if (regulatorMentions.some((o) => o !== m && o.at <= m.at && mentionEnd(o) >= mentionEnd(m) && o.text.length > m.text.length)) regulatorMentions.splice(i, 1);
  }
  // "Datatilsynet" alone is Norway's, unless the story is Danish and never Norwegian.
  if (/\b(?:Denmark|Danish)\b/u.test(text) && !/\b(?:Norway|Norwegian)\b/u.test(text)) {
    const danish = knownRegulators.find((r) => r.id === 'datatilsynet-denmark')!;
    for (const m of regulatorMentions) if (m.regulator.id === 'datatilsynet-norway') m.regulator = danish;
  }
  regulatorMentions.sort((a, b) => a.at - b.at);
  const regulatorWords = new Set(knownRegulators.flatMap((r) => [...r.names, ...r.abbreviations]));
  // "the Autoriteit Persoonsgegevens (AP)": the article's own abbreviation is the regulator too.
  for (const mention of regulatorMentions) {
    const abbreviation = /^\s*\(([\p{Lu}]{2,6})\)/u.exec(text.slice(mention.at + mention.text.length));
    if (abbreviation) regulatorWords.add(abbreviation[1]!);
  }
  /** The regulator an action in this sentence is by: one named in it, else the last named before it. */
  const regulatorFor = (sentence: Sentence): KnownRegulator | null =>
    (regulatorMentions.filter((m) => m.sentence === sentence).at(-1) ?? regulatorMentions.filter((m) => m.at < sentence.start).at(-1) ?? regulatorMentions[0])?.regulator ?? null;

  // "fined €310,000 by the Central Bank of Ireland": a body that is not a data-protection regulator
  // (nor a court, whose fine is a prosecution's) acted.
  const byAnotherBody = (words: string) =>
    [...words.matchAll(/\bby\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|for|\p{Lu}[\p{L}'’-]*))*)(\s*\([^)]*\))?/gu)].some(
      ([, name, bracket]) =>
        /\b(?:Bank|Authority|Commission|Agency|Regulator|Ombudsman|Inspectorate|Board|Ministry)\b/u.test(name!) &&
        !/\b(?:Court|Tribunal|Magistrates|Appeals?)\b/u.test(name!) &&
        // "Sweden's Authority for Privacy Protection (IMY)": a regulator named in other words.
        ![...regulatorWords].some((r) => name!.includes(r) || r.includes(name!) || bracket?.includes(`(${r})`)),
    );

  // Organisations: capitalised phrases that are not a regulator, a person or a place.
  const excluded = peopleAndPlaces(sentences.map((s) => s.text).join('\n'));
  // "Oakhurst", which compromise takes for a place, is the short form of "Oakhurst Homes Group Limited".
  const companyNames = capitalisedPhrases(text).map((n) => n.name).filter((name) => legalForm.test(name));
  const isPlace = (name: string) => excluded.places.has(name) && !companyNames.some((company) => company.startsWith(`${name} `));
  // "By Hannah Cole, Local Democracy Reporting Service": who wrote the story, not whom it is about.
  const bylineNames = new Set(sentences.filter((s) => isHeading(s) && /^(?:By|Words by|Reporting by|Written by)\s+\p{Lu}/u.test(s.text)).flatMap((s) => capitalisedPhrases(s.text).map((n) => n.name)));
  const isOrganisation = (name: string) =>
    name.length > 1 &&
    !bylineNames.has(name) &&
    !newsServices.test(name) &&
    !regulatorWords.has(name) &&
    ![...regulatorWords].some((r) => r.includes(name) || name.includes(r)) &&
    !excluded.people.has(name) &&
    !isPlace(name) &&
    // "Professor Giulia Ferrante", "Dr Ewan Sutherland": a title says it is a person.
    !/^(?:Professor|Prof|Dr|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Judge|Justice|Councillor|Cllr)\s+\p{Lu}/u.test(name) &&
    !bystanders.test(name) &&
    // "Article 32", "Articles 5(1)(f)", "Article L. 34-5": a law's provision.
    !/^(?:Articles?|Art|Sections?|Recitals?|Chapter|Paragraph|Schedule)(?:\s|$)/u.test(name) &&
    // "Join Fiona Garside" is a person; "Marsh Valley Hospitals NHS Foundation Trust" is not a place.
    // "Veronne Santé SAS" reads like a person to compromise; its legal form says it is a company.
    (legalForm.test(name) || ![...excluded.people].some((p) => p.split(/\s+/u).length > 1 && (p.includes(name) || name.includes(p)))) &&
    ![...excluded.places].some((p) => p.split(/\s+/u).length > 1 && p.includes(name)) &&
    !/^\d[\d,.]*(?:\s|$)/u.test(name) &&
    // Laws, currency codes and adjectives are not organisations.
    !/\b(?:Regulations?|Act|Directive|GDPR|Code of Practice|Convention)$/u.test(name) &&
    // Courts and tribunals rule on actions; they are not what an action is against.
    !/\b(?:Tribunal|Court|Magistrates|Council of State|Conseil d’État|Conseil d'État)$/u.test(name) &&
    // "District Court of Central Netherlands", "Court of Appeal".
    !(/\b(?:Court|Tribunal)\b/u.test(name) && !legalForm.test(name)) &&
    !/^(?:Tribunale|Corte|Cour|Amtsgericht|Landgericht|Oberlandesgericht|Verwaltungsgericht|Rechtbank|Raad van State|Audiencia|Juzgado|Tribunal Supremo|Sąd|Högsta|Hoge Raad)\b/u.test(name) &&
    !/^[A-Z]{3}$/u.test(name) && !/^(?:GBP|EUR|USD|NOK|SEK|DKK|CHF)\b/u.test(name) &&
    !/-(?:registered|based|owned|led|backed|related|listed|funded|run|linked)$/u.test(name) &&
    // "British" or "Dutch" alone describes; "British Airways" names.
    !/^(?:British|English|Scottish|Welsh|Irish|French|German|Dutch|Spanish|Italian|American|European|Swedish|Norwegian|Danish|Belgian|Polish)$/u.test(name) &&
    !countries.test(name);
  // "Head of Public Sector Enforcement at the ICO" is a job title.
  const isJobTitle = (n: NameSpan) => /\b(?:head|director|chief|deputy|officer|manager|commissioner|secretary|minister|chair|president)\s+(?:of|for)\s+$/iu.test(text.slice(Math.max(0, n.start - 30), n.start));
  // "(Storvik kommune)", "The First-tier Tribunal (Information Rights)": an aside, not a party.
  const insideBrackets = (sentence: Sentence, n: NameSpan) => {
    const before = text.slice(sentence.start, n.start);
    return (before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0);
  };
  // "A Swindon marketing company", "fined the Leiden care provider": a place used as an adjective.
  const isDescriptive = (n: NameSpan) =>
    (/\b(?:a|an)\s+$/iu.test(text.slice(Math.max(0, n.start - 4), n.start)) && /^\s+[a-z]/u.test(text.slice(n.end, n.end + 3))) ||
    (/\bthe\s+$/iu.test(text.slice(Math.max(0, n.start - 5), n.start)) &&
      !/\s/u.test(n.name) &&
      /^\s+(?:[a-z-]+\s+){0,2}(?:company|firm|provider|business|chain|operator|retailer|insurer|lender|agency|clinic|charity|supplier|contractor|processor|haulier|marketer|app)\b/u.test(text.slice(n.end, n.end + 40)));
  // "Something happened", "Nuisance callers fined": a sentence capitalises its first word, so a lone
  // word there is a name only when the article capitalises it elsewhere too.
  const startsSentence = (sentence: Sentence, n: NameSpan) => /^[\s“"‘'(]*$/u.test(text.slice(sentence.start, n.start));
  const capitalisedInside = new Set(sentences.flatMap((s) => capitalisedPhrases(s.text, s.start).filter((n) => !startsSentence(s, n)).map((n) => n.name.split(/\s+/u)[0]!)));
  // "TikTok", "easyJet" and a word the sentence goes on to fine ("Velomark was fined") stay names.
  const isCapitalisedByPosition = (sentence: Sentence, n: NameSpan) =>
    startsSentence(sentence, n) &&
    !/\s/u.test(n.name) &&
    !capitalisedInside.has(n.name) &&
    !/^.\p{Ll}*[\p{Lu}\p{N}]/u.test(n.name) &&
    !subjectOfPenalty.test(text.slice(n.end, sentence.end)) &&
    !subjectOfPayment.test(text.slice(n.end, sentence.end));
  // "Darren Pellow, 41, of Nuneaton": where a person lives.
  const isHometown = (n: NameSpan) => /\b\d{2},\s+of\s+$/u.test(text.slice(Math.max(0, n.start - 12), n.start));
  // "FRANCE — CNIL", "ALSO THIS WEEK" on a line in capitals, "COPENHAGEN —" opening a story: a label
  // or a dateline, not a name. ("VOLTÉA ÉNERGIE" in a sentence is a name; an acronym is short.)
  const isCapitalsLabel = (sentence: Sentence, n: NameSpan) =>
    /^[^\p{Ll}]+$/u.test(n.name) &&
    !legalForm.test(n.name) &&
    (!/\p{Ll}/u.test(sentence.text) || (n.name.length > 5 && !/\s/u.test(n.name) && startsSentence(sentence, n) && /^\s*(?:[—–|(,-])/u.test(text.slice(n.end, n.end + 3))));
  // Asked of the same sentence many times by the rules below; the answer depends on the text alone.
  const namesBySentence = new Map<Sentence, NameSpan[]>();
  const namesIn = (sentence: Sentence): NameSpan[] => {
    let names = namesBySentence.get(sentence);
    if (!names) {
      names = capitalisedPhrases(sentence.text, sentence.start).filter(
        (n) => isOrganisation(n.name) && !isJobTitle(n) && !isDescriptive(n) && !insideBrackets(sentence, n) && !isCapitalisedByPosition(sentence, n) && !isCapitalsLabel(sentence, n) && !isHometown(n),
      );
      namesBySentence.set(sentence, names);
    }
    return names;
  };
  const mentions = new Map<string, number>();
  for (const sentence of sentences) for (const n of namesIn(sentence)) mentions.set(n.name, (mentions.get(n.name) ?? 0) + 1);
  // A short form stands for a longer name it begins: "Corvanta" for "Corvanta Inc"; of several
  // ("Marlow Stays Ltd", "Marlow Hospitality Group Inc"), the one an action points at.
  let pointedNames = new Set<string>();
  // "Emerald Mobile Deals Ltd, which trades as PhoneHub", "X (trading as Y)", "X, formerly Y": the
  // other name stands for the body ("fined PhoneHub" is the company's fine).
  const aliasOwner = new Map<string, string>();
  for (const sentence of sentences) {
    const names = namesIn(sentence);
    for (let i = 0; i + 1 < names.length; i += 1) {
      const between = text.slice(names[i]!.end, names[i + 1]!.start);
      if (/^(?:,\s*(?:which|who)\s+(?:trades|traded|trading|has traded)\s+as|\s*\(\s*(?:trading as|t\/a)|\s+(?:t\/a|trading as)|,\s*(?:trading as|t\/a|formerly(?: known as)?))\s+["“]?$/iu.test(between)) {
        aliasOwner.set(names[i + 1]!.name, names[i]!.name);
      }
    }
  }
  const canonicalName = (name: string): string => {
    // (A chain of other names is followed a few steps, never round a loop.)
    for (let step = 0; step < 3 && aliasOwner.has(name) && aliasOwner.get(name) !== name; step += 1) name = aliasOwner.get(name)!;
    // Of several pointed at, the one named first: the story's firm ("Orrin" is Orrin Health Ltd, not
    // the Orrin Polska told of later).
    // "Marellis" also stands for "Société Marellis SAS": a generic first word does not count.
    const longer = [...mentions.keys()]
      // ("VERDIER DISTRIBUTION" in capitals is "Verdier Distribution SAS" too.)
      .filter((other) => {
        const [longer, short] = [other.toLowerCase(), name.toLowerCase()];
        return other !== name && (longer.startsWith(`${short} `) || other.replace(/^(?:Société|Societe|Groupe|Gruppo|Grupo|Grupa|The)\s+/u, '').replace(legalForm, '').toLowerCase() === short);
      })
      .sort((a, b) => b.length - a.length);
    const pointed = longer.filter((other) => pointedNames.has(other)).sort((a, b) => text.indexOf(a) - text.indexOf(b));
    return pointed[0] ?? longer[0] ?? name;
  };

  // "Glenmarrow Police", "3. Kestrel Academies Trust – undertaking", "Greenacre Ltd — £80,000" and
  // "Gary Pollock, t/a GP Home Solutions" on a line of their own: the story below is about that body.
  const labelOf = (sentence: Sentence): NameSpan | null => {
    if (!isHeading(sentence)) return null;
    const names = namesIn(sentence);
    const trading = names.find((n) => /(?:,\s*|\s)(?:t\/a|T\/A|trading as)\s+$/u.test(text.slice(sentence.start, n.start)));
    if (trading && /^\s*$/u.test(text.slice(trading.end, sentence.end))) return trading;
    const first = names[0];
    return first && /^[\s\d.)]*$/u.test(text.slice(sentence.start, first.start)) && /^\s*(?:[–—:-]|$)/u.test(text.slice(first.end, sentence.end)) ? first : null;
  };
  const labelledAfter = (sentence: Sentence) => {
    const previous = sentences[sentences.indexOf(sentence) - 1];
    return previous !== undefined && labelOf(previous) !== null;
  };

  // Who an action in this sentence is against: the name the action's words point at.
  const pointedAt = (sentence: Sentence): { name: string; start: number; end: number }[] => {
    const found: { name: string; start: number; end: number }[] = [];
    const label = labelOf(sentence);
    for (const n of namesIn(sentence)) {
      const before = text.slice(sentence.start, n.start);
      const after = text.slice(n.end, sentence.end);
      // "X has been fined", unless X only qualifies the subject ("a chain in Essex has been fined",
      // "X Ltd, of Avonmouth, pleaded guilty"); a name after a comma is the subject only as the
      // apposition of a described one ("The firm responsible, X, was fined"), not the end of a list.
      const subjectCanBe =
        !/\b(?:in|across|from|with|of|at|near|for|by|to)\s+$/iu.test(before) &&
        (!/^,\s*(?:has|have|had|was|were|is|will|would|signed|agreed|pleaded|admitted|entered|given)\b/u.test(after) || /(?:^|,\s*)(?:The|the|A|a|An|an|Its|its)\s+[^,]{0,60},\s*$|^[^,]{1,60},\s*$/u.test(before));
      const pointed =
        // "fined Verlaine's smaller rival, X": Verlaine only owns the object.
        (actorBeforeName.test(before) && !/^['’]s\b/u.test(after)) ||
        /\b(?:fine[sd]?|penalty|reprimand|notice|undertaking|order|action|sanction)\b(?:(?!\b(?:sending|sent|passing|passed|sharing|shared|disclosing|disclosed|transferring|transferred|selling|sold|leaking|leaked|emailing|emailed)\b)(?:[^.;,]|(?<=\d)[.,](?=\d))){0,60}?\b(?:to|on|against|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/iu.test(before) ||
        // "accepted an undertaking from X".
        /\bundertakings?\b[^.;]{0,60}?\bfrom\s+(?:the\s+)?$/iu.test(before) ||
        // "X has been fined", unless X only qualifies the subject ("a chain in Essex has been fined").
        (subjectCanBe && (subjectOfPenalty.test(after) || subjectOfPayment.test(after))) ||
        /^(?:’s|'s)\s+(?:[\w£$€.,-]+\s+){0,3}?(?:fine|penalty|reprimand)\b/iu.test(after) ||
        // "a fine of £500,000 imposed by the ICO on X"; "a fine of SEK 8 million has been issued by Sweden's IMY to X".
        // (Not "imposed … for sending customers' details to Meta": what was sent to whom.)
        /\b(?:imposed|levied|issued|handed(?: down)?|served)\b(?:(?!\b(?:send|sending|sent|pass|passing|passed|shar(?:e|ing|ed)|disclos\w+|transferr?\w*|sell|selling|sold|provid\w+|giv(?:e|ing)|gave|leak\w*|email\w*)\b)[^.;]){0,100}?\b(?:on|to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/iu.test(before) ||
        (subjectCanBe && subjectOfUndertaking.test(after)) ||
        // "dismissed an appeal by X against the £120,000 fine".
        (/\b(?:appeal|complaint|challenge|objection) (?:by|from)\s+(?:the\s+)?$/iu.test(before) && /^(?:\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?\s+against\s+(?:the|a|an|its)\s+[^.;]{0,40}?\b(?:fine|penalty|reprimand|notice)\b/iu.test(after)) ||
        /^,?\s+which\s+(?:was|has been)\s+(?:fined|reprimanded)/iu.test(after) ||
        ((isBullet(sentence) || label?.start === n.start) && /^\s*[:–—-]\s*(?:[£$€]|[A-Z]{3}\s?)\d/u.test(after)) ||
        // "reported Solbjerg Kommune to the police, recommending a fine" (Denmark, where a court fines).
        /^\s+to the police\b[^.;]{0,40}\brecommend/iu.test(after);
      // "fined the Irish subsidiary of Corvid Inc": the subsidiary, not the parent, is fined.
      if (pointed && !ownerOf.test(before)) found.push({ name: canonicalName(n.name), start: n.start, end: n.end });
    }
    // "fined X £80,000 and Y £120,000": each name that an amount follows, after one pointed at.
    const all = namesIn(sentence);
    for (const n of all) {
      if (found.some((f) => f.start === n.start) || !found.some((f) => f.start < n.start)) continue;
      if (/(?:\d|\d(?:m|bn|k)|million|billion|pounds|euros|dollars|kroner)\)?\s*,?\s+(?:and\s+)?$/u.test(text.slice(sentence.start, n.start)) && /^\s+\(?(?:[£$€]\s?\d|(?:GBP|EUR|USD|NOK|SEK|DKK|PLN|CHF)\s?\d|\d[\d,.]*\s*(?:million|m|bn|k)?\s*(?:pounds|euros|dollars|kroner|crowns|zloty))/u.test(text.slice(n.end, sentence.end))) {
        found.push({ name: canonicalName(n.name), start: n.start, end: n.end });
      }
    }
    // "reprimands to Westmoor Police and Ashcombe Borough Council": both.
    for (let i = 0; i < all.length; i += 1) {
      const pointedIndex = found.findIndex((f) => f.start === all[i]!.start);
      if (pointedIndex === -1) continue;
      for (let j = i + 1; j < all.length && /^\s*(?:,|,?\s*and)\s*$/u.test(text.slice(all[j - 1]!.end, all[j]!.start)); j += 1) {
        if (!found.some((f) => f.start === all[j]!.start)) found.push({ name: canonicalName(all[j]!.name), start: all[j]!.start, end: all[j]!.end });
      }
    }
    return found;
  };
  pointedNames = new Set(sentences.flatMap((sentence) => pointedAt(sentence).map((p) => p.name)));
  const penalisedAnywhere = new Map<string, number>();
  for (const sentence of sentences) for (const p of pointedAt(sentence)) penalisedAnywhere.set(p.name, (penalisedAnywhere.get(p.name) ?? 0) + 1);
  // The most named; of names named as often, one whose form says it is a body ("Calderstone
  // Systems Ltd", named also as "Calderstone", over "GP").
  const ranked = (counts: Map<string, number>) =>
    [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(bodyName.test(b[0]) || legalForm.test(b[0])) - Number(bodyName.test(a[0]) || legalForm.test(a[0])))[0]?.[0] ?? null;
  const mentionsByName = new Map<string, number>();
  for (const [name, count] of mentions) mentionsByName.set(canonicalName(name), (mentionsByName.get(canonicalName(name)) ?? 0) + count);
  const mainOrganisation = ranked(penalisedAnywhere) ?? ranked(mentionsByName);

  // "has formally reprimanded an NHS trust … Elmstead NHS Foundation Trust had not…", "fined the
  // Leeds firm it paid to destroy the records £60,000 … ShredSafe Yorkshire Ltd": an action on a body
  // described by its kind, named in the next sentences.
  const namedAfterDescription = (sentence: Sentence, words: string): string | null => {
    const described = /\b(?:fined|reprimanded|penalised|sanctioned|censured|issued|served|ordered)\s+(?:\w+ly\s+)?(a|an|the)\s+((?:[\w-]+\s+){0,3}?)(company|firm|business|trust|council|force|university|college|school|hospital|department|ministry|retailer|lender|provider|operator|chain|charity|insurer|agency|bank)\b/iu.exec(words);
    // ("the company" is one already named; "the Leeds firm" may be one named only below.)
    if (!described || (described[1]!.toLowerCase() === 'the' && !/^\p{Lu}/u.test(described[2]!)) || labelledAfter(sentence)) return null;
    const wanted = bodyKind(described[3]!) ?? legalForm;
    const index = sentences.indexOf(sentence);
    const named = sentences.slice(index + 1, index + 4).flatMap((s) => namesIn(s)).find((n) => wanted.test(n.name) || (wanted === legalForm && bodyName.test(n.name)));
    return named ? canonicalName(named.name) : null;
  };

  const targetOf = (sentence: Sentence, anchor: number): { name: string; guessed: boolean } | null => {
    const pointed = pointedAt(sentence);
    if (pointed.length > 0) {
      // Nearest by the gap between them: "fined X £80,000 and Y £120,000".
      const gap = (p: { start: number; end: number }) => (p.end <= anchor ? anchor - p.end : Math.abs(p.start - anchor));
      pointed.sort((a, b) => gap(a) - gap(b));
      return { name: pointed[0]!.name, guessed: false };
    }
    // "A dental chain in Essex has been fined…": described first, named in the next sentences. With
    // two described ("fined a double-glazing company £140,000 and … an energy-efficiency firm"),
    // the bodies are named in the order they were described.
    const descriptions = [...sentence.text.matchAll(/\b(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:company|firm|business|retailer|lender|provider|operator|chain|group|marketer|agency|insurer|supplier|maker|developer|app|platform)\b/giu)];
    const opensWithAction = /^["“]?(?:A|An)\s+(?:[\w-]+\s+)?(?:fine|penalty|reprimand|notice|undertaking|prosecution)\b/iu.test(sentence.text);
    if (!labelledAfter(sentence) && !opensWithAction && (/^["“]?(?:A|An)\s+(?:\p{Lu}[\p{L}-]*\s+)?[a-z]/u.test(sentence.text) || descriptions.length >= 2)) {
      const index = sentences.indexOf(sentence);
      const introduced = [
        ...new Set(
          sentences
            .slice(index + 1, index + 4 + Math.max(0, descriptions.length - 1) * 3)
            .flatMap((s) => namesIn(s))
            // ("based in Portsmouth", "registered with the Telephone Preference Service": not the body.)
            .filter((n) => !/\b(?:in|near|registered with|listed with)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, n.start - 24), n.start)))
            .filter((n) => bodyName.test(n.name) || (mentions.get(n.name) ?? 0) + (mentions.get(canonicalName(n.name)) ?? 0) > 1)
            .map((n) => canonicalName(n.name)),
        ),
      ];
      const at = anchor - sentence.start;
      const nearest = descriptions.length >= 2 ? descriptions.reduce((best, d, i) => (Math.abs(d.index - at) < Math.abs(descriptions[best]!.index - at) ? i : best), 0) : 0;
      const name = introduced[nearest] ?? introduced[0];
      if (name) return { name, guessed: true };
    }
    // "has formally reprimanded an NHS trust … Elmstead NHS Foundation Trust had not…": an action on a
    // body described by its kind, named in the next sentences.
    // ("fined the Leeds firm it paid to destroy the records": "the" and a place introduce one too.)
    const describedBody = namedAfterDescription(sentence, sentence.text);
    if (describedBody) return { name: describedBody, guessed: true };
    // "Greystone Data Corp. said its British subsidiary would appeal a $25 million penalty": the
    // body whose name says it is that country's ("Greystone Analytics UK Ltd").
    const national = /\b(?:its|the(?: company['’]s| group['’]s)?|[\p{Lu}][\p{L}-]+['’]s)\s+(British|UK|Irish|Dutch|French|German|Spanish|Italian|Swedish|Norwegian|Danish|Polish|Belgian)\s+(?:subsidiary|unit|arm|business|division|branch|operation|company)\b/u.exec(sentence.text);
    if (national) {
      const marker = countryMarkers[national[1]!]!;
      const named = [...mentions.keys()].filter((name) => marker.test(name) && (legalForm.test(name) || bodyName.test(name))).map(canonicalName);
      if (new Set(named).size === 1) return { name: named[0]!, guessed: true };
    }
    // "…fined the Irish subsidiary of US software maker Corvid Inc €3m. Corvid Ireland Ltd said…": the
    // subsidiary, named after, by the parent's first word.
    const parent = namesIn(sentence).find((n) => ownerOf.test(text.slice(sentence.start, n.start)));
    if (parent) {
      const index = sentences.indexOf(sentence);
      const first = parent.name.split(/\s+/u)[0]!;
      const child = sentences.slice(index, index + 3).flatMap((s) => namesIn(s)).find((n) => n.name !== parent.name && n.name.startsWith(`${first} `));
      if (child) return { name: canonicalName(child.name), guessed: true };
    }
    // "Acme Ltd said it would appeal against the £1m fine": the sentence's subject, when it is a firm.
    const subject = namesIn(sentence)[0];
    if (subject && subject.start === sentence.start && !penalisedAnywhere.size && (legalForm.test(subject.name) || (mentions.get(subject.name) ?? 0) > 1)) {
      return { name: canonicalName(subject.name), guessed: true };
    }
    const known = namesIn(sentence).filter((n) => penalisedAnywhere.has(canonicalName(n.name)));
    if (known.length > 0) {
      known.sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor));
      return { name: canonicalName(known[0]!.name), guessed: true };
    }
    // No name in the sentence: the one the last action was against ("It was later reduced…"),
    // or, at the start of a story, the next one named ("A Bolton company has pleaded guilty…
    // Ashcombe Direct Ltd was served…").
    const index = sentences.indexOf(sentence);
    const ahead = sentences.slice(index + 1, index + 3).flatMap((s) => pointedAt(s))[0]?.name ?? null;
    // "That company, Vantorix Ltd, acted as a processor. The ICO fined it £690,000.": the firm named last.
    // ("the university", "the force" are found by their kind below.)
    if (/\b(?:fined|penalised|reprimanded|issued|served|ordered|told|handed)\s+(?:it|them|the (?:company|firm|business|group|supplier|processor|retailer|lender|operator|provider|chain))\b/u.test(sentence.text)) {
      // ("the insurance arm of the listed Norrsken Gruppen AB": the parent only owns it.)
      const recent = sentences
        .slice(Math.max(0, index - 2), index)
        .flatMap((s) => namesIn(s).filter((n) => !ownerOf.test(text.slice(s.start, n.start))).map((n) => canonicalName(n.name)));
      const last = recent.filter((name) => !isPublicBody(name) && (bodyName.test(name) || legalForm.test(name) || (mentionsByName.get(name) ?? 0) > 1)).at(-1);
      if (last) return { name: last, guessed: true };
    }
    // "The Leeds firm has told the ICO it will appeal the £60,000 penalty": a company described as
    // the subject is the last company named, not the public body the story last acted against.
    if (namesIn(sentence).length === 0 && /^(?:The|This)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:firm|company|business|contractor|supplier|processor|haulier|retailer|lender|insurer|operator)\b/u.test(sentence.text)) {
      const company = namedSoFar.filter((n) => !isPublicBody(n) && (legalForm.test(n) || bodyName.test(n))).at(-1);
      if (company && (!recentTarget || isPublicBody(recentTarget))) return { name: company, guessed: true };
    }
    // "The force has been issued with a reprimand": the last body named of that kind.
    // ("on the university's behalf" only mentions it.)
    const kind = /\b(?:the|this)\s+(?:hospital\s+)?(force|council|department|trust|university|college|school|hospital|authority|ministry|police|group)\b(?!['’]s)/iu.exec(sentence.text)?.[1]?.toLowerCase();
    if (!recentTarget && kind) {
      // ("the group" is a company's kind too, so not a public body's: src/ingest/cues.ts bodyKind.)
      const word = kind === 'group' ? /\bGroup\b/u : bodyKind(kind)!;
      const named = namedSoFar.filter((n) => word.test(n)).at(-1);
      if (named) return { name: named, guessed: true };
    }
    // "Beta Ltd sent 1.3 million texts. The company was fined £90k.": in a round-up, the firm the
    // story has just turned to, not the one the last action was against.
    const previous = sentences[index - 1];
    if (recentTarget && previous && /^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}(?:company|firm|business|retailer|lender|insurer|operator|provider|chain|charity|group)\b|^(?:It|They)\s/u.test(sentence.text)) {
      const named = namesIn(previous).map((n) => canonicalName(n.name));
      const turnedTo = named.at(-1);
      if (
        turnedTo &&
        !named.includes(recentTarget) &&
        !penalisedAnywhere.has(turnedTo) &&
        (bodyName.test(turnedTo) || (mentions.get(turnedTo) ?? 0) > 1) &&
        !/\b(?:processor|supplier|contractor|vendor|provider|parent|subsidiary|on behalf of|owned by|customer|client|partner)\b/iu.test(previous.text)
      ) {
        return { name: turnedTo, guessed: true };
      }
    }
    const name = recentTarget ?? ahead ?? mainOrganisation;
    return name ? { name, guessed: true } : null;
  };
  // People prosecuted: "Darren Whitlock, 38, of Morley, pleaded guilty", "another prosecution, of
  // Paula Renshaw, a former receptionist, who was fined £440", "He was fined £1,200". Such a person is
  // the party to the action (unless the story's firm is prosecuted too: see below).
  const personNames = (sentence: Sentence): NameSpan[] =>
    capitalisedPhrases(sentence.text, sentence.start).filter((n) => {
      const after = text.slice(n.end, n.end + 80);
      return (
        /\s/u.test(n.name) &&
        !legalForm.test(n.name) &&
        !bodyName.test(n.name) &&
        (excluded.people.has(n.name) ||
          /^,\s*\d{2},/u.test(after) ||
          new RegExp(String.raw`^,\s*(?:a|an|the)\s+(?:former\s+)?(?:[\w-]+\s+){0,2}${occupation.source}`, 'u').test(after))
      );
    });
  const defendantIn = (sentence: Sentence, anchor: number): string | null => {
    for (const n of personNames(sentence).filter((p) => p.start < anchor)) {
      const before = text.slice(sentence.start, n.start);
      const after = text.slice(n.end, sentence.end);
      if (
        /\b(?:prosecut\w*|convicted|charged|sentenced)\s+(?:of\s+)?$|\bprosecution\b[^.;]{0,40}\bof\s+$/iu.test(before) ||
        /^(?:,[^,]{0,80})*,?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:pleaded guilty|admitted|was (?:fined|prosecuted|convicted|sentenced)|appeared)\b/u.test(after)
      ) {
        return n.name;
      }
    }
    const index = sentences.indexOf(sentence);
    const previous = sentences[index - 1];
    if (/^(?:He|She)\s+(?:was|has|had|pleaded|admitted)\b/u.test(sentence.text) && previous) return defendantIn(previous, previous.end);
    // "Magistrates fined him £1,500": the person a sentence shortly before prosecuted.
    if (/\b(?:fined|sentenced|ordered)\s+(?:him|her)\b/u.test(sentence.text)) {
      for (const earlier of sentences.slice(Math.max(0, index - 6), index).reverse()) {
        const named = defendantIn(earlier, earlier.end);
        if (named) return named;
      }
    }
    return null;
  };
  const courtStory = /\b(?:court|magistrates|pleaded guilty|convicted|prosecut\w*)\b/iu.test(text);

  let recentTarget: string | null = null;
  // The organisations named in the text read so far, in order.
  const namedSoFar: string[] = [];
  // Names listed with `name` in the sentence: "X, Y and Z".
  const coordinatedWith = (sentence: Sentence, name: string): string[] => {
    const all = namesIn(sentence);
    const at = all.findIndex((n) => canonicalName(n.name) === name);
    const listed: string[] = [];
    for (let j = at + 1; at !== -1 && j < all.length && /^\s*(?:,|,?\s*and)\s*$/u.test(text.slice(all[j - 1]!.end, all[j]!.start)); j += 1) listed.push(canonicalName(all[j]!.name));
    return listed;
  };

  // Enforcement actions.
  const actions: Action[] = [];
  const allMoney = moneyMentions(text);
  const ignoredMoney: { mention: MoneyMention; reason: string }[] = [];
  for (const sentence of sentences) {
    // A heading (a line of its own without a full stop) starts another story in a round-up.
    const heading = isHeading(sentence);
    if (!heading) namedSoFar.push(...namesIn(sentence).map((n) => canonicalName(n.name)));
    if (heading) {
      const label = labelOf(sentence);
      recentTarget = label ? canonicalName(label.name) : null;
    }
    const money = allMoney.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const typeInSentence = typeCues.find(([, cue]) => cue.test(sentence.text))?.[0] ?? null;
    // "cut the fine … from €525,000 to €260,000": the second figure replaced the first.
    const fromTo = (i: number) =>
      i > 0 &&
      /^\s*to\s+$/u.test(text.slice(money[i - 1]!.equivalent?.end ?? money[i - 1]!.end, money[i]!.start)) &&
      /\b(?:cut|cuts|reduced|reduces|lowered|halved|halves|slashed|decreased|brought down)\b[^.;]{0,200}\bfrom\s+$/iu.test(text.slice(sentence.start, money[i - 1]!.start));
    money.forEach((mention, i) => {
      // The words that belong to this amount: from the previous amount (or clause start) to the next.
      let clause = clauseStart(text, sentence.start, mention.start);
      // A relative clause ("revenue, which reached $3.1bn") is about the clause before it.
      if (/\b(?:which|who)$/u.test(text.slice(sentence.start, clause))) clause = clauseStart(text, sentence.start, text.slice(0, clause).search(/,\s(?:which|who)$/u));
      const from = Math.max(i > 0 ? money[i - 1]!.end : sentence.start, clause);
      const to = Math.min(i + 1 < money.length ? money[i + 1]!.start : sentence.end, clauseEnd(text, mention.end, sentence.end));
      const before = text.slice(from, mention.start);
      const after = text.slice((mention.equivalent ?? mention).end + (mention.equivalent && text[mention.equivalent.end] === ')' ? 1 : 0), to);
      // "X, whose shares fell 3% to 210p, was fined": an aside about the firm says nothing of the
      // amount; "£500,000, the maximum possible" is an amount imposed at the maximum.
      const local = `${before} ${after.replace(/^,?\s*(?:which (?:is|was) )?the (?:\w+ )?maximum\b[^,.;]*/u, '')}`.replace(/,\s*(?:whose|which|who)\b[^,]*,/gu, ',');
      // "fined it a total of €4,000": one fine over several charges, not a sum of actions.
      const oneFineInAll = /\bfined\s+(?:it|him|her|the (?:company|firm|business|defendant))\s+a total of\s+$/iu.test(before);
      const distractor = otherRegulators.test(local) || byAnotherBody(local) || unrelatedMatter.test(sentence.text) ? (['another regulator’s action', otherRegulators] as const) : notPenaltyCues.find(([reason, cue]) => cue.test(local) && !(oneFineInAll && reason === 'a total across several actions'));
      if (distractor) {
        ignoredMoney.push({ mention, reason: distractor[0] });
        return;
      }
      if (totalBefore.test(before)) {
        ignoredMoney.push({ mention, reason: 'a total across several actions' });
        return;
      }
      // A list's items take the words of the line that introduces them ("Fines issued by the ICO this year:").
      const listIntro = isBullet(sentence) ? sentences.slice(0, sentences.indexOf(sentence)).findLast((s) => !isBullet(s)) : undefined;
      // "Greenacre Home Improvements Ltd — £80,000" heading a round-up's section: that body's fine.
      const label = heading ? labelOf(sentence) : null;
      const labelledAmount = label !== null && /^\s*[:–—-]\s*$/u.test(text.slice(label.end, mention.start)) && fineCue.test(text);
      if (!labelledAmount && !fineCue.test(local) && !fineCue.test(sentence.text) && !(listIntro && /:$/u.test(listIntro.text) && fineCue.test(listIntro.text))) {
        ignoredMoney.push({ mention, reason: 'no words of a fine around it' });
        return;
      }
      // "Its sole director, Darren Pollick, was separately fined £1,000": a person's fine, not a body's.
      // (Only when no body is pointed at in the words before the amount, from the clause on.)
      const clauseFrom = personFined.test(before) ? from : sentence.start;
      const defendant = courtStory ? defendantIn(sentence, mention.start) : null;
      if ((defendant || personFined.test(text.slice(clauseFrom, mention.start))) && !pointedAt(sentence).some((p) => p.start >= clauseFrom && p.start < mention.start)) {
        if (defendant) {
          actions.push({ organisation: defendant, regulator: regulatorFor(sentence), type: 'prosecution', money: mention, proposal: false, sentence, status: null, statusSentence: null, guessedTarget: true, supersedes: null, replacement: false, person: true });
          recentTarget = defendant;
        } else {
          ignoredMoney.push({ mention, reason: 'a fine on a person' });
        }
        return;
      }
      if (mention.amount_qualifier === 'up_to') {
        // "fines of up to £500,000": a ceiling, not an amount imposed.
        ignoredMoney.push({ mention, reason: 'a legal maximum' });
        return;
      }
      const proposal = !finalBefore.test(before) && (proposalBefore.test(before) || proposalAfter.test(after) || proposalClause.test(before));
      // "fining the university €30,000 and its software supplier €20,000": the supplier is another
      // body, the next company the story names.
      const related = i > 0 && /\band\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:supplier|processor|contractor|vendor|subsidiary|partner|provider|developer|maker|reseller|agency)\s*$/iu.test(before);
      const first = related ? actions.filter((a) => a.sentence === sentence).at(-1)?.organisation : undefined;
      const next = first ? sentences.slice(sentences.indexOf(sentence) + 1).flatMap((s) => namesIn(s).map((n) => canonicalName(n.name))).find((name) => name !== first && legalForm.test(name)) : undefined;
      // "issued a reprimand to X, fined the Leeds firm it paid … £60,000": the amount's own clause
      // describes its body, though the sentence names another.
      const clauseWords = text.slice(Math.max(from, ...namesIn(sentence).filter((n) => n.end <= mention.start).map((n) => n.end)), mention.start);
      const describedHere = next ? null : namedAfterDescription(sentence, clauseWords);
      const target = next ? { name: next, guessed: true } : describedHere ? { name: describedHere, guessed: true } : targetOf(sentence, mention.start);
      // A headline describes ("spam emailer fined"); only a name it gives is taken from it.
      if (!target || (heading && target.guessed)) return;
      // "The €460,000 penalty is among the largest…": an amount already told, named by no one here, is
      // that action again (merged with it below).
      // (Not a headline's: a headline's name is the one the story goes on to give in full.)
      const toldAgain = target.guessed ? actions.find((a) => !isHeading(a.sentence) && a.money?.amount_minor === mention.amount_minor && a.money.currency === mention.currency) : undefined;
      if (toldAgain) target.name = toldAgain.organisation;
      recentTarget = target.name;
      // "X was fined £60,000 by the ICO, and its director was fined £4,000 at Leeds Magistrates' Court":
      // a court's fine is a prosecution's, the regulator's own is a monetary penalty.
      const regulatorActs = regulatorMentions.some((m) => m.at >= from && m.at < to);
      const prosecutionCue = typeCues.find(([t]) => t === 'prosecution')![1];
      // ("fined £8,000 after pleading guilty": the reason tells a court's fine.)
      const type: PenaltyType = prosecutionCue.test(`${local} ${after}`) || (typeInSentence === 'prosecution' && !regulatorActs) ? 'prosecution' : 'monetary_penalty';
      actions.push({ organisation: target.name, regulator: regulatorFor(sentence), type, money: mention, proposal, sentence, status: null, statusSentence: null, guessedTarget: target.guessed, supersedes: null, replacement: finalBefore.test(before) || fromTo(i) });
    });
    // Actions without an amount in this sentence: a reprimand, a notice, an undertaking, a prosecution.
    for (const [type, cue] of typeCues) {
      const match = cue.exec(sentence.text);
      if (!match) continue;
      if (type !== 'prosecution' && money.length > 0 && actions.some((a) => a.sentence === sentence && a.type === type)) continue;
      // "gave undertakings to the Competition and Markets Authority": another regulator's action.
      if ((otherRegulators.test(sentence.text) && !regulatorMentions.some((m) => m.sentence === sentence)) || unrelatedMatter.test(sentence.text)) continue;
      // "“A reprimand is a letter,” she said": a campaigner's words about actions, not one.
      // "Critics point out that a reprimand carries no financial sting": what such an action is, not one.
      const generic =
        /(?:^|[“"]|\b(?:that|because|whereas|while|since))\s*(?:A|An|a|an)\s+$/u.test(sentence.text.slice(0, match.index)) &&
        /^\s+(?:is|are|can|does|doesn['’]t|means|would|will|carries|has|brings|remains|involves|requires|costs|gives)\b/u.test(sentence.text.slice(match.index + match[0].length));
      if (generic && pointedAt(sentence).length === 0) continue;
      // "“Reprimands are not a soft option,” Marr told the conference": words quoted are about an
      // action only when they name its body themselves.
      if (insideQuotation(sentence.text, match.index) && !pointedAt(sentence).some((p) => insideQuotation(sentence.text, p.start - sentence.start))) continue;
      // "considered a fine but issued a reprimand" is a reprimand; "could face an enforcement notice" is not an action.
      const around = sentence.text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 30);
      // "Firms that ignore enforcement notices can be prosecuted", "had not been issued with a notice": a
      // power or a denial, not an action.
      if (/\b(?:could|might|may|would|can|cannot|if|unless|threat(?:en(?:ed)?)?|warned|consider(?:ed|ing)|not|n[’']t|never|without|fac(?:e|es|ing)|risks?|risking)\b[^.]{0,40}$/iu.test(sentence.text.slice(Math.max(0, match.index - 50), match.index)) && !/\b(?:but|instead)\b/iu.test(around)) {
        continue;
      }
      if (/\b(?:can|could|may|might|will)\s+(?:also\s+)?be\s+$/iu.test(sentence.text.slice(Math.max(0, match.index - 30), match.index))) continue;
      // "The prosecution has 14 days to appeal", "for the prosecution to consider": the prosecutors.
      if (type === 'prosecution' && /\bthe\s+$/iu.test(sentence.text.slice(0, match.index)) && /^prosecution\s+(?:has|had|is|was|can|could|may|might|will|would|said|says|argued|decided|told|must|to)\b/iu.test(sentence.text.slice(match.index))) continue;
      if (type === 'prosecution' && /\b(?:for|by|counsel for)\s+the\s+$/iu.test(sentence.text.slice(0, match.index)) && /^prosecution\s+(?:to|and)\b|^prosecution[,.]/iu.test(sentence.text.slice(match.index))) continue;
      // "issued 41 reprimands", "reprimanded other councils": a count or other bodies, not this action.
      // ("fined €350,000 and reprimanded" is an amount, then another action.)
      if (/\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|other|several|many|more|fewer|further|similar|any)\s+(?!and\b|or\b)(?:[\w-]+\s+)?$/iu.test(sentence.text.slice(Math.max(0, match.index - 30), match.index))) continue;
      if (/^\s+(?:other|several|many|\d[\d,]*)\s/iu.test(sentence.text.slice(match.index + match[0].length))) continue;
      // "The two councils were not fined. Both were instead issued with reprimands": one action for
      // each body of that kind the article names, when it names two or more.
      const index = sentences.indexOf(sentence);
      const pluralKind = /\b(?:the|both|these|those|two|three|four|five)\s+(?:(?:two|three|four|five)\s+)?(councils|trusts|forces|universities|colleges|schools|departments)\b/iu.exec(
        `${sentences[index - 1]?.text ?? ''} ${sentence.text}`,
      );
      if (pluralKind && namesIn(sentence).length === 0) {
        const word = bodyKind(pluralKind[1]!)!;
        const bodies = [...new Set(sentences.flatMap((s) => namesIn(s).map((n) => canonicalName(n.name))).filter((name) => word.test(name)))];
        if (bodies.length >= 2) {
          for (const name of bodies) {
            if (!actions.some((a) => a.organisation === name && a.type === type)) {
              actions.push({ organisation: name, regulator: regulatorFor(sentence), type, money: null, proposal: false, sentence, status: null, statusSentence: null, guessedTarget: true, supersedes: null, replacement: false });
            }
          }
          continue;
        }
      }
      // "Firms that ignore enforcement notices…": a plural with no determiner and no body named is said of firms in general.
      if (/s$/u.test(match[0]) && !/\b(?:the|its|their|both|two|three|four|five|these|those)\s+(?:[\w-]+\s+)?$/iu.test(sentence.text.slice(0, match.index)) && namesIn(sentence).length === 0) continue;
      // "and its director, Paul Smart, was fined £4,000 at Leeds Magistrates' Court": a person's prosecution.
      if (type === 'prosecution') {
        const clause = text.slice(clauseStart(text, sentence.start, sentence.start + match.index), sentence.start + match.index + match[0].length);
        const bodyInClause = pointedAt(sentence).some((n) => clause.includes(n.name));
        const defendant = bodyInClause ? null : defendantIn(sentence, sentence.end);
        if (defendant) {
          if (!actions.some((a) => a.organisation === defendant && a.type === 'prosecution')) {
            actions.push({ organisation: defendant, regulator: regulatorFor(sentence), type, money: null, proposal: false, sentence, status: null, statusSentence: null, guessedTarget: true, supersedes: null, replacement: false, person: true });
          }
          continue;
        }
        if (!bodyInClause && personRole.test(clause)) continue;
        // "… and prosecuted the firm's managing director": a person, named in a sentence of their own.
        if (new RegExp(String.raw`^\s+(?:the|its|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,2}${occupation.source}`, 'iu').test(sentence.text.slice(match.index + match[0].length))) continue;
      }
      const target = targetOf(sentence, sentence.start + match.index);
      if (!target || (heading && target.guessed)) continue;
      // "most of the reprimands went to public bodies": reprimands, notices or prosecutions in the
      // plural, naming no body, are not one action (undertakings are given in the plural).
      if (/s$/u.test(match[0]) && type !== 'undertaking' && target.guessed && namesIn(sentence).length === 0) continue;
      // "The reprimand instead sets out steps the board must take": the action already told, not another.
      if (target.guessed && /\b(?:the|this|that)\s+$/iu.test(sentence.text.slice(0, match.index)) && actions.some((a) => a.type === type)) continue;
      // "two reprimands for public bodies, one sizeable fine, and an undertaking from an optician":
      // a summary of actions told one by one below, naming no one.
      const kinds = actionKinds.filter((kind) => kind.test(sentence.text)).length;
      if (target.guessed && namesIn(sentence).length === 0 && (kinds >= 3 || (kinds >= 2 && /\b(?:one|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?(?:fines?|reprimands?|undertakings?|notices?)\b/iu.test(sentence.text)))) continue;
      // "It also ordered Maison Orvelle to delete…": an order that comes with a fine is the fine's terms.
      if (type === 'enforcement_notice' && !/notice/iu.test(match[0]) && actions.some((a) => a.organisation === target.name && a.type === 'monetary_penalty')) continue;
      recentTarget = target.name;
      // "reprimands to Westmoor Police and Ashcombe Borough Council": one action each.
      const coordinated = target.guessed ? [] : coordinatedWith(sentence, target.name);
      for (const name of [target.name, ...coordinated]) {
        if (type === 'prosecution' && actions.some((a) => a.organisation === name && a.type === 'prosecution')) continue;
        actions.push({ organisation: name, regulator: regulatorFor(sentence), type, money: null, proposal: false, sentence, status: null, statusSentence: null, guessedTarget: target.guessed, supersedes: null, replacement: false });
      }
    }
  }

  // "fines video app Quillon $25 million" over "23 million euros ($25 million)": the headline's
  // figure is the equivalent the report gives beside the fine, not another fine.
  for (let i = actions.length - 1; i >= 0; i -= 1) {
    const money = actions[i]!.money;
    if (!money) continue;
    const asEquivalent = actions.some(
      (other) => other !== actions[i] && other.organisation === actions[i]!.organisation && other.money?.equivalent?.currency === money.currency && other.money.equivalent.amount_minor === money.amount_minor,
    );
    if (asEquivalent) actions.splice(i, 1);
  }

  // "X Ltd was fined £8,000 … Its sole director, Darren Pollick, was separately fined £1,000": when
  // the story's firm is prosecuted, a person's fine is the director's own beside it, not an action.
  if (actions.some((a) => a.type === 'prosecution' && !a.person)) {
    for (let i = actions.length - 1; i >= 0; i -= 1) {
      if (actions[i]!.person) {
        if (actions[i]!.money) ignoredMoney.push({ mention: actions[i]!.money!, reason: 'a fine on a person' });
        actions.splice(i, 1);
      }
    }
  }

  // One action per organisation, type and amount; one per organisation and type when there is no amount.
  const merged: Action[] = [];
  for (const action of actions) {
    const same = merged.find(
      (m) =>
        m.organisation === action.organisation &&
        m.regulator === action.regulator &&
        m.type === action.type &&
        (m.money?.amount_minor === action.money?.amount_minor || (!action.money && m.type !== 'monetary_penalty') || (m.money === null && action.money !== null && m.type !== 'monetary_penalty')),
    );
    if (!same) {
      merged.push(action);
      continue;
    }
    if (!same.money && action.money) Object.assign(same, { money: action.money, sentence: action.sentence });
    // Said once to be a proposal, it is one: a headline often leaves the word out.
    same.proposal ||= action.proposal;
    same.guessedTarget &&= action.guessedTarget;
  }
  // A prosecution's fine is the prosecution's amount, not a second action: the same amount, or the
  // only fine of a firm a court fined.
  for (const prosecution of merged.filter((a) => a.type === 'prosecution')) {
    const fines = merged.filter((a) => a.organisation === prosecution.organisation && a.type === 'monetary_penalty');
    const same = fines.find((a) => prosecution.money && a.money?.amount_minor === prosecution.money.amount_minor && a.money.currency === prosecution.money.currency);
    // The court's fine: the one fine told with the court's words, else the firm's only fine in a court story.
    const courtWords = /\b(?:court|magistrates|judge|sentenc\w*|pleaded guilty|pleading guilty|pleads guilty|convicted|criminal offence)\b/iu;
    // "The court heard that the ICO fined the firm £120,000": the regulator's own fine, told in court.
    // "X was fined £60,000 by the ICO": the same, told the other way round.
    const byRegulator = (a: Action) =>
      regulatorMentions.some(
        (m) =>
          m.sentence === a.sentence &&
          (/^(?:['’]s)?\s+(?:\w+\s+){0,2}fined\b/u.test(text.slice(m.at + m.text.length, a.sentence.end)) ||
            (a.money !== null && m.at > a.money.end && m.at - a.money.end < 40 && /\bby\s+(?:the\s+)?$/u.test(text.slice(a.money.end, m.at)))),
      );
    const toldInCourt = fines.filter((a) => courtWords.test(a.sentence.text) && !byRegulator(a));
    const notTheRegulators = fines.filter((a) => !byRegulator(a));
    const courtFine = prosecution.money ? undefined : toldInCourt.length === 1 ? toldInCourt[0] : notTheRegulators.length === 1 && courtWords.test(text) ? notTheRegulators[0] : undefined;
    const fine = same ?? courtFine;
    if (fine) {
      if (!prosecution.money && fine.money) {
        prosecution.money = fine.money;
        if (fine.sentence !== prosecution.sentence) prosecution.moneySentence = fine.sentence;
      }
      merged.splice(merged.indexOf(fine), 1);
    }
    // "ordered to pay more than £10,000" when the court fined it £8,000: the fine with costs and
    // surcharge, not another action.
    for (const total of fines.filter((a) => a !== fine && merged.includes(a))) {
      if (!prosecution.money || !total.money || total.money.currency !== prosecution.money.currency || total.money.amount_minor <= prosecution.money.amount_minor) continue;
      if (total.money.amount_qualifier === 'exact' && !/\b(?:ordered to pay|to pay a total|in total)\b/iu.test(total.sentence.text)) continue;
      merged.splice(merged.indexOf(total), 1);
      ignoredMoney.push({ mention: total.money, reason: 'the court’s fine with costs' });
    }
  }

  // Proposals and the final figures that replaced them.
  for (const proposal of merged.filter((a) => a.proposal)) {
    // ("$25 million (£20 million)" replaced "£27 million": compared in the proposal's currency.)
    const final = merged.find(
      (a) => !a.proposal && a.organisation === proposal.organisation && a.type === proposal.type && a.money && proposal.money && (a.money.currency === proposal.money.currency || a.money.equivalent?.currency === proposal.money.currency),
    );
    if (final) {
      proposal.status = 'reduced';
      proposal.statusSentence = final.sentence;
      final.supersedes = proposal;
    } else {
      proposal.status = 'proposed';
    }
  }

  // "fined £1m … The fine was later cut to £400,000": an imposed figure and the one that replaced it.
  for (const replacement of merged.filter((a) => a.replacement && !a.proposal && !a.supersedes)) {
    const earlier = merged.find(
      (a) =>
        a !== replacement && !a.proposal && a.status === null && a.organisation === replacement.organisation && a.type === replacement.type &&
        a.money && replacement.money && a.money.currency === replacement.money.currency && a.money.amount_minor > replacement.money.amount_minor && a.sentence.start <= replacement.sentence.start,
    );
    if (!earlier) continue;
    earlier.status = 'reduced';
    earlier.statusSentence = replacement.sentence;
    replacement.supersedes = earlier;
  }

  // Status words: attached to the action of the type named in the sentence, of the organisation named, else the latest action.
  for (const sentence of sentences) {
    for (const [status, cue] of statusCues) {
      if (!cue.test(sentence.text)) continue;
      if (status === 'under_appeal' && noAppeal.test(sentence.text)) continue;
      if (status !== 'under_appeal' && noRuling.test(sentence.text.slice(0, cue.exec(sentence.text)!.index))) continue;
      const named = namesIn(sentence).map((n) => canonicalName(n.name));
      // The kind of action the status words are about: the one named right after them, else anywhere in the sentence.
      const cueAt = cue.exec(sentence.text)!;
      const kindWords = /\b(?:(fine|penalty)|(notice|order)|(reprimand))\b/iu;
      const kind = kindWords.exec(sentence.text.slice(cueAt.index, cueAt.index + cueAt[0].length + 40)) ?? kindWords.exec(sentence.text);
      const typeNamed: PenaltyType | null = !kind || kind[1] ? null : kind[2] ? 'enforcement_notice' : 'reprimand';
      // An amount in the sentence says which action it is about ("overturned the £2.5m fine").
      const byAmount = merged.filter((a) => !a.proposal && a.money && allMoney.some((m) => m.amount_minor === a.money!.amount_minor && m.currency === a.money!.currency && m.start >= sentence.start && m.end <= sentence.end));
      // "annulled an earlier fine against that very agency": not the fine this sentence tells.
      if (/^[^.;]{0,20}\b(?:an earlier|a previous|a separate|another|a different)\b/iu.test(sentence.text.slice(cueAt.index + cueAt[0].length))) continue;
      // "acquitted Vestkyst Taxi ApS, which the agency had reported with a recommended fine": a
      // proposal can be overturned too.
      const open = (a: Action) => !a.proposal || (status === 'overturned' && named.includes(a.organisation));
      // ("won its appeal against a £250,000 fine, although a tribunal has upheld a separate order":
      // the amount is the fine's; the words say which action this status is about.)
      const candidates = byAmount.length === 1 && (!typeNamed || byAmount[0]!.type === typeNamed) ? byAmount : merged.filter((a) => open(a) && (typeNamed ? a.type === typeNamed : true));
      // Of the named firm's actions, those told by then ("intends to appeal" is not about a fine of 2022 told after it).
      // "The rector said the university would challenge the decision": the named kind's body's action.
      const kindWord = !candidates.some((a) => named.includes(a.organisation)) ? /\b(?:the|its)\s+(university|council|trust|force|department|ministry|school|college|hospital|board|authority)\b(?!['’]s)/iu.exec(sentence.text)?.[1] : undefined;
      const ofKind = kindWord ? candidates.filter((a) => bodyKind(kindWord)!.test(a.organisation)) : [];
      const ofNamedAll = ofKind.length > 0 ? ofKind : candidates.filter((a) => named.includes(a.organisation));
      const ofNamed = ofNamedAll.some((a) => a.sentence.start <= sentence.start) ? ofNamedAll.filter((a) => a.sentence.start <= sentence.start) : ofNamedAll;
      // ("has upheld a separate order requiring it to stop", in a lead: the notice is told below.)
      const toldBefore = candidates.filter((a) => a.sentence.start <= sentence.start);
      const pool = ofNamed.length > 0 ? ofNamed : toldBefore.length > 0 || !typeNamed ? toldBefore : candidates.slice(0, 1);
      const preferred = pool.filter((a) => a.type === 'monetary_penalty');
      const chosen = [(preferred.length > 0 && !typeNamed ? preferred : pool).at(-1)];
      // "Both the fine and the enforcement notice were quashed."
      if (/\bboth\b|\b(?:fine|penalty)\b[^.]{0,30}\band\b[^.]{0,20}\b(?:notice|order|reprimand)\b|\b(?:notice|order|reprimand)\b[^.]{0,30}\band\b[^.]{0,20}\b(?:fine|penalty)\b/iu.test(sentence.text)) {
        for (const type of ['monetary_penalty', 'enforcement_notice', 'reprimand'] as const) {
          const words = { monetary_penalty: /\b(?:fine|penalty)\b/iu, enforcement_notice: /\b(?:notice|order)\b/iu, reprimand: /\breprimand\b/iu }[type];
          const first = chosen[0];
          if (words.test(sentence.text)) {
            chosen.push(merged.filter((a) => !a.proposal && a.type === type && a.sentence.start <= sentence.start && (!first || a.organisation === first.organisation)).at(-1));
          }
        }
      }
      for (const action of new Set(chosen)) {
        if (action && (action.status === null || (action.status === 'proposed' && status === 'overturned'))) {
          action.status = status;
          action.statusSentence = sentence;
        }
      }
    }
  }

  // --- the record ---------------------------------------------------------------------------

  const regulator = regulatorMentions[0] ?? null;
  // The regulators the actions are by, in the order they first act.
  const actingRegulators = [...new Set(merged.map((a) => a.regulator).filter((r) => r !== null))];
  const organisations = new Map<string, { id: string; name: string; aliases: Json[]; citations: Citation[] }>();
  const organisationId = (name: string, sentence: Sentence) => {
    let entry = organisations.get(name);
    if (!entry) {
      const naming = sentences.find((s) => s.text.includes(name)) ?? sentence;
      const known = context.organisations.get(normaliseName(name));
      let id = known?.id ?? slugify(name);
      while (!known && ([...organisations.values()].some((o) => o.id === id) || (regulator && id === regulator.regulator.id))) id = `${id}-organisation`;
      // An organisation the dataset knows keeps its name there; this article's form of it is an alias.
      const aliases = known && known.name !== name ? [{ alias: name, citations: [{ quote: naming.text, start: codePointOffset(text, naming.start) }] }] : [];
      for (const { alias, sentence: said } of otherNamesOf(name)) {
        if (alias !== (known?.name ?? name) && !aliases.some((a) => a.alias === alias)) aliases.push({ alias, citations: [{ quote: said.text, start: codePointOffset(text, said.start) }] });
      }
      entry = { id, name: known?.name ?? name, aliases, citations: [cite(naming, known ? undefined : 'name')] };
      organisations.set(name, entry);
    }
    return entry.id;
  };

  // "Harrow & Pinner Lettings Ltd … The firm, which trades as HP Lettings", "has since been renamed
  // Nordlicht Logistik GmbH": the other names the article gives a body, in the sentences that name
  // it and the one after when it goes on about "the firm".
  function otherNamesOf(name: string): { alias: string; sentence: Sentence }[] {
    const found: { alias: string; sentence: Sentence }[] = [];
    const short = name.replace(legalForm, '');
    sentences.forEach((sentence, index) => {
      const previous = sentences[index - 1];
      const naming = sentence.text.includes(short) || (previous?.text.includes(short) && /^(?:The|This)\s+(?:[\w-]+\s+)?(?:firm|company|business|agency|retailer|group|lender|insurer|operator|provider|chain|trader|haulier)\b|^It\s/u.test(sentence.text));
      if (!naming) return;
      for (const n of namesIn(sentence)) {
        if (!aliasCue.test(text.slice(sentence.start, n.start)) || n.name === name || n.name === short || penalisedAnywhere.has(canonicalName(n.name))) continue;
        found.push({ alias: n.name, sentence });
      }
    });
    return found;
  }

  const penaltyIds = new Map<Action, string>();
  const usedIds = new Set<string>();
  const penalties: Json[] = [];
  if (!regulator && merged.length > 0) review.push({ path: 'regulators', reason: 'no known regulator is named; the actions found are left out. Add the regulator to src/ingest/regulators.ts and draft again.' });
  if (regulator) {
    merged.forEach((action) => {
      const organisation = organisationId(action.organisation, action.sentence);
      let id = `${organisation}-${action.proposal ? 'proposed-' : ''}${action.type.replace(/_/gu, '-')}`;
      for (let n = 2; usedIds.has(id); n += 1) id = `${organisation}-${action.proposal ? 'proposed-' : ''}${action.type.replace(/_/gu, '-')}-${n}`;
      usedIds.add(id);
      penaltyIds.set(action, id);
    });
    merged.forEach((action, index) => {
      const path = `penalties[${index}]`;
      const status: PenaltyStatus = action.status ?? 'imposed';
      const amountSentence = action.moneySentence ?? action.sentence;
      const citations: Citation[] = [cite(action.sentence, ['type', 'regulator', 'organisation', ...(action.money && !action.moneySentence ? ['amount'] : []), 'summary', ...(action.statusSentence && action.statusSentence !== action.sentence ? [] : ['status'])])];
      if (action.money && action.moneySentence) citations.push(cite(action.moneySentence, 'amount'));
      if (action.statusSentence && action.statusSentence !== action.sentence) citations.push(cite(action.statusSentence, 'status'));
      if (action.supersedes) {
        const proposalSentence = action.supersedes.sentence;
        if (proposalSentence === action.sentence) citations[0]!.field = [...(citations[0]!.field as string[]), 'supersedes'];
        else citations.push(cite(proposalSentence, 'supersedes'));
      }
      const organisationName = action.organisation;
      const amountText = action.money ? ` of ${action.money.text}` : '';
      penalties.push({
        id: penaltyIds.get(action),
        type: action.type,
        status,
        regulator_id: (action.regulator ?? regulator.regulator).id,
        organisation_id: organisations.get(organisationName)!.id,
        incident_id: null,
        summary: `${action.proposal ? 'Proposed ' : ''}${action.proposal ? typeLabels[action.type].toLowerCase() : typeLabels[action.type]}${amountText} on ${organisationName} by the ${(action.regulator ?? regulator.regulator).name}.`,
        amount: action.money
          ? { amount_minor: action.money.amount_minor, currency: action.money.currency, amount_text: action.money.text, amount_qualifier: action.money.amount_qualifier }
          : null,
        amount_equivalents: action.money?.equivalent
          ? [
              {
                amount_minor: action.money.equivalent.amount_minor,
                currency: action.money.equivalent.currency,
                amount_text: action.money.equivalent.text,
                amount_qualifier: action.money.equivalent.amount_qualifier,
                citations: [{ quote: amountSentence.text, start: codePointOffset(text, amountSentence.start) }],
              },
            ]
          : [],
        supersedes_penalty_id: action.supersedes ? penaltyIds.get(action.supersedes) : null,
        citations,
      });
      review.push({ path: `${path}.summary`, reason: 'drafted from the type, amount and organisation: rewrite it in the curator’s words' });
      if (action.guessedTarget) review.push({ path: `${path}.organisation_id`, reason: `no words in the sentence point at whom the action is against; "${organisationName}" is the article's most penalised name` });
      if (action.money?.currencyAssumed) review.push({ path: `${path}.amount.currency`, reason: `"${action.money.text}" could be several currencies; ${action.money.currency} assumed` });
      if (action.money?.equivalent?.currencyAssumed) review.push({ path: `${path}.amount_equivalents[0].currency`, reason: `"${action.money.equivalent.text}" could be several currencies; ${action.money.equivalent.currency} assumed` });
      if (action.status === null) review.push({ path: `${path}.status`, reason: 'no words about a proposal, an appeal or a ruling: imposed assumed' });
      if (action.type === 'monetary_penalty' && !action.money) review.push({ path: `${path}.amount`, reason: 'a fine with no amount found' });
    });
  }

  // The incident: the sentences that describe what happened.
  // The sentence that states the first fine is about the fine, not what happened.
  const fineSentence = penalties.length > 0 && merged[0]?.money ? merged[0].sentence : null;
  const incidentSentences = sentences.filter((s) => breachCue.test(s.text) && s !== fineSentence);
  const incidents: Json[] = [];
  const main = merged[0];
  if (regulator && main && incidentSentences.length > 0) {
    const incidentId = `${organisations.get(main.organisation)!.id}-incident`;
    const first = incidentSentences[0]!;
    const body = sentences.filter((s) => !isHeading(s));
    const incident: Json = {
      id: incidentId,
      name: `${main.organisation} incident`,
      summary: first.text,
      citations: [cite(first, 'summary')],
      // What was exposed and how many were affected are often told apart from the breach words.
      data_categories: dataCategoriesIn(body, text),
      quantities: quantitiesIn(body, text),
      parties: [],
    };
    // When the breach sentences give no date, a period told elsewhere ("between March and May").
    const fromBreach = datesIn(incidentSentences);
    const dates = fromBreach.from ? fromBreach : datesIn(body.filter((s) => /\b(?:between|from|since|during)\b/iu.test(s.text)));
    if (dates.from) {
      incident.occurred_from = dates.from.value;
      (incident.citations as Citation[]).push(cite(dates.from.sentence, 'occurred_from'));
      review.push({ path: 'incidents[0].occurred_from', reason: `read from "${dates.from.value.text}": check it dates the incident, not the action` });
    }
    if (dates.to) {
      incident.occurred_to = dates.to.value;
      (incident.citations as Citation[]).push(cite(dates.to.sentence, 'occurred_to'));
    }
    // The cause: the regulator's finding of what went wrong, in the article's words.
    const cause = sentences.find((s) => causeCue.test(s.text) && s !== main.sentence);
    if (cause) {
      incident.cause = cause.text;
      (incident.citations as Citation[]).push(cite(cause, 'cause'));
      review.push({ path: 'incidents[0].cause', reason: 'the first sentence that reads as a finding of what went wrong: shorten it to the cause' });
    }
    const parties = partiesIn(incidentSentences, namesIn, text, organisationId);
    parties.unshift({ key: organisations.get(main.organisation)!.id, organisation_id: organisations.get(main.organisation)!.id, role: 'controller', citations: [{ quote: main.sentence.text, start: codePointOffset(text, main.sentence.start) }] });
    incident.parties = parties.filter((p, i) => parties.findIndex((q) => q.key === p.key) === i);
    incidents.push(incident);
    for (const [index, action] of merged.entries()) {
      if (action.organisation !== main.organisation) continue;
      penalties[index]!.incident_id = incidentId;
      (penalties[index]!.citations as Citation[]).push(cite(first, 'incident'));
    }
    review.push({ path: 'incidents[0]', reason: 'name, summary, quantities, data categories and parties are drafted from the sentences about a breach: check each' });
  }

  // The regulator as the dataset names it when the dataset knows it (its name is cited there);
  // otherwise by the fullest form this article writes, cited here.
  function regulatorEntry(known: KnownRegulator, index: number): Json {
    const path = `regulators[${index}].name`;
    const firstMention = regulatorMentions.find((m) => m.regulator === known)!;
    const abbreviation = known.abbreviation === null ? undefined : sentences.find((s) => new RegExp(`(?<![\\p{L}])${known.abbreviation}(?![\\p{L}])`, 'u').test(s.text));
    const abbreviationCitation = abbreviation ? [cite(abbreviation, 'abbreviation')] : [];
    const existing = context.regulators.get(known.id);
    if (existing) {
      return { id: known.id, name: existing.name, abbreviation: known.abbreviation, citations: abbreviationCitation.length > 0 ? abbreviationCitation : [cite(firstMention.sentence)] };
    }
    for (const name of [known.name, ...known.names]) {
      // Found as the compiler will look for it (src/seeds/compile.ts checks names the same way).
      const naming = sentences.find((s) => foldName(s.text).includes(foldName(name)));
      if (!naming) continue;
      if (name !== known.name) review.push({ path, reason: `the article calls the regulator "${name}"; its usual name is "${known.name}"` });
      return { id: known.id, name: name === known.name ? known.name : name, abbreviation: abbreviation ? known.abbreviation : null, citations: [cite(naming, 'name'), ...abbreviationCitation] };
    }
    if (abbreviation) {
      review.push({ path, reason: `the article names the regulator only as ${known.abbreviation}; its name is "${known.name}"` });
      return { id: known.id, name: known.abbreviation!, abbreviation: known.abbreviation, citations: [cite(abbreviation, ['name', 'abbreviation'])] };
    }
    review.push({ path, reason: `the article calls the regulator only "${firstMention.text}"; its name is "${known.name}"` });
    return { id: known.id, name: firstMention.text, abbreviation: null, citations: [cite(firstMention.sentence, 'name')] };
  }

  const record = {
    source: { id: sourceId, title: null, publisher: null, author: null, stated_date: null },
    regulators: regulator ? (actingRegulators.length > 0 ? actingRegulators : [regulator.regulator]).map((r, i) => regulatorEntry(r, i)) : [],
    organisations: [...organisations.values()].map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, citations: o.citations })),
    incidents,
    penalties,
    review,
  };
  if (ignoredMoney.length > 0) {
    review.push({
      path: 'penalties',
      reason: `amounts not taken as an action's: ${ignoredMoney.map((m) => `"${m.mention.text}" (${m.reason})`).join('; ')}`,
    });
  }
  return { record, review };
}

/** Whether `at` falls inside a quotation that opens earlier in `sentence`. */
// The word a body's name carries for its country: "Greystone Analytics UK Ltd" is the British unit.
const countryMarkers: Record<string, RegExp> = {
  British: /\b(?:UK|U\.K\.|Britain|British|England)\b/u,
  UK: /\b(?:UK|U\.K\.|Britain|British|England)\b/u,
  Irish: /\b(?:Ireland|Irish)\b/u,
  Dutch: /\b(?:Nederland|Netherlands|Holland|B\.V\.|BV)\b/u,
  French: /\b(?:France|SAS|SARL)\b/u,
  German: /\b(?:Deutschland|Germany|GmbH)\b/u,
  Spanish: /\b(?:España|Espana|Spain|S\.L\.)\b/u,
  Italian: /\b(?:Italia|Italy|S\.p\.A\.|S\.r\.l\.)\b/u,
  Swedish: /\b(?:Sverige|Sweden|AB)\b/u,
  Norwegian: /\b(?:Norge|Norway|AS|ASA)\b/u,
  Danish: /\b(?:Danmark|Denmark|A\/S|ApS)\b/u,
  Polish: /\b(?:Polska|Poland|[Ss]p\. z o\.o\.)\b/u,
  Belgian: /\b(?:Belgique|België|Belgium)\b/u,
};

// The words before a body's other name: "which trades as", "t/a", "formerly", "since renamed".
const aliasCue = /\b(?:trad(?:es|ed|ing) (?:online )?as|t\/a|formerly(?: known as| called)?|previously (?:known as|called)|renamed(?: as)?|now (?:called|known as|trading as)|rebranded as|under the (?:brand|name|trading name))\s+["“]?$/iu;

// The words before a name that make it a parent or an owner, never the one acted against: "fined the
// Irish subsidiary of Corvid Inc", "the arm of the listed X", "owned by X".
const ownerOf = /\b(?:(?:subsidiary|subsidiaries|arm|unit|division|branch|offshoot|affiliate|part|member)\s+of|owned by|parent(?: company)?,?)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/iu;

function insideQuotation(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return (before.match(/“/gu)?.length ?? 0) > (before.match(/”/gu)?.length ?? 0) || (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}

// A line of its own without a full stop: a headline, a byline, a dateline.
const isHeading = (sentence: Sentence) =>
  (!/[.!?"”]$/u.test(sentence.text) ||
    // "Klaverblad Thuiszorg B.V." on a line of its own: the full stop is the company form's.
    (/(?:B\.V|N\.V|S\.A|S\.A\.S|S\.L|S\.p\.A|S\.r\.l|o\.o|A\.G|Inc|Corp|Ltd|Co)\.$/u.test(sentence.text) && sentence.text.length < 80 && !/\s(?:is|was|has|have|had|were|are|said|says)\s/u.test(sentence.text))) &&
  sentence.text.length < 160 &&
  !isBullet(sentence);
// "- Marten Media Ltd: £40,000": an item of a list, which reads as a sentence.
const isBullet = (sentence: Sentence) => /^[-•*]\s/u.test(sentence.text);

// A clause ends at a semicolon, a dash, or a comma before a conjunction.
const clauseBreak = /;|\s[—–-]\s|,\s(?:but|while|whereas|although|and|which|who|after|as|including|with)\b|\bbut\b|\bwhile\b/giu;
function clauseStart(text: string, sentenceStart: number, at: number): number {
  let start = sentenceStart;
  for (const m of text.slice(sentenceStart, at).matchAll(clauseBreak)) start = sentenceStart + m.index + m[0].length;
  return start;
}
function clauseEnd(text: string, at: number, sentenceEnd: number): number {
  const m = clauseBreak.exec(text.slice(at, sentenceEnd));
  clauseBreak.lastIndex = 0;
  return m ? at + m.index : sentenceEnd;
}
