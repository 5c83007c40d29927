"""Word lists the claim finder reads: responsibility predicates, report verbs, hedges, event words.

All entries are lemmas or lowercase word forms. They describe how English news prose states who
is behind an act of violence; nothing here names a party (parties live in resolve/data/parties.yaml).
"""

from __future__ import annotations

from newsledger.extract.actors import TRIGGER_NOUNS, TRIGGER_VERBS, WEAPON_HEADS

# Words that make a sentence about a violent event (with the actor triggers).
EVENT_WORDS = frozenset(
    set(TRIGGER_NOUNS)
    | set(TRIGGER_VERBS)
    | set(
        """terror terrorist terrorism violence massacre slaughter killing killings bombing bombings
        shooting shootings assassination assassinations hostage hostages incursion incursions
        sabotage atrocity atrocities carnage bloodshed rampage onslaught kidnapping abduction
        explosion explosions blast blasts shelling shellings strikes attacks raids murder murders
        casualty casualties dead death deaths wounded victim victims gunman gunmen militant militants
        insurgent insurgents jihadist jihadists perpetrator perpetrators""".split()
    )
)
# Nouns that name the act a claim is about ("responsibility for the bombing").
ACT_NOUNS = frozenset(
    set(TRIGGER_NOUNS)
    | set(
        """violence massacre slaughter killing killings bombing shooting assassination kidnapping
        abduction attacks bombings shootings hijacking sabotage atrocity rampage explosion blast
        incident operation plot act acts crime crimes murder murders assault strikes raids
        incursion incursions downing shootdown sinking beheading beheadings carnage bloodshed""".split()
    )
)
# Acts done to one person or a few, whose owner in "X's killing" is the one it was done to ("the
# councillor's murder", "his abduction"); with "of Y" after it the owner did it ("X's killing of Y").
VICTIM_ACT_NOUNS = frozenset(
    "killing murder assassination kidnapping abduction execution beheading lynching death slaying shooting".split()
)
# A state's body written bare ("the army") that stands for the state named with it before
# ("the Sudanese army ... accused the army of").
BARE_STATE_BODIES = frozenset("army military government regime junta navy".split())
# Help given to the perpetrators by a sponsor: "the attackers received weapons supplied by X",
# "benefited from intelligence provided by X".
SUPPLY_VERBS = frozenset("provide supply give deliver send furnish".split())
SUPPORT_NOUNS = frozenset(
    "support backing help assistance aid funding funds money weapons arms ammunition intelligence training logistics equipment".split()
)
RECEIVE_VERBS = frozenset("receive get benefit enjoy obtain use rely have".split())
# Of those, the ones that stand for the state where the article's events happened when no
# nationality was written with them ("the army" in a story all set in one country).
HOME_STATE_BODIES = frozenset("army military junta".split())
# What a side says it did not have where an act happened ("had no fighters in the area").
PRESENCE_NOUNS = frozenset("operation operations fighter fighters force forces troops unit units presence men members positions".split())
# Prepositions that only date something by an act ("warnings sent before the attack").
TIME_PREPS = frozenset("before after since during ahead until".split())
# Words before the name an unnamed plural singles out ("certain foreign powers, notably X").
SINGLING_WORDS = frozenset("notably especially particularly chiefly principally primarily mainly namely".split())
# What "claimed" takes when it is a toll, not a claim of responsibility ("claimed 40 lives").
TOLL_OBJECTS = frozenset("life lives victim victims casualty casualties toll death deaths soul souls".split())
# Objects of claim/take/accept/admit that make it a claim of responsibility.
RESPONSIBILITY_OBJECTS = frozenset("responsibility credit authorship".split())
CLAIM_VERBS = frozenset("claim".split())
ACCEPT_VERBS = frozenset("take accept admit assume acknowledge".split())

# What "fire" is named by when it is shooting, not a blaze: "sniper fire", "artillery fire".
FIRE_SOURCES = frozenset("sniper artillery tank gun machine-gun machinegun heavy small-arms automatic".split())
# "carried out / set / started a fire at the warehouse": a fire as the act.
SET_FIRES = frozenset("fire fires blaze arson".split())
# Verbs of hiring or paying the people who did it: "they had been paid by X" puts X behind it.
SPONSOR_VERBS = frozenset("pay hire recruit fund finance commission task instruct arm equip train sponsor bankroll".split())
# Verbs whose subject did the act, when their object (or passive subject) is an act noun.
PERPETRATE_VERBS = frozenset(
    """carry perpetrate orchestrate organize organise mastermind plan commit stage launch conduct
    sponsor direct order plot engineer instigate coordinate execute mount deliver start design""".split()
)
# Verbs that need a particle to mean "do the act" ("carry out").
PERPETRATE_PARTICLES = {"carry": "out"}
# Violent verbs whose named subject is stated as the perpetrator ("X struck the city").
VIOLENT_VERBS = frozenset(
    """attack strike shell bomb bombard raid ambush invade storm massacre target kill
    assassinate besiege torch blow""".split()
)
# Verbs of violence, capture or damage done to a target: with a concrete object they say the
# subject did the act ("its fighters had overrun the checkpoint", "said it had hit energy
# facilities", "seized the base", "neutralised seven militants"). The event triggers of the actor
# finder plus the verbs of taking and wrecking a place that the press uses for an assault.
TARGET_VERBS = frozenset(
    set(TRIGGER_VERBS)
    | set(
        """overrun overran raze loot ransack sack hijack neutralise neutralize eliminate gun
        overwhelm seize capture destroy demolish flatten ambush torch burn wreck sabotage""".split()
    )
) - frozenset("fire explode".split())
# Objects that make a verb of taking or wrecking figurative ("seized the opportunity", "hit its
# targets for the year", "damaged relations").
FIGURATIVE_TARGETS = frozenset(
    """opportunity initiative moment chance imagination attention headline headlines snag wall
    relation relations reputation credibility trust confidence economy talks process hope hopes
    momentum power lead title crown limit ceiling jackpot spotlight mood sales quota quotas
    milestone mark""".split()
)
# Objects that make "strike/hit/target" figurative ("struck a deal").
FIGURATIVE_OBJECTS = frozenset(
    """deal agreement accord bargain compromise balance tone chord note blow pose match pact
    nerve record market audience voter voters consumer consumers""".split()
)
# Nouns after "the X of Y" / "Y's X" that assert Y is behind the act, whatever the verb.
STRONG_BEHIND_NOUNS = frozenset(
    """fingerprint fingerprints imprint imprints hallmark hallmarks handiwork signature
    order orders behest instruction instructions command commands direction""".split()
)
# Nouns that assert it only when another word vouches for them (point to, evidence of, ...).
WEAK_BEHIND_NOUNS = frozenset(
    """involvement responsibility role complicity culpability guilt participation hand backing
    sponsorship authorship""".split()
)
# Predicates that vouch for a weak noun: "points to X's involvement", "evidence of X's role".
EVIDENTIAL_HEADS = frozenset(
    """point indicate suggest show prove confirm reveal underline underscore demonstrate
    establish betray expose evidence proof sign signs indication acknowledgement acknowledgment
    admission confirmation likelihood possibility trace traces""".split()
)
# Copular adjectives that vouch for it: "X's involvement is clear".
EVIDENT_ADJECTIVES = frozenset("clear evident obvious certain undeniable beyond proven apparent plain".split())
# "X is responsible for the attack", "X was behind it".
RESPONSIBLE_ADJECTIVES = frozenset("responsible culpable guilty".split())

# Verbs that pass someone else's attribution on ("experts suggest X did it").
REPORT_VERBS = frozenset(
    """say claim allege assert suggest believe think accuse blame attribute report state tell
    insist conclude argue maintain confirm announce declare add note write contend suspect charge
    speculate acknowledge admit warn explain describe consider assume deem hold find cite reckon
    determine establish testify tweet post identify implicate name point see view regard boast
    brag""".split()
)
# Report verbs that name the party as their object: "accused X of", "blamed X for", "attributed ... to X".
ATTRIBUTING_VERBS = frozenset("accuse blame attribute implicate suspect hold name identify pin link tie".split())
# Speaker words that are not agents: "the evidence suggests", "it is logical to assume".
NON_AGENT_SPEAKERS = frozenset(
    """it this that everything all evidence fact facts finding findings evaluation development
    developments circumstance circumstances context logic sign signs detail details nature timing
    pattern data analysis record history what which""".split()
)
# First person: the article's authors speak in their own voice.
AUTHOR_PRONOUNS = frozenset("we i us our".split())
# Verbs of denial and what they reject.
DENY_VERBS = frozenset("deny reject dismiss refute disavow rebuff repudiate disclaim".split())
DENY_OBJECTS = frozenset(
    """involvement responsibility role claim claims accusation accusations allegation allegations
    charge charges link links participation complicity suggestion suggestions blame report reports
    connection connections part idea ideas notion suggestion account story version theory
    assertion assertions insinuation insinuations""".split()
)
# Verbs that label a claim ("called the report false", "described the accusations as absurd"),
# and the labels that make them a denial.
LABEL_VERBS = frozenset("call describe label brand term dub".split())
# Verbs that judge an act and name it after "as": "condemned the attack as a cowardly act of X".
CONDEMN_VERBS = frozenset("condemn denounce decry slam blast criticise criticize characterise characterize portray depict see view".split())
DISMISSIVE_WORDS = frozenset(
    """false untrue baseless groundless unfounded absurd ridiculous preposterous ludicrous nonsense
    fiction fabrication fabrications fabricated lie lies disinformation misinformation propaganda
    fake slander slanderous libel provocation provocative hoax""".split()
)
DENIAL_NOUNS = frozenset("denial denials rejection".split())
# "said it was not involved", "had nothing to do with": predicates of involvement.
INVOLVED_WORDS = frozenset("involve involved involvement responsible behind role part connection link hand".split())

# Hedges: words that soften an attribution without changing who is said to be behind it.
HEDGE_ADVERBS = frozenset(
    """likely probably possibly apparently allegedly reportedly presumably perhaps seemingly
    supposedly purportedly ostensibly maybe""".split()
)
HEDGE_MODALS = frozenset("may might could".split())
HEDGE_VERBS = frozenset("suggest believe suspect allege speculate assume appear seem think".split())
HEDGE_ADJECTIVES = frozenset("likely possible alleged suspected probable presumed apparent".split())
HEDGE_NOUNS = frozenset("likelihood possibility suspicion".split())

# Heads that are another party than the owner: "its enemies", "their rivals" are not the speaker.
OTHER_SIDE_HEADS = frozenset(
    """enemy enemies rival rivals opponent opponents adversary adversaries foe foes critic critics
    victim victims""".split()
)
# People who speak for a body: "a spokesman for X", "a source in X", "an X official".
VOICE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople source sources official officials
    representative representatives commander commanders adviser advisers advisor advisors aide aides""".split()
)
# "the agency", "the army" in the words of a state's spokesman; "the group" in a group's.
OWN_STATE_BODIES = frozenset("agency service army military ministry forces force navy command unit".split())
OWN_GROUP_BODIES = frozenset("group movement organisation organization militia faction alliance".split())
# Nouns for a statement whose participle speaks for the one who issued it ("issued a statement
# denying any role").
STATEMENT_NOUNS = frozenset("statement statements communique communiqué message post video audio letter note".split())
# A message that claims an act for the group named before it ("The banner claimed the ambush").
CLAIMING_MESSAGES = frozenset("message banner note statement communique communiqué video letter leaflet post".split())
# Reflexives of "distanced itself from the attack".
REFLEXIVES = frozenset("itself themselves himself herself ourselves".split())
# Heads that count people: "a handful of divers", "a team of saboteurs" -> the people.
# Participles that tie unnamed men to a group: "militants linked to / affiliated with X".
LINK_PARTICIPLES = frozenset("link affiliate tie connect".split())
# Verbs of taking back a claim: "withdrew the claim", "retracted its claim of responsibility".
RETRACT_VERBS = frozenset("withdraw retract recant rescind disown".split())
# Words that pick some out of a group: "one of its fighters", "several of its members".
PARTITIVE_WORDS = frozenset("one two three four five six several some many few dozens".split())
COLLECTIVE_HEADS = frozenset("handful team band couple number squad pair trio dozen dozens group".split())
# Generic heads whose name follows: "a group called X", "an outfit known as X".
NAMING_VERBS = frozenset("call name dub know style".split())
# Heads for a group that belongs to a bigger one, written before its own name: "the al-Qaeda
# affiliate JNIM", "the Islamic State branch ISWAP" -> the name after the head.
OFFSHOOT_HEADS = frozenset("affiliate offshoot branch wing franchise splinter subsidiary".split())
# Nouns of a verdict on an act that may name its author: "the attack was a crime of the X
# regime", "this is Russian terror", "an act of Israeli aggression".
VERDICT_NOUNS = frozenset(
    """crime crimes terror terrorism atrocity atrocities aggression provocation act massacre murder
    barbarism savagery war-crime""".split()
)
# "X is a front for Y": nouns for a group that stands in for another.
FRONT_NOUNS = frozenset("front cover proxy facade façade puppet mask smokescreen tool instrument".split())
# "a cover used / run by Y": who keeps the front.
FRONT_USE_VERBS = frozenset("use run operate control create set manage employ".split())
# A group's name as the thing that is a front: "the name was a cover used by Y".
GROUP_NAME_NOUNS = frozenset("name label banner brand".split())
# The people who did the act, named by it: "the bomber belonged to X".
PERPETRATOR_NOUNS = frozenset(
    """bomber bombers attacker attackers gunman gunmen assailant assailants shooter shooters
    perpetrator perpetrators hijacker hijackers kidnapper kidnappers killer killers assassin
    assassins""".split()
)
# Heads that stand for a proxy of another party: "X and its proxy, Y" -> Y.
PROXY_HEADS = frozenset("proxy proxies ally allies puppet puppets client surrogate surrogates".split())
# Phrase-internal prepositions kept in a party phrase ("the regime in Kyiv", "forces of X").
PARTY_PREPS = frozenset("of in from".split())
# Prepositions inside an organisation's capitalised name ("the Movement for Democratic Change",
# "the Coalition against Terror"): kept when a capitalised name follows them.
NAME_PREPS = frozenset("for against of".split())
# Hyphenated modifiers that tie a group to a patron or a parent ("al-Qaeda-linked JNIM",
# "Iran-backed militias"): the name before the hyphen is someone else, not the party.
AFFILIATION_WORDS = frozenset(
    """link linked affiliate affiliated back backed ally allied align aligned inspire inspired sponsor
    sponsored fund funded support supported loyal connected tied""".split()
)
# Ties that make the patron share the blame for what its clients did ("Indian-sponsored
# militants", "Kabul-backed terrorists"); not "linked", "affiliated", "inspired", "aligned".
SPONSORING_WORDS = frozenset("back backed sponsor sponsored fund funded finance financed arm armed bankrolled".split())
# People who belong to a group: "jihadists from X", "fighters of X", "members of X" -> X.
MEMBER_HEADS = frozenset(
    """member members fighter fighters militant militants jihadist jihadists insurgent insurgents
    gunman gunmen operative operatives cadre cadres commander commanders combatant combatants
    cell cells module modules squad squads bomber bombers""".split()
)
# "looks like the work of X": verbs of seeming before "like".
SEEM_VERBS = frozenset("look seem appear sound".split())
# A leader's own people: "the bandit leader said his men carried out the raid".
FOLLOWER_HEADS = frozenset("men boys fighters followers troops soldiers forces members gunmen commandos".split())
# Verbs that show someone doing something on a recording: "a video showed X claiming ...".
SHOW_VERBS = frozenset("show feature depict capture".split())
# Last words of a group's name: "the X Valley Alliance" is a body even when tagged a place.
ORG_NAME_HEADS = frozenset(
    "alliance front movement brigade brigades army militia coalition union party council group".split()
)
# Objects that make "attacked / hit / stormed" armed: what only armed men hold.
MILITARY_TARGETS = frozenset(
    """positions base bases barracks checkpoint checkpoints outpost outposts convoy convoys garrison
    garrisons patrol patrols trenches bunker bunkers stronghold strongholds""".split()
)
# "X started the fighting": a clash laid at the door of whoever began it (not "the war", "the talks").
STARTED_FIGHTS = frozenset("fighting clashes clash shooting gunfight firefight skirmish skirmishes violence".split())
# Last words of a landmark's name: "by the X River" says beside it, not who did it.
LANDMARK_NOUNS = frozenset(
    "river lake sea coast bay mountain mountains hill hills valley forest park road highway bridge station square market".split()
)
# Men who follow someone: "fighters loyal to X", "a gang headed by X" -> X (when X is a name).
LOYAL_WORDS = frozenset("loyal devoted".split())
LEAD_VERBS = frozenset("lead head command run".split())
LED_BANDS = frozenset("gang gangs band bands crew crews outfit outfits".split())
# Targets the laws of war protect, and intent adverbs: "denied targeting civilians / deliberately
# shelling homes" rejects a description of the strike, not taking part in it.
PROTECTED_TARGETS = frozenset(
    """civilian civilians noncombatant noncombatants non-combatants hospital hospitals clinic clinics
    school schools home homes house houses residence residences church churches mosque mosques
    journalist journalists medic medics""".split()
)
PROTECTED_MODIFIERS = frozenset("civilian residential humanitarian medical non-military".split())
INTENT_ADVERBS = frozenset("deliberately intentionally indiscriminately knowingly purposely wilfully willfully".split())
# Weapons do not make a party by themselves, but "American-supplied missiles" names the supplier.
# (and an air-defence interceptor that fell short: "killed by a Ukrainian interceptor")
WEAPONS = frozenset(WEAPON_HEADS) | frozenset("interceptor interceptors".split())
# Heads of a phrase that can be a party when it is not itself a name: "the Kyiv regime",
# "Russian forces", "US intelligence" (not "the Russian elections", "the nephews of X").
AGENT_HEADS = frozenset(
    """government regime administration authorities authority state forces force army military troops
    soldiers navy intelligence service services ministry leadership command alliance coalition
    bloc group groups organization organisation organizations movement faction factions cell cells
    militia militias militants fighters rebels insurgents guerrillas jihadists extremists terrorists
    network branch wing affiliate affiliates proxy proxies ally allies puppet regime regimes agency
    agencies units unit brigade brigades battalion battalions regiment corps legion party
    mercenaries contractors imperialism imperialists powers power country countries nation
    nations members member part parts element elements section sections separatists separatist
    saboteurs saboteur operatives operative agents agent hackers commandos paramilitaries
    special defences defenses front fronts cartel cartels gang gangs syndicate
    crew crews team teams squad squads enemy""".split()
)
# Verbs that say the attribution did not happen: "avoided implicating X", "declined to blame X".
WITHHOLD_VERBS = frozenset("avoid refuse decline fail stop cease hesitate".split())

# Every act noun also makes a sentence about an event.
EVENT_WORDS = EVENT_WORDS | (ACT_NOUNS - frozenset("incident operation act acts crime crimes plot".split()))
# Report verbs that also describe evidence ("the findings suggest", "the debris points to"):
# they cite a speaker only when their subject is someone.
EVIDENTIAL_REPORT_VERBS = frozenset("suggest indicate point show reveal prove confirm establish demonstrate".split())
# Nouns for people and bodies that speak.
SPEAKER_NOUNS = frozenset(
    """expert experts official officials analyst analysts investigator investigators authority
    authorities police ministry minister spokesperson spokesman spokeswoman source sources media
    outlet outlets newspaper paper agency agencies government president prime leader leaders
    observer observers witness witnesses commentator commentators researcher researchers scholar
    scholars critic critics journalist journalists reporter reporters prosecutor prosecutors court
    committee commission statement statements narrative report reports channel channels army
    military intelligence service services security diplomat diplomats embassy lawmaker lawmakers
    senator politician politicians resident residents people group groups campaigner activists
    blogger bloggers pundit pundits correspondent correspondents
    think-tank institute monitor monitors""".split()
)
# Modifiers of an act noun after which a nationality says where, not who ("a Russian terror attack").
PLACE_NOT_AGENT_MODIFIERS = frozenset("terror terrorist suicide militant jihadist islamist extremist insurgent domestic".split())
# "gunmen suspected to be X", "fighters believed to belong to X": the party named with a hedge.
SUSPECT_VERBS = frozenset("suspect believe think say allege presume".split())
# Violent verbs that also have ordinary senses ("attacked the plan", "struck a chord"): they need
# a weapon, a casualty or a place nearby to count.
AMBIGUOUS_VIOLENT_VERBS = frozenset("attack strike target hit blow raid storm torch".split())
# Killing verbs count when their object is someone ("killed 12 farmers", "killed a priest").
KILL_VERBS = frozenset("kill murder massacre assassinate slaughter".split())
VICTIM_NOUNS = frozenset(
    """people person civilian civilians soldier soldiers troops officer officers policeman policemen
    police man men woman women child children boy boys girl girls farmer farmers worker workers
    villager villagers resident residents worshipper worshippers pilgrim pilgrims student students
    passenger passengers journalist journalists priest priests imam official officials leader
    leaders commander commanders member members fighter fighters militant militants guard guards
    patient patients doctor doctors family families hostage hostages victim victims dozens hundreds
    scores""".split()
)
# Campaign-level nouns: a nationality before them says whose campaign, not who did an incident.
OPERATION_NOUNS = frozenset("offensive offensives counteroffensive counter-offensive incursion incursions invasion siege war campaign".split())
# Verbs of change over time: "X's operations have grown / attacks have increased" describe a
# trend, not an act.
TREND_VERBS = frozenset("grow increase rise expand decline fall decrease drop surge spread intensify escalate multiply double".split())
# Verbs that confirm an act: its owner confirming it claims it.
CONFIRM_VERBS = frozenset("confirm acknowledge".split())
# Verbs that put the act in the future: "is expected to strike", "threatened to attack".
FUTURE_VERBS = frozenset("expect threaten plan intend vow pledge promise prepare".split())
# Denial objects that are about taking part in the act ("denied involvement"); the rest of
# DENY_OBJECTS ("rejected the accusations") need an event close by.
DENY_INVOLVEMENT_OBJECTS = frozenset("involvement responsibility role participation complicity link links connection connections part".split())
# Violent verbs that need no object to be violent ("forces shelled overnight").
INTRANSITIVE_VIOLENT_VERBS = frozenset("shell bombard besiege invade".split())
# "fired missiles / shots at": the firing verbs count with a weapon or a shot as object.
FIRING_VERBS = frozenset("fire launch shoot plant detonate drop".split())
SHOT_NOUNS = frozenset("shot shots salvo salvos volley volleys round rounds barrage".split())
# Machines that carry out strikes: "Israeli warplanes struck", "blamed on Russian jets".
MACHINES = frozenset(
    """warplane warplanes jet jets aircraft plane planes helicopter helicopters gunship gunships
    warship warships ship ships tank tanks bomber bombers fighter-jet navy""".split()
)
# Generic words for attackers: capitalised at the start of a sentence they are no names ("Gunmen
# attacked the village").
UNNAMED_ACTORS = frozenset(
    """gunman gunmen attacker attackers assailant assailants militant militants insurgent insurgents
    bandit bandits fighter fighters rebel rebels jihadist jihadists terrorist terrorists extremist
    extremists raider raiders kidnapper kidnappers bomber bombers shooter shooters perpetrator
    perpetrators suspect suspects men""".split()
)
# Adjectives that describe attackers without naming them; the tagger may take them for a
# nationality or a name ("Jihadist fighters on motorbikes attacked").
DESCRIPTIVE_ADJECTIVES = frozenset(
    """jihadist jihadi islamist militant extremist insurgent armed unidentified unknown masked
    suspected radical""".split()
)
# Nouns for places: their owner or name says where, not who ("Nigeria's Plateau state").
PLACE_NOUNS = frozenset(
    """state province region district city town village county area capital territory municipality
    oblast neighbourhood neighborhood suburb zone border borderlands outskirts countryside""".split()
)
# Prepositions after which a place says where ("militants in Mali").
LOCATIVE_PREPS = frozenset("in from near at across around outside inside".split())
# Verbs of a weapon or a force striking something, beside the violent verbs ("a missile hit the
# tower", "shells pounded the town"); they count only with a weapon or a force as the striker.
IMPACT_VERBS = frozenset("hit pound slam destroy damage flatten demolish level smash pummel".split())
# Frequency words that make a statement a pattern over time, not one act: "targeted almost
# daily", "hit repeatedly", "has regularly accused X of".
# Words on an act noun that make it other acts than the one reported: "blamed for similar attacks".
OTHER_ACT_WORDS = frozenset("similar such previous past earlier prior other former new further fresh future more".split())
# What a perfect's "since" opens when it spans a campaign, not a night ("have destroyed 600
# aircraft since the beginning of the operation"); MONTHS name the month it started.
SPAN_OPENINGS = frozenset("beginning start outbreak onset launch dawn".split())
MONTHS = frozenset(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# "blamed X for what happened": a free relative that names the event by its happening, or an act
# named as a return blow ("what he called a cowardly reprisal").
HAPPEN_VERBS = frozenset("happen occur unfold".split())
RETALIATION_NOUNS = frozenset("reprisal reprisals retaliation revenge vengeance".split())
# What is left of a weapon: "the wreckage of a Ukrainian missile" still says whose it was.
REMNANT_NOUNS = frozenset("wreckage debris fragment fragments remains remnant remnants shrapnel parts piece pieces".split())
HABITUAL_ADVERBS = frozenset(
    """daily nightly weekly repeatedly regularly routinely frequently often constantly habitually
    systematically persistently""".split()
)
# Verbs of a weapon coming down somewhere ("shells fell on the market", "a rocket landed in a
# yard"), with the prepositions that say where.
LANDING_VERBS = frozenset("fall land rain explode".split())
LANDING_PREPS = ("on", "in", "near", "onto", "into", "at", "inside", "outside")
# Heads that are an armed force: a nationality before them says whose ("Russian troops").
ARMED_FORCES = frozenset(
    """forces force troops army military soldiers navy marines warplanes jets airstrike airstrikes
    artillery gunboats militia militias defences defenses""".split()
)
# People who are the victims' or bystanders' side, not agents, whatever their nationality.
NOT_AGENT_PEOPLE = frozenset(
    """citizens nationals civilians tourists refugees migrants pilgrims voters fans crowds
    prisoners detainees captives survivors relatives neighbours neighbors""".split()
)
# Endings and words of plural nouns for people ("herders", "separatists", "tribesmen", "nomads"),
# as against things ("elections", "policies").
PEOPLE_SUFFIXES = ("ers", "ors", "ists", "men", "ants", "ents", "ites", "ians", "ans", "ees")
PEOPLE_WORDS = frozenset("nomads youths gangs clans tribes vigilantes loyalists herdsmen cadres squads".split())
# Charges that name violence without an act noun: "accused X of terrorism".
CHARGE_WORDS = frozenset("terrorism terror sabotage genocide war-crimes atrocities killings murder murders".split())
# Heads of an amount whose "of" names what was fired ("dozens of rockets", "a barrage of drones").
QUANTITY_HEADS = frozenset(
    "dozen dozens hundred hundreds score scores barrage salvo volley wave waves series number squadron swarm fleet flurry".split()
)
# Acts that only an armed force carries out: a country's name before them says who struck.
MILITARY_ACTS = frozenset("strike strikes airstrike airstrikes air-strike bombardment bombardments shelling".split())
# Labels before a headline's colon that are sections, not speakers ("Analysis: ...").
HEADLINE_LABELS = frozenset(
    """analysis opinion exclusive explainer update live breaking watch video photos comment
    editorial factbox timeline q&a interview review report special focus insight""".split()
)
# Words that count acts: "claimed several / numerous attacks" is a record, not this act.
QUANTITY_WORDS = frozenset("several numerous many multiple countless dozens hundreds scores various".split())
# Verbs of pride in an act: "boasted of killing 20 soldiers", "bragged about the raid".
BOAST_VERBS = frozenset("boast brag gloat crow".split())
# Titles of one person who speaks: "they" in their words is not their own side acting.
PERSON_TITLES = frozenset(
    """mayor governor minister president premier official resident witness survivor doctor nurse
    farmer teacher father mother son daughter wife husband neighbour neighbor shopkeeper driver
    woman man chief head""".split()
)

# Nouns for a charge made against a party ("an accusation against X", "the allegations against X").
ACCUSATION_NOUNS = frozenset("accusation allegation".split())

# Bodies that speak for a people ("no herder organisation is responsible").
PEOPLE_BODY_HEADS = frozenset("organisation organization association union group body".split())
