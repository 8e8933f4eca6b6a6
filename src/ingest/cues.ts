// The words the ingest assistant reads actions by: what marks a fine and what marks money that is
// not one, proposals and final figures, the type and status of an action, who an action points at,
// and the names that say a body is one. Rules only; src/ingest/extract.ts applies them.
import type { PenaltyStatus, PenaltyType } from '../vocabulary.js';

export const fineCue = /\b(?:fine[sd]?|fining|penalt(?:y|ies)|penalis(?:ed|es)|penaliz(?:ed|es)|ordered to pay|pay|paid|sanction(?:ed)?|notice of intent|demand)\b/iu;
// Money that is not an enforcement action's amount, by the words around it.
export const notPenaltyCues: [string, RegExp][] = [
  ['a share price or market value', /\b(?:shares?|stock|share price|market value|valuation|valued at|market cap)\b|\d+(?:\.\d+)?p\b/iu],
  ['a cost, revenue or other sum', /\b(?:cost(?:s|ing)?|spent|spend|bill|compensation|damages|settle(?:ment|d)?|lawsuit|revenue|turnover|profits?|income|(?:in|of) sales|raised|funding|invest(?:ment|ed)?|salar(?:y|ies) of|(?:annual|yearly) salar(?:y|ies)|budget|victim surcharge|surcharge|legal fees|expenses|prize|voucher|bonus|ransom)\b/iu],
  ['a total across several actions', /\b(?:in (?:[\w-]+ ){0,2}(?:fines|penalties)|(?:fines|penalties|imposed|issued)\b[^.;]{0,60}\bsince (?:19|20)\d\d|fines? (?:totall?ing|worth)|total(?:led|ling)?|in total|altogether|combined|together worth|between them|collectively|so far|to date|across (?:\d[\d,]*|other|all|the|several|many) (?:\w+ )?(?:firms|companies|organisations|organizations|businesses|sectors?|industry|industries|region|cases)|fines for (?:19|20)\d\d|compared (?:with|to)|up from|versus|vs|(?:the|its|a|their) (?:\w+ )?register|taken together|other (?:firms|companies|organisations|organizations|retailers|businesses))\b/iu],
  ['a legal maximum', /\b(?:maximum|(?:may|can|must|cannot|could) not exceed|capped at|a cap of|(?:can|may|might)\s+(?:have\s+)?(?:been\s+)?(?:\w+\s+){0,2}(?:fine[sd]?|penalt(?:y|ies)|face|impose)|could (?:have )?(?:fine|impose|face)|could have been fined|up to [^.]{0,40}\bor \d+(?:\.\d+)?%|\d+(?:\.\d+)?% of (?:global |annual |worldwide )?(?:turnover|revenue))\b/iu],
  ['a fine considered but not imposed', /\b(?:consider(?:ed|ing)|weigh(?:ed|ing)|minded to|would have(?! to)|instead of|rather than|decided against|chose not)\b/iu],
  ['an early-payment discount', /\bif (?:it is |the (?:fine|penalty) is |they are |it was )?paid (?:by|within|before|early)\b|\bearly[- ]payment\b|\bprompt payment\b/iu],
  ['a price paid for something', /\bpay\s+(?:\S+\s+){0,2}for\s+(?:a|an|the|their|each)\s+(?:[\w-]+\s+)?(?:card|key|ticket|subscription|membership|licence|license|device|copy|upgrade)\b/iu],
  ['a daily or per-item charge', /\b(?:per day|each day|a day|daily|per (?:call|text|message|email|breach))\b|\bfor each\b/iu],
];
// "taking the penalties it has issued in 2024 to £1.9m", "this week's fines came to €2.7m": a sum of
// actions, told by the words just before the amount (after it, they would be about the next one).
export const totalBefore = /\b(?:(?:fines|penalties) of|(?:amounts?|sums?) (?:below|under|above|over|of up to|between)|(?:added|adds|add) up to|(?:came|comes|come) to|amount(?:ed|s)? to|(?:taking|takes|took|bringing|brings|brought) (?:the |its |their )?(?:[\w'’-]+ ){0,3}(?:total|tally|haul|fines|penalties)(?: [\w'’-]+){0,6} to)\s+(?:about|around|some|almost|nearly|more than|over|just over|just under)?\s*$/iu;
// A proposed figure: cue words just before the amount, or just after it.
export const proposalBefore = /\b(?:original(?:ly)?|initial(?:ly)?|propos(?:ed|es|ing|e)|planned|intended|provisional|first|fac(?:es|ing)|down from|reduced from|cut from|decreased from|lowered from|lower than|from an?)\s+(?:the\s+|a\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/iu;
export const proposalAfter = /^[^.;]{0,60}?\b(?:(?:had |was |were |it )?(?:originally |initially |first )?(?:proposed|planned|intended)|(?:it |had |it had )?(?:originally|initially) (?:warned|said|set|sought|announced|told)|notice of intent|provisional|demand|(?:sought|requested|recommended) by)\b/iu;
// A proposal named anywhere before the amount in its clause: "a notice of intent to fine X, a firm, £85,000".
export const proposalClause = /\b(?:notice of intent|proposed (?:\w+ )?(?:penalty|fine|sanction|amount)|recommend(?:s|ed|ing)? (?:that (?:it|they|the \w+) be fined|an? (?:\w+ )?fine)|recommended fine|could be fined|faces? (?:an? )?(?:proposed |possible )?fine|(?:intends?|intended|proposes?|proposed|plans?|planned|minded) to (?:fine|impose|issue|levy)|notified [^.;]{0,60}\bintend|rapporteur|(?:sought|requested|recommended) by|provisional(?:ly)?|draft decision|preliminary)\b/iu;
export const finalBefore = /\b(?:(?:reduced|cut|lowered|decreased|halved|slashed)(?: (?:the|its|a) (?:fine|penalty|amount|figure|sum))? to|final|down to)\s+(?:the\s+|a\s+)?$/iu;

export const typeCues: [PenaltyType, RegExp][] = [
  ['prosecution', /\b(?:prosecut(?:ed|ion|es|ing)|pleaded guilty|pleading guilty|pleads guilty|convicted|magistrates|crown court|sentenced)\b/iu],
  ['reprimand', /\breprimand(?:ed|s)?\b/iu],
  ['enforcement_notice', /\b(?:enforcement notices?|stop now order|order(?:ed|s)? (?:[\w’'&.-]+ ){0,4}?to (?:stop|comply|delete|erase|bring|put|change|cease|strengthen|improve|notify|tell|inform|encrypt|train|appoint|carry out|review)|compliance order|order to comply)\b/iu],
  ['undertaking', /\bundertakings?\b/iu],
];

export const statusCues: [PenaltyStatus, RegExp][] = [
  ['overturned', /\b(?:overturn(?:ed|s)?|quash(?:ed|es)?|set aside|annull?(?:ed)?|struck down|allowed (?:the|its|an|[\p{L}-]+['’]s) appeal|won (?:its|an|the|their) appeal|acquitted|cancell?ed the (?:fine|penalty|decision))\b/iu],
  ['upheld', /\b(?:(?:upheld|uphold(?:s|ing)?) (?:the |its |a |an )?(?:\S+ ){0,6}(?:fine|penalty|decision|notice|reprimand|order|sanction)|(?:fine|penalty|decision|notice|reprimand|order|sanction) (?:that |which )?(?:was |has been |is |had been |were )?upheld|(?:dismissed|rejected|threw out) (?:the|its|an|a|[\p{L}-]+['’]s) (?:appeal|complaint|challenge)|lost (?:its|the|an|their) appeal|appeal (?:was|has been|had been|were) (?:dismissed|rejected|thrown out|refused)|ruled that the (?:ICO|regulator|watchdog|Commissioner|authority) (?:had been|was) right|sided with the (?:ICO|regulator|watchdog|Commissioner|authority)|(?:ruled|found) in (?:the )?(?:ICO|regulator|watchdog|Commissioner|authority)['’]s favour|(?:ruled|found) in favour of the (?:ICO|regulator|watchdog|Commissioner|authority))\b/iu],
  ['withdrawn', /\b(?:(?:withdrew|has withdrawn|had withdrawn|rescinded|revoked|dropped) (?:the |its |a |an )?(?:\S+ ){0,3}(?:fine|penalty|notice|reprimand|decision)|(?:fine|penalty|notice|reprimand|decision) (?:was |has been |had been |were |have been )?(?:withdrawn|rescinded|revoked|dropped))\b/iu],
  ['under_appeal', /\b(?:(?:will|would|(?:is|are|plans?|plann(?:ed|ing)|intends?|going|decided|set|wants?|expects?|company|firm|group|lender|bank|insurer|retailer) to)\s+appeal|will be appealing|(?:is|are|was) appealing|has appealed|have appealed|lodged an appeal|filed an appeal|launched an appeal|under appeal|appealing against|(?:is|are) (?:challenging|contesting)|has (?:challenged|contested)|(?:will|would|plans to|intends to|is to|is going to|decided to) (?:challenge|contest) (?:the|its|this|that) (?:\S+ ){0,3}?(?:fine|penalty|decision|ruling|reprimand|notice|order)|(?:lodged|filed|raised|submitted) an objection|(?:ask|asked|asking|apply|applied|petition(?:ed)?) (?:the )?[^.]{0,40}?\bto (?:annul|overturn|quash|set aside|review)|appeal (?:is|was) (?:due|expected|set|scheduled) to be heard|appeal (?:is|remains) pending|pending (?:an |the |its )?appeal)\b/iu],
];
// "will really want to overturn", "if the fine is upheld": a hope or a condition, not a ruling.
export const noRuling = /\b(?:if|unless|whether|want(?:s|ed)? to|seek(?:s|ing)? to|sought to|tr(?:y|ies|ying|ied) to|bid to|attempt(?:s|ed|ing)? to|hop(?:e|es|ed|ing) to|aim(?:s|ed|ing)? to|ask(?:s|ed|ing)? [^.]{0,30}\bto|could|would|might|may)\s+(?:\S+\s+){0,4}$/iu;
export const noAppeal = /\b(?:can|could|may|might|has (?:\w+ ){1,3}to|right to|time to|until)\s+appeal\b|\b(?:not|n’t|n't|never|no (?:plans|intention))\b[^.]{0,30}\b(?:appeal|challeng|contest)|\bdecided against appealing|\bwithout appeal/iu;

export const causeCue = /\b(?:failed to|did not|had not|hadn’t|hadn't|not (?:required|used|encrypted|protected|deleted)|unencrypted|without encryption|because|due to|caused by|as a result of|human error|vulnerabilit(?:y|ies)|weak passwords?|in error|by mistake|inadequate|insufficient|lack of)\b/iu;
// Words that show whom an action is against, around a name. Before it: the regulator's verb
// ("fined X", "slapped X with", "told X to pay", "fined its Warsaw subsidiary, X,").
export const actorBeforeName = /\b(?:acquitted|convicted|fine[sd]?(?!\s+(?:after|over|for|of|on|from|in|against|by|with|as|to)\b)|fining|penalis(?:ed|es)|penaliz(?:ed|es)|reprimand(?:ed|s)?|issued|served|sanction(?:ed|s)|prosecut(?:ed|es)|ordered|hit|slapped|handed|gave|told|censured)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:(?<=\s)(?:[\p{L}-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?$/iu;
// After it, what stands between the name and its verb: a possessive, a bracket ("(trading as
// Cheapo)"), an apposition between commas or dashes ("X, which runs clinics in A, B and C, was").
const betweenSubjectAndVerb = String.raw`(?:’s|'s)?\s*(?:\([^)]{0,80}\)\s*)?(?:(?:in|of|from)\s+\p{Lu}[\p{L}-]+\s+)?(?:(?:,[^,.;]{1,90}){1,3},\s*|,\s*|[–—]\s[^–—]{1,90}\s[–—]\s*)?`;
// "was last week fined", "has today been issued with": a few words, never "not" or "never".
const fewWords = String.raw`(?:(?!not\b|never\b)[a-z]+\s+){0,3}?`;
export const subjectOfPenalty = new RegExp(
  String.raw`^${betweenSubjectAndVerb}(?:has|have|had|was|were|is|are|will|would)\s+${fewWords}(?:been\s+|be\s+)?(?:\w+ly\s+)?(?:fined|reprimanded|ordered|issued|served|prosecuted|given|handed|hit|penalised|penalized|sanctioned|told|slapped|censured)\b`,
  'iu',
);
export const subjectOfUndertaking = new RegExp(String.raw`^${betweenSubjectAndVerb}(?:has\s+|had\s+)?(?:signed|agreed to|given|entered into|pleaded guilty|admitted)\b`, 'iu');
export const subjectOfPayment = new RegExp(
  String.raw`^${betweenSubjectAndVerb}(?:(?:has|have|had|was|were|is|are|will|would)\s+${fewWords})?(?:received|receives|faces|must pay|(?:has|have|will have|would have|was told|was ordered|agreed|is|are|is set) to pay|will pay|accepted|agreed to)\b`,
  'iu',
);
// "a decision unrelated to data protection", "a consumer-law matter": said of another body's action.
export const unrelatedMatter = /\b(?:unrelated to (?:data protection|the breach|privacy)|not related to (?:data protection|the breach)|consumer[- ]law matter|competition[- ]law matter)\b/iu;
// The kinds of action a sentence can name.
export const actionKinds = [/\b(?:fine[sd]?|penalt(?:y|ies))\b/iu, /\breprimand/iu, /\bundertaking/iu, /\benforcement notice/iu, /\bprosecut/iu];
// A company's legal form at the end of its name.
export const legalForm = /\s(?:Ltd|Limited|plc|PLC|Inc|LLP|LLC|GmbH|SAS|SARL|SA|S\.A\.S\.|S\.A\.?|AB|AS|ASA|DAC|BV|NV|AG|B\.V\.|N\.V\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|[Ss]p\. z o\.o\.|A\/S|ApS|d\.o\.o\.|Oy|Oyj|UAB)$/u;
// A country is where a body is, never the body.
export const countries = /^(?:Poland|France|Germany|Spain|Italy|Norway|Sweden|Denmark|Finland|Ireland|the Netherlands|Netherlands|Belgium|Austria|Portugal|Greece|Switzerland|Luxembourg|Czechia|Czech Republic|Hungary|Romania|Bulgaria|Croatia|Slovenia|Slovakia|Estonia|Latvia|Lithuania|Iceland|United Kingdom|United States|America|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|Europe|China|Japan|India|Canada|Australia|Brazil|South Korea)$/u;
// Bodies a report names beside an action that are never what it is against: registers and
// services ("people registered with the Telephone Preference Service"), police agencies, and a
// regulator's own chambers ("the Litigation Chamber", "the restricted committee").
export const bystanders = /^(?:the\s+)?(?:(?:Corporate\s+)?Telephone Preference Service|Mailing Preference Service|Fax Preference Service|TPS|CTPS|Action Fraud|National Crime Agency|National Cyber Security Centre|NCSC|Companies House|Litigation Chamber|Restricted Committee|Sanctions Committee)$/u;
// News agencies and services credited in a story are never its subject.
export const newsServices = /^(?:the\s+)?(?:Local Democracy Reporting Service|PA Media|PA|Press Association|Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|BBC News|Sky News)$/u;
// A name that says it is a body: a company form or an institution's word.
export const bodyName = /\b(?:Ltd|Limited|plc|PLC|Inc|LLP|LLC|GmbH|SAS|SARL|S\.L|S\.A|S\.p\.A|AB|ASA|ApS|Oy|Oyj|DAC|BV|NV|AG|[Kk]ommune|Group|Holdings|Trust|Council|Police|Constabulary|University|College|Department|Ministry|Agency|Authority|Bank|Company|Corporation|Partners|Solutions|Services|Systems|Technologies)\b/u;
export const breachCue = /\b(?:breach(?:es|ed)?|attack(?:s|ed|ers)?|hack(?:ed|ers?|ing)?|cyber[- ]?attack|exposed|leak(?:ed)?|stolen|stole|compromised|ransomware|phishing|unauthori[sz]ed access|lost|sent to the wrong|disclosed|nuisance calls?|unsolicited|spam|marketing (?:calls|texts|emails|messages))\b/iu;

// The kinds of body a report names by their kind ("the force", "an NHS trust", "the two
// councils"), each with the word its name carries.
// (Whole words by letters, not \b, which does not know "Università" ends at its "à".)
const bodyKinds: Record<string, RegExp> = {
  force: /(?<![\p{L}])(?:Police|Constabulary)(?![\p{L}])/u,
  police: /(?<![\p{L}])(?:Police|Constabulary)(?![\p{L}])/u,
  council: /(?<![\p{L}])(?:Council|[Kk]ommune|[Kk]ommun|Comune|Ayuntamiento|Gmina)(?![\p{L}])/u,
  trust: /(?<![\p{L}])Trust(?![\p{L}])/u,
  university: /(?<![\p{L}])(?:University|Università|Universidad|Universität|Université|Universiteit|Uniwersytet)(?![\p{L}])/u,
  college: /(?<![\p{L}])College(?![\p{L}])/u,
  school: /(?<![\p{L}])(?:School|Academy|Szkoła|Scuola|Escuela|Schule|École|Skole|Skola)(?![\p{L}])/u,
  hospital: /(?<![\p{L}])(?:Hospital|Trust)(?![\p{L}])/u,
  department: /(?<![\p{L}])(?:Department|Ministry)(?![\p{L}])/u,
  ministry: /(?<![\p{L}])Ministry(?![\p{L}])/u,
  authority: /(?<![\p{L}])(?:Authority|Council)(?![\p{L}])/u,
  // A health board is often named without the word ("NHS Glenmorven").
  board: /(?<![\p{L}])(?:Board|NHS)(?![\p{L}])/u,
};
/** The word a body of this kind ("force", "universities") carries in its name, if it is a public body's kind. */
export const bodyKind = (word: string): RegExp | undefined => bodyKinds[word.toLowerCase().replace(/ies$/u, 'y').replace(/(?<=[a-z]{3})s$/u, '')];
/** Whether a name is a public body's ("Brantwood University", "Harlow Vale Police"). */
export const isPublicBody = (name: string) => Object.values(bodyKinds).some((word) => word.test(name));

// What a person prosecuted in their own right is said to be: "a former receptionist", "the firm's
// managing director".
export const occupation = /(?:director|owner|employee|manager|boss|officer|worker|receptionist|adviser|advisor|handler|nurse|clerk|assistant|administrator|agent|consultant|trader)\b/;
// A person, not a body: whose own fine or prosecution a report may tell beside the firm's.
export const personRole = /\b(?:director|directors|owner|employee|manager|boss|chief executive|officer|worker|man|woman|he|she)\b/iu;
// "Its sole director, Darren Pollick, was separately fined": the words before a person's own fine.
export const personFined = new RegExp(String.raw`${personRole.source}[^.;]{0,80}\b(?:was|has been|were|had been)\s+(?:\w+\s+)?(?:fined|ordered to pay)\s+(?:more than\s+|over\s+)?$`, 'iu');
