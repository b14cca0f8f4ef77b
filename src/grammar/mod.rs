//! The language data: speech verbs, titles and roles, pronouns, quote marks,
//! attribution patterns, contrast cues and antonyms.
//!
//! Every table is a plain text file under `grammars/<lang>/`, parsed with nom
//! ([`parse`]), embedded in the binary ([`builtin`]) and replaceable at run
//! time by handing other texts to [`Grammar::from_sources`]. The library does
//! no I/O: the CLI reads an override directory and passes the texts in.

pub mod builtin;
pub mod parse;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};

use rustc_hash::FxBuildHasher;

/// A table keyed by lower-case words, with a fast hash.
pub type WordMap<T> = HashMap<String, T, FxBuildHasher>;
/// A set of lower-case words, with a fast hash.
pub type WordSet = HashSet<String, FxBuildHasher>;

pub use builtin::FILE_NAMES;
pub use parse::GrammarError;

/// How a speech verb frames what it reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Framing {
    /// said, told, added
    Neutral,
    /// insisted, stressed, declared
    Assertive,
    /// claimed, alleged
    Distancing,
    /// denied, dismissed, rejected
    Denial,
}

impl Framing {
    /// The name used in grammar files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Framing::Neutral => "neutral",
            Framing::Assertive => "assertive",
            Framing::Distancing => "distancing",
            Framing::Denial => "denial",
        }
    }
}

/// The grammatical form of one inflection of a speech verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerbForm {
    /// say
    Base,
    /// says
    Present3,
    /// said (simple past and past participle alike)
    Past,
    /// saying
    Gerund,
}

/// One speech verb of `speech_verbs.txt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verb {
    /// The dictionary form: "say".
    pub lemma: String,
    /// How the verb frames its content.
    pub framing: Framing,
    /// It can introduce or close a quotation with quote marks ("…," she said).
    pub quotes: bool,
    /// It can report speech without quote marks (she said that …).
    pub reports: bool,
    /// It takes the hearer as a bare object: "told AFP", "informed Kunbolat".
    pub recipient: bool,
    /// It reports an intention or stance with `to`: "wants to", "refused to".
    pub infinitive: bool,
    /// Its bare noun-phrase object is the stance reported: "endorsed
    /// Clinton", "criticized the plan".
    pub object: bool,
    /// A noun after it opens the clause of what was said, with no `that`
    /// and no listed finite verb: "says officers patrol the park".
    pub clause: bool,
    /// It gives a thing its name: as a participle right before a quote
    /// ("a group called "…"", "a show titled "…"") it quotes a name, not
    /// speech.
    pub naming: bool,
    /// It gives the writer's impression, not anyone's words: the clause,
    /// subject and verb included, is the claim, and names no speaker ("the
    /// plan seemed doomed", "the race appeared close").
    pub impression: bool,
    /// The object of `to` after it is what it is about: "referred to the
    /// ruling", "pointed to the polls", "responded to the attack".
    pub to: bool,
    /// Its hearer and the infinitive after it are what was urged, as one
    /// claim: "urged voters to stay home", "implored the council to act".
    pub directive: bool,
    /// Its -s and base forms are more often nouns ("terror attacks",
    /// "coastal states", "home state"): they report only after a pronoun
    /// ("she attacks"), `to` or a modal, or before a clause or the end of an
    /// attribution ("the document states that …").
    pub noun: bool,
    /// What it puts out is a document or a speech ("issued a statement",
    /// "delivered a speech"): an object that is one (a word of the
    /// `document` class heads it) holds what was said, and is not it.
    pub issue: bool,
    /// It reports its object when that is a reflexive pronoun, with what
    /// the subject is cast as ("cast himself as an outsider", "presents
    /// herself as a physician"); with no `report`, only then.
    pub reflexive: bool,
    /// A preposition right after it opens an occasion, a medium or whom the
    /// words are about, never what was said: "said on stage", "said of
    /// Trump" (but "spoke about the economy"): see the
    /// `occasion_preposition` class.
    pub occasion: bool,
    /// Its hearer is the object of `on` right after it, and the hearer and
    /// the infinitive after it are what was urged, as one claim: "called on
    /// Congress to act".
    pub appeal: bool,
    /// It reports only with a word of the `speech_complement` class after
    /// it, or after `it`: "made clear that …", "made it clear that …".
    pub complement: bool,
    /// Its object is someone else's account, which a pronoun or a noun of
    /// the `charge` class may stand for: "Becker **denied** it" rebuts
    /// whoever spoke before.
    pub rebuts: bool,
}

/// What a word of `people.txt` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonWordKind {
    /// Mr, Ms, Dr, Sen.
    Honorific,
    /// ambassador, diplomat, spokesman, student: a role noun naming one person.
    Role,
    /// rights groups, officials, police: a collective speaker.
    Group,
    /// newspaper, embassy, ministry: an institution that can speak.
    Institution,
    /// al-, bin, van, de, von: lower-case particles inside a proper name.
    Particle,
}

/// Grammatical gender, where the text or the word states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// he, Mr, spokesman
    Male,
    /// she, Ms, spokeswoman
    Female,
    /// they, it, or unstated
    Unknown,
}

/// Grammatical number of a pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Number {
    /// he, she, it
    Singular,
    /// they, we
    Plural,
}

/// One entry of `people.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonWord {
    /// Kind of word.
    pub kind: PersonWordKind,
    /// Gender the word implies, if any.
    pub gender: Gender,
}

impl PersonWord {
    /// Whether the word names a body (`company`, `ministry`, `Authority`):
    /// the institution kind of `people.txt`.
    pub fn is_institution(&self) -> bool {
        self.kind == PersonWordKind::Institution
    }
}

/// One group of `antonyms.txt`: any word of one side is opposed to any
/// word of the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Antonyms {
    /// Lower-case words or word beginnings (stems) of one side.
    pub left: Vec<String>,
    /// Those of the other side.
    pub right: Vec<String>,
    /// The words judge a person or an account (`innocent | guilty`, `truth
    /// | lies`): they oppose on a shared topic alone. Other groups oppose
    /// only where the two words are said of the same thing, a word near
    /// both ("win the primary" against "lose the primary").
    pub verdict: bool,
}

/// How a bound word sets a figure's number: `more than 1.4 million` is at
/// least that, `fewer than 300` at most.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// `more than`, `over`, `at least`.
    AtLeast,
    /// `fewer than`, `under`, `nearly`.
    AtMost,
}

/// The numbers and units of `figures.txt`, keyed by lower-case word.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    /// Number words and their values (`two`, `dozen`).
    pub numbers: WordMap<f64>,
    /// Words that multiply the number before them (`million`, `bn`).
    pub scales: WordMap<f64>,
    /// Words that make a number a bound (`more`, `fewer`).
    pub bounds: WordMap<Bound>,
    /// Words after a number that make it a share or a rate, no figure
    /// (`percent`, `points`).
    pub shares: WordSet,
    /// Units of a measure: the measure's name and the unit's size in its
    /// smallest unit (`hours` → `time`, 3600).
    pub units: WordMap<(String, f64)>,
}

/// One entry of `pronouns.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pronoun {
    /// Gender of the referent.
    pub gender: Gender,
    /// Number of the referent.
    pub number: Number,
    /// The pronoun can be the subject of a speech verb (he, she, they; not him).
    pub subject: bool,
    /// First person (I, me, my): outside quote marks it names the writer,
    /// no one in the text.
    pub first: bool,
    /// It names a body or a thing, never a person (it, its).
    pub thing: bool,
    /// The object that refers back to the subject (himself, themselves).
    pub reflexive: bool,
}

/// One pair of `quote_marks.txt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMarks {
    /// The opening mark.
    pub open: char,
    /// The closing mark.
    pub close: char,
    /// A single mark (' ‘ ‚ ‹): apostrophes must be told apart from it.
    pub single: bool,
}

/// One element of an attribution pattern (`patterns.txt`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Element {
    /// `QUOTE`: the quotation itself. Exactly once in every pattern.
    Quote,
    /// `SPEAKER`: a name, pronoun, role noun or group.
    Speaker,
    /// `CUE`: a speech verb form.
    Cue,
    /// `RECIPIENT`: the hearer after a verb that takes one ("AFP", "the Global Times").
    Recipient,
    /// `APPOSITIVE`: a comma-delimited aside after a name (", a China-born ethnic Kazakh ...,").
    Appositive,
    /// `ADVERB`: one adverb (-ly word or one of the listed ones: "also", "later").
    Adverb,
    /// `GAP`: any words up to the rest of the pattern, within the sentence
    /// (other quotes included): `QUOTE GAP "," SPEAKER CUE END`.
    Gap,
    /// `END`: the end of the sentence.
    End,
    /// `"words"`: literal words or punctuation, compared case-insensitively.
    Literal(Vec<String>),
}

/// One element with its repetition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// What to match.
    pub element: Element,
    /// `?` after the element: it may be absent.
    pub optional: bool,
}

/// An attribution pattern: a named sequence of items, one of them the quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// The rule name reported in the output ("quote_speaker_cue").
    pub name: String,
    /// Confidence of an attribution made by this pattern, in [0, 1].
    pub confidence: f32,
    /// The items, in text order.
    pub items: Vec<Item>,
}

impl Pattern {
    /// Index of the `QUOTE` item.
    pub fn quote_index(&self) -> usize {
        self.items
            .iter()
            .position(|item| item.element == Element::Quote)
            .expect("a parsed pattern has exactly one QUOTE")
    }
}

/// Declares the classes of `function_words.txt` once: the set of each in
/// [`FunctionWords`], its [`WordClass`], and its name in the file.
macro_rules! function_word_classes {
    ($($(#[$doc:meta])* $field:ident => $variant:ident,)*) => {
        /// The function words of `function_words.txt`, one set per class.
        #[derive(Clone, Debug, Default)]
        pub struct FunctionWords {
            $($(#[$doc])* pub $field: WordSet,)*
        }

        /// A class of words a rule tests a token for: a class of
        /// `function_words.txt`, or membership of another word list.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum WordClass {
            $(#[doc = concat!("[`FunctionWords::", stringify!($field), "`]")] $variant,)*
        /// [`Grammar::stopword_set`]
        Stopword,
        /// [`Grammar::abbreviation_set`]
        Abbreviation,
        /// [`Grammar::capital_abbreviation_set`]
        CapitalAbbreviation,
        /// [`Grammar::phrase_starts`]
        PhraseStart,
        }

        impl FunctionWords {
            /// The class names, as the file writes them.
            pub const CLASSES: &[&str] = &[$(stringify!($field),)*];

            /// Every class with its set.
            fn sets(&self) -> impl Iterator<Item = (WordClass, &WordSet)> {
                [$((WordClass::$variant, &self.$field),)*].into_iter()
            }

            /// The set of a class, by its name.
            pub(crate) fn class_mut(&mut self, name: &str) -> Option<&mut WordSet> {
                Some(match name {
                    $(stringify!($field) => &mut self.$field,)*
                    _ => return None,
                })
            }
        }
    };
}

function_word_classes! {
    /// Between a subject and its verb: "has said".
    auxiliary => Auxiliary,
    /// Adverbs that do not end in -ly.
    adverb => Adverb,
    /// Words that open a noun phrase.
    determiner => Determiner,
    /// Words opening a phrase that a comma closes before the subject.
    sentence_opener => SentenceOpener,
    /// Forms of "be" before a participle.
    progressive => Progressive,
    /// Prepositions: a noun phrase after one is no subject.
    preposition => Preposition,
    /// Prepositions that attach an organisation to a role.
    role_preposition => RolePreposition,
    /// Relative pronouns that can be subjects of a speech verb.
    relative => Relative,
    /// Pronouns and nouns that name a hearer.
    hearer => Hearer,
    /// Capitalized words that are never names.
    calendar => Calendar,
    /// Words that open a new clause after a comma.
    clause_break => ClauseBreak,
    /// Words before a base-form verb that keep it from reporting.
    not_reporting => NotReporting,
    /// Finite verbs that show a clause has begun.
    finite => Finite,
    /// Words that open a reported clause after the cue.
    complementizer => Complementizer,
    /// Prepositions that put a name in a place.
    locative => Locative,
    /// Words that start with an elision apostrophe.
    elision => Elision,
    /// Words that make a name an outlet.
    media => Media,
    /// Words that make a speaker an unnamed crowd.
    quantifier => Quantifier,
    /// Parts of a whole before `of`: "half of voters".
    fraction => Fraction,
    /// Words between a role noun and the name it introduces.
    role_link => RoleLink,
    /// Function words that end a noun phrase read leftwards.
    phrase_boundary => PhraseBoundary,
    /// Prepositions after a reporting verb that introduce what was said
    /// about or for: "called for", "spoke about", "warned against".
    topic_preposition => TopicPreposition,
    /// Prepositions that, after a verb flagged `occasion`, open an
    /// occasion, a medium or whom the words are about: "said on stage",
    /// "said of Trump".
    occasion_preposition => OccasionPreposition,
    /// Particles of phrasal reporting verbs, skipped after the verb:
    /// "pointed out that".
    particle => Particle,
    /// Words that make a verb flagged `complement` report: "made **clear**
    /// that", "made it **plain** that".
    speech_complement => SpeechComplement,
    /// Nouns of polls and studies that are the source of a finding: "in a
    /// new poll", "in the survey".
    evidence => Evidence,
    /// Nouns of a stance that report, after a possessor, what their
    /// preposition's object says: "Trump's criticism of the judge".
    stance_noun => StanceNoun,
    /// Adjectives of a stance that report, after a form of "be", what
    /// follows them: "critical of the plan", "confident that …".
    stance_adjective => StanceAdjective,
    /// Adjectives that never head a noun phrase: a phrase that ends in one
    /// has its noun still to come ("his incendiary remarks").
    adjective => Adjective,
    /// Labels of page notes that a colon follows, which name no speaker:
    /// "Update:", "Note:", "Photo:".
    label => Label,
    /// Nouns of a report that name a headline's source before its colon:
    /// "Report: Walker to speak".
    headline_source => HeadlineSource,
    /// Words that set a rough amount before a number or a quantity, which
    /// the head of a subject follows: "almost half", "nearly nine in 10".
    approximator => Approximator,
    /// Words that are a whole answer reported after a speech verb: "46
    /// percent said yes", "half said so".
    answer => Answer,
    /// Months, which may also be a word of a name after its first
    /// ("Ai Jun", "Anne March"), where no number follows.
    month => Month,
    /// Words that end a person's name: "Jr", "III".
    name_suffix => NameSuffix,
    /// Words that end a firm's name: "D.E. Shaw & Co.", "Mercury LLC".
    firm_suffix => FirmSuffix,
    /// Top-level domains, which make a one-word name a website:
    /// "Factcheck.org".
    web_domain => WebDomain,
    /// Verbs and adjectives that pass their subject, or the object after
    /// them, to an infinitive: "tried to", "is likely to", "has yet to",
    /// "led the mayor to".
    control => Control,
    /// Particles that end a phrasal verb after a quote: '"…," Lee shot
    /// back', 'her husband cut in'.
    trailing_particle => TrailingParticle,
    /// Conjunctions that may open a sentence before its subject: "But he
    /// said", "And yet".
    conjunction => Conjunction,
    /// Empty subjects, which speak for no one: "it seems", "there is".
    expletive => Expletive,
    /// Conjunctions that open a subordinate clause, whose verb is no verb of
    /// the words before it: "backed the plan because it would cut costs".
    subordinator => Subordinator,
    /// Words that set a time relative to now before a unit of time: "last
    /// week", "this year", "next month".
    relative_time => RelativeTime,
    /// Units of time after a relative word: "last week".
    time_unit => TimeUnit,
    /// Words after a span of time that place it before or after another
    /// time: "two weeks ago", "a month later".
    time_past => TimePast,
    /// Verbs that link a subject to what is said of it, as "be" does: "is
    /// critical of", "seemed eager to".
    linking => Linking,
    /// Verbs of aspect before a gerund, which then reports for their
    /// subject: "began boasting that".
    aspect => Aspect,
    /// Verbs of spending, whose time or money a gerund follows that then
    /// reports for their subject: "spent Thursday discussing".
    spend => Spend,
    /// Verbs that send a document on, beside the speech verbs flagged
    /// `issue` or `quote`: "sent an email saying …".
    dispatch => Dispatch,
    /// Words that end a noun-phrase object of a reporting verb, beside the
    /// calendar's: "criticized the plan yesterday".
    object_stop => ObjectStop,
    /// Party labels, nouns that may stand before a person's name and are no
    /// part of it: "Democrat Ana Ruiz".
    affiliation => Affiliation,
    /// Past tenses that do not end in -ed, of verbs other than speech verbs:
    /// "went", "took".
    irregular_past => IrregularPast,
    /// Plural nouns that do not end in -s, which take a plural verb: "data
    /// show", "women say".
    irregular_plural => IrregularPlural,
    /// Nouns of the terms on which someone speaks, after `on`: "spoke on
    /// condition of anonymity", "on background".
    speaking_terms => SpeakingTerms,
    /// Past participles by which a source asks not to be named ("asked not
    /// to be named", "requested not to be identified"): the terms of
    /// speaking, not a claim.
    anonymity => Anonymity,
    /// Nouns of a document or a speech, which hold what was said: "issued
    /// a statement", after a verb flagged `issue`.
    document => DocumentNoun,
    /// Nouns of a business, which a trailing attribution uses for the body
    /// its sentence opens with ("Harlow Motors will cut jobs, the carmaker
    /// said"); a later "the company" names the same body.
    business => Business,
    /// Words that end a business's name ("Brightwell Energy", "Ostrian
    /// Hydro"): where the story never introduces it by its noun, a later
    /// "the company" names the one body so named before it.
    business_name => BusinessName,
    /// Nouns of what someone was charged with or said, which a denial may
    /// take for its whole object: "Becker denied the accusation".
    charge => Charge,
    /// Quantifiers that stand alone for one of a group and take a verb's
    /// -s form: "Another says …".
    singular_quantifier => SingularQuantifier,
    /// Nouns of whoever runs or owns a thing: after `its`, the one body the
    /// story names with an operating verb ("its operator said").
    operator_noun => OperatorNoun,
    /// Verbs of running or owning a thing: "run by Saltmere Lines",
    /// "Redmount Copper, which runs the mine".
    operating_verb => OperatingVerb,
    /// Verbs by which a source accuses someone, pointing at them as a
    /// denial points at whose account it rejects: "accused the bureau of
    /// …", "blamed the regulator for …".
    accusation => Accusation,
    /// Words of a sentence that sets its source against the one before:
    /// "Some scientists disagree.", "Tsinlo was unmoved."
    dissent => Dissent,
    /// Words of being won over, which set a source against the one before
    /// after a negation: "Not everyone is convinced."
    persuaded => Persuaded,
    /// Conjunctions that, opening the sentence of a new source's claim, set
    /// it against the turn before: "But the opposition said …".
    adversative => Adversative,
    /// Conjunctions that join a second source's claim to the first's in one
    /// sentence: "…, the fire chief said, as the utility insisted there was
    /// no evidence …". With a word of rebuttal, the second answers the first.
    concurrent => Concurrent,
    /// Verbs by which a source sides with another it names: "backed her".
    backing => Backing,
    /// Verbs of speaking that a source may refuse: after a refusal
    /// ("declined to comment on", "refused to say whether") the claim takes
    /// no side on what it names.
    withheld => Withheld,
    /// Roles that speak for the person or body named beside them in a
    /// mention: "Clinton spokesman Jesse Ferguson", "an aide to Trump".
    proxy => Proxy,
    /// Words that open a plural noun phrase, whose head takes no -s verb:
    /// "several negative comments".
    plural_determiner => PluralDeterminer,
    /// Relatives that open a clause with a subject of its own, the
    /// sentence's subject again: "what he calls", "whom she called".
    object_relative => ObjectRelative,
    /// Adverbs by which the writer relays a report of no named source: "is
    /// reportedly spending".
    hearsay => Hearsay,
    /// Nouns of an intention, which report what follows them as stance
    /// nouns do, but never a `that` clause: "Lee's decision to close …".
    intention_noun => IntentionNoun,
    /// Nouns of a stance's holder, which report the object of their `of`:
    /// "a supporter of the plan".
    stance_agent => StanceAgent,
    /// Adjectives and participles after the noun of an unnamed source that
    /// attach what it knows, whom it is near or whom it speaks to: "people
    /// familiar with the talks", "a source speaking to Fox News".
    source_modifier => SourceModifier,
    /// Modal verbs, which open a verb phrase that may share the subject of
    /// the clause before it: "said she hoped to stay, and then would
    /// continue …".
    modal => Modal,
    /// Quantifiers that may float after a plural subject, between it and
    /// its verb: "Lee and Kim both said", "they all agreed".
    floating_quantifier => FloatingQuantifier,
    /// Participles of perception that a passive puts between a speaker and
    /// the -ing form of a verb of speech: "a reporter can be heard asking",
    /// "she was seen shouting".
    perception => Perception,
    /// Prepositions that no clause leaves at its end, as `for` is in "the
    /// firm he works for says": the -s form after one is a plural noun
    /// ("a series of issues"), and none opens a noun phrase ("including
    /// labor unions").
    unstranded_preposition => UnstrandedPreposition,
    /// Prepositions after which a name of one word is where something
    /// happens, never someone ("A judge in Ohio", "married in
    /// Mississippi"), unlike `to` or `from`, which may lead to a person.
    place_preposition => PlacePreposition,
    /// Nouns of an occasion on which words are said, which a phrase after
    /// a hearer names, no part of the hearer: "told Fox News in an
    /// interview", "told Clinton at a debate".
    occasion => Occasion,
    /// Nouns of a titled work, whose title a quote in title case right
    /// after them gives, said by no one: "the documentary "Weiner."", "her
    /// memoir, "Tough Choices."", "a show called "Brokers."".
    work => Work,
    /// Verbs of a contest, whose object and `for` then an `office` is what
    /// is contested, no rebuttal: "challenging Ayotte for her Senate seat".
    contest => Contest,
    /// Nouns of what candidates contest: "for the Democratic nomination".
    office => Office,
    /// Verbs of asking, whose person object and a preposition of a topic
    /// then is someone asked, not rebutted: "questioned Earnest about the
    /// shooting".
    inquiry => Inquiry,
    /// Words right before a negation that make it half of a choice,
    /// negating nothing: "whether or not they support Trump".
    alternative => Alternative,
    /// Words of excess: one, a word and `to` before a verb negate it
    /// ("too dangerous to allow").
    excess => Excess,
    /// Prepositions whose object after a noun of what was said is whom
    /// it was addressed to, not its source: "a letter to Facebook".
    addressee => Addressee,
    /// Words that, as what a verb that names (`naming`) calls what was
    /// just reported, condemn it: `called the cuts "a betrayal"`.
    condemnation => Condemnation,
    /// Nouns of what someone did or decided, which a label condemns as
    /// theirs: `called the ruling "an attack"`.
    act => Act,
}

// Every class is one bit of `Lexeme::classes`.
const _: () = assert!((WordClass::PhraseStart as u32) < u128::BITS);

/// All language data for one language.
#[derive(Clone, Debug, Default)]
pub struct Grammar {
    /// Verb entries, indexed by [`Grammar::verb_forms`].
    pub verbs: Vec<Verb>,
    /// Lower-case inflected form → (index into `verbs`, form).
    pub verb_forms: WordMap<(usize, VerbForm)>,
    /// Lower-case word (or phrase, space-separated) → entry.
    pub people: WordMap<PersonWord>,
    /// Lower-case title → the roles it abbreviates (`sen` → `senator`),
    /// so that `the senator` finds `Sen. Ana Ruiz`.
    pub title_roles: WordMap<Vec<String>>,
    /// Lower-case pronoun → entry.
    pub pronouns: WordMap<Pronoun>,
    /// Given names that tell a gender (`given_names.txt`), keyed lower-case:
    /// read only to resolve pronouns, never reported.
    pub given_names: WordMap<Gender>,
    /// Abbreviations that do not end a sentence, as written with their dots ("Mr.", "U.S.").
    pub abbreviations: Vec<String>,
    /// Quote mark pairs.
    pub quote_marks: Vec<QuoteMarks>,
    /// Attribution patterns, in file order (earlier wins on ties).
    pub patterns: Vec<Pattern>,
    /// Lower-case discourse contrast cues ("but", "yet", "however").
    pub contrast_cues: Vec<String>,
    /// Opposed term groups.
    pub antonyms: Vec<Antonyms>,
    /// Lower-case words that negate a predicate ("not", "never", "no").
    pub negations: Vec<String>,
    /// Lower-case words that mark a rebuttal of someone's account ("lies", "false").
    pub rebuttals: Vec<String>,
    /// Lower-case function words ignored when grouping claims by topic.
    pub stopwords: Vec<String>,
    /// Lines that mark page furniture of a scraped page ("Related Links").
    pub furniture: Vec<String>,
    /// `stopwords` as a set, for lookups.
    pub stopword_set: WordSet,
    /// `abbreviations` lower-cased without their final dot, for lookups.
    pub abbreviation_set: WordSet,
    /// The words of `abbreviation_set` that the file writes only with a
    /// capital (`No.`, `Sen.`): in lower case they are words (`said no.`).
    pub capital_abbreviation_set: WordSet,
    /// First words of the phrases of `people` ("prime" of "prime minister").
    pub phrase_starts: WordSet,
    /// Function words by class (`function_words.txt`).
    pub words: FunctionWords,
    /// Numbers and units (`figures.txt`).
    pub figures: Figures,
    /// Every word of the tables above with all that they say about it,
    /// for a single look-up (see [`Grammar::lexeme`]).
    lexicon: LexiconTable,
    /// Whether some word of `lexicon` starts with this byte: most
    /// punctuation needs no look-up.
    lexicon_first_bytes: Vec<bool>,
}

/// All the grammar says about one lower-case word: its classes, and its
/// entries in the verb, pronoun and people tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lexeme {
    /// One bit per [`WordClass`].
    classes: u128,
    /// Index into [`Grammar::verbs`] and the form, for a speech verb.
    pub verb: Option<(usize, VerbForm)>,
    /// The entry of a pronoun.
    pub pronoun: Option<Pronoun>,
    /// The entry of a person word.
    pub person: Option<PersonWord>,
}

impl Lexeme {
    /// The entry of a word the grammar does not list.
    pub const NONE: Lexeme = Lexeme {
        classes: 0,
        verb: None,
        pronoun: None,
        person: None,
    };

    /// True for a word the grammar lists: not [`Lexeme::NONE`].
    pub fn is_listed(&self) -> bool {
        self.classes != 0 || self.verb.is_some() || self.pronoun.is_some() || self.person.is_some()
    }

    /// True for a particle of a name: `de`, `al` (`people.txt`).
    pub fn is_particle(&self) -> bool {
        self.person.is_some_and(|entry| entry.kind == PersonWordKind::Particle)
    }

    /// True when the word is in `class`.
    pub fn is(&self, class: WordClass) -> bool {
        self.classes & (1 << class as u128) != 0
    }

    fn add(&mut self, class: WordClass) {
        self.classes |= 1 << class as u128;
    }
}

/// The plural of a person word in lower case: `senators`, `parties`,
/// `bosses`, `spokesmen`, `spokespeople`, `prime ministers`, `chiefs of
/// staff` (the head of a phrase with `of` is its first word).
pub(crate) fn plural(word: &str) -> String {
    let (head, rest) = match word.find(" of ") {
        Some(at) => word.split_at(at),
        None => (word, ""),
    };
    let head = if let Some(stem) = head.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = head.strip_suffix("person") {
        format!("{stem}people")
    } else if let Some(stem) = head.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        format!("{stem}ies")
    } else if head.ends_with(['s', 'x', 'z']) || head.ends_with("ch") || head.ends_with("sh") {
        format!("{head}es")
    } else {
        format!("{head}s")
    };
    head + rest
}

impl Grammar {
    /// The speech verb of a word form, if the word is one.
    pub fn verb(&self, word: &str) -> Option<(&Verb, VerbForm)> {
        let (index, form) = lookup(&self.verb_forms, word)?;
        Some((&self.verbs[*index], *form))
    }

    /// The entry of a person word, if the word is one.
    pub fn person_word(&self, word: &str) -> Option<&PersonWord> {
        lookup(&self.people, word)
    }

    /// Whether `title` abbreviates the role `role` (given in lower case):
    /// `Sen` and `senator`, looked up without regard to capitals.
    pub fn title_stands_for(&self, title: &str, role: &str) -> bool {
        lookup(&self.title_roles, title).is_some_and(|roles| roles.iter().any(|entry| entry == role))
    }

    /// True for a function word of `stopwords.txt` (given in lower case).
    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopword_set.contains(lower)
    }

    /// True when `word`, as written and followed by a dot, is a listed
    /// abbreviation (`Mr`, `U.S`, `vs`): one the file writes only with a
    /// capital must have one (`No. 1`, but `said no.`).
    pub fn is_abbreviation(&self, word: &str) -> bool {
        lookup_set(&self.abbreviation_set, word)
            && (word.starts_with(char::is_uppercase) || !lookup_set(&self.capital_abbreviation_set, word))
    }

    /// Fills the lookup sets from the lists; called after parsing.
    pub(crate) fn index(&mut self) {
        self.stopword_set = self.stopwords.iter().cloned().collect();
        self.abbreviation_set = self
            .abbreviations
            .iter()
            .map(|abbreviation| abbreviation.trim_end_matches('.').to_lowercase())
            .collect();
        let starts_lower = |abbreviation: &&String| !abbreviation.starts_with(char::is_uppercase);
        let any_case: WordSet = self
            .abbreviations
            .iter()
            .filter(starts_lower)
            .map(|abbreviation| abbreviation.trim_end_matches('.').to_lowercase())
            .collect();
        self.capital_abbreviation_set = self
            .abbreviation_set
            .iter()
            .filter(|word| !any_case.contains(*word))
            .cloned()
            .collect();
        // `senators`, `unions`: the plural of a role is a group, that of
        // an institution institutions, where the file lists no entry of its
        // own for it.
        let plurals: Vec<(String, PersonWordKind)> = self
            .people
            .iter()
            .filter_map(|(word, person)| match person.kind {
                PersonWordKind::Role => Some((plural(word), PersonWordKind::Group)),
                PersonWordKind::Institution => Some((plural(word), PersonWordKind::Institution)),
                _ => None,
            })
            .collect();
        for (word, kind) in plurals {
            self.people.entry(word).or_insert(PersonWord {
                kind,
                gender: Gender::Unknown,
            });
        }
        self.phrase_starts = self
            .people
            .keys()
            .filter_map(|phrase| phrase.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        let mut lexicon: WordMap<Lexeme> = WordMap::default();
        for (class, set) in self.words.sets() {
            for word in set {
                lexicon.entry(word.clone()).or_default().add(class);
            }
        }
        let lists = [
            (WordClass::Stopword, &self.stopword_set),
            (WordClass::Abbreviation, &self.abbreviation_set),
            (WordClass::CapitalAbbreviation, &self.capital_abbreviation_set),
            (WordClass::PhraseStart, &self.phrase_starts),
        ];
        for (class, set) in lists {
            for word in set {
                lexicon.entry(word.clone()).or_default().add(class);
            }
        }
        for (word, &entry) in &self.verb_forms {
            lexicon.entry(word.clone()).or_default().verb = Some(entry);
        }
        for (word, &pronoun) in &self.pronouns {
            lexicon.entry(word.clone()).or_default().pronoun = Some(pronoun);
        }
        for (word, &person) in &self.people {
            lexicon.entry(word.clone()).or_default().person = Some(person);
        }
        let mut first_bytes = vec![false; 256];
        for word in lexicon.keys() {
            if let Some(&byte) = word.as_bytes().first() {
                first_bytes[usize::from(byte)] = true;
            }
        }
        self.lexicon = LexiconTable::new(lexicon);
        self.lexicon_first_bytes = first_bytes;
    }

    /// All the grammar says about a lower-case word: one look-up where the
    /// rules would otherwise ask each table in turn.
    // Inlined where it is called (once per token in tagging): most calls
    // are settled by the first byte or an empty slot, in fewer instructions
    // than a call's saving and restoring of registers.
    #[inline(always)]
    pub fn lexeme(&self, lower: &str) -> &Lexeme {
        let listed = lower
            .as_bytes()
            .first()
            .is_some_and(|&byte| self.lexicon_first_bytes.get(usize::from(byte)) == Some(&true));
        if !listed {
            return &Lexeme::NONE;
        }
        self.lexicon.get(lower).unwrap_or(&Lexeme::NONE)
    }

    /// The entry of a pronoun, if the word is one.
    pub fn pronoun(&self, word: &str) -> Option<&Pronoun> {
        lookup(&self.pronouns, word)
    }

    /// The gender a given name tells (`given_names.txt`), if any.
    pub fn given_name_gender(&self, word: &str) -> Gender {
        lookup(&self.given_names, word).copied().unwrap_or(Gender::Unknown)
    }

    /// The pronoun a contraction opens with: `he` of `he’s`, `they` of
    /// `they'd`.
    pub fn contracted_pronoun(&self, word: &str) -> Option<&Pronoun> {
        let (bare, ending) = word.split_once(['\'', '’'])?;
        if ending.is_empty() {
            return None;
        }
        self.pronoun(bare)
    }

    /// Whether a name that ends in `last`, with `before` the word before it,
    /// ends in an institution's or a group's word or two (`White House`,
    /// `National Committee`, `Democrats`): the lexicon lists such endings.
    pub fn ends_in_body(&self, before: Option<&str>, last: &str) -> bool {
        let body = |phrase: &str| {
            self.person_word(phrase)
                .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Institution | PersonWordKind::Group))
        };
        // (Only a word that opens a listed phrase can make one with `last`:
        // the phrase is written out only for such a word.)
        body(last)
            || before.is_some_and(|before| lookup_set(&self.phrase_starts, before) && body(&format!("{before} {last}")))
    }
}

/// The lexicon as an open-addressing table over the words' bytes, a
/// quarter full: [`Grammar::lexeme`] runs for every token, and a general
/// map's hashing and string comparison were most of tagging. A word's
/// first eight bytes, kept as a number, settle most comparisons.
#[derive(Clone, Debug, Default)]
struct LexiconTable {
    /// For each slot, 1 + the index of its entry, or 0 when empty; a power
    /// of two long.
    slots: Vec<u32>,
    /// Each word, its first eight bytes, and its lexeme.
    entries: Vec<(String, u64, Lexeme)>,
}

impl LexiconTable {
    fn new(lexicon: WordMap<Lexeme>) -> LexiconTable {
        let size = (lexicon.len() * 4).next_power_of_two().max(16);
        let mut table = LexiconTable {
            slots: vec![0; size],
            entries: Vec::with_capacity(lexicon.len()),
        };
        for (word, lexeme) in lexicon {
            let head = word_head(word.as_bytes());
            let mut slot = table.first_slot(word.as_bytes(), head);
            while table.slots[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            table.entries.push((word, head, lexeme));
            table.slots[slot] = u32::try_from(table.entries.len()).expect("a lexicon of under 2^32 words");
        }
        table
    }

    fn first_slot(&self, word: &[u8], head: u64) -> usize {
        let mut hash = head ^ (word.len() as u64).rotate_right(8);
        if let Some(tail) = word.get(8..) {
            for chunk in tail.chunks(8) {
                hash = hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ word_head(chunk);
            }
        }
        // The high bits of a multiplicative hash are the well mixed ones.
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & (self.slots.len() - 1)
    }

    #[inline(always)]
    fn get(&self, word: &str) -> Option<&Lexeme> {
        if self.slots.is_empty() {
            return None;
        }
        let bytes = word.as_bytes();
        let head = word_head(bytes);
        let mut slot = self.first_slot(bytes, head);
        loop {
            let entry = self.slots[slot];
            if entry == 0 {
                return None;
            }
            let (key, key_head, lexeme) = &self.entries[entry as usize - 1];
            if *key_head == head && key.len() == bytes.len() && (bytes.len() <= 8 || key.as_bytes() == bytes) {
                return Some(lexeme);
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
    }
}

/// The first eight bytes of a word as a number (zeros past its end).
fn word_head(word: &[u8]) -> u64 {
    let length = word.len();
    if let Some(head) = word.first_chunk::<8>() {
        u64::from_le_bytes(*head)
    } else if length >= 4 {
        // Two reads of four bytes that overlap cover the word.
        let low = u64::from(u32::from_le_bytes(word[..4].try_into().expect("four bytes")));
        let high = u64::from(u32::from_le_bytes(word[length - 4..].try_into().expect("four bytes")));
        low | high << (8 * (length - 4))
    } else {
        word.iter()
            .enumerate()
            .fold(0, |head, (position, &byte)| head | u64::from(byte) << (8 * position))
    }
}

fn lookup_set(set: &WordSet, word: &str) -> bool {
    with_lower_case(word, |lower| set.contains(lower))
}

/// Looks a word up case-insensitively without allocating for ASCII input.
fn lookup<'g, T>(map: &'g WordMap<T>, word: &str) -> Option<&'g T> {
    with_lower_case(word, |lower| map.get(lower))
}

/// Calls `f` with `word` in lower case: the word itself when it has no
/// upper-case letter, a copy on the stack for a short ASCII word, else an
/// allocated one.
fn with_lower_case<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    const SHORT: usize = 32;
    if !word.is_ascii() {
        return f(&word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    if word.len() <= SHORT {
        let mut buffer = [0u8; SHORT];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return f(std::str::from_utf8(lower).expect("ASCII stays UTF-8"));
    }
    f(&word.to_ascii_lowercase())
}
