"""Initiatives and wishes, written as templates that are set in several districts.

A template's texts use the public places of its district (``{quiet_street}``,
``{square}``, ...); ``kortrijk.demo.plans`` fills them in. Templates with
French and English texts are translated for their first ``translated``
districts.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Template:
    """One kind of initiative, with the districts it is set in."""

    key: str
    kind: str
    themes: tuple
    needs: tuple
    districts: tuple
    title: str
    summary: str
    body: tuple
    location: str
    image: str = ""
    image_alt: str = ""
    translations: dict = field(default_factory=dict)
    translated: int = 0


INITIATIVE, WISH = "initiative", "wish"

TEMPLATES = [
    Template(
        key="speelstraat",
        kind=INITIATIVE,
        themes=("spelen", "kinderen"),
        needs=("volunteers",),
        districts=("sint-jan", "overleie", "walle"),
        title="Speelstraat in de {quiet_street}",
        summary=(
            "In de zomervakantie wordt de {quiet_street} elke woensdagnamiddag een "
            "speelstraat: geen doorgaand verkeer, wel krijt, fietsjes en buren op "
            "een stoel."
        ),
        body=(
            "Het idee kwam van ouders die merkten dat hun kinderen bijna niet meer "
            "buiten spelen. Er is geen speelplein in de buurt, maar de "
            "{quiet_street} is breed en er moet weinig verkeer door.",
            "Met de steun van de buurtwerker vragen we de speelstraat aan bij de "
            "stad. We zoeken nog een paar peters en meters die om beurten de "
            "nadarhekken zetten en weer wegnemen.",
        ),
        location="{quiet_street}",
        image="speelstraat",
        image_alt="Kinderen tekenen met krijt op een autovrije straat.",
        translated=2,
        translations={
            "fr": {
                "title": "Rue réservée au jeu dans la {quiet_street}",
                "summary": (
                    "Pendant les vacances d'été, la {quiet_street} devient chaque "
                    "mercredi après-midi une rue réservée au jeu : pas de "
                    "circulation de transit, mais des craies, des vélos et des "
                    "voisins sur une chaise."
                ),
                "body": (
                    "L'idée vient de parents qui ont remarqué que leurs enfants ne "
                    "jouent presque plus dehors. Il n'y a pas de plaine de jeux "
                    "près d'ici, mais la {quiet_street} est large et peu de voitures "
                    "doivent y passer.",
                    "Avec le soutien du travailleur de quartier, nous introduisons "
                    "la demande auprès de la ville. Nous cherchons encore quelques "
                    "parrains et marraines pour placer et retirer les barrières à "
                    "tour de rôle.",
                ),
                "image_alt": "Des enfants dessinent à la craie dans une rue sans "
                "voitures.",
            },
            "en": {
                "title": "Play street in {quiet_street}",
                "summary": (
                    "During the summer holidays, {quiet_street} becomes a play "
                    "street every Wednesday afternoon: no through traffic, but "
                    "chalk, bikes and neighbours on a chair."
                ),
                "body": (
                    "The idea came from parents who noticed that their children "
                    "hardly play outside any more. There is no playground nearby, "
                    "but {quiet_street} is wide and little traffic needs to pass "
                    "through.",
                    "With the help of the district worker we are applying to the "
                    "city. We are still looking for a few volunteers to take turns "
                    "putting up and removing the barriers.",
                ),
                "image_alt": "Children drawing with chalk on a car-free street.",
            },
        },
    ),
    Template(
        key="repair-cafe",
        kind=INITIATIVE,
        themes=("samenleven", "armoede"),
        needs=("volunteers", "material"),
        districts=("heule", "marke", "overleie"),
        title="Repair café in {name}",
        summary=(
            "Elke eerste zaterdag van de maand herstellen vrijwilligers in {hall} "
            "gratis kapotte lampen, broeken, fietsen en koffiezetapparaten, samen "
            "met de eigenaar."
        ),
        body=(
            "Weggooien is zonde, herstellen is leuk, zeker samen. Wie iets "
            "meebrengt, blijft erbij en leert hoe het werkt. Intussen is er koffie "
            "en taart aan democratische prijzen.",
            "We zoeken nog mensen die handig zijn met een naaimachine of een "
            "soldeerbout, en wie gereedschap over heeft, maakt ons blij.",
        ),
        location="{hall_place}",
        image="repair",
        image_alt="Een vrijwilliger herstelt een lamp aan een werktafel.",
        translated=1,
        translations={
            "fr": {
                "title": "Repair café à {name}",
                "summary": (
                    "Chaque premier samedi du mois, des bénévoles réparent "
                    "gratuitement lampes, pantalons, vélos et cafetières, avec leur "
                    "propriétaire."
                ),
                "body": (
                    "Jeter, c'est dommage ; réparer, c'est chouette, surtout "
                    "ensemble. Qui apporte un objet reste à côté et apprend comment "
                    "il fonctionne. Pendant ce temps, café et gâteau à petit prix.",
                    "Nous cherchons encore des personnes habiles avec une machine à "
                    "coudre ou un fer à souder, et tout outil dont vous n'avez plus "
                    "besoin nous fait plaisir.",
                ),
                "image_alt": "Un bénévole répare une lampe sur un établi.",
            },
            "en": {
                "title": "Repair café in {name}",
                "summary": (
                    "Every first Saturday of the month, volunteers repair broken "
                    "lamps, trousers, bikes and coffee makers for free, together "
                    "with their owners."
                ),
                "body": (
                    "Throwing things away is a waste; repairing them is fun, "
                    "especially together. Whoever brings something stays with it "
                    "and learns how it works. Meanwhile there is coffee and cake at "
                    "modest prices.",
                    "We are still looking for people who are handy with a sewing "
                    "machine or a soldering iron, and spare tools are very welcome.",
                ),
                "image_alt": "A volunteer repairs a lamp at a workbench.",
            },
        },
    ),
    Template(
        key="zitbanken-leie",
        kind=WISH,
        themes=("publieke-ruimte", "ouderen"),
        needs=("money",),
        districts=("kortrijk-centrum",),
        title="Zitbanken langs de Leie",
        summary=(
            "Oudere bewoners van het centrum vragen meer zitbanken op de "
            "Leieboorden, om onderweg even uit te rusten en naar het water te "
            "kijken."
        ),
        body=(
            "Tijdens “Kortrijk spreekt” vertelden verschillende bewoners dat ze de "
            "wandeling langs de Leie niet meer in één keer halen. Tussen de "
            "Broeltorens en de Budabrug staan te weinig banken.",
            "We stelden samen met de buurtwerker een lijstje op van plekken met "
            "schaduw en een mooi zicht.",
        ),
        location="Leieboorden",
        image="leie",
        image_alt="Een zitbank aan het water, met bomen op de achtergrond.",
        translated=1,
        translations={
            "fr": {
                "title": "Des bancs le long de la Lys",
                "summary": (
                    "Des habitants âgés du centre demandent plus de bancs sur les "
                    "berges de la Lys, pour se reposer un moment en chemin et "
                    "regarder l'eau."
                ),
                "body": (
                    "Lors de « Kortrijk spreekt », plusieurs habitants ont raconté "
                    "qu'ils n'arrivent plus à longer la Lys d'une traite. Entre les "
                    "tours du Broel et le pont Buda, il y a trop peu de bancs.",
                    "Avec le travailleur de quartier, nous avons dressé une liste "
                    "d'endroits à l'ombre et avec une belle vue.",
                ),
                "image_alt": "Un banc au bord de l'eau, avec des arbres en "
                "arrière-plan.",
            },
            "en": {
                "title": "Benches along the Leie",
                "summary": (
                    "Older residents of the centre ask for more benches on the "
                    "banks of the Leie, to rest on the way and look at the water."
                ),
                "body": (
                    "During “Kortrijk spreekt”, several residents said they can no "
                    "longer walk along the Leie in one go. Between the Broel towers "
                    "and the Buda bridge there are too few benches.",
                    "Together with the district worker we listed spots with shade "
                    "and a good view.",
                ),
                "image_alt": "A bench by the water, with trees in the background.",
            },
        },
    ),
    Template(
        key="rustbanken",
        kind=WISH,
        themes=("publieke-ruimte", "ouderen"),
        needs=("money",),
        districts=("rollegem", "bissegem"),
        title="Rustbanken voor wandelaars in {name}",
        summary=(
            "Wie met de rollator of met kleine kinderen wandelt in {green}, vindt "
            "nergens een plek om te zitten. Bewoners vragen een paar eenvoudige "
            "banken."
        ),
        body=(
            "Een bank om de paar honderd meter maakt een wandeling weer haalbaar "
            "voor wie minder goed te been is.",
            "Bewoners willen zelf mee beslissen over de plaats, zodat de banken "
            "niet voor iemands voordeur belanden.",
        ),
        location="{green_place}",
    ),
    Template(
        key="buurtmoestuin",
        kind=INITIATIVE,
        themes=("vergroening", "samenleven"),
        needs=("material", "place"),
        districts=("lange-munte", "bissegem", "kortrijk"),
        title="Buurtmoestuin {name}",
        summary=(
            "Een stuk grond in {green} wordt een moestuin voor en door de buurt: "
            "wie wil, krijgt een bak, en wat we samen kweken, delen we."
        ),
        body=(
            "De meeste buren hebben geen tuin of alleen een koer. In de moestuin "
            "leren jong en oud van elkaar hoe je tomaten, bonen en kruiden kweekt.",
            "We zoeken nog regentonnen, plantgoed en iemand die de sleutel van het "
            "tuinhuis wil beheren.",
        ),
        location="{green_place}",
        image="moestuin",
        image_alt="Moestuinbakken met jonge planten en een gieter.",
        translated=1,
        translations={
            "fr": {
                "title": "Potager de quartier à {name}",
                "summary": (
                    "Un bout de terrain du quartier devient un potager pour et par "
                    "les voisins : qui le souhaite reçoit un bac, et ce que nous "
                    "cultivons ensemble, nous le partageons."
                ),
                "body": (
                    "La plupart des voisins n'ont pas de jardin, ou seulement une "
                    "cour. Au potager, jeunes et moins jeunes apprennent les uns "
                    "des autres à cultiver tomates, haricots et herbes aromatiques.",
                    "Nous cherchons encore des tonneaux à eau de pluie, des plants "
                    "et quelqu'un pour garder la clé de la cabane de jardin.",
                ),
                "image_alt": "Des bacs de potager avec de jeunes plants et un "
                "arrosoir.",
            },
            "en": {
                "title": "{name} community garden",
                "summary": (
                    "A plot in the neighbourhood becomes a vegetable garden for and "
                    "by the neighbours: anyone who wants one gets a raised bed, and "
                    "what we grow together, we share."
                ),
                "body": (
                    "Most neighbours have no garden, or only a yard. In the garden, "
                    "young and old learn from each other how to grow tomatoes, "
                    "beans and herbs.",
                    "We are still looking for rain barrels, seedlings and someone "
                    "to look after the key of the garden shed.",
                ),
                "image_alt": "Raised vegetable beds with young plants and a "
                "watering can.",
            },
        },
    ),
    Template(
        key="schoolroute",
        kind=WISH,
        themes=("fietsveiligheid", "kinderen", "mobiliteit"),
        needs=("volunteers",),
        districts=("bellegem", "aalbeke", "marke"),
        title="Veilige schoolroute {name}",
        summary=(
            "Ouders willen dat hun kinderen veilig naar {school} kunnen fietsen en "
            "stappen, met duidelijke oversteekplaatsen en minder auto's aan de "
            "schoolpoort."
        ),
        body=(
            "Elke ochtend is het aan de schoolpoort een chaos van auto's die "
            "stoppen, draaien en achteruitrijden. Veel ouders durven hun kinderen "
            "daarom niet alleen met de fiets te laten gaan.",
            "We brachten samen met de kinderen de gevaarlijke punten in kaart en "
            "vragen de stad een schoolstraat en een beter zebrapad op de "
            "{main_road}.",
        ),
        location="{school_place}",
        image="fiets",
        image_alt="Kinderen met een fluohesje fietsen over een fietspad.",
        translated=1,
        translations={
            "fr": {
                "title": "Un chemin de l'école sûr à {name}",
                "summary": (
                    "Des parents veulent que leurs enfants puissent aller à l'école "
                    "à vélo ou à pied en sécurité, avec des passages clairs et moins "
                    "de voitures devant l'école."
                ),
                "body": (
                    "Chaque matin, devant l'école, c'est le chaos : des voitures qui "
                    "s'arrêtent, font demi-tour et reculent. Beaucoup de parents "
                    "n'osent donc pas laisser leurs enfants venir seuls à vélo.",
                    "Avec les enfants, nous avons cartographié les points dangereux "
                    "et nous demandons à la ville une rue scolaire et un meilleur "
                    "passage pour piétons sur la {main_road}.",
                ),
                "image_alt": "Des enfants en gilet fluo roulent sur une piste "
                "cyclable.",
            },
            "en": {
                "title": "A safe route to school in {name}",
                "summary": (
                    "Parents want their children to cycle and walk to school "
                    "safely, with clear crossings and fewer cars at the school gate."
                ),
                "body": (
                    "Every morning the school gate is chaos: cars stopping, turning "
                    "and reversing. Many parents therefore do not dare to let their "
                    "children cycle on their own.",
                    "Together with the children we mapped the dangerous spots, and "
                    "we are asking the city for a school street and a better zebra "
                    "crossing on the {main_road}.",
                ),
                "image_alt": "Children in high-visibility vests cycling on a bike "
                "path.",
            },
        },
    ),
    Template(
        key="oversteek",
        kind=WISH,
        themes=("fietsveiligheid", "mobiliteit"),
        needs=(),
        districts=("bissegem", "heule", "walle"),
        title="Veilig oversteken op de {main_road}",
        summary=(
            "Bewoners vragen een veilige oversteekplaats voor fietsers en "
            "voetgangers op de {main_road}, waar auto's vaak veel te snel rijden."
        ),
        body=(
            "Wie met de fiets of te voet naar de bakker of de bushalte wil, moet de "
            "{main_road} over. Op het drukke uur wacht je soms minutenlang op een "
            "gaatje.",
            "Bewoners telden een week lang het verkeer en bezorgden hun cijfers aan "
            "de mobiliteitsdienst. Ze stellen een middeneiland en een "
            "trajectcontrole voor.",
        ),
        location="{main_road}",
    ),
    Template(
        key="koffie",
        kind=INITIATIVE,
        themes=("eenzaamheid", "ouderen", "samenleven"),
        needs=("volunteers", "place"),
        districts=("sint-jan", "rollegem", "kooigem"),
        title="Koffie met de buren in {name}",
        summary=(
            "Elke dinsdagnamiddag staat de koffie klaar in {hall}. Wie alleen woont "
            "of gewoon zin heeft in een babbel, is welkom."
        ),
        body=(
            "Sinds het café om de hoek dicht is, zien veel buren elkaar nog zelden. "
            "Vooral wie alleen woont, mist dat praatje.",
            "Vrijwilligers halen wie slecht te been is thuis op. We zoeken nog "
            "chauffeurs en iemand die af en toe een taart wil bakken.",
        ),
        location="{hall_place}",
        translated=1,
        translations={
            "fr": {
                "title": "Café entre voisins à {name}",
                "summary": (
                    "Chaque mardi après-midi, le café est prêt à la salle de "
                    "quartier. Qui vit seul, ou a simplement envie de bavarder, est "
                    "le bienvenu."
                ),
                "body": (
                    "Depuis la fermeture du café du coin, beaucoup de voisins ne se "
                    "voient plus guère. Ceux qui vivent seuls regrettent surtout ce "
                    "petit bavardage.",
                    "Des bénévoles vont chercher à domicile les personnes qui se "
                    "déplacent difficilement. Nous cherchons encore des chauffeurs "
                    "et quelqu'un qui fasse de temps en temps un gâteau.",
                ),
            },
            "en": {
                "title": "Coffee with the neighbours in {name}",
                "summary": (
                    "Every Tuesday afternoon the coffee is ready at the community "
                    "centre. Anyone who lives alone, or just fancies a chat, is "
                    "welcome."
                ),
                "body": (
                    "Since the café on the corner closed, many neighbours hardly "
                    "see each other. People who live alone miss that chat most.",
                    "Volunteers pick up those who find walking difficult. We are "
                    "still looking for drivers and someone to bake a cake now and "
                    "then.",
                ),
            },
        },
    ),
    Template(
        key="boodschappenhulp",
        kind=INITIATIVE,
        themes=("zorg", "ouderen", "eenzaamheid"),
        needs=("volunteers",),
        districts=("aalbeke", "overleie"),
        title="Boodschappenhulp voor oudere buren in {name}",
        summary=(
            "Vrijwilligers doen wekelijks boodschappen voor buren die zelf niet "
            "meer tot aan de winkel geraken, en nemen de tijd voor een babbel."
        ),
        body=(
            "Voor wie niet meer met de auto rijdt, is de dichtste supermarkt ver. "
            "Een buur die even meegaat of de boodschappen brengt, maakt het "
            "verschil.",
            "De buurtwerker brengt vraag en aanbod samen. Zo weet iedereen bij wie "
            "hij terechtkan.",
        ),
        location="{hall_place}",
    ),
    Template(
        key="geveltuinen",
        kind=INITIATIVE,
        themes=("vergroening", "publieke-ruimte"),
        needs=("material",),
        districts=("walle", "overleie", "kortrijk-centrum"),
        title="Geveltuintjes in de {quiet_street}",
        summary=(
            "Bewoners van de {quiet_street} breken samen een tegel uit het voetpad "
            "en planten klimrozen, lavendel en kruiden tegen hun gevel."
        ),
        body=(
            "Een geveltuin is klein, maar doet veel: de straat wordt groener, "
            "koeler in de zomer, en het regenwater kan weer in de grond.",
            "De stad geeft de toestemming en het eerste plantgoed; de buren zorgen "
            "samen voor het onderhoud. Een kruiwagen en wat potgrond zijn altijd "
            "welkom.",
        ),
        location="{quiet_street}",
        translated=1,
        translations={
            "fr": {
                "title": "Jardins de façade dans la {quiet_street}",
                "summary": (
                    "Les habitants de la {quiet_street} retirent ensemble un pavé du "
                    "trottoir et plantent rosiers grimpants, lavande et herbes "
                    "contre leur façade."
                ),
                "body": (
                    "Un jardin de façade est petit mais fait beaucoup : la rue "
                    "devient plus verte, plus fraîche en été, et l'eau de pluie "
                    "peut de nouveau s'infiltrer.",
                    "La ville donne l'autorisation et les premiers plants ; les "
                    "voisins assurent ensemble l'entretien. Une brouette et du "
                    "terreau sont toujours les bienvenus.",
                ),
            },
            "en": {
                "title": "Facade gardens in {quiet_street}",
                "summary": (
                    "Residents of {quiet_street} take paving stones out of the "
                    "pavement together and plant climbing roses, lavender and herbs "
                    "against their walls."
                ),
                "body": (
                    "A facade garden is small but does a lot: the street becomes "
                    "greener, cooler in summer, and rainwater can soak into the "
                    "ground again.",
                    "The city gives permission and the first plants; the "
                    "neighbours look after them together. A wheelbarrow and some "
                    "potting soil are always welcome.",
                ),
            },
        },
    ),
    Template(
        key="huiswerk",
        kind=INITIATIVE,
        themes=("kinderen", "armoede"),
        needs=("volunteers", "place"),
        districts=("sint-jan", "lange-munte"),
        title="Huiswerkbegeleiding in {name}",
        summary=(
            "Op woensdagnamiddag helpen vrijwilligers kinderen van de lagere school "
            "met hun huiswerk, in {hall}."
        ),
        body=(
            "Niet elke ouder kan helpen met breuken of een spreekbeurt, zeker niet "
            "in het Nederlands. Een rustige plek en een geduldige vrijwilliger "
            "helpen al veel.",
            "We zoeken nog vrijwilligers, gepensioneerde leerkrachten zijn meer "
            "dan welkom, en een tweede lokaal voor de oudste kinderen.",
        ),
        location="{hall_place}",
    ),
    Template(
        key="buurtfeest",
        kind=INITIATIVE,
        themes=("samenleven", "cultuur"),
        needs=("material", "money"),
        districts=("marke", "bellegem", "kortrijk"),
        title="Buurtfeest op {square}",
        summary=(
            "Eén zaterdag per jaar wordt {square} een grote feestzaal, met een "
            "springkasteel, een barbecue en muziek van buren die een instrument "
            "spelen."
        ),
        body=(
            "Het begon met een paar tafels en een barbecue, intussen komen er "
            "honderden buren. Iedereen brengt iets mee, van rijsttaart tot baklava.",
            "Voor de tenten, de nadarhekken en de elektriciteit vragen we een kleine "
            "subsidie aan. Wie wil helpen met opbouwen, is welkom vanaf negen uur.",
        ),
        location="{square_place}",
        image="buurtfeest",
        image_alt="Slingers met gekleurde vlaggetjes boven een plein.",
        translated=1,
        translations={
            "fr": {
                "title": "Fête de quartier à {name}",
                "summary": (
                    "Un samedi par an, la place devient une grande salle des fêtes, "
                    "avec château gonflable, barbecue et musique de voisins qui "
                    "jouent d'un instrument."
                ),
                "body": (
                    "Tout a commencé avec quelques tables et un barbecue ; "
                    "aujourd'hui, des centaines de voisins viennent. Chacun apporte "
                    "quelque chose, de la tarte au riz au baklava.",
                    "Pour les tentes, les barrières et l'électricité, nous "
                    "demandons un petit subside. Qui veut aider au montage est le "
                    "bienvenu dès neuf heures.",
                ),
                "image_alt": "Des guirlandes de fanions colorés au-dessus d'une place.",
            },
            "en": {
                "title": "Street party in {name}",
                "summary": (
                    "One Saturday a year, the square turns into one big party hall, "
                    "with a bouncy castle, a barbecue and music by neighbours who "
                    "play an instrument."
                ),
                "body": (
                    "It started with a few tables and a barbecue; now hundreds of "
                    "neighbours come. Everyone brings something, from rice tart to "
                    "baklava.",
                    "For the tents, barriers and electricity we are applying for a "
                    "small grant. Anyone who wants to help set up is welcome from "
                    "nine o'clock.",
                ),
                "image_alt": "Strings of colourful bunting above a square.",
            },
        },
    ),
    Template(
        key="weggeefkast",
        kind=INITIATIVE,
        themes=("armoede", "samenleven"),
        needs=("material",),
        districts=("heule", "rollegem"),
        title="Weggeefkast in {name}",
        summary=(
            "Een kast op {square} waar je kleren, boeken en speelgoed achterlaat of "
            "meeneemt, zonder vragen en zonder geld."
        ),
        body=(
            "Wat jij niet meer gebruikt, maakt een ander blij. De kast staat droog "
            "onder een afdak en wordt elke week door vrijwilligers opgeruimd.",
            "We vragen om alleen propere en heel gebleven spullen binnen te "
            "brengen, en geen voeding.",
        ),
        location="{square_place}",
    ),
    Template(
        key="bomen",
        kind=WISH,
        themes=("vergroening", "publieke-ruimte"),
        needs=(),
        districts=("lange-munte", "marke", "aalbeke"),
        title="Meer bomen in de {quiet_street}",
        summary=(
            "Bewoners van de {quiet_street} vragen bomen in hun straat: voor "
            "schaduw in de zomer, voor de vogels, en omdat een straat met bomen "
            "gewoon mooier is."
        ),
        body=(
            "In de hele {quiet_street} staat vandaag geen enkele boom. Op hete "
            "dagen blijft het er 's avonds benauwd.",
            "De bewoners willen een parkeerplaats opgeven voor een boomvak, en "
            "helpen de eerste zomers mee met water geven.",
        ),
        location="{quiet_street}",
    ),
    Template(
        key="speeltoestellen",
        kind=WISH,
        themes=("kinderen", "spelen"),
        needs=("money",),
        districts=("kooigem", "bissegem"),
        title="Nieuwe speeltoestellen op {square}",
        summary=(
            "De schommel is kapot en de glijbaan verroest: ouders vragen nieuwe "
            "speeltoestellen op {square}, ook voor de allerkleinsten."
        ),
        body=(
            "{square_cap} is de enige plek in de buurt waar kinderen veilig kunnen "
            "spelen. Nu blijven veel gezinnen weg, omdat de toestellen versleten "
            "zijn.",
            "Kinderen van {school} tekenden hun droomspeeltuin. Die tekeningen "
            "gaan mee naar de stad.",
        ),
        location="{square_place}",
    ),
    Template(
        key="fietsatelier",
        kind=INITIATIVE,
        themes=("fietsveiligheid", "kinderen", "armoede"),
        needs=("volunteers", "material", "place"),
        districts=("walle", "overleie"),
        title="Fietsherstelatelier voor kinderen in {name}",
        summary=(
            "Kinderen leren in {hall} zelf hun fiets herstellen: een band plakken, "
            "de remmen afstellen en de lichten in orde brengen."
        ),
        body=(
            "Een fiets met kapotte remmen of zonder licht is gevaarlijk, maar een "
            "herstelling kost geld dat niet elk gezin heeft. In het atelier leren "
            "kinderen het zelf, met gereedschap van de buurt.",
            "We zoeken afgedankte fietsen voor onderdelen, binnenbanden en "
            "vrijwilligers die graag sleutelen.",
        ),
        location="{hall_place}",
        image="fiets",
        image_alt="Een kinderfiets met een nieuwe band, klaar om te vertrekken.",
    ),
    Template(
        key="verlichting",
        kind=WISH,
        themes=("fietsveiligheid", "publieke-ruimte"),
        needs=(),
        districts=("rollegem", "bellegem"),
        title="Betere verlichting op het fietspad langs de {main_road}",
        summary=(
            "In de winter fietsen scholieren en werkenden in het donker langs de "
            "{main_road}. Bewoners vragen verlichting op het fietspad."
        ),
        body=(
            "Tussen het dorp en de stad is het fietspad 's avonds pikdonker. Wie er "
            "naar huis fietst, ziet putten en takken pas op het laatste moment.",
            "De vraag kwam op elk buurtbezoek terug. Ledverlichting die pas "
            "oplicht wanneer er iemand passeert, spaart energie en stoort de dieren "
            "in de velden niet.",
        ),
        location="{main_road}",
    ),
    Template(
        key="voorlezen",
        kind=INITIATIVE,
        themes=("kinderen", "cultuur"),
        needs=("volunteers",),
        districts=("heule", "kortrijk-centrum"),
        title="Voorleesuurtje in {name}",
        summary=(
            "Op zaterdagochtend lezen buren in {hall} voor aan kinderen van drie "
            "tot acht jaar, in het Nederlands en in de talen van de buurt."
        ),
        body=(
            "Kinderen die veel voorgelezen worden, leren makkelijker lezen. En "
            "ouders die zelf nog Nederlands leren, luisteren graag mee.",
            "We zoeken voorlezers die Arabisch, Turks, Pools of Oekraïens spreken, "
            "en prentenboeken in die talen.",
        ),
        location="{hall_place}",
    ),
    Template(
        key="zwerfvuil",
        kind=INITIATIVE,
        themes=("publieke-ruimte", "samenleven"),
        needs=("volunteers", "material"),
        districts=("bissegem", "kooigem", "sint-jan"),
        title="Zwerfvuilploeg {name}",
        summary=(
            "Een groep buren trekt één keer per maand met grijpers en vuilniszakken "
            "door de straten en langs {green}."
        ),
        body=(
            "Blikjes, plastic en sigarettenpeuken: langs de wegen ligt meer dan je "
            "denkt. Samen ruimen we in twee uur meer op dan alleen in een maand.",
            "De stad leent grijpers, handschoenen en fluohesjes uit en haalt de "
            "volle zakken op. Na afloop drinken we samen iets.",
        ),
        location="{green_place}",
        translated=1,
        translations={
            "fr": {
                "title": "Ramassage de déchets à {name}",
                "summary": (
                    "Une fois par mois, un groupe de voisins parcourt les rues et "
                    "les chemins avec des pinces et des sacs poubelle."
                ),
                "body": (
                    "Canettes, plastique et mégots : le long des routes, il y en a "
                    "plus qu'on ne le pense. Ensemble, nous ramassons en deux "
                    "heures plus qu'une personne seule en un mois.",
                    "La ville prête pinces, gants et gilets fluo, et vient chercher "
                    "les sacs pleins. Après, nous prenons un verre ensemble.",
                ),
            },
            "en": {
                "title": "Litter picking team in {name}",
                "summary": (
                    "Once a month, a group of neighbours walks the streets and "
                    "paths with litter pickers and bin bags."
                ),
                "body": (
                    "Cans, plastic and cigarette butts: there is more along the "
                    "roads than you would think. Together we clear more in two "
                    "hours than one person does in a month.",
                    "The city lends litter pickers, gloves and high-visibility "
                    "vests, and collects the full bags. Afterwards we have a drink "
                    "together.",
                ),
            },
        },
    ),
    Template(
        key="wandelen",
        kind=INITIATIVE,
        themes=("eenzaamheid", "zorg"),
        needs=("volunteers",),
        districts=("bellegem", "lange-munte"),
        title="Samen wandelen in {name}",
        summary=(
            "Elke donderdagochtend vertrekt aan {hall} een wandelgroep voor een "
            "tocht van een uur, op het tempo van de traagste."
        ),
        body=(
            "Wie alleen woont, een partner verloor of net verhuisde, vindt in de "
            "wandelgroep gezelschap zonder verplichtingen.",
            "Onderweg wordt er gepraat of gezwegen, allebei mag. Na de wandeling "
            "is er koffie.",
        ),
        location="{hall_place}",
    ),
    Template(
        key="muurschildering",
        kind=INITIATIVE,
        themes=("cultuur", "jongeren"),
        needs=("money", "material"),
        districts=("overleie", "walle"),
        title="Jongeren schilderen een muur in {name}",
        summary=(
            "Een blinde muur aan {square} wordt een kleurrijke muurschildering, "
            "ontworpen en geschilderd door jongeren uit de buurt."
        ),
        body=(
            "De jongeren kozen zelf het thema: hun buurt zoals zij die zien, met "
            "haar mensen, winkeltjes en verborgen hoekjes.",
            "Een kunstenaar begeleidt hen. Voor verf, stellingen en de verzekering "
            "zoeken we nog een sponsor.",
        ),
        location="{square_place}",
    ),
    Template(
        key="jongerenplek",
        kind=WISH,
        themes=("jongeren", "samenleven", "publieke-ruimte"),
        needs=("place",),
        districts=("aalbeke", "heule", "marke"),
        title="Een ontmoetingsplek voor jongeren in {name}",
        summary=(
            "Jongeren in {name} hebben geen plek om samen te zijn zonder iets te "
            "moeten kopen. Ze vragen een overdekte hangplek of een lokaal."
        ),
        body=(
            "Nu zitten jongeren 's avonds aan de bushalte of aan de kerk, en dat "
            "geeft soms wrijving met de buren. Een eigen plek lost veel op.",
            "De jongeren willen de plek zelf mee ontwerpen en beloven er mee voor "
            "te zorgen.",
        ),
        location="{square_place}",
    ),
    Template(
        key="soep",
        kind=INITIATIVE,
        themes=("armoede", "eenzaamheid"),
        needs=("volunteers", "material"),
        districts=("kortrijk", "sint-jan"),
        title="Soep op zondag in {name}",
        summary=(
            "Op zondagmiddag staat in {hall} een grote pot verse soep klaar, met "
            "brood, voor wie honger heeft of gezelschap zoekt."
        ),
        body=(
            "Op zondag zijn de sociale restaurants dicht, en dan is de dag lang "
            "voor wie weinig heeft of alleen is.",
            "De groenten komen van de markt en van de buurtmoestuin. Vrijwilligers "
            "koken om beurten.",
        ),
        location="{hall_place}",
    ),
    Template(
        key="tuindelen",
        kind=INITIATIVE,
        themes=("vergroening", "samenleven"),
        needs=("place",),
        districts=("rollegem", "kooigem"),
        title="Tuindelen in {name}",
        summary=(
            "Wie een grote tuin heeft maar er niet meer aan geraakt, deelt hem met "
            "een buur die graag tuiniert maar geen grond heeft."
        ),
        body=(
            "Veel oudere bewoners hebben een tuin die te groot is geworden. Jonge "
            "gezinnen in een appartement dromen net van een moestuin.",
            "We brengen tuineigenaars en tuiniers samen en maken eenvoudige "
            "afspraken over oogst en onderhoud.",
        ),
        location="{square_place}",
    ),
    Template(
        key="deelbakfiets",
        kind=INITIATIVE,
        themes=("mobiliteit", "samenleven"),
        needs=("money",),
        districts=("kortrijk-centrum", "lange-munte"),
        title="Deelbakfiets voor de buurt in {name}",
        summary=(
            "Een elektrische bakfiets die buren via een app reserveren: voor de "
            "grote boodschappen, de kinderen of een rit naar het containerpark."
        ),
        body=(
            "Niet iedereen heeft een auto nodig, maar soms moet er iets groots "
            "vervoerd worden. Een gedeelde bakfiets is dan ideaal.",
            "De bakfiets staat in een afgesloten fietsenstalling aan {square}. "
            "Voor de aankoop vragen we een deel van het wijkbudget.",
        ),
        location="{square_place}",
    ),
    Template(
        key="mantelzorgcafe",
        kind=INITIATIVE,
        themes=("zorg", "eenzaamheid"),
        needs=("place",),
        districts=("kortrijk", "bellegem"),
        title="Mantelzorgcafé {name}",
        summary=(
            "Eén keer per maand komen mensen die zorgen voor een ziek familielid of "
            "een buur samen, om op adem te komen en ervaringen te delen."
        ),
        body=(
            "Wie voor iemand zorgt, vergeet vaak zichzelf. In het mantelzorgcafé "
            "is er tijd voor een kop koffie, een luisterend oor en praktische tips.",
            "Een medewerker van het OCMW is er telkens bij, voor vragen over "
            "premies en thuishulp.",
        ),
        location="{hall_place}",
    ),
]

# The closing paragraph of an initiative, by status and language.
STATUS_ENDINGS = {
    "idea": {
        "nl": "Dit is nog een idee. Denk je mee na, of ken je iemand die kan "
        "helpen? Laat het weten aan de buurtwerker.",
        "fr": "Ce n'est encore qu'une idée. Vous voulez y réfléchir avec nous, ou "
        "vous connaissez quelqu'un qui peut aider ? Dites-le au travailleur de "
        "quartier.",
        "en": "This is still an idea. Want to think along, or know someone who "
        "could help? Let the district worker know.",
    },
    "looking_for_help": {
        "nl": "We zoeken nog helpende handen. Elke hulp, groot of klein, is welkom.",
        "fr": "Nous cherchons encore des coups de main. Toute aide, petite ou "
        "grande, est la bienvenue.",
        "en": "We are still looking for helping hands. Any help, big or small, is "
        "welcome.",
    },
    "under_way": {
        "nl": "Er wordt volop aan gewerkt. Kom gerust eens kijken, of doe mee.",
        "fr": "Le travail bat son plein. N'hésitez pas à passer voir, ou à participer.",
        "en": "Work is well under way. Feel free to come and have a look, or join in.",
    },
    "realised": {
        "nl": "Gelukt! Dank aan iedereen die meehielp. Nu houden we het samen levend.",
        "fr": "C'est fait ! Merci à toutes celles et ceux qui ont aidé. À nous "
        "maintenant de le faire vivre ensemble.",
        "en": "Done! Thanks to everyone who helped. Now we keep it going together.",
    },
    "paused": {
        "nl": "Het project ligt even stil, tot er nieuwe trekkers of middelen "
        "zijn. Wil jij het mee opnemen?",
        "fr": "Le projet est en pause, en attendant de nouveaux porteurs ou de "
        "nouveaux moyens. Vous voulez le reprendre avec nous ?",
        "en": "The project is on hold until there are new people or means to carry "
        "it. Would you like to pick it up with us?",
    },
    "stopped": {
        "nl": "Dit project is gestopt. Wat we leerden, geven we graag door aan wie "
        "iets gelijkaardigs wil starten.",
        "fr": "Ce projet s'est arrêté. Ce que nous avons appris, nous le "
        "transmettons volontiers à qui veut lancer quelque chose de semblable.",
        "en": "This project has stopped. What we learned, we gladly pass on to "
        "anyone who wants to start something similar.",
    },
}

# Authors as shown on the site: a first name, or a description of the person.
FIRST_NAMES = (
    "Sofie",
    "Mohamed",
    "Griet",
    "Jan",
    "Ayşe",
    "Pieter",
    "Lien",
    "Ahmed",
    "Marleen",
    "Tom",
    "Oksana",
    "Dirk",
)
# French uses {of_name}: "de Heule", but "d'Overleie".
DESCRIBED_AUTHORS = (
    {
        "nl": "een bewoner van {name}",
        "fr": "un habitant {of_name}",
        "en": "a resident of {name}",
    },
    {
        "nl": "een bewoonster van {name}",
        "fr": "une habitante {of_name}",
        "en": "a resident of {name}",
    },
    {
        "nl": "het buurtcomité van {name}",
        "fr": "le comité de quartier {of_name}",
        "en": "the residents' committee of {name}",
    },
    {
        "nl": "een paar buren uit {name}",
        "fr": "quelques voisins {of_name}",
        "en": "a few neighbours from {name}",
    },
)
