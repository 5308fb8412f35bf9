"""Kortrijk's eight deelgemeenten and a few city neighbourhoods.

Coordinates are approximate centres. Street and place names are public places
only; the district workers are fictional, with addresses on a reserved domain.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Visit:
    """A past "Kortrijk spreekt" Sunday visit, dated in weeks before today."""

    weeks_ago: int
    streets: str
    heard: str
    follow_up: str
    status: str


@dataclass(frozen=True)
class District:
    """A district hub with the public places the initiatives refer to."""

    slug: str
    title: str
    latitude: str
    longitude: str
    introduction: str
    body: str
    places: dict
    contacts: tuple
    visits: tuple = ()
    boundary_km: float | None = None
    translations: dict = field(default_factory=dict)


def places(quiet_street, main_road, square, green, hall, school):
    """Returns the named public places of a district, for initiative texts."""
    return {
        "quiet_street": quiet_street,
        "main_road": main_road,
        "square": square,
        "green": green,
        "hall": hall,
        "school": school,
    }


DISTRICTS = [
    District(
        slug="kortrijk",
        title="Kortrijk",
        latitude="50.824000",
        longitude="3.270000",
        introduction=(
            "De deelgemeente Kortrijk is de stad binnen de stad: het centrum aan "
            "de Leie en de woonwijken errond. Hier wonen de meeste Kortrijkzanen, "
            "dicht bij elkaar en met veel ideeën voor hun straat."
        ),
        body=(
            "<p>Voor de wijken Overleie, Sint-Jan, Lange Munte, Walle en het "
            "centrum heeft elk een eigen pagina. Hier vind je wat over de hele "
            "deelgemeente gaat.</p>"
        ),
        places=places(
            "Meiboomlaan",
            "Beneluxlaan",
            "het Sint-Amandsplein",
            "het Magdalenapark",
            "het wijkcentrum De Zandberg",
            "de basisschool aan het Sint-Amandsplein",
        ),
        contacts=(("Lotte Vandenberghe", "lotte.vandenberghe"),),
        visits=(
            Visit(
                30,
                "Beneluxlaan, Meiboomlaan en omgeving",
                "Bewoners vinden de oversteek aan de Beneluxlaan gevaarlijk voor "
                "schoolkinderen. Er is vraag naar een plek om samen te koken.",
                "De mobiliteitsdienst telde het verkeer aan de oversteek; een "
                "middenberm staat op de planning voor het voorjaar.",
                "followed_up",
            ),
        ),
    ),
    District(
        slug="kortrijk-centrum",
        title="Kortrijk-Centrum",
        latitude="50.828000",
        longitude="3.264900",
        introduction=(
            "Het centrum rond de Grote Markt, het Begijnhof en de Leieboorden is "
            "winkelhart, uitgaansbuurt en woonwijk tegelijk. Wie hier woont, vraagt "
            "vooral rust, groen en plekken om elkaar te ontmoeten."
        ),
        body=(
            "<p>Van de Broeltorens tot het station wonen jonge gezinnen, studenten "
            "en ouderen vlak naast elkaar. Dat geeft energie, en soms wrijving.</p>"
        ),
        places=places(
            "Groeningestraat",
            "Minister Tacklaan",
            "de Grote Markt",
            "het Begijnhofpark",
            "de Budafabriek",
            "de basisschool in de Budastraat",
        ),
        contacts=(
            ("Amira El Idrissi", "amira.elidrissi"),
            ("Jonas Deconinck", "jonas.deconinck"),
        ),
        visits=(
            Visit(
                8,
                "Budastraat, Groeningestraat en de Leieboorden",
                "Oudere bewoners missen zitbanken langs de Leie om even uit te "
                "rusten. Jongeren vragen een overdekte plek om af te spreken.",
                "Vier zitbanken worden in het voorjaar geplaatst; over de "
                "jongerenplek loopt een gesprek met de jeugddienst.",
                "followed_up",
            ),
            Visit(
                40,
                "Rond het station en de Minister Tacklaan",
                "Fietsers voelen zich onveilig op het kruispunt aan het station. "
                "Er is ook vraag naar meer fietsenstallingen.",
                "Extra fietsenstallingen staan er sinds de zomer; het kruispunt "
                "kreeg een rood fietspad en een langere groene fase.",
                "done",
            ),
        ),
        boundary_km=0.5,
        translations={
            "fr": (
                "Courtrai-Centre",
                "Le centre, autour de la Grand-Place, du béguinage et des berges de "
                "la Lys, est à la fois cœur commerçant, quartier de sorties et "
                "quartier résidentiel. Ceux qui y vivent demandent surtout du calme, "
                "de la verdure et des lieux de rencontre.",
                "<p>Des tours du Broel à la gare, jeunes familles, étudiants et aînés "
                "vivent côte à côte. Cela donne de l'énergie, et parfois des "
                "frictions.</p>",
            ),
            "en": (
                "Kortrijk city centre",
                "The centre around the Grote Markt, the béguinage and the banks of "
                "the Leie is shopping area, nightlife district and neighbourhood at "
                "once. People who live here ask above all for quiet, greenery and "
                "places to meet.",
                "<p>From the Broel towers to the station, young families, students "
                "and older people live side by side. That brings energy, and "
                "sometimes friction.</p>",
            ),
        },
    ),
    District(
        slug="overleie",
        title="Overleie",
        latitude="50.834500",
        longitude="3.261000",
        introduction=(
            "Overleie ligt, zoals de naam zegt, aan de overkant van de Leie. Een "
            "volkse wijk met veel rijhuizen, een sterke buurtwerking en steeds "
            "meer jonge gezinnen."
        ),
        body=(
            "<p>De nieuwe kaaien brachten de Leie dichter bij de wijk. Nu willen "
            "bewoners ook de straten zelf groener en veiliger maken.</p>"
        ),
        places=places(
            "Noordstraat",
            "Brugsesteenweg",
            "het kerkplein van Overleie",
            "de oevers aan de Verzetskaai",
            "het buurthuis van Overleie",
            "de basisschool in de Noordstraat",
        ),
        contacts=(("Wout Callewaert", "wout.callewaert"),),
        visits=(
            Visit(
                6,
                "Noordstraat, Brugsesteenweg en de Verzetskaai",
                "Veel vragen over sluipverkeer en te snel rijdende auto's. Ouders "
                "willen een speelstraat in de zomer; oudere bewoners voelen zich "
                "soms alleen.",
                "De wijkagent doet snelheidscontroles; de aanvraag voor een "
                "speelstraat wordt samen met de bewoners ingediend.",
                "open",
            ),
            Visit(
                34,
                "Rond het kerkplein",
                "Bewoners vragen meer groen op het kerkplein en een plek voor een "
                "buurtfeest.",
                "Het kerkplein kreeg plantvakken; het buurtfeest vond plaats in "
                "september.",
                "done",
            ),
        ),
        boundary_km=0.6,
        translations={
            "fr": (
                "Overleie",
                "Overleie se trouve, comme son nom l'indique, de l'autre côté de la "
                "Lys. Un quartier populaire aux nombreuses maisons mitoyennes, avec "
                "un travail de quartier solide et de plus en plus de jeunes "
                "familles.",
                "<p>Les nouveaux quais ont rapproché la Lys du quartier. Les "
                "habitants veulent maintenant rendre les rues elles-mêmes plus vertes "
                "et plus sûres.</p>",
            ),
            "en": (
                "Overleie",
                "Overleie lies, as its name says, across the river Leie. A "
                "working-class neighbourhood of terraced houses, with strong "
                "community work and more and more young families.",
                "<p>The new quays brought the river closer to the neighbourhood. Now "
                "residents want to make the streets themselves greener and "
                "safer.</p>",
            ),
        },
    ),
    District(
        slug="sint-jan",
        title="Sint-Jan",
        latitude="50.825500",
        longitude="3.281500",
        introduction=(
            "Sint-Jan is een wijk van rijhuizen en kleine pleintjes tussen het "
            "station en de Gentsesteenweg. Er wonen mensen uit meer dan veertig "
            "landen, en dat merk je aan de buurtfeesten."
        ),
        body=(
            "<p>Kinderen zijn met veel in Sint-Jan, speelruimte is schaars. Daarom "
            "gaan veel initiatieven hier over spelen en huiswerk.</p>"
        ),
        places=places(
            "Beekstraat",
            "Gentsesteenweg",
            "het Sint-Jansplein",
            "de speelweide achter de Sint-Janskerk",
            "het wijkcentrum Sint-Jan",
            "de wijkschool Sint-Jan",
        ),
        contacts=(
            ("Fatma Yilmaz", "fatma.yilmaz"),
            ("Ruben Desmet", "ruben.desmet"),
        ),
        visits=(
            Visit(
                12,
                "Beekstraat, Sint-Jansplein en omgeving",
                "Ouders zoeken hulp bij het huiswerk van hun kinderen. Het "
                "Sint-Jansplein wordt als parking gebruikt terwijl kinderen er "
                "willen voetballen.",
                "Het wijkcentrum start met huiswerkbegeleiding op woensdag; over "
                "het plein volgt een bewonersavond.",
                "followed_up",
            ),
        ),
        translations={
            "fr": (
                "Sint-Jan",
                "Sint-Jan est un quartier de maisons mitoyennes et de petites places "
                "entre la gare et la Gentsesteenweg. On y compte des habitants de "
                "plus de quarante pays, et cela se voit aux fêtes de quartier.",
                "<p>Les enfants sont nombreux à Sint-Jan et l'espace de jeu est "
                "rare. C'est pourquoi beaucoup d'initiatives portent ici sur le jeu "
                "et les devoirs.</p>",
            ),
            "en": (
                "Sint-Jan",
                "Sint-Jan is a neighbourhood of terraced houses and small squares "
                "between the station and the Gentsesteenweg. People from more than "
                "forty countries live here, and the street parties show it.",
                "<p>There are many children in Sint-Jan and little room to play. "
                "That is why many initiatives here are about play and "
                "homework.</p>",
            ),
        },
    ),
    District(
        slug="lange-munte",
        title="Lange Munte",
        latitude="50.813000",
        longitude="3.290000",
        introduction=(
            "Lange Munte is een groene woonwijk in het zuidoosten van de stad, "
            "met veel gezinnen en een actieve parochiezaal. Bewoners kennen "
            "elkaar, en willen dat zo houden."
        ),
        body=(
            "<p>Rond de buurtmoestuin en het buurtpark groeide een hechte groep "
            "vrijwilligers.</p>"
        ),
        places=places(
            "Sint-Antoniusstraat",
            "President Kennedylaan",
            "het pleintje aan de parochiezaal",
            "het buurtpark van Lange Munte",
            "de parochiezaal van Lange Munte",
            "de school aan de Lange Munte",
        ),
        contacts=(("Nele Declercq", "nele.declercq"),),
        visits=(
            Visit(
                16,
                "Sint-Antoniusstraat en het buurtpark",
                "Bewoners willen een stuk van het buurtpark omvormen tot moestuin "
                "en vragen meer bomen in de straat.",
                "De groendienst stelde een perceel ter beschikking; de eerste "
                "bakken staan er.",
                "done",
            ),
            Visit(
                44,
                "Rond de President Kennedylaan",
                "Zorgen over het drukke verkeer naar de ziekenhuizen en de "
                "winkels. Oudere bewoners vragen een busverbinding op zondag.",
                "Het verkeer wordt opgevolgd; de vraag over de bus is doorgegeven "
                "aan De Lijn.",
                "followed_up",
            ),
        ),
        translations={
            "fr": (
                "Lange Munte",
                "Lange Munte est un quartier résidentiel verdoyant au sud-est de la "
                "ville, avec beaucoup de familles et une salle paroissiale active. "
                "Les habitants se connaissent et veulent que cela dure.",
                "<p>Autour du potager de quartier et du parc, un groupe soudé de "
                "bénévoles s'est formé.</p>",
            ),
            "en": (
                "Lange Munte",
                "Lange Munte is a green residential area in the south-east of the "
                "city, with many families and a busy parish hall. Neighbours know "
                "each other, and want to keep it that way.",
                "<p>Around the community garden and the neighbourhood park, a close "
                "group of volunteers has grown.</p>",
            ),
        },
    ),
    District(
        slug="walle",
        title="Walle",
        latitude="50.813500",
        longitude="3.260000",
        introduction=(
            "Walle ligt ten zuiden van de ring, rond de Doorniksewijk. Een "
            "gemengde wijk van oude arbeidershuizen, nieuwe appartementen en "
            "kleine handelszaken."
        ),
        body=(
            "<p>Bewoners van Walle zetten vooral in op veilige fietsroutes en op "
            "plekken waar kinderen kunnen spelen.</p>"
        ),
        places=places(
            "Kapelstraat",
            "Doorniksewijk",
            "het kerkplein van Walle",
            "het speelbos van Walle",
            "het buurthuis van Walle",
            "de basisschool van Walle",
        ),
        contacts=(("Kobe Lambrecht", "kobe.lambrecht"),),
        visits=(
            Visit(
                20,
                "Kapelstraat, Doorniksewijk en het kerkplein",
                "Ouders vinden de Doorniksewijk te gevaarlijk om met de fiets naar "
                "school te gaan. Kinderen vragen een plek om fietsen te herstellen.",
                "Een fietsherstelatelier start in het buurthuis; de school werkt "
                "aan een fietsroute.",
                "followed_up",
            ),
        ),
        translations={
            "fr": (
                "Walle",
                "Walle se situe au sud du ring, autour de la Doorniksewijk. Un "
                "quartier mélangé de vieilles maisons ouvrières, de nouveaux "
                "appartements et de petits commerces.",
                "<p>Les habitants de Walle misent surtout sur des itinéraires "
                "cyclables sûrs et des lieux où les enfants peuvent jouer.</p>",
            ),
            "en": (
                "Walle",
                "Walle lies south of the ring road, around the Doorniksewijk. A "
                "mixed neighbourhood of old workers' houses, new flats and small "
                "shops.",
                "<p>Residents of Walle put their energy mainly into safe cycling "
                "routes and places where children can play.</p>",
            ),
        },
    ),
    District(
        slug="heule",
        title="Heule",
        latitude="50.839000",
        longitude="3.237000",
        introduction=(
            "Heule is de grootste deelgemeente van Kortrijk, met een levendige "
            "dorpskern rond de Markt en veel verenigingen. De Heulebeek loopt er "
            "dwars doorheen."
        ),
        body=(
            "<p>In Heule steken bewoners graag zelf de handen uit de mouwen: van "
            "het repair café tot de voorleesmomenten.</p>"
        ),
        places=places(
            "Kasteelstraat",
            "Izegemsestraat",
            "de Markt van Heule",
            "de wandelweg langs de Heulebeek",
            "het dienstencentrum van Heule",
            "de school aan de Kasteelstraat",
        ),
        contacts=(
            ("Sara Vermeulen", "sara.vermeulen"),
            ("Yusuf Demir", "yusuf.demir"),
        ),
        visits=(
            Visit(
                10,
                "Markt, Kasteelstraat en Izegemsestraat",
                "Er is vraag naar een veilige oversteek aan de Izegemsestraat en "
                "naar een plek waar jongeren welkom zijn.",
                "",
                "open",
            ),
            Visit(
                36,
                "Rond de Heulebeek",
                "Wandelaars vragen zitbanken langs de Heulebeek en meer vuilnisbakken.",
                "Drie zitbanken en twee vuilnisbakken zijn geplaatst.",
                "done",
            ),
        ),
        boundary_km=1.6,
        translations={
            "fr": (
                "Heule",
                "Heule est la plus grande section de Courtrai, avec un centre de "
                "village animé autour de la place du marché et de nombreuses "
                "associations. La Heulebeek la traverse de part en part.",
                "<p>À Heule, les habitants aiment retrousser eux-mêmes leurs "
                "manches : du repair café aux lectures pour enfants.</p>",
            ),
            "en": (
                "Heule",
                "Heule is Kortrijk's largest village, with a lively centre around "
                "the market square and many clubs and societies. The Heulebeek "
                "stream runs right through it.",
                "<p>In Heule, residents like to roll up their own sleeves: from the "
                "repair café to the story times.</p>",
            ),
        },
    ),
    District(
        slug="marke",
        title="Marke",
        latitude="50.807500",
        longitude="3.233000",
        introduction=(
            "Marke ligt ten zuidwesten van het centrum, langs de Markebeek. Een "
            "dorp met een eigen karakter, een bloeiend verenigingsleven en een "
            "jaarlijkse kermis die iedereen samenbrengt."
        ),
        body=(
            "<p>In Marke werd al een Budget Game gespeeld: bewoners kozen samen "
            "waar het wijkbudget naartoe gaat.</p>"
        ),
        places=places(
            "Kerkstraat",
            "Rekkemsestraat",
            "het Marktplein van Marke",
            "de wandelweg langs de Markebeek",
            "de parochiezaal van Marke",
            "de dorpsschool van Marke",
        ),
        contacts=(("Hanne Vercruysse", "hanne.vercruysse"),),
        visits=(
            Visit(
                14,
                "Kerkstraat en het Marktplein",
                "Jongeren missen een eigen plek; ouderen vragen betere "
                "voetpaden naar het dorpscentrum.",
                "De voetpaden in de Kerkstraat worden in het najaar hersteld.",
                "followed_up",
            ),
        ),
        boundary_km=1.5,
        translations={
            "fr": (
                "Marke",
                "Marke se trouve au sud-ouest du centre, le long de la Markebeek. "
                "Un village au caractère propre, à la vie associative florissante, "
                "avec une kermesse annuelle qui rassemble tout le monde.",
                "<p>Marke a déjà joué un Budget Game : les habitants ont choisi "
                "ensemble à quoi servirait le budget de quartier.</p>",
            ),
            "en": (
                "Marke",
                "Marke lies south-west of the centre, along the Markebeek stream. "
                "A village with a character of its own, a thriving club life and a "
                "yearly fair that brings everyone together.",
                "<p>Marke has already played a Budget Game: residents decided "
                "together where the neighbourhood budget would go.</p>",
            ),
        },
    ),
    District(
        slug="bissegem",
        title="Bissegem",
        latitude="50.825000",
        longitude="3.223000",
        introduction=(
            "Bissegem ligt aan de Leie, ten westen van de stad, langs de "
            "Meensesteenweg. Een dorp met veel jonge gezinnen en een sterke "
            "band met de rivier."
        ),
        body=(
            "<p>De drukke Meensesteenweg snijdt het dorp in twee; veilig "
            "oversteken is hier een dagelijkse zorg.</p>"
        ),
        places=places(
            "Lindenstraat",
            "Meensesteenweg",
            "het dorpsplein van Bissegem",
            "de Leieoevers van Bissegem",
            "het ontmoetingscentrum van Bissegem",
            "de dorpsschool van Bissegem",
        ),
        contacts=(("Ines Deprez", "ines.deprez"),),
        visits=(
            Visit(
                22,
                "Meensesteenweg en Lindenstraat",
                "Oversteken aan de Meensesteenweg is gevaarlijk, zeker voor "
                "kinderen en ouderen. Er ligt veel zwerfvuil langs de Leie.",
                "Een zwerfvuilploeg is opgestart; over de oversteek loopt overleg "
                "met het Agentschap Wegen en Verkeer.",
                "followed_up",
            ),
            Visit(
                48,
                "Rond het dorpsplein",
                "Bewoners vragen nieuwe speeltoestellen op het dorpsplein.",
                "",
                "open",
            ),
        ),
    ),
    District(
        slug="aalbeke",
        title="Aalbeke",
        latitude="50.779000",
        longitude="3.230000",
        introduction=(
            "Aalbeke is een landelijke deelgemeente tegen de Franse grens, met "
            "een compacte dorpskern en veel open ruimte. De afstand tot de stad "
            "is er voelbaar."
        ),
        body=(
            "<p>Zonder eigen bakker of bank zoeken bewoners oplossingen samen: "
            "boodschappenhulp, carpooling en een ontmoetingsplek.</p>"
        ),
        places=places(
            "Lijnstraat",
            "Aalbeeksesteenweg",
            "het dorpsplein van Aalbeke",
            "het groen rond de kerk van Aalbeke",
            "het ontmoetingscentrum van Aalbeke",
            "de dorpsschool van Aalbeke",
        ),
        contacts=(("Bart Vanhoutte", "bart.vanhoutte"),),
        visits=(
            Visit(
                26,
                "Lijnstraat en het dorpsplein",
                "Oudere bewoners raken moeilijk aan hun boodschappen sinds de "
                "winkel dichtging. Ouders vragen een veilige schoolroute.",
                "Vrijwilligers startten een boodschappendienst; de schoolroute "
                "wordt mee bekeken met de school.",
                "followed_up",
            ),
        ),
    ),
    District(
        slug="bellegem",
        title="Bellegem",
        latitude="50.776000",
        longitude="3.279000",
        introduction=(
            "Bellegem ligt aan de rand van het Bellegembos, ten zuiden van de "
            "stad. Een groen dorp waar de Doornikserijksweg voor veel verkeer "
            "zorgt."
        ),
        body=(
            "<p>Wandelaars en fietsers komen graag naar het Bellegembos; bewoners "
            "willen dat ook hun kinderen veilig naar school kunnen fietsen.</p>"
        ),
        places=places(
            "Dorpsstraat",
            "Doornikserijksweg",
            "het dorpsplein van Bellegem",
            "het Bellegembos",
            "het ontmoetingscentrum van Bellegem",
            "de dorpsschool van Bellegem",
        ),
        contacts=(("Lotte Vandenberghe", "lotte.vandenberghe"),),
        visits=(
            Visit(
                18,
                "Dorpsstraat en Doornikserijksweg",
                "Ouders vinden de weg naar school te gevaarlijk voor fietsende "
                "kinderen. Er is vraag naar een wandelgroep.",
                "Een werkgroep schoolroute is gestart met ouders en de school.",
                "followed_up",
            ),
        ),
        boundary_km=1.6,
        translations={
            "fr": (
                "Bellegem",
                "Bellegem se trouve en bordure du bois de Bellegem, au sud de la "
                "ville. Un village vert où la Doornikserijksweg amène beaucoup de "
                "circulation.",
                "<p>Promeneurs et cyclistes aiment venir au bois de Bellegem ; les "
                "habitants veulent que leurs enfants puissent aussi aller à l'école "
                "à vélo en sécurité.</p>",
            ),
            "en": (
                "Bellegem",
                "Bellegem lies on the edge of the Bellegem woods, south of the "
                "city. A green village where the Doornikserijksweg brings a lot of "
                "traffic.",
                "<p>Walkers and cyclists love the Bellegem woods; residents want "
                "their children to be able to cycle safely to school as well.</p>",
            ),
        },
    ),
    District(
        slug="rollegem",
        title="Rollegem",
        latitude="50.763000",
        longitude="3.252000",
        introduction=(
            "Rollegem is een klein, landelijk dorp in het zuiden van Kortrijk, "
            "tussen velden en kapelletjes. Iedereen kent er iedereen, maar wie "
            "alleen woont, valt er snel uit de boot."
        ),
        body=(
            "<p>De koffienamiddagen in het ontmoetingscentrum brengen elke week "
            "oudere en jongere dorpsgenoten samen.</p>"
        ),
        places=places(
            "Tombroekstraat",
            "Moeskroensesteenweg",
            "het dorpsplein van Rollegem",
            "het speelbos aan de rand van Rollegem",
            "het ontmoetingscentrum van Rollegem",
            "de dorpsschool van Rollegem",
        ),
        contacts=(("Jonas Deconinck", "jonas.deconinck"),),
    ),
    District(
        slug="kooigem",
        title="Kooigem",
        latitude="50.738000",
        longitude="3.324000",
        introduction=(
            "Kooigem is de kleinste en zuidelijkste deelgemeente, met het "
            "Kooigembos en weidse zichten over de Scheldevallei. Een dorp waar "
            "de volgende bushalte soms ver is."
        ),
        body=("<p>Bewoners vragen vooral ontmoeting en een beter bereikbaar dorp.</p>"),
        places=places(
            "Molenstraat",
            "Sint-Denijsestraat",
            "het dorpsplein van Kooigem",
            "het Kooigembos",
            "de parochiezaal van Kooigem",
            "de dorpsschool van Kooigem",
        ),
        contacts=(("Ruben Desmet", "ruben.desmet"),),
        visits=(
            Visit(
                28,
                "Molenstraat en het dorpsplein",
                "Bewoners missen een plek om elkaar te ontmoeten sinds het café "
                "sloot. De speeltuin is verouderd.",
                "",
                "open",
            ),
        ),
        boundary_km=1.2,
    ),
]

# How the district workers are called in each language.
CONTACT_ROLES = {
    "nl": "buurtwerker",
    "fr": "travailleur de quartier",
    "en": "district worker",
}

EMAIL_DOMAIN = "kortrijk.example"
