//! Wire-style stories written for these tests (`corpus/wire/*.txt`, with
//! made-up people and places), in the conventions of news agency copy:
//! datelines, a lede that names by role, quotes split around their
//! attribution, a quote over several paragraphs, guillemets, German and
//! single quote marks, two people of one surname, roles in apposition, an
//! age for a name, a business named by its noun; four of them (a strike,
//! a vaccine, a disputed vote, a tower whose paragraphs end with one line
//! break) were written and annotated before whosaid ran on them, to
//! measure the turns of `contrast` held out, and four more (a maternity
//! ward, a doping case, a warehouse, a grounded fleet) were written and
//! annotated blind, by helpers that never read whosaid's code, and so were
//! four after them (a mine's spill, a teachers' strike, a bank's data
//! breach, a stadium's cost), a session later, and four after those (a
//! wildfire, a ferry aground, an insulin price, a disputed count), which
//! were measured once, held out, before their errors were read, and four
//! more (day-trippers, meters, a hunger strike, a painting), written and
//! annotated blind by a helper in the sixty-third session and measured once
//! at that session's start before their errors were read, and four more
//! again (a ferry strike, a vaccine, a dam, a landfill fire) so in the
//! sixty-fourth. Their gold
//! (`corpus/wire.jsonl`, written by `scripts/make-wire-gold.py`) is scored
//! through the CLI, and every error left is named here: a change that
//! fixes one or makes another fails the test until the list says so.

use crate::harness::run;

const WIRE_GOLD: &str = "corpus/wire.jsonl";

/// Each gold line's text is its story's file, as read.
#[test]
fn the_gold_holds_the_stories_as_written() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold = std::fs::read_to_string(root.join(WIRE_GOLD)).expect("gold");
    let mut stories = 0;
    for line in gold.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).expect("gold JSON");
        let source = doc["source"].as_str().expect("source");
        let text = std::fs::read_to_string(root.join(source)).expect("story");
        assert_eq!(doc["text"].as_str(), Some(text.as_str()), "{source}");
        stories += 1;
    }
    assert_eq!(stories, 32);
}

#[test]
fn the_wire_stories_score_as_annotated() {
    let figures = run(&["eval", "--format", "json", WIRE_GOLD]).success().json();
    let counts = &figures["counts"];
    let count = |name: &str| counts[name].as_u64().unwrap_or_else(|| panic!("{name} in {figures}"));
    assert_eq!(
        [
            count("tp"),
            count("fp"),
            count("fn"),
            count("speaker_right"),
            count("reported_tp"),
            count("reported_fp"),
            count("reported_fn"),
            count("reported_speaker_right"),
        ],
        [306, 5, 1, 302, 273, 43, 17, 262],
        "{figures}"
    );
    let figure = |name: &str| figures[name].as_u64().unwrap_or_else(|| panic!("{name} in {figures}"));
    assert_eq!(
        [
            figure("contrast_required_found"),
            figure("contrast_required"),
            figure("contrast_top_right"),
            figure("contrast_documents"),
            figure("contrast_rows_right"),
            figure("contrast_rows"),
        ],
        [52, 106, 11, 32, 79, 100],
        "{figures}"
    );
}

/// The contrast errors listed add up to the figures above, and each says
/// how whosaid read the pair it missed.
#[test]
fn the_contrast_errors_add_up_and_say_how_each_pair_was_read() {
    let errors = run(&["eval", "--errors", WIRE_GOLD]).json_lines();
    let of_kind =
        |kind: &str| -> Vec<&serde_json::Value> { errors.iter().filter(|error| error["kind"] == kind).collect() };
    let missed = of_kind("missed_contrast");
    let false_rows = of_kind("false_contrast");
    assert_eq!((missed.len(), false_rows.len()), (106 - 52, 100 - 79));
    let note = |error: &serde_json::Value| error["note"].as_str().unwrap_or_default().to_owned();
    for error in &missed {
        assert_eq!(error["gold_kind"], "opposes");
        let note = note(error);
        assert!(
            note.contains("; opposed, but as ") || note.contains("; paired as ") || note.contains("; not paired: "),
            "{note}"
        );
    }
    // The meters story's spokeswoman's denial and the consumer group's
    // tests are paired, but only as related: no mark sets them apart.
    assert!(
        missed.iter().any(|error| error["document"] == "wire-meters"
            && note(error).starts_with("against Callum Reddy: ")
            && note(error).ends_with("; paired as related (score 0.30)")),
        "{missed:?}"
    );
    for error in &false_rows {
        assert_eq!(error["predicted_kind"], "opposes");
        assert!(note(error).starts_with("against "), "{error}");
    }
}

/// The sides set against each other, as (speaker a, speaker b, evidence),
/// of one story's `contrast` table.
fn opposed(story: &str) -> Vec<(String, String, String)> {
    run(&["contrast", story])
        .success()
        .csv_rows()
        .into_iter()
        .filter(|row| row[2] == "opposes")
        .map(|row| (row[4].clone(), row[7].clone(), row[10].clone()))
        .collect()
}

/// A story's sources answer one another through the sentences that mark a
/// dissent (`Some scientists disagree.`, `Not everyone is convinced.`,
/// `Climate scientists were scathing.`, `But the opposition said`), each
/// shown as the evidence, and through competing figures (`around 50
/// minutes` against `two hours`). Of the required pairs of the gold, these are
/// still missed: the police against the organisers (the account of
/// clashes against `peaceful` holds no antonym pair), the Nakaran official
/// against the Tsinlo spokeswoman (she answers Nakara, which her words
/// name). In the vaccine story the table opens with the doctor against the
/// agency (they share `trials` and `effects`), where the gold ranks his
/// reply to the agency's director first. A label that condemns what was
/// just said (`called the cuts "a betrayal"`) rebuts the speaker before,
/// set against their two claims nearest it: two rows are wrong that way,
/// the union against the chief's `no plants would close`, and the
/// opposition's spokesman, who `called it "a disaster"`, against the
/// predecessor who `backed her` (whom the opposition answered). In the
/// data breach story the table opens with the chief executive's
/// `rejected suggestions that the bank had been slow` against the
/// commissioner (a rebuttal outranks opposed words), where the gold
/// ranks her account of what leaked against the researcher's first. Of
/// the third blind set, one row sets the regulator's chair against the
/// residents' lawyer on `cut` and `didn't cut` said of trees, where the
/// two agree. The court story's table opens with the lede's `a decision
/// the Ostravian government immediately rejected` against the court's
/// ruling, a pair the gold holds but ranks below the minister against the
/// court's president; the ferry story's `an account the captain's union
/// rejected` is set against `its operator`, the one body the next
/// paragraph names as running something (`run by Saltmere Lines`), the
/// gold's first pair; and the union's general secretary, who
/// `accused Saltmere of "hanging the captain out to dry"`, is set against
/// Saltmere's nearest claims (the evacuation, the weather), not its
/// account of the cause. (Two rows once wrong by name only, `office` for `the
/// office of Prime Minister Stefan Aurel` and `Municipal Electoral
/// Board` without `Sarnow`, now have the gold's names.)
#[test]
fn sources_that_dissent_answer_the_turn_before() {
    for (story, a, b, evidence) in [
        (
            "corpus/wire/seafood.txt",
            "Robert Richter",
            "International Atomic Safety Agency",
            "'Some scientists disagree'",
        ),
        (
            "corpus/wire/rivers.txt",
            "Ruth Dale",
            "Stephen Barr",
            "'Not everyone is convinced'",
        ),
        (
            "corpus/wire/licences.txt",
            "Sarah Linde",
            "Clara Whitcombe",
            "'Climate scientists were scathing'",
        ),
        (
            "corpus/wire/licences.txt",
            "opposition",
            "Clara Whitcombe",
            "'But the opposition'",
        ),
        ("corpus/wire/mayors.txt", "John Hale", "Ana Lopes", "'disagreed'"),
        (
            "corpus/wire/vote.txt",
            "Samuel Okafor",
            "Odile Marchetti",
            "'rejected the figures'",
        ),
        (
            "corpus/wire/vote.txt",
            "Hanna Lind",
            "Samuel Okafor",
            "'Observers from the regional bloc disagreed'",
        ),
        (
            "corpus/wire/trial.txt",
            "Paolo Reyes",
            "Imelda Santos",
            "'Some doctors remain sceptical'",
        ),
        (
            "corpus/wire/tower.txt",
            "Tom Aldous",
            "Priya Shah",
            "'Residents are not convinced'",
        ),
        (
            "corpus/wire/strike.txt",
            "Westline Rail",
            "Moira Kelso",
            "'But Westline Rail'",
        ),
        (
            "corpus/wire/court.txt",
            "Zbigniew Ziemba",
            "Koen Lammers",
            "'called the ruling an attack'",
        ),
        (
            "corpus/wire/court.txt",
            "Ostravian government",
            "Union's top court",
            "'a decision the Ostravian government immediately rejected'",
        ),
        (
            "corpus/wire/ferry.txt",
            "Vellmark Seafarers' Union",
            "Saltmere Lines",
            "'an account the captain's union rejected'",
        ),
        (
            "corpus/wire/jobs.txt",
            "United Motor Workers union",
            "Jane Morrow",
            "'called the cuts a betrayal'",
        ),
        (
            "corpus/wire/hospital.txt",
            "Jürgen Falkner",
            "Vardale Health Authority",
            "'Its medical director, Jürgen Falkner, was doubtful'",
        ),
        // (Competing figures of two sources, a paragraph apart.)
        (
            "corpus/wire/hospital.txt",
            "a spokesman for the Vardale Health Authority",
            "Gwen Tarrant",
            "'around 50 minutes' vs. 'two hours'",
        ),
    ] {
        let opposed = opposed(story);
        assert!(
            opposed
                .iter()
                .any(|(x, y, words)| x == a && y == b && words.split("; ").any(|word| word == evidence)),
            "{story}: {a} vs {b}: {opposed:?}"
        );
    }
    // `declined to comment` answers no one.
    assert!(
        !opposed("corpus/wire/licences.txt")
            .iter()
            .any(|(x, y, _)| x.contains("Northway") || y.contains("Northway")),
    );
}

/// The errors left, each named: a partial quote after a verb coordinated
/// inside a reduced relative clause (`a pledge environmental groups
/// welcomed but called "ambitious."`) goes to the sentence's speaker; a
/// stance verb with a pronoun object (`backed her`) and the topic of a
/// question (`asked about the row`) are taken for claims, and so is what
/// a body `is expected` to do, and what bodies do rather than say
/// (`approved a dengue vaccine`, `voted … to approve a tower`); `their
/// union said` stays the union as written, though a later paragraph names
/// it (`the drivers' union ASLEF-W`). In the four stories written blind
/// (`the airline's chief executive` in a lede, once left untied because
/// the lede names `Veltra Airways`, read as a person, was fixed after):
/// two claims joined by `and that` are read as one, or one of
/// them is missed (`said the drive took "around 50 minutes" and that …`,
/// `said the B sample had not been opened and that …`, `insisted the
/// federation had followed the rules … and that …`, `said that the land
/// had been zoned … and that every landowner …`; PolNeAR reads such a
/// pair as one claim); what a body is `due to confirm` or `expected to`
/// do and what a council `approved` are taken for claims (a source's wish
/// `not to be named` was, until the `anonymity` words).
#[test]
fn the_errors_left_are_the_known_ones() {
    let errors: Vec<(String, String, String)> = run(&["eval", "--errors", WIRE_GOLD])
        .json_lines()
        .iter()
        .filter(|error| !error["kind"].as_str().unwrap_or_default().ends_with("_contrast"))
        .map(|error| {
            let field = |name: &str| error[name].as_str().unwrap_or_default().to_string();
            (field("document"), field("kind"), field("text"))
        })
        .collect();
    let expected = [
        ("wire-forest", "wrong_speaker", "ambitious."),
        ("wire-licences", "false_claim", "her"),
        ("wire-licences", "false_claim", "the row on a visit to Carlow"),
        ("wire-mayors", "false_claim", "to vote on the plan next month"),
        (
            "wire-strike",
            "wrong_claim_speaker",
            "Train drivers will strike for 48 hours from Monday after talks with Westline Rail broke down",
        ),
        (
            "wire-trial",
            "false_claim",
            "a dengue vaccine for children aged six and over",
        ),
        (
            "wire-tower",
            "false_claim",
            "to approve a 30-storey tower in the old harbour district",
        ),
        ("wire-hospital", "false_claim", "the decision on May 20"),
        (
            "wire-doping",
            "missed_claim",
            "the federation had followed the rules to the letter",
        ),
        ("wire-doping", "false_claim", "to appeal"),
        (
            "wire-zoning",
            "false_claim",
            "a vast distribution warehouse on farmland at the eastern edge of town",
        ),
        (
            "wire-zoning",
            "missed_claim",
            "every landowner nearby had been consulted at the time",
        ),
        ("wire-zoning", "false_claim", "to begin in the autumn"),
        // The second blind set (mine to stadium): bodies by their noun
        // where the gold gives the name (`The bureau`; `Trust` and the
        // consortium's `the statement` were fixed after), the second claim of `said X, and that Y`, figures read
        // as a participle's object (`85% of its members had walked out`),
        // what bodies order or warn taken for claims, a lede's role
        // resolved to no one (`the head of Caldora's provincial
        // environment regulator`; `the headman`, named in the sentence
        // after, was fixed later), a title read as a quote.
        (
            "wire-mine",
            "wrong_claim_speaker",
            "Up to 15 times more mining waste escaped from a cracked tailings dam at the Tallis Hill copper mine than its operator has admitted",
        ),
        ("wire-mine", "missed_claim", "the leak had been contained by Sunday"),
        ("wire-mine", "false_claim", "Redmount to stop processing ore"),
        ("wire-mine", "false_claim", "dead fish in the shallows"),
        (
            "wire-teachers",
            "missed_claim",
            "85% of its 140,000 members had walked out",
        ),
        ("wire-teachers", "missed_claim", "58% of teachers were on strike"),
        ("wire-teachers", "missed_claim", "no pupil would miss an exam"),
        ("wire-teachers", "missed_claim", "31 of his 40 teachers had stayed away"),
        (
            "wire-teachers",
            "false_claim",
            "two more strike days for April unless a deal is reached",
        ),
        ("wire-breach", "missed_claim", "about 18,000 accounts were involved"),
        ("wire-breach", "false_claim", "the leak,"),
        ("wire-breach", "false_claim", "a very different story"),
        (
            "wire-breach",
            "missed_claim",
            "he had downloaded several thousand of them before alerting the bank",
        ),
        (
            "wire-breach",
            "missed_claim",
            "he had first written to the bank on March 2",
        ),
        ("wire-breach", "false_claim", "a breach within 72 hours"),
        ("wire-breach", "missed_claim", "calls to raise the penalties"),
        ("wire-stadium", "false_quote", "A Stadium Without a Ceiling"),
        // The third blind set (wildfire to election), measured once held
        // out (a hyphenated dateline read as the lede's speaker,
        // `SAINT-AVREL`, `the lineman` for `a Northvale lineman` and
        // `Her challenger, Dario Kettunen` were fixed after, and later
        // `he said` after an unnamed lineman and the place of `Sarnow
        // Municipal Electoral Board`, and later `The fire service` long
        // after the body it names, and later `its operator` of the one
        // body named as running something): a court's ruling taken for a
        // claim, a second claim of `and that` missed.
        ("wire-wildfire", "false_claim", "its line was at fault"),
        // (Its claim is left to the quote it holds, `"in an orderly way"`,
        // as PolNeAR would; the statement's clause, `in a statement that …`,
        // had stood for it with no speaker until it read through `had been
        // treated`.)
        (
            "wire-ferry",
            "missed_claim",
            "crews had reported faults in the same system twice in October",
        ),
        ("wire-ferry", "missed_claim", "a full inquiry"),
        (
            "wire-pharma",
            "missed_claim",
            "the state insurer would review whether to keep paying for it",
        ),
        (
            "wire-election",
            "false_claim",
            "recount of 14 ballot boxes in disputed Sarnow mayoral race",
        ),
        (
            "wire-election",
            "false_claim",
            "a public recount of 14 ballot boxes from the city's mayoral election",
        ),
        (
            "wire-election",
            "wrong_claim_speaker",
            "officials had failed to explain why so many postal votes in two districts had been thrown out",
        ),
        ("wire-election", "false_claim", "election night differently"),
        // The fourth blind set (day-trippers to painting), measured once
        // held out at the start of the sixty-third session: what a body
        // does, expects or allows (`charging day visitors`, `pushed the
        // fee through`, `asked the court to suspend it`, `promised to
        // spend`, `expects to reach`, `allowing other municipalities to
        // follow`, `offered to share`, `has written two books`), the topic
        // of a question (`Asked whether …`), what a minister `repeated`
        // and the tail of a claim (`who died in his cell`, `asked for the
        // prison to be inspected`) taken for claims; a body or a person by
        // the noun of the sentence (`The hotelier`, `their
        // relatives`, `his cellmates`, `the owners`, `the conservator`) or
        // by a run-on mention (`painting belongs to the Harland family`)
        // where the gold gives the name; `dismissed his forecast` missed;
        // a scare quote and a painting's title read as partial quotes, and
        // the claim that holds the title missed; a regulator's claim run
        // on into the households' complaint; a quote's second paragraph
        // joined to its first.
        (
            "wire-daytrippers",
            "false_claim",
            "day visitors 12 euros to walk its medieval lanes",
        ),
        ("wire-daytrippers", "false_claim", "the fee through the town council"),
        ("wire-daytrippers", "false_claim", "to suspend it"),
        (
            "wire-daytrippers",
            "wrong_claim_speaker",
            "coach operators have already begun rerouting tours to rival resorts further up the Tessel valley",
        ),
        ("wire-daytrippers", "missed_claim", "his forecast"),
        ("wire-daytrippers", "false_claim", "other municipalities to follow"),
        ("wire-daytrippers", "false_claim", "to spend the revenue"),
        ("wire-daytrippers", "false_claim", "to reach 3.5 million euros a year"),
        (
            "wire-meters",
            "missed_claim",
            "it had opened a formal investigation into Brightwell Energy",
        ),
        (
            "wire-meters",
            "wrong_claim_speaker",
            "the company’s so-called “smart” meters had billed them for power they never used",
        ),
        ("wire-meters", "false_quote", "smart"),
        (
            "wire-meters",
            "missed_quote",
            "In the end I paid, because they said they would cut us off, and my husband needs oxygen at night,",
        ),
        (
            "wire-hungerstrike",
            "wrong_claim_speaker",
            "More than 60 inmates at Dravonia's largest prison have refused food for nine days to protest overcrowding and the death of a cellmate",
        ),
        ("wire-hungerstrike", "false_claim", "the denial"),
        (
            "wire-hungerstrike",
            "false_claim",
            "whether independent doctors could examine the prisoners",
        ),
        ("wire-hungerstrike", "false_claim", "who died in his cell on March 2"),
        (
            "wire-hungerstrike",
            "wrong_claim_speaker",
            "he had asked for a doctor for three days and was ignored",
        ),
        (
            "wire-hungerstrike",
            "false_claim",
            "the prison to be inspected within 48 hours",
        ),
        ("wire-painting", "wrong_speaker", "careless and wrong"),
        (
            "wire-painting",
            "missed_claim",
            "tests by its conservation studio on ‘Evening at Corran Mill’, long attributed to the landscape painter Matthias Quell (1838-1901), had found titanium white, a pigment that was not sold to artists unt…",
        ),
        ("wire-painting", "false_quote", "Evening at Corran Mill"),
        (
            "wire-painting",
            "wrong_claim_speaker",
            "their great-grandfather bought it from the artist’s widow in 1904 and that it has hung above the same fireplace ever since",
        ),
        ("wire-painting", "false_claim", "to share the laboratory report"),
        (
            "wire-painting",
            "wrong_speaker",
            "A photograph from 1912 shows a painting hanging in a room,",
        ),
        ("wire-painting", "wrong_speaker", "It does not show this painting."),
        ("wire-painting", "false_claim", "two books on Quell,"),
        // The fifth blind set (ferry strike to landfill), measured once held
        // out at the start of the sixty-fourth session: what a union demands
        // or a firm reports (`a record profit`), a headline's claim and
        // the lede's object of `defended` that the helper left out, the
        // topic of a question (`Asked whether …`, `Asked about …`), a
        // physical `pointing to`, a group that `opposed the project`, and
        // `citing` a log, taken for claims; `rejected that figure` read as
        // the claim `figure`; a `he` after an unnamed spokesman left
        // unresolved beside a named man; `the shot's maker` in the lede for
        // the company named later; a long group name shortened
        // (`Farmers`); a scare quote before a noun (`‘benefit-sharing’
        // scheme`) and a nickname (`known locally as the "Stinkberg,"`) read
        // as partial quotes, as PolNeAR reads most of them.
        (
            "wire-ferrystrike",
            "false_claim",
            "a pay rise of 9 percent over two years",
        ),
        ("wire-ferrystrike", "false_claim", "figure"),
        (
            "wire-ferrystrike",
            "wrong_claim_speaker",
            "The ship returned to service after repairs",
        ),
        (
            "wire-ferrystrike",
            "false_claim",
            "a record profit of 212 million crowns",
        ),
        (
            "wire-vaccine",
            "false_claim",
            "measles shot as doctors report cluster of reactions in children",
        ),
        ("wire-vaccine", "false_claim", "a new measles vaccine"),
        (
            "wire-vaccine",
            "wrong_claim_speaker",
            "tests had found nothing wrong with the doses involved",
        ),
        ("wire-vaccine", "false_claim", "whether she would do so"),
        ("wire-dam", "false_claim", "Ostria’s giant new dam has left them dry"),
        (
            "wire-dam",
            "wrong_claim_speaker",
            "the country’s biggest hydroelectric dam has starved their fields of water since its reservoir began filling in January",
        ),
        (
            "wire-dam",
            "false_claim",
            "a mark on a concrete post on her family’s land near the village of Brisk",
        ),
        ("wire-dam", "false_quote", "benefit-sharing"),
        ("wire-dam", "false_claim", "the project"),
        ("wire-landfill", "false_quote", "Stinkberg,"),
        ("wire-landfill", "false_claim", "the groundwater"),
        ("wire-landfill", "false_claim", "that"),
        ("wire-landfill", "false_claim", "the operator's own site log"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|&(document, kind, text)| (document.to_string(), kind.to_string(), text.to_string()))
        .collect();
    assert_eq!(errors, expected);
}

/// `Becker denied that.`: the denial of what the other mayor said last is
/// set against his words, with the denial as the evidence.
#[test]
fn a_denial_of_that_is_set_against_what_it_denies() {
    let rows = run(&["contrast", "corpus/wire/mayors.txt"]).success().csv_rows();
    assert!(
        rows.iter().any(|row| {
            row[2] == "opposes"
                && row[4] == "Tom Becker"
                && row[5] == "that"
                && row[7] == "Mark Ruiz"
                && row[8] == "He wants to be governor."
                && row[10].contains("'denied that'")
        }),
        "{rows:?}"
    );
}
