// Proper names in an article: which capitalised phrases are organisations, and which are people
// or places (compromise's lexicon knows first names, titles and places; our rules know company
// suffixes, regulators and the words reports capitalise without naming anyone).
import nlp from 'compromise';

export interface NameSpan {
  start: number;
  end: number;
  name: string;
}

// Capitalised words that do not start an organisation's name.
const notNames = new Set(
  (
    'The A An This That These Those It Its It’s It\'s In On At By For From With Without But And Or If As After Before When While Where Which Who ' +
    'Their They He She We Our Us I You Your His Her Mr Mrs Ms Dr Sir Lord Lady Read Photo Shares Share However Meanwhile Although Also ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'UK EU US USA Europe European Britain England Scotland Wales Ireland France Germany Netherlands Spain Italy ' +
    'GDPR PECR Data Protection Act Regulations Regulation Commissioner Deputy Chief Executive Director Head Officer Court Tribunal Judge Police ' +
    'Information Office Authority Commission Government Minister Secretary Council Trust NHS Today Yesterday Last Next Under Over More Most Some Several ' +
    'Customers Customer Staff Company Firm Group Board Members Speaking Asked According Following Despite During Since Until Once Both Each Every All Not No ' +
    'Fortunately Unfortunately Earlier Later Now Then There Here What How Why Magistrates Crown ' +
    'Because Around About Approximately Nearly Almost Only Many Among Between Across Within Including Instead Separately Additionally Elsewhere ' +
    'Overall Previously Recently Currently Initially Finally First Second Third Last Update Updated Published Posted Notes Note Contact Ends ' +
    'People Person Customers Patients Residents Staff Users Members Hospital Hospitals None Type Types Sector Sectors Date Category Categories Tags Topics Section Reference Source Sources Two Three Four Both Neither Either ' +
    // What a headline calls a firm before it names it ("Supplier faces half-million-pound fine").
    'Supplier Suppliers Retailer Retailers Lender Lenders Insurer Insurers Charity Charities Contractor Contractors Vendor Vendors Processor Processors ' +
    'Watchdog Watchdogs Regulator Regulators Firm Firms Companies Business Businesses Operator Operators Provider Providers Landlord Landlords Employer Employers'
  ).split(' '),
);

// A company form written with full stops or a slash, after a name: "B.V.", "Sp. z o.o.", "A/S".
const dottedCompanyForm = /^\s+(?:[Ss]p\.\s?z\s?o\.\s?o\.|B\.V\.|N\.V\.|S\.A\.S\.|S\.A\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|A\.G\.|A\/S|d\.o\.o\.|d\.d\.|s\.r\.o\.|a\.s\.)(?![\p{L}])/u;

const institutionHeads = new Set(['NHS', 'Police', 'Hospital', 'Council']);

// Capitalised words that end a name: headlines capitalise every word ("Ticketmaster Following
// Customer Data Leak"), and these are the ones that follow a name there.
const breakers = new Set(
  'NOK SEK DKK EUR GBP USD CHF Following After Over Under For From With To By In On At As Fined Fines Fine Fining Issues Issued Hit Hits Gets Faces Faced Penalty Penalties Reprimand Reprimanded Reprimands Ordered Told Says Said Admits Loses Wins Appeals Appeal Cut Cuts Reduced Slapped Handed Breach Leak Attack Hack Breach'.split(' '),
);

// The last word of a body's name: after it, "and" starts another name.
const bodySuffix = /^(?:Police|Constabulary|Council|Trust|Ltd|Limited|plc|Inc|LLP|Group|Authority|University|College|School|Service|Services|Board|Agency|Department|Ministry|Office|Bank|Hospital|Company|Corporation|Municipality)$/u;

// Words that may join the capitalised words of one name: "Tamsin & Rowe", "Bank of Ireland".
// "Università degli Studi di Monteverde", "Kessler & Sohn", "Verband für Datenschutz".
const joiners = new Set(['&', 'and', 'of', 'de', 'du', 'la', 'le', 'van', 'von', 'der', 'for', 'y', 'di', 'da', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'des', 'do', 'dos', 'das', 'und', 'für']);
// "St Aldhelm's Academy Trust", "King's College": a possessive inside a name that a body's word ends.
const bodyAfterPossessive = /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:Academy|Academies|Trust|College|School|Hospital|Hospice|Bank|University|Church|Foundation|Surgery|Practice)\b/u;

const word = /[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}'’.&-]*|&/gu;
// A figure ("1.2", "400") is not part of a name; "3M" or "O2" is.
// "U.S" and "U.K" are places, not names.
const capitalised = (w: string) => !/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(w) && (/^\p{Lu}/u.test(w) || /^\p{N}+\p{L}/u.test(w) || /^\p{Ll}{1,5}\p{Lu}\p{Ll}/u.test(w) || /^[a-z]+\.(?:co\.uk|com|org|net|io)$/u.test(w)) && !/^\p{N}[\p{N}.,]*$/u.test(w);

/** Runs of capitalised words in `text` (offset by `base`), with joiners inside and possessives cut. */
export function capitalisedPhrases(text: string, base = 0): NameSpan[] {
  const words = [...text.matchAll(word)].map((m) => ({ text: m[0].replace(/[.’']+$/u, ''), start: m.index, end: m.index + m[0].replace(/[.’']+$/u, '').length }));
  const phrases: NameSpan[] = [];
  let i = 0;
  while (i < words.length) {
    // "NHS Fife", "Police Scotland": an institution's word starts a name when a capitalised word follows it.
    const institutionHead = institutionHeads.has(words[i]!.text) && i + 1 < words.length && capitalised(words[i + 1]!.text) && /^\s+$/u.test(text.slice(words[i]!.end, words[i + 1]!.start));
    if (!capitalised(words[i]!.text) || (notNames.has(words[i]!.text.replace(/(?:’s|'s)$/u, '')) && !institutionHead)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      if (dottedCompanyForm.test(text.slice(words[j]!.end))) break;
      const gap = text.slice(words[j]!.end, words[j + 1]!.start);
      if (!/^[\s-]*$/u.test(gap) || /\n/u.test(gap)) break;
      const next = words[j + 1]!.text;
      if (/(?:’s|'s)$/u.test(words[j]!.text) && !bodyAfterPossessive.test(text.slice(words[j]!.end))) break;
      const suffix = /^(?:plc|ltd|llp|limited|inc|gmbh|sas|sarl|bv|nv|ag|spa|ab|asa|oy|aps|dac|municipality|kommune|s\.l|s\.a|s\.p\.a|s\.r\.l)$/iu.test(next.replace(/(?:’s|'s)$/u, ''));
      if (suffix || (capitalised(next) && !/^(?:The|A|An|But|And|Or|If|It)$/u.test(next) && !breakers.has(next.replace(/(?:’s|'s)$/u, '')))) {
        j += 1;
      } else if (
        joiners.has(next) &&
        // "Saxby and Rowe" is one name; "Westmoor Police and Ashcombe Borough Council" is two.
        !(next === 'and' && bodySuffix.test(words[j]!.text)) &&
        j + 2 < words.length &&
        capitalised(words[j + 2]!.text) &&
        /^\s+$/u.test(text.slice(words[j + 1]!.end, words[j + 2]!.start))
      ) {
        j += 2;
      } else {
        break;
      }
    }
    let start = words[i]!.start;
    let last = words[j]!;
    // "Velora Fitness B.V.", "Mediplus Diagnostyka sp. z o.o.": a company form written with full
    // stops ends the name.
    const dottedForm = dottedCompanyForm.exec(text.slice(last.end));
    if (dottedForm) {
      last = { ...last, end: last.end + dottedForm[0].length };
      while (j + 1 < words.length && words[j + 1]!.start < last.end) j += 1;
    }
    // "Atlanta-based Marlow Hospitality": the place is not part of the name.
    const based = /^[\p{L}-]+-based\s+/u.exec(text.slice(start, last.end));
    if (based && start + based[0].length < last.end) start += based[0].length;
    const raw = text.slice(start, last.end).replace(/(?:’s|'s)$/u, '');
    if (!/-based$/u.test(raw)) phrases.push({ start: base + start, end: base + start + raw.length, name: raw });
    i = j + 1;
  }
  return phrases;
}

/** The people compromise recognises, and the places it recognises that are not bodies ("Eastmere Borough Council" is an organisation). */
export function peopleAndPlaces(text: string): { people: Set<string>; places: Set<string> } {
  const doc = nlp(text);
  const people = new Set<string>();
  const places = new Set<string>();
  const clean = (term: string) => term.replace(/[.,;:!?"“”]+$/u, '').replace(/(?:’s|'s)$/u, '').trim();
  for (const term of doc.people().out('array') as string[]) if (clean(term)) people.add(clean(term));
  for (const term of doc.places().out('array') as string[]) {
    const place = clean(term);
    if (place && !/\b(?:Council|Borough|Trust|Authority|Police|Service|Services|Board|Group|Bank|Hospital|University|College|School|Academy|Academies|Municipality|municipality|kommune|NHS|Ltd|Limited|plc|Inc)\b/u.test(place)) places.add(place);
  }
  return { people, places };
}
