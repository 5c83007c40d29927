"""Framing: genre, narratives, entity roles, persuasion techniques, outlet profiles, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from newsledger.frame import frame_article, outlet_profile, to_export
from newsledger.frame.genre import classify_genre
from newsledger.frame.labels import coarse, entity_roles, narrative_labels, technique_labels
from newsledger.frame.techniques import find_techniques
from newsledger.records import Article, ArticleExtraction

REPORT = """Council approves new bus routes

The city council approved three new bus routes on Tuesday, officials said. According to the
transport department, the routes will link the northern suburbs with the central station from
next month. "We expect around 4,000 extra passengers a day," a department spokeswoman told
reporters. The council said the cost would be covered by the existing budget, and the operator
confirmed that twelve new drivers had been hired.
"""

OPINION = """Our leaders have failed us again

We must say it plainly: this shameful decision is the work of a reckless and cynical government
that cares nothing for ordinary people. How long will we tolerate such contempt? The so-called
reform is nothing more than a gift to the oligarchs who fund them. We demand that it be withdrawn
now! Enough is enough!
"""

WAR_OPINION = """The war party in Washington wants more blood

We say it again: the NATO-backed regime in Kyiv is a puppet that takes its orders from Washington.
The US-led proxy war against Russia serves only the geopolitical interests of the imperialist powers,
who will fight to the last Ukrainian. Every new shipment of weapons to Kyiv brings us closer to a
third world war and to the real possibility of a nuclear catastrophe. We must build a movement
against this imperialist war. The Ukrainian army is exhausted and suffering catastrophic losses,
and the Kyiv regime forcibly mobilizes men off the streets to send them to the front.
"""


def _article(text: str, **kw) -> Article:
    return Article.from_text(text, source=kw.pop("source", "test.txt"), **kw)


# --- label sets ----------------------------------------------------------------------------


def test_shipped_label_sets_match_the_shared_taxonomy():
    shared = Path(__file__).resolve().parents[2] / "shared" / "taxonomy"
    if not shared.exists():
        pytest.skip("../shared/taxonomy is not next to the project")
    lines = [ln for ln in (shared / "narratives.txt").read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    assert narrative_labels() == lines
    assert len(entity_roles()) == 22 and "Persuasion" not in technique_labels()


# --- genre ---------------------------------------------------------------------------------


def test_genre_reporting_and_opinion():
    report = classify_genre(REPORT)
    assert report.label == "reporting"
    assert any("attribution" in c for c in report.cues)
    opinion = classify_genre(OPINION)
    assert opinion.label == "opinion" and opinion.score > 0.6
    assert any("'we'" in c for c in opinion.cues)


UNATTRIBUTED_OPED = """The harbour plan is a monument to vanity

Anyone who walks along the old quay can see what the new marina has done to it. The fishing boats
are gone, the net lofts have become boutiques and the cafes charge tourist prices all year round.
The planners promised a living waterfront where families would stroll on summer evenings. They
delivered a car park with a view, a row of empty shop units and a bill that keeps growing every
winter. The absurd part is that the town already had what the brochures sold: a working harbour
that people came to see precisely because it was not a marina. Nobody who grew up here asked for
glass apartments that stay dark eleven months of the year. The old quay was never perfect, but it
belonged to the people who used it, and it paid its own way through the catch landed on it each
morning. Now it belongs to a management company that most residents could not name.
"""


def test_genre_a_piece_that_hardly_attributes_is_opinion_on_few_cues():
    # no 'said', no officials, no quotes, no dateline: one evaluative word is enough
    genre = classify_genre(UNATTRIBUTED_OPED)
    assert genre.label == "opinion", genre.cues
    assert genre.reporting_rate == 0 and genre.opinion_rate < 1.0
    # a wire report with some evaluative wording stays a report
    assert classify_genre(REPORT + " The shameful delay was criticised.").label == "reporting"



def test_genre_passive_told_is_not_attribution():
    text = (
        "Poorer countries are told to skip coal. We were told the transition would be cheap. "
        "Farmers are told what to plant, and towns are told what to burn."
    )
    genre = classify_genre(text)
    assert not any("attribution" in c for c in genre.cues), genre.cues
    assert classify_genre("The mayor told reporters the bridge would reopen.").reporting_rate > 0


@pytest.mark.parametrize(
    "text, speech, scare",
    [
        ('The harbour master said the channel was "closed until further notice for dredging".', 1, 0),
        ('The minister told reporters: "We will rebuild every bridge before the winter."', 1, 0),
        ('"The water came over the wall in minutes," a fisherman said on Tuesday.', 1, 0),
        ('"We had no warning at all. The sirens never sounded." She had lost her home.', 1, 0),
        ('When the ministers speak of "the family of nations", they mean a few rich capitals.', 0, 1),
        ('Their plan for "energy independence" turned out to be imports by another route.', 0, 1),
        ('Envoys talked openly about "wearing the enemy down" over the years.', 0, 1),
    ],
)
def test_genre_quoted_speech_needs_a_speaker_and_scare_quotes_are_opinion(text, speech, scare):
    from newsledger.frame.genre import _quotes

    assert _quotes(text) == (speech, scare)


def test_genre_an_oped_in_scare_quotes_is_not_read_as_a_report():
    oped = (
        "Every summit now ends with a communique about \"the family of nations\" and \"shared responsibility\". "
        "The phrases cost nothing. Fishing towns along the coast have heard about \"resilience funding\" for a decade, "
        "and the harbours are still silting up, the boats still idle, the young still leaving for the cities. "
        "The officials who write \"historic progress\" into the final text fly home the same evening. "
        "Aid promised in one year arrives three years later, smaller, and tied to contracts for firms from the donor "
        "countries. Nobody in the capitals is held to account for the gap between the words and the money. "
        "The towns have learned to read the communiques the way farmers read the sky."
    )
    genre = classify_genre(oped)
    assert genre.label == "opinion", genre.cues
    assert not any(c.startswith("quoted speech") for c in genre.cues), genre.cues
    # the same piece as a report quoting its speakers keeps their quotations as reporting evidence
    report = (
        'The harbour master said the channel was "closed until further notice for dredging". '
        '"The boats have not left port for nine days," a fisherman told reporters on Tuesday. '
        "The ministry said repairs would start next month, according to a statement."
    )
    assert classify_genre(report).label == "reporting"
    assert any(c.startswith("quoted speech (2)") for c in classify_genre(report).cues)


def test_genre_satire_needs_an_explicit_marker():
    assert classify_genre("This satirical column imagines a city run by pigeons.\n" + REPORT).label == "satire"


def test_sample_corpus_genres(samples_dir, gold_path):
    gold = {a["file"]: a for a in yaml.safe_load(gold_path.read_text())["articles"]}
    for path in sorted(samples_dir.glob("*.txt")):
        expected = gold[path.name]
        allowed = {expected["genre"], expected.get("genre_alt")}
        assert classify_genre(path.read_text()).label in allowed, path.name


# --- techniques ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("The vile and bloodthirsty gang struck again.", "Loaded_Language"),
        ("The junta in the capital ignored the protests.", "Name_Calling-Labeling"),
        ("The so-called experts were wrong again.", "Doubt"),
        ("This policy threatens humanity with annihilation.", "Appeal_to_Fear-Prejudice"),
        ("Our nation will never bow to pressure.", "Flag_Waving"),
        ("Inflation is all because of the new tax.", "Causal_Oversimplification"),
        ("What about the bombs they dropped last year?", "Whataboutism"),
        ("It was the worst disaster in history.", "Exaggeration-Minimisation"),
        ("Hands off our schools!", "Slogans"),
        ("Experts from the National Institute suggest the plan will fail.", "Appeal_to_Authority"),
        ("The minister, a notorious liar, spoke again.", "Questioning_the_Reputation"),
        ("The facts speak for themselves.", "Conversation_Killer"),
    ],
)
def test_technique_detectors(sentence, label):
    found = [t for t in find_techniques(sentence) if t.label == label]
    assert found, [t.label for t in find_techniques(sentence)]
    span = found[0]
    assert sentence[span.start:span.end] == span.text


def test_technique_labels_come_from_the_taxonomy():
    from newsledger.frame.techniques import DETECTORS

    assert set(DETECTORS) <= set(technique_labels())


# --- narratives ----------------------------------------------------------------------------


def test_neutral_text_is_other():
    frame = to_export(frame_article(_article(REPORT)))
    assert [n["label"] for n in frame["narratives"]] == ["Other"]
    assert frame["narrative_explanation"] == ""


def test_war_opinion_narratives_with_evidence():
    article = _article(WAR_OPINION)
    frame = to_export(frame_article(article))
    labels = {n["label"] for n in frame["narratives"]}
    assert "URW: Discrediting Ukraine: Ukraine is a puppet of the West" in labels
    assert "URW: Amplifying war-related fears: There is a real possibility that nuclear weapons will be employed" in labels
    assert "URW: Blaming the war on others rather than the invader: The West are the aggressors" in labels
    for n in frame["narratives"]:
        assert n["evidence"] and all(article.text[e["start"]:e["end"]].strip() for e in n["evidence"])
    assert 0 < len(frame["narrative_explanation"].split()) <= 80


AGGRESSORS = "URW: Blaming the war on others rather than the invader: The West are the aggressors"
PLOTS = "URW: Hidden plots by secret schemes of powerful groups: Other"
SELF_DEFENCE = "URW: Russia is the Victim: Russia actions in Ukraine are only self-defence"
RU_COLLAPSE = "URW: Speculating war outcomes: Russian army is collapsing"
NUCLEAR = "URW: Amplifying war-related fears: There is a real possibility that nuclear weapons will be employed"
RU_MIGHT = "URW: Praise of Russia: Praise of Russian military might"
UA_MILITARY = "URW: Discrediting Ukraine: Discrediting Ukrainian military"
NEXT_TARGET = "URW: Amplifying war-related fears: Russia will also attack other countries"
CC_FEARS = "CC: Amplifying Climate Fears: Amplifying existing fears of global warming"
CC_TOO_LATE = "CC: Amplifying Climate Fears: Whatever we do it is already too late"
MEDIA = "URW: Distrust towards Media: Western media is an instrument of propaganda"
UA_COLLAPSE = "URW: Speculating war outcomes: Ukrainian army is collapsing"
WEST_INTERESTS = "URW: Discrediting the West, Diplomacy: The West does not care about Ukraine, only about its interests"
HOPELESS = "URW: Discrediting Ukraine: Situation in Ukraine is hopeless"
PUPPET = "URW: Discrediting Ukraine: Ukraine is a puppet of the West"
BACKFIRE = "URW: Negative Consequences for the West: Sanctions imposed by Western countries will backfire"
WEST_COSTS = "URW: Negative Consequences for the West: Other"
UA_AGGRESSOR = "URW: Blaming the war on others rather than the invader: Ukraine is the aggressor"
WEST_WEAK = "URW: Discrediting the West, Diplomacy: The West is weak"
RIGHT_SIDE = "URW: Overpraising the West: The West belongs in the right side of history"
CC_GOVERNMENTS = "CC: Criticism of institutions and authorities: Criticism of national governments"
CC_DOOM = "CC: Amplifying Climate Fears: Doomsday scenarios for humans"
RUSSOPHOBIA = "URW: Russia is the Victim: The West is russophobic"
RU_SUPPORT = "URW: Praise of Russia: Russia has international support from a number of countries and people"
CC_ECONOMY = "CC: Criticism of climate policies: Climate policies have negative impact on the economy"


@pytest.mark.parametrize(
    "label, sentence, fires",
    [
        # neutral wording a report uses every day
        (PLOTS, "NATO Secretary-General Mark Rutte told reporters the command would start work in May.", False),
        (PLOTS, "The head of the country's secret service resigned on Friday.", False),
        (PLOTS, "Investigators have not charged any foreign intelligence service.", False),
        (PLOTS, "The bombing was planned by a foreign intelligence service, the author insists.", True),
        (PLOTS, "It was a secret operation from start to finish.", True),
        (AGGRESSORS, "The command takes over from a US-led group of donor countries.", False),
        (AGGRESSORS, "Russia is fighting the US-led NATO bloc on its own borders.", True),
        (SELF_DEFENCE, "Allies agreed to help Ukraine defend itself through the winter.", False),
        (SELF_DEFENCE, "Russia has every right to defend itself against a hostile alliance.", True),
        (RU_COLLAPSE, "Russian forces advance village after village while the Ukrainian army retreats.", False),
        (RU_COLLAPSE, "Russian troops are exhausted and retreating from the river.", True),
        (NUCLEAR, "France and Germany quarrel over nuclear power and gas subsidies.", False),
        (NUCLEAR, "The alliance is at war with the second-largest nuclear power in the world.", True),
        (RU_MIGHT, "Russian forces claimed the capture of two villages on Thursday.", False),
        (RU_MIGHT, "Russian troops liberated the town after a swift assault.", True),
        # fears said in the ways op-eds say them
        (NEXT_TARGET, "If Kyiv falls, the Baltic states will be next.", True),
        (NEXT_TARGET, "Analysts warn that Russia could be ready to attack a NATO member within five years.", True),
        (NEXT_TARGET, "Russia could attack Ukraine's power grid again this winter.", False),
        (CC_FEARS, "This year brought the warmest oceans ever measured.", True),
        (CC_TOO_LATE, "Once crossed, these changes cannot be reversed.", True),
        (CC_FEARS, "A warming climate has made fire seasons like this one several times more likely.", True),
        (CC_FEARS, "Every summer now seems to break a record set only a few years earlier.", True),
        (CC_FEARS, "Firefighters said the fires were contained by Sunday.", False),
        ("URW: Discrediting the West, Diplomacy: The West is weak", "It is the picture of a declining bloc.", True),
        ("URW: Discrediting the West, Diplomacy: The West is weak", "Europe is declining into irrelevance.", True),
        ("URW: Russia is the Victim: UA is anti-RU extremists", "The new authorities banned the Russian language in schools.", True),
        ("URW: Russia is the Victim: UA is anti-RU extremists", "Russian-speaking towns were shelled for years, the author says.", True),
        ("CC: Criticism of institutions and authorities: Criticism of the EU", "Unelected officials in Brussels write the rules.", True),
        ("CC: Criticism of institutions and authorities: Criticism of the EU", "Officials in Brussels will publish the rules in May.", False),
        ("CC: Amplifying Climate Fears: Doomsday scenarios for humans", "Hundreds of millions will be forced to flee their homes.", True),
        ("CC: Amplifying Climate Fears: Doomsday scenarios for humans", "The floods displaced 2,000 people in the valley.", False),
        ("CC: Questioning the measurements and science: Scientific community is unreliable",
         "Researchers who question the consensus see their papers rejected.", True),
        ("CC: Questioning the measurements and science: Scientific community is unreliable",
         "Most researchers share the consensus on warming.", False),
        ("CC: Criticism of climate policies: Climate policies are ineffective", "Europe emits less than a tenth of the world's emissions.", True),
        # labels that had one or two cues: how partisan prose says them, next to neutral wording
        ("URW: Discrediting Ukraine: Discrediting Ukrainian military", "Ukrainian commanders abandoned their positions overnight.", True),
        ("URW: Discrediting Ukraine: Discrediting Ukrainian military", "Ukrainian commanders said the positions held overnight.", False),
        (RU_COLLAPSE, "The Russian war machine is cracking under the strain.", True),
        (RU_COLLAPSE, "Officials say Russia is losing 900 soldiers every single day.", True),
        (RU_COLLAPSE, "Russia is rebuilding its forces at speed.", False),
        ("URW: Speculating war outcomes: Ukrainian army is collapsing", "Kyiv is so short of soldiers that it sends the old to the front.", True),
        ("URW: Speculating war outcomes: Ukrainian army is collapsing", "Last summer's counteroffensive was a failure.", True),
        ("URW: Discrediting Ukraine: Discrediting Ukrainian government and officials and policies",
         "Zelensky has cancelled elections and banned opposition parties.", True),
        ("URW: Discrediting Ukraine: Discrediting Ukrainian government and officials and policies",
         "Ukraine's election commission said the vote would be held in spring.", False),
        ("URW: Discrediting Ukraine: Ukraine is a hub for criminal activities", "Some of the weapons surfaced on black markets abroad.", True),
        (NEXT_TARGET, "If he wins in Ukraine, he will not stop there.", True),
        (NEXT_TARGET, "Putin could order an attack on a NATO country within three years.", True),
        ("URW: Amplifying war-related fears: By continuing the war we risk WWIII", "The fighting could spiral into a wider war.", True),
        ("URW: Amplifying war-related fears: NATO should/will directly intervene", "Paris refused to rule out sending troops.", True),
        ("URW: Amplifying war-related fears: NATO should/will directly intervene", "Paris ruled out new taxes.", False),
        ("URW: Praise of Russia: Russia has international support from a number of countries and people",
         "Most of the Global South refused to join the sanctions.", True),
        ("URW: Overpraising the West: The West has the strongest international support", "It is the broadest coalition in decades.", True),
        ("URW: Negative Consequences for the West: Other", "Billions go abroad while veterans wait months for care.", True),
        ("CC: Criticism of climate policies: Climate policies are only for profit", "Landowners now harvest subsidies instead of crops.", True),
        ("CC: Criticism of climate movement: Climate movement is alarmist", "The campaigners simply moved the goalposts.", True),
        ("CC: Criticism of climate movement: Ad hominem attacks on key activists", "Al Gore said so in his Nobel lecture.", False),
        ("CC: Criticism of climate movement: Ad hominem attacks on key activists", "Celebrities keep lecturing us about flights.", True),
        (CC_FEARS, "Scientists say the oceans are warming faster than expected.", True),
        (CC_FEARS, "Marine heatwaves swept the coast in June.", True),
        # the press named is not the press argued to be propaganda
        (MEDIA, "The Western press reported the summit on its front pages.", False),
        (MEDIA, "British journalists travelled to the front with the brigade.", False),
        (MEDIA, "The Western press parrots whatever the Pentagon briefs it.", True),
        (MEDIA, "Our newspapers act as mouthpieces for the defence ministry.", True),
        (MEDIA, "Night after night the networks were busy manufacturing consent for the war.", True),
        (MEDIA, "Brussels hoped its sanctions and its propaganda would isolate Moscow.", False),
        (MEDIA, "Kremlin propaganda fills the evening news in Russia.", False),
        (PLOTS, "It is no secret that the talks have stalled.", False),
        (PLOTS, "The fingerprints of inflation are all over the budget.", False),
        (PLOTS, "The sabotage bears the fingerprints of Western intelligence.", True),
        (PLOTS, "The allies secretly agreed to move the missiles in March.", True),
        # how partisan prose words under-detected narratives, next to neutral wording of the same topic
        (UA_COLLAPSE, "Whole Ukrainian battalions are falling apart under the shelling.", True),
        (UA_COLLAPSE, "Ukrainian battalions rotated out of the town in April.", False),
        (UA_COLLAPSE, "Recruiters snatch men off the streets and from crowded buses.", True),
        (UA_COLLAPSE, "Rescuers dragged two men from the rubble.", False),
        (RU_MIGHT, "Russian factories now turn out shells at five times the rate of all Europe.", True),
        (RU_MIGHT, "Russia has built the most battle-hardened army on the continent.", True),
        (RU_MIGHT, "Russian factories reopened after the holiday.", False),
        (WEST_INTERESTS, "Washington is happy to bleed Russia while Ukrainians do the dying.", True),
        (WEST_INTERESTS, "For the Pentagon, Ukraine is a testing ground for Western weapons.", True),
        (WEST_INTERESTS, "Ukraine is not a bargaining chip for Washington, the minister said.", False),
        (HOPELESS, "There is no realistic path to victory for Kyiv.", True),
        (HOPELESS, "The economy of Ukraine is on life support.", True),
        (HOPELESS, "Kyiv outlined the path to membership talks.", False),
        (PUPPET, "Kyiv takes its orders from the State Department.", True),
        (PUPPET, "Russia refuses to take orders from Washington.", False),
        (PUPPET, "The government in Kyiv answers to its foreign paymasters.", True),
        (BACKFIRE, "The sanctions were meant to cripple Moscow; instead they crippled our own factories.", True),
        (BACKFIRE, "The sanctions were designed to limit Moscow's revenue from oil.", False),
        (BACKFIRE, "Germany cut itself off from cheap Russian gas and paid the price.", True),
        (WEST_COSTS, "Taxpayers are footing the bill for a war without end.", True),
        (WEST_COSTS, "Taxpayers filed their returns before the deadline.", False),
        (SELF_DEFENCE, "Moscow warned for years that its red lines were being crossed.", True),
        (SELF_DEFENCE, "Russia never wanted this conflict and was left with no other choice.", True),
        (SELF_DEFENCE, "Any other great power would have done the same in its place.", True),
        (SELF_DEFENCE, "Russia's parliament met on Tuesday.", False),
        (UA_AGGRESSOR, "For years the Kyiv regime shelled Donetsk and killed civilians.", True),
        (UA_AGGRESSOR, "Ukrainian forces said they repelled an attack near Donetsk.", False),
        (WEST_WEAK, "Europe's arsenals are empty and its leaders too feeble to refill them.", True),
        (WEST_WEAK, "Europe's arsenals are being refilled, officials said.", False),
        (RU_COLLAPSE, "Russia has lost more tanks in this war than it has built in a decade.", True),
        (RU_COLLAPSE, "Russia said it had lost 40 soldiers in the raid.", False),
        (RU_COLLAPSE, "Moscow is now cannibalising tanks from Soviet storage yards.", True),
        (RIGHT_SIDE, "The free world stood up when it mattered.", True),
        (RIGHT_SIDE, "History will honour those who stood with Kyiv.", True),
        (RIGHT_SIDE, "History will record the date of the summit.", False),
        (CC_GOVERNMENTS, "Successive governments wrote net zero targets into law without a vote.", True),
        (CC_GOVERNMENTS, "The government published its annual energy statistics.", False),
        (CC_DOOM, "Within decades there will be wars over water across the region.", True),
        (CC_DOOM, "The water board discussed tariffs for the region.", False),
        (CC_DOOM, "Tens of millions of people on the low coasts will be forced from their land.", True),
        (CC_DOOM, "Two hundred people were forced to leave their homes by the flood, officials said.", False),
        (CC_DOOM, "By the end of the century the lower town will be under water.", True),
        (CC_FEARS, "The seas are rising faster than at any time in the past three thousand years.", True),
        (CC_FEARS, "The sea rose by two metres at high tide on Tuesday.", False),
        (CC_FEARS, "The storms come every season now, stronger and wetter than before.", True),
        (RUSSOPHOBIA, "Behind it lies an old hostility towards Russia and everything Russian.", True),
        (RUSSOPHOBIA, "The orchestra cancelled its season and banned Russian composers from the programme.", True),
        (RUSSOPHOBIA, "Hostility between the two delegations was evident at the talks.", False),
        (BACKFIRE, "Europe punished itself and called it resolve.", True),
        (BACKFIRE, "Europe extended the sanctions for another six months.", False),
        (RU_SUPPORT, "Not one African government imposed sanctions on Moscow.", True),
        (RU_SUPPORT, "African governments met in Addis Ababa to discuss trade.", False),
        (CC_GOVERNMENTS, "Ministers never put any of these levies to a vote.", True),
        (CC_GOVERNMENTS, "What is wrong is a government that decides for you and sends you the bill.", True),
        (CC_GOVERNMENTS, "Ministers will put the bill to a vote in parliament next week.", False),
        (CC_ECONOMY, "The steelworks closed its furnaces, blaming carbon charges and energy costs.", True),
        (CC_ECONOMY, "The steelworks reported higher output in the third quarter.", False),
        (NEXT_TARGET, "A Kremlin that takes the south will not stop at the border river.", True),
        (NEXT_TARGET, "The convoy did not stop at the border river, witnesses said.", False),
        (CC_TOO_LATE, "The warming already in the system is locked in for decades.", True),
        (CC_TOO_LATE, "The snow that shaped these valleys will not come back in our lifetime.", True),
        (CC_TOO_LATE, "Tourists will not come back to the valley until the road reopens.", False),
        (AGGRESSORS, "It was not Russia that moved its bases up to the border of its neighbour.", True),
        (AGGRESSORS, "It was not Russia that won the match on Sunday.", False),
        ("CC: Questioning the measurements and science: Methodologies/metrics used are unreliable/faulty",
         "Half the weather stations in the survey are sited next to car parks and runways.", True),
        ("CC: Questioning the measurements and science: Methodologies/metrics used are unreliable/faulty",
         "The weather station on the hill recorded 31 degrees on Sunday.", False),
        ("CC: Criticism of climate movement: Climate movement is alarmist",
         "The prophecies fail, and the alarm is sounded again with a new deadline.", True),
        ("CC: Criticism of climate movement: Climate movement is alarmist",
         "Forecasts fail to capture sudden storms, the meteorologist said.", False),
        (AGGRESSORS, "The Pentagon is waging a proxy war on Russia, the colonel said.", True),
        (AGGRESSORS, "Britain is fighting a war against Russia with the hands of Ukrainians.", True),
        (AGGRESSORS, "The United States is fighting inflation, the central bank said.", False),
        (PUPPET, "Kyiv does not take a single step without asking Washington first.", True),
        (PUPPET, "Zelensky is merely a clerk carrying out orders from London.", True),
        (PUPPET, "Zelensky said the brigades were carrying out orders to hold the line.", False),
        (UA_MILITARY, "The Ukrainian command hides behind residents by placing guns in apartment blocks.", True),
        (UA_MILITARY, "Moscow accused Ukrainian troops of using villagers as human shields, which Kyiv denied.", False),
        (MEDIA, "Western outlets echoed the claim within minutes without any verification.", True),
        (MEDIA, "Western news agencies reported the strike within minutes, citing the governor.", False),
        (RU_MIGHT, "Russia has the most advanced hypersonic missiles in the world, the general said.", True),
        (RU_MIGHT, "NATO-supplied air defence systems proved powerless against the barrage.", True),
        (RU_MIGHT, "The most advanced weapons in the world were on show at the Paris fair.", False),
    ],
)
def test_narrative_cues_on_single_sentences(label, sentence, fires):
    from newsledger.frame.narratives import cue_matches

    assert cue_matches(label, sentence) is fires


def test_climate_domain_knows_green_policy_words():
    from newsledger.frame.narratives import article_domains

    text = (
        "The Green Deal piles rules on factories. The green agenda raises costs, the energy transition is "
        "rushed and decarbonisation targets ignore what industry can bear."
    )
    assert "CC" in article_domains(text)


QUOTING_REPORT = """Foreign ministers meet in Geneva as shelling continues

GENEVA (Reuters) - Foreign ministers from eleven countries met in Geneva on Monday to discuss humanitarian
corridors in eastern Ukraine, officials said, but the talks ended without a joint statement.

Russia's deputy foreign minister told reporters after the session: "This is a proxy war that NATO is waging
against Russia with Ukrainian hands." He added: "The regime in Kiev protects neo-Nazi battalions and the West
arms them." Asked about the economy, he said: "The sanctions have backfired on Europe, not on us."

"Russia is only defending itself against an alliance that came to its borders," the minister said.

Ukraine's foreign minister rejected the remarks. "Nobody believes this any more," he said. A spokeswoman for
the European Union said the bloc would discuss new aid next week. The ministers agreed to meet again in March,
according to the Swiss foreign ministry.
"""

SCEPTIC_MOCKING_ALARM = """The weather is not a verdict on our sins

Every warm afternoon is now declared a climate emergency by people who want to sell us something. We should
not let that hysteria decide policy. The climate has always changed. The Medieval Warm Period saw vineyards in
the north of England, and the Little Ice Age froze rivers across Europe long before anyone burned coal. Natural
cycles in the sun and the oceans explain far more than we are told. The models that predicted doom have run hot
for decades, and the predictions of ice-free summers by now never came true. We should stop pretending that
climate policy can control the weather, and we should stop pretending that scepticism is a crime.
"""

PRO_WESTERN_OPED = """The democracies did not blink

When the invasion began, the Kremlin was sure that Europe was divided and that America would look away. It was
wrong. We stood together. More than fifty nations now coordinate their support for Ukraine, and the international
community stands with Kyiv. Russia is more isolated than at any time since the Cold War. Our countries are on the
right side of history, and we must keep our promises to Ukraine for as long as it takes. The war in Ukraine is a
test for NATO and for every democracy, and Russia must not win it.
"""


def _labels_of(text: str) -> list[str]:
    return [n["label"] for n in to_export(frame_article(_article(text)))["narratives"]]


def test_report_whose_narratives_are_all_in_quoted_speech_is_other():
    # four labels' cues fire, but only inside what the report quotes: the report does not argue them
    assert classify_genre(QUOTING_REPORT).label == "reporting"
    assert _labels_of(QUOTING_REPORT) == ["Other"]


SLANTED_REPORT = """Kiev regime lowers draft age again

KIEV - The Kiev regime lowered the conscription age again on Tuesday, officials said. According to the
defence ministry, men aged 23 and older can now be called up, and men abroad can no longer renew their passports
at consulates. Ukrainian commanders abandoned two positions near the river last week, local media reported.
The ministry did not comment.
"""

NEUTRAL_REPORT = SLANTED_REPORT.replace("Kiev regime lowers", "Ukraine lowers").replace("The Kiev regime lowered", "Ukraine lowered")


def test_report_in_loaded_words_is_held_to_a_lower_threshold():
    from newsledger.frame.narratives import SLANT

    assert SLANT.search("the Kiev regime") and SLANT.search("the mad Russian leader rattled his nuclear sabre")
    assert not SLANT.search("the so-called grain corridor") and not SLANT.search("the Ukrainian government")
    assert classify_genre(SLANTED_REPORT).label == classify_genre(NEUTRAL_REPORT).label == "reporting"
    assert _labels_of(NEUTRAL_REPORT) == ["Other"]
    assert "URW: Discrediting Ukraine: Discrediting Ukrainian military" in _labels_of(SLANTED_REPORT)


ARGUED_REPORT = """Sanctions on Russia backfire on German industry

BERLIN - A third German chemical maker said on Monday it would move production abroad, officials said. The
sanctions against Russia have backfired on Germany, and the sanctions hurt German industry far more than Moscow,
according to business groups. The Kremlin said Europe had cut itself off from Russian gas. Meanwhile Hungary
blocked the next aid package for Ukraine, and the European Union is more divided than ever. Factory orders fell
for the sixth month, the statistics office said.
"""


def test_argued_report_keeps_a_narrative_voiced_once():
    from newsledger.frame import narratives

    # the report argues the backfiring sanctions twice, so it is argued; the divided EU, voiced once in its own
    # words, is then kept at the opinion threshold (it would not pass a report's on its own)
    assert classify_genre(ARGUED_REPORT).label == "reporting"
    labels = _labels_of(ARGUED_REPORT)
    assert labels[0] == "URW: Negative Consequences for the West: Sanctions imposed by Western countries will backfire"
    assert "URW: Discrediting the West, Diplomacy: The EU is divided" in labels
    assert len(labels) <= narratives.SUPPORT_UPTO


def test_embedding_closeness_is_relative_to_the_articles_candidates():
    from newsledger.frame.embed import embed
    from newsledger.frame.narratives import _closeness, _labels

    if embed(["probe"]) is None:
        pytest.skip("no static model")
    rows = [i for i, lab in enumerate(_labels()) if lab.domain == "URW"]
    sents = embed(["The war could end in a nuclear catastrophe if nuclear weapons are used.", "Talks resumed on Monday."])
    close = _closeness(sents, rows)
    assert all(0.0 <= v <= 1.0 for v in close.values())
    nuclear = next(i for i in rows if _labels()[i].label == NUCLEAR)
    assert close[nuclear] == max(close.values())


def test_an_article_argues_one_side_of_its_domain():
    from newsledger.frame.narratives import side

    # the sceptic mocks 'a climate emergency': no alarmist label next to its own narratives
    sceptic = _labels_of(SCEPTIC_MOCKING_ALARM)
    assert "CC: Downplaying climate change: Climate cycles are natural" in sceptic
    assert {side(label) for label in sceptic} == {"sceptic"}, sceptic
    # the pro-Western writer reports what the Kremlin thought ('Europe was divided') to rebut it
    western = _labels_of(PRO_WESTERN_OPED)
    assert coarse(western[0]) == "URW: Overpraising the West"
    assert {side(label) for label in western} == {"pro-Western"}, western
    assert side("URW: Amplifying war-related fears: There is a real possibility that nuclear weapons will be employed") is None


def _samples_f1(pred: list[str], gold: list[str]) -> float:
    p, g = set(pred), set(gold)
    tp = len(p & g)
    return 0.0 if not tp else 2 * tp / (len(p) + len(g))


def test_sample_corpus_narrative_f1(samples_dir, gold_path):
    from newsledger.ingest import read_inputs

    gold = {a["file"]: a["narratives"] for a in yaml.safe_load(gold_path.read_text())["articles"]}
    fine, coarse_scores = [], []
    for article in read_inputs([str(samples_dir)]):
        labels = [n["label"] for n in to_export(frame_article(article))["narratives"]]
        expected = gold[Path(article.source).name]
        fine.append(_samples_f1(labels, expected))
        coarse_scores.append(_samples_f1({coarse(x) for x in labels}, {coarse(x) for x in expected}))
    # the score main reached; the learned fallback (never fitted on the sample) must not lower it
    assert round(sum(coarse_scores) / len(coarse_scores), 3) >= 0.920
    assert round(sum(fine) / len(fine), 3) >= 0.883


FRAMING = Path(__file__).resolve().parent / "data" / "framing"
# invented articles written for these tests: expected genre and the coarse narratives that must appear
# (an empty set means 'Other'); every predicted label must be of the article's own domain
INVENTED = {
    "report_attack.txt": ("reporting", "URW", set()),
    "report_climate_conference.txt": ("reporting", "CC", set()),
    "report_heatwave.txt": ("reporting", "CC", set()),
    "explainer_net_zero.txt": ("reporting", "CC", set()),
    "oped_climate_sceptic.txt": (
        "opinion",
        "CC",
        {
            "CC: Criticism of climate movement",
            "CC: Controversy about green technologies",
            "CC: Downplaying climate change",
            "CC: Criticism of climate policies",
        },
    ),
    "oped_climate_alarm.txt": ("opinion", "CC", {"CC: Amplifying Climate Fears"}),
    "oped_climate_summit_sarcasm.txt": (
        "opinion",
        "CC",
        {"CC: Criticism of climate policies", "CC: Questioning the measurements and science"},
    ),
    "report_nuclear_plant.txt": ("reporting", "URW", set()),
    "report_nato_meeting_quotes.txt": ("reporting", "URW", set()),
    "oped_pro_ukraine_schools.txt": ("opinion", "URW", set()),
    "oped_pro_ukraine_next_target.txt": ("opinion", "URW", {"URW: Amplifying war-related fears"}),
    "oped_kremlin_front_crumbling.txt": (
        "opinion",
        "URW",
        {"URW: Speculating war outcomes", "URW: Discrediting the West, Diplomacy", "URW: Discrediting Ukraine"},
    ),
    "oped_green_supply_chain.txt": (
        "opinion",
        "CC",
        {"CC: Controversy about green technologies", "CC: Green policies are geopolitical instruments"},
    ),
    "report_relaying_kremlin.txt": (
        "reporting",
        "URW",
        {"URW: Blaming the war on others rather than the invader", "URW: Discrediting Ukraine"},
    ),
    # a state-media report: datelined and attributed, but in loaded words of its own, relaying one side uncontested
    "report_state_media_depot.txt": (
        "reporting",
        "URW",
        {"URW: Discrediting Ukraine", "URW: Praise of Russia", "URW: Blaming the war on others rather than the invader"},
    ),
    # the same invented strike in wire style: both sides' accounts attributed, the accusation reported as one
    "report_wire_depot_claims.txt": ("reporting", "URW", set()),
    "oped_pro_kremlin.txt": (
        "opinion",
        "URW",
        {"URW: Blaming the war on others rather than the invader", "URW: Discrediting Ukraine", "URW: Distrust towards Media"},
    ),
}


def test_every_fine_label_has_a_description_and_cues():
    from newsledger.frame.labels import fine_narratives, narrative_cues

    spec = narrative_cues()
    assert set(spec) == set(fine_narratives())
    for label in fine_narratives():
        assert spec[label]["about"] and spec[label]["cues"], label


@pytest.mark.parametrize("name", sorted(INVENTED))
def test_invented_articles_genre_and_narratives(name):
    genre, domain, must = INVENTED[name]
    frame = to_export(frame_article(_article((FRAMING / name).read_text(), source=name)))
    assert frame["genre"] == genre, classify_genre((FRAMING / name).read_text()).cues
    labels = [n["label"] for n in frame["narratives"]]
    if not must:
        assert labels == ["Other"]
        return
    assert all(label.startswith(f"{domain}: ") for label in labels), labels
    assert must <= {coarse(label) for label in labels}, labels


# --- learned fallback ----------------------------------------------------------------------


def _evidence(name: str):
    from newsledger.frame.narratives import article_evidence
    from newsledger.frame.text import parse, sentences

    text = (FRAMING / name).read_text()
    sents = sentences(parse(text))
    genre = classify_genre(text).label
    return text, sents, genre, article_evidence(text, sents, genre)


def test_learned_fallback_labels_an_argued_piece_no_cue_finds():
    from newsledger.frame.narratives import labels_from_evidence, score_narratives, side

    # an op-ed against replacing a pensioner's boiler, in homely words none of the cue phrases was written for
    text, sents, genre, ev = _evidence("oped_heat_pump_mother.txt")
    assert genre == "opinion"
    assert [n.label for n in labels_from_evidence(ev, genre)] == ["Other"]
    found = score_narratives(text, sents, genre)
    labels = [n.label for n in found]
    assert labels != ["Other"] and len(labels) <= 2
    assert all(label.startswith("CC: ") and side(label) == "sceptic" for label in labels), labels
    assert all(n.evidence for n in found)  # the sentences closest to the chosen label, for the explanation


def test_learned_fallback_leaves_reports_alone():
    from newsledger.frame.learned import fallback
    from newsledger.frame.narratives import score_narratives

    # a neutral report full of the war's vocabulary lies close to some prototypes, but a report is not argued
    text, sents, genre, ev = _evidence("report_nato_meeting_quotes.txt")
    assert genre == "reporting"
    assert fallback(ev.sent_vectors, ev.domains)
    assert [n.label for n in score_narratives(text, sents, genre)] == ["Other"]


def test_learned_fallback_gate_keeps_an_op_ed_of_no_narrative_other():
    from newsledger.frame.learned import GATE, coarse_scores, fallback, shipped_model

    # an op-ed for Ukraine's schools argues none of the taxonomy's narratives: close to no prototype
    _, _, genre, ev = _evidence("oped_pro_ukraine_schools.txt")
    assert genre == "opinion"
    assert max(coarse_scores(shipped_model(), ev.sent_vectors, ev.domains).values()) < GATE
    assert fallback(ev.sent_vectors, ev.domains) == []


def test_learned_fallback_model_file():
    from newsledger.frame.learned import shipped_model

    model = shipped_model()
    gold = [a for g in (Path(__file__).parent / "data" / "narratives").glob("*/gold.yaml")
            for a in yaml.safe_load(g.read_text())["articles"]]
    trained = {coarse(label) for a in gold for label in a["narratives"]} - {"Other"}
    assert set(model["prototypes"]) == trained
    assert all(len(v) == len(model["centre"]) for v in model["prototypes"].values())
    assert all(set(coarse(label) for label in a["narratives"]) <= set(narrative_labels()) | {"Other"} for a in gold)


# --- entities ------------------------------------------------------------------------------


def test_entity_roles_from_cues():
    text = (
        "Valdoria launched a brutal attack on Corvenia on Monday. Valdoria has shelled the border towns for weeks. "
        "Corvenia mourned the victims, and Corvenia called for peace talks. "
    )
    frame = to_export(frame_article(_article(text)))
    roles = {e["name"]: e for e in frame["entities"]}
    assert roles["Valdoria"]["main_role"] == "Antagonist"
    assert roles["Corvenia"]["main_role"] in {"Innocent", "Protagonist"}
    for e in frame["entities"]:
        assert set(e["fine_roles"]) <= set(entity_roles())


# --- outlet profile and CLI ----------------------------------------------------------------


def _stored(tmp_path):
    from newsledger.store import Store

    db = f"sqlite:///{tmp_path / 'frame.db'}"
    store = Store.open(db)
    a = _article(OPINION, source="a.txt", outlet="Valley Courier")
    b = _article(REPORT, source="b.txt", outlet="Valley Courier")
    for art in (a, b):
        store.add_article(art)
        store.save_analysis(ArticleExtraction(article_id=art.id), "test", frame=to_export(frame_article(art)))
    return store, db, a, b


def test_outlet_profile(tmp_path):
    store, _, a, b = _stored(tmp_path)
    profile = outlet_profile("valley courier", store.articles(), store.frames())
    store.close()
    assert profile["outlet"] == "Valley Courier" and len(profile["articles"]) == 2
    assert profile["genres"] == {"opinion": 1, "reporting": 1}
    assert profile["techniques_per_1000_words"] > 0


def test_cli_article_and_outlet(tmp_path):
    from typer.testing import CliRunner

    import newsledger.cli.commands  # noqa: F401
    from newsledger.cli.app import app

    store, db, a, _ = _stored(tmp_path)
    store.close()
    runner = CliRunner()
    shown = runner.invoke(app, ["article", a.id[:8], "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "genre: opinion" in shown.output and "persuasion techniques" in shown.output
    as_json = runner.invoke(app, ["article", a.id, "--db", db, "--json"])
    assert json.loads(as_json.output)["genre"] == "opinion"
    profile = runner.invoke(app, ["outlet", "VALLEY COURIER", "--db", db])
    assert profile.exit_code == 0 and "2 articles" in profile.output
    assert runner.invoke(app, ["article", "nope", "--db", db]).exit_code == 1
    missing = runner.invoke(app, ["outlet", "Nobody", "--db", db])
    assert missing.exit_code == 1 and "Valley Courier" in missing.output


OCEAN_RECORD_REPORT = """Ocean heat reached a new high last year, agency says

GENEVA - The upper oceans stored more heat last year than in any year since measurements began, the World
Meteorological Organization said on Thursday. The agency said the year was the warmest on record for sea
surface temperatures. Marine heatwaves affected about a third of the ocean surface at some point in the year,
according to the report. Researchers said the data came from some 4,000 floats that drift with the currents.
Climate scientists said the global carbon budget would be discussed at a meeting in May, and the agency said
emissions data for the year would follow. Greenhouse gas concentrations rose again, the report said.
"""


def test_records_a_report_states_are_not_amplifying_fears_there():
    # 'warmest on record' and 'marine heatwaves' are what a science report states; in an argued piece
    # the same words are evidence of amplifying fears
    from newsledger.frame.narratives import score_narratives
    from newsledger.frame.text import parse, sentences

    assert classify_genre(OCEAN_RECORD_REPORT).label == "reporting"
    assert _labels_of(OCEAN_RECORD_REPORT) == ["Other"]
    sents = sentences(parse(OCEAN_RECORD_REPORT))
    argued = [n.label for n in score_narratives(OCEAN_RECORD_REPORT, sents, "opinion")]
    assert CC_FEARS in argued


# --- third-person op-eds, concept cues, climate signs ----------------------------------------

THIRD_PERSON_WAR_OPED = """Who really gains from another year of war

Another Brussels summit, another package of shells and missiles for Ukraine, and another round of applause. The applause
is loudest in the boardrooms. The profits of the big weapons manufacturers have doubled since the fighting began,
and their chief executives now describe the war to investors as a decade of guaranteed orders. Every burned-out
tank is a new contract.

It did not begin out of nothing. For years the alliance kept moving its bases and its missiles towards the Russian
border and deeper into Ukraine, and every objection from Moscow was dismissed as paranoia. The men who drew those maps now demand that
Europeans pay the bill. Heating a flat in Bratislava costs twice what it did, and bakeries close because the gas
bills tripled. A pensioner in Brno is told to be patient. A chief executive in Virginia is told congratulations.

A ceasefire was possible before and is possible again. What blocks it is an establishment that has learned how
comfortable a long war can be, as long as someone else does the fighting.
"""

NEUTRAL_DEFENCE_REPORT = """European arms makers report higher orders

FRANKFURT - Several European weapons manufacturers reported higher profits on Tuesday as governments ordered more
artillery shells, company filings showed. "Demand for air defence remains strong," a spokesman for one maker said.
Analysts said the profits of the industry had doubled since 2022. NATO officials said member states had agreed to
raise spending, and the alliance said it would move more troops to its eastern border. Russia's foreign ministry
said the decision was a provocation. Gas bills for households in Slovakia rose again, the energy regulator said.
"""


def test_an_oped_without_we_or_i_that_hardly_attributes_is_opinion():
    genre = classify_genre(THIRD_PERSON_WAR_OPED)
    assert genre.label == "opinion", genre.cues
    assert not any("'we'" in c or "'I'" in c for c in genre.cues)
    # the same facts attributed at a news report's rate stay a report
    assert classify_genre(NEUTRAL_DEFENCE_REPORT).label == "reporting"
    # a text with no opinion cue at all and little attribution is not made an op-ed by the shortfall
    dry = "The bridge is 400 metres long. It carries two lanes of traffic and a railway line. It opened in 1974."
    assert classify_genre(dry).label == "reporting"


def test_concept_cues_match_key_words_in_any_order_within_a_window():
    from newsledger.frame.narratives import _Concept

    arms = _Concept(["arms weapon* defence", "maker* manufacturer* industry", "profit* windfall"])
    assert arms.search("Arms makers post record profits.")
    assert arms.search("The profits of the weapons industry have doubled.")  # other order, inflected
    assert not arms.search("The weapons industry employs 40,000 people." + " and more" * 8 + " profits")  # too far apart
    assert not arms.search("Arms makers hired more engineers.")  # one concept missing
    war = _Concept(["war", "provoke"])
    assert war.search("NATO provoked the war") and war.search("wars they keep provoking")
    assert not war.search("The ward provoked complaints")  # 'ward' is not an inflection of 'war'


def test_concept_cues_find_an_argument_phrased_in_another_order_in_an_oped_only():
    labels = _labels_of(THIRD_PERSON_WAR_OPED)
    assert "URW: Discrediting the West, Diplomacy: The West does not care about Ukraine, only about its interests" in labels
    assert "URW: Negative Consequences for the West: Other" in labels
    assert len(labels) <= 4, labels
    # a report stating the same facts (profits doubled, troops moved to the border, bills rose) argues nothing
    assert _labels_of(NEUTRAL_DEFENCE_REPORT) == ["Other"]


def test_a_sentence_a_phrase_and_the_concepts_both_find_is_firmer_evidence():
    from newsledger.frame.narratives import CORROBORATED, _cue_hits, _label_matchers, _labels, _sentence_weight

    label = next(x for x in _labels() if x.label.endswith("only about its interests")).label

    def weight(line, genre):
        return _sentence_weight(*_cue_hits(line, *_label_matchers(label, genre != "reporting")), genre)

    both = "The arms industry is making record profits from the war, and its shareholders collect the windfall."
    concept_only = "Record profits now flow to the weapons manufacturers."
    neither = "The ministry ordered new trucks."
    assert weight(both, "opinion") == CORROBORATED
    assert weight(both, "reporting") == 1.0  # a report needs two sentences
    assert 0 < weight(concept_only, "opinion") <= 1.0
    assert weight(concept_only, "reporting") == 0.0  # concepts count only in argued genres
    assert weight(neither, "opinion") == 0.0


GLACIER_OPED = """The ice our valley lived on is gone

The glacier above the village fed the streams every dry season for as long as anyone remembers. This summer its
tongue had retreated so far that the meltwater no longer reaches the upper fields. The old men say the ice is
disappearing faster than at any time in their lives, and the records of the region agree. Droughts that came once
a generation now come every few years. When the ice is gone, the rivers will run dry in the months the crops
need them, and the harvests will fail. Millions of people downstream will be left thirsty, and many of them will
have no choice but to leave. The highlands will empty, and the cities will not be able to take them in.
"""

DROUGHT_REPORT = """Reservoirs low after dry winter, water agency says

LIMA - Reservoirs in the southern highlands are at 41 percent of capacity after a dry winter, the national water
agency said on Monday. The agency said glacier meltwater had kept the main rivers flowing through the drought.
Farmers' groups said they had asked for emergency pumps. A second drought year would lead to rationing in two
provinces, officials said. The agency said rains were expected to return in December, and it would publish
glacier survey data next month.
"""


def test_signs_of_climate_change_open_the_climate_domain_and_a_report_on_them_stays_other():
    from newsledger.frame.narratives import article_domains

    assert "CC" in article_domains(GLACIER_OPED)
    labels = _labels_of(GLACIER_OPED)
    assert {coarse(x) for x in labels} == {"CC: Amplifying Climate Fears"}, labels
    assert "CC" in article_domains(DROUGHT_REPORT)
    assert classify_genre(DROUGHT_REPORT).label == "reporting"
    assert _labels_of(DROUGHT_REPORT) == ["Other"]


# an op-ed on a sinking island coast that never says 'climate': few domain words, but the whole text stands
# far closer to the climate labels' descriptions than to the war labels'
ISLAND_OPED = """The tide no longer goes out on Ferro Island

On the eastern shore of the island the sea now comes into the graveyard at every spring tide. The wells my
grandmother drank from turned brackish a decade ago, and the taro pits that fed families for centuries are white
with salt. The seas are rising faster than anyone on this coast can remember, and each winter the storms arrive
stronger and wetter than the last. The reef that broke the waves has turned pale and is dying.

The young are leaving for the mainland. Within the lifetime of my children, the low half of the island will be
under water, and the rest will be too salty to grow anything. Millions of people on low coasts and atolls will be
forced from their homes, and the rich countries that burned the coal and oil are still arguing about targets.
"""

# a report on a flood that never argues: it must not open the climate domain by closeness alone
FLOOD_REPORT = """Flood waters recede in river town, hundreds return home

Residents of the river town of Arlen began returning home on Thursday after flood waters receded, the regional
council said. About 400 people spent three nights in school halls after the river broke its banks on Monday.
"The water came up faster than in 1998," a shopkeeper said. Engineers were checking two bridges for damage, and
the main road north remained closed, police said. The council said it would publish a damage estimate next week.
"""


def test_climate_domain_is_graded_by_words_and_closeness_to_its_descriptions():
    from newsledger.frame.narratives import DOMAIN_MIN_HITS, DOMAIN_TERMS, article_domains

    line = " ".join(ISLAND_OPED.split())
    assert 0 < len(DOMAIN_TERMS["CC"].findall(line)) < DOMAIN_MIN_HITS  # the word list alone would not open it
    assert "CC" in article_domains(ISLAND_OPED)
    labels = _labels_of(ISLAND_OPED)
    assert labels and {coarse(x) for x in labels} == {"CC: Amplifying Climate Fears"}, labels
    assert "CC" not in article_domains(FLOOD_REPORT)
    assert _labels_of(FLOOD_REPORT) == ["Other"]
    # closeness to the war labels says 'a war', any war: a terror-attack op-ed naming Ukraine once is not about it
    terror = (
        "Europe forgets its terror attacks every few years. Gunmen and bombers killed hundreds in its capitals, "
        "the reports were written, and the lessons were shelved. The war in Ukraine and the conflicts on Europe's "
        "edges feed the grievances of extremists, and the security services are stretched thin. We should not need "
        "another massacre to remember what we already know about radicalisation, surveillance and prevention."
    )
    assert "URW" not in article_domains(terror)


def test_cues_carry_the_actor_an_earlier_sentence_named_into_a_bare_army():
    from newsledger.frame.narratives import _with_carried_actor

    lines = [
        "Moscow's spring offensive has stalled in the mud outside the river towns.",
        "Do not mistake this for a pause.",
        "A collapsing army can still do great harm, and the men who command it know that.",
        "The regional military administration said two people were hurt.",
    ]
    carried = _with_carried_actor(lines)
    assert carried[2].startswith("A collapsing Russian army can still")
    assert carried[3] == lines[3]  # 'military' as a modifier is no force noun
    # the nearest earlier sentence naming an actor decides; one naming both sides carries none
    assert "Ukrainian army" in _with_carried_actor(["Kyiv has run short of men.", "The army is stretched thin."])[1]
    both = ["Russia and Ukraine traded strikes overnight.", "The army said it had repelled an attack."]
    assert _with_carried_actor(both) == both
    # too far back, or a sentence that names its own actor: read as it is
    far = ["Moscow has lost its best brigades."] + ["The weather turned cold."] * 4 + ["The army is exhausted."]
    assert _with_carried_actor(far)[-1] == far[-1]


ARMY_OPED = """The offensive that was meant to end it all

For three years I have read the same promises from the Kremlin. This summer its generals said the push on the
eastern towns would be the decisive one. Moscow's spring offensive has stalled in the mud, and it has cost more men
in four months than Russia lost in a decade in Afghanistan. Do not mistake this for a pause. A collapsing army can
still do great harm, and the men who command it know that. We should keep sending shells to Ukraine, because
every month of this attrition costs Russia more than it costs us.
"""


def test_an_oped_on_a_collapsing_army_named_in_the_sentence_before():
    labels = _labels_of(ARMY_OPED)
    assert "URW: Speculating war outcomes: Russian army is collapsing" in labels, labels


def test_rebutted_side_takes_no_support_slot():
    from newsledger.frame.narratives import ArticleEvidence, LabelEvidence, labels_from_evidence
    from newsledger.frame.text import Sentence

    # a sceptic op-ed quotes the alarm it mocks: those alarm labels pass too, but are dropped, and must not use up
    # the slots of the sceptic labels that join as support
    def ev(label, score, at):
        return LabelEvidence(label, score, score, 0.5, 1.0, [Sentence(at, at + 5, "x")], True, True)

    labels = [
        ev("CC: Downplaying climate change: Climate cycles are natural", 0.8, 0),
        ev("CC: Downplaying climate change: CO2 concentrations are too small to have an impact", 0.5, 10),
        ev("CC: Amplifying Climate Fears: Amplifying existing fears of global warming", 0.48, 20),
        ev("CC: Amplifying Climate Fears: Doomsday scenarios for humans", 0.47, 30),
        ev("CC: Controversy about green technologies: Renewable energy is costly", 0.47, 40),
    ]
    support = LabelEvidence("CC: Controversy about green technologies: Renewable energy is unreliable", 0.58, 0.5, 1.0, 0.5,
                            [Sentence(60, 65, "x")], False, True)  # only a concept cue finds it: it joins as support
    chosen = [n.label for n in labels_from_evidence(ArticleEvidence({"CC"}, labels + [support], None, False), "opinion")]
    assert not any("Amplifying" in label for label in chosen)
    assert support.label in chosen


def test_an_entity_named_once_in_capitals_and_once_in_running_text_is_shown_as_written_in_the_text():
    from types import SimpleNamespace

    from newsledger.frame.entities import _display

    spans = [SimpleNamespace(text=t) for t in ("TARVILLE", "Tarville")]
    assert _display(spans) == "Tarville"
    assert _display(list(reversed(spans))) == "Tarville"  # whatever the order, the same name
    assert _display([SimpleNamespace(text=t) for t in ("the Ridge Front", "Ridge Front", "Ridge Front's")]) == "Ridge Front"


def test_a_nameplate_with_genre_label_and_date_is_no_dateline():
    from newsledger.frame.genre import REPORTING_CUES

    dateline = REPORTING_CUES["dateline"]
    assert not dateline.search("THE COPPER BELT — Analysis — 12 March 2031\n\nThe strike was lawful.")
    assert not dateline.search("LAKESIDE VOICE | Opinion | 12 March 2031")
    assert dateline.search("KORALI — Rescuers pulled two more bodies from the river on Tuesday.")
    assert dateline.search("PORT MERA, Jan 4 (XNA) — Rescuers pulled two more bodies from the river.")


def test_an_op_ed_under_a_nameplate_line_is_opinion():
    text = (
        "The river town and the hypocrites who mourn it\n\nBy Ivo Marsh\n\n"
        "THE COPPER BELT — Analysis — 12 March 2031\n\n"
        "On March 11 the army struck a depot of the rebels near the river town, according to the command. "
        "It was a precise and lawful strike on a military target, carried out with the skill our soldiers are known for.\n\n"
        "Within an hour the foreign press had its story. Why did nobody ask who stored the shells beside the school? "
        "Why were armed men guarding a warehouse of flour? Why was the site sealed before anyone could look?\n\n"
        "The answer is simple. Any deaths in that town belong to those who hid their guns among families, "
        "and to the cynical editors who repeat their numbers without a single question. This is not new; it is the "
        "method they have used for ten years, and it will be used again as long as it works."
    )
    assert classify_genre(text).label == "opinion"
