"""Events: "Kortrijk spreekt" visits, meetings, Budget Games and activities.

Dates are relative to the day the demo is loaded: ``when`` is ``("sunday",
weeks)``, ``("weekday", weeks, weekday)`` or ``("this_month", weekday)``. The
outcome is only shown for events that are over by then.
"""

from dataclasses import dataclass, field

from kortrijk.demo.dates import (
    FRIDAY,
    MONDAY,
    SATURDAY,
    SUNDAY,
    THURSDAY,
    TUESDAY,
    WEDNESDAY,
)

IN_PERSON, ONLINE, HYBRID = "in_person", "online", "hybrid"
ACTIVITY, MEETING, VISIT, BUDGET_GAME = "activity", "meeting", "visit", "budget_game"

ONLINE_ROOM = "https://meet.kortrijk.example/{slug}"
REGISTRATION = "https://www.kortrijk.example/inschrijven/{slug}"


@dataclass(frozen=True)
class Event:
    """One event, with its time as an offset from the day of loading."""

    slug: str
    event_type: str
    when: tuple
    hours: tuple
    title: str
    summary: str
    body: tuple
    district: str = ""
    themes: tuple = ()
    format: str = IN_PERSON
    place_name: str = ""
    address: str = ""
    registration: bool = False
    capacity: int | None = None
    outcome: str = ""
    related: tuple = ()
    translations: dict = field(default_factory=dict)


def kortrijk_spreekt(slug, weeks, district, place, themes, summary, body, **extra):
    """Returns a Sunday-morning "Kortrijk spreekt" visit in ``district``."""
    name = extra.pop("name")
    return Event(
        slug=slug,
        event_type=VISIT,
        when=("sunday", weeks) if isinstance(weeks, int) else weeks,
        hours=((10, 0), (12, 0)),
        title=f"Kortrijk spreekt in {name}",
        summary=summary,
        body=body,
        district=district,
        themes=themes,
        place_name=place,
        **extra,
    )


VISIT_BODY_END = (
    "Wie liever zelf naar ons komt, vindt ons vanaf 11 uur bij een kop koffie op "
    "{place}."
)

EVENTS = [
    kortrijk_spreekt(
        "kortrijk-spreekt-overleie",
        -6,
        "overleie",
        "Kerkplein van Overleie",
        ("publieke-ruimte", "fietsveiligheid", "spelen"),
        "Op zondagochtend trekken de burgemeester, schepenen en buurtwerkers van "
        "deur tot deur door Overleie om te horen wat er leeft.",
        (
            "Geen lange vergadering, wel een babbel aan je voordeur. Heb je een "
            "idee, een zorg of een vraag over je straat? Vertel het ons. We "
            "noteren alles en komen terug met een antwoord.",
            VISIT_BODY_END.format(place="het kerkplein"),
        ),
        name="Overleie",
        outcome=(
            "<p>We spraken met een zestigtal bewoners. De grootste zorgen: "
            "sluipverkeer in de Noordstraat en te weinig speelruimte. Een "
            "speelstraat voor de zomer wordt samen met de bewoners aangevraagd; de "
            "wijkagent plant snelheidscontroles.</p>"
        ),
        related=(("speelstraat", "overleie"),),
        translations={
            "fr": {
                "title": "Kortrijk spreekt à Overleie",
                "summary": (
                    "Le dimanche matin, le bourgmestre, des échevins et les "
                    "travailleurs de quartier font du porte-à-porte à Overleie pour "
                    "entendre ce qui préoccupe les habitants."
                ),
                "body": (
                    "Pas de longue réunion, mais une conversation à votre porte. "
                    "Vous avez une idée, un souci ou une question sur votre rue ? "
                    "Dites-le-nous. Nous notons tout et revenons avec une réponse.",
                    "Si vous préférez venir à nous, nous vous attendons dès "
                    "11 heures autour d'un café sur la place de l'église.",
                ),
                "outcome": (
                    "<p>Nous avons parlé avec une soixantaine d'habitants. Soucis "
                    "principaux : la circulation de transit dans la Noordstraat et "
                    "le manque d'espace de jeu. Une rue réservée au jeu sera "
                    "demandée pour l'été avec les habitants ; l'agent de quartier "
                    "prévoit des contrôles de vitesse.</p>"
                ),
            },
            "en": {
                "title": "Kortrijk spreekt in Overleie",
                "summary": (
                    "On Sunday morning the mayor, aldermen and district workers go "
                    "door to door in Overleie to hear what is on residents' minds."
                ),
                "body": (
                    "No long meeting, just a chat at your front door. Do you have "
                    "an idea, a worry or a question about your street? Tell us. We "
                    "write everything down and come back with an answer.",
                    "If you would rather come to us, you will find us from 11 "
                    "o'clock with a cup of coffee on the church square.",
                ),
                "outcome": (
                    "<p>We talked with about sixty residents. The main worries: "
                    "rat-run traffic in the Noordstraat and too little room to "
                    "play. A play street for the summer will be requested together "
                    "with residents; the local police officer is planning speed "
                    "checks.</p>"
                ),
            },
        },
    ),
    kortrijk_spreekt(
        "kortrijk-spreekt-heule",
        -10,
        "heule",
        "Markt van Heule",
        ("fietsveiligheid", "jongeren"),
        "De stad komt op zondagochtend naar Heule om te luisteren: naar je zorgen, "
        "je ideeën en wat er al goed loopt.",
        (
            "We bellen aan in de straten rond de Markt, de Kasteelstraat en de "
            "Izegemsestraat. Ben je niet thuis, dan laten we een kaartje achter.",
            VISIT_BODY_END.format(place="de Markt"),
        ),
        name="Heule",
        outcome=(
            "<p>Zeventig gesprekken. Bewoners vragen vooral een veilige oversteek "
            "aan de Izegemsestraat en een plek waar jongeren welkom zijn. Beide "
            "vragen gaan naar de Budget Game van Heule.</p>"
        ),
    ),
    kortrijk_spreekt(
        "kortrijk-spreekt-bissegem",
        -22,
        "bissegem",
        "Dorpsplein van Bissegem",
        ("fietsveiligheid", "publieke-ruimte"),
        "Burgemeester, schepenen en buurtwerkers wandelen zondagochtend door "
        "Bissegem en bellen aan om te horen wat er leeft.",
        (
            "We vertrekken aan het dorpsplein en trekken langs de Meensesteenweg en "
            "de Lindenstraat naar de Leie.",
            VISIT_BODY_END.format(place="het dorpsplein"),
        ),
        name="Bissegem",
        outcome=(
            "<p>De Meensesteenweg veilig oversteken blijft de grootste zorg. Langs "
            "de Leie ligt veel zwerfvuil: enkele bewoners richtten meteen een "
            "zwerfvuilploeg op.</p>"
        ),
        related=(("zwerfvuil", "bissegem"),),
    ),
    Event(
        slug="budget-game-marke",
        event_type=BUDGET_GAME,
        when=("weekday", -8, THURSDAY),
        hours=((19, 0), (21, 30)),
        title="Budget Game Marke",
        summary=(
            "Bewoners van Marke verdelen samen 25.000 euro wijkbudget over de "
            "projecten die zij het belangrijkst vinden."
        ),
        body=(
            "In een Budget Game krijgt elke tafel fiches die samen het budget "
            "vormen. Door te praten, te overtuigen en soms toe te geven, kiest de "
            "tafel welke projecten doorgaan.",
            "Iedereen vanaf 12 jaar kan meespelen. Je hoeft niets voor te bereiden; "
            "we zorgen voor koffie en een hapje.",
        ),
        district="marke",
        themes=("samenleven", "publieke-ruimte", "jongeren"),
        place_name="Parochiezaal van Marke",
        registration=True,
        capacity=40,
        outcome=(
            "<p>Achtendertig bewoners speelden mee aan vijf tafels. Het budget gaat "
            "naar nieuwe speeltoestellen, een overdekte jongerenplek en zitbanken "
            "langs de Markebeek. De stad laat in het voorjaar weten hoe ver elk "
            "project staat.</p>"
        ),
        related=(("jongerenplek", "marke"), ("buurtfeest", "marke")),
        translations={
            "fr": {
                "title": "Budget Game à Marke",
                "summary": (
                    "Les habitants de Marke répartissent ensemble 25 000 euros de "
                    "budget de quartier entre les projets qu'ils jugent les plus "
                    "importants."
                ),
                "body": (
                    "Dans un Budget Game, chaque table reçoit des jetons qui "
                    "forment ensemble le budget. En discutant, en convainquant et "
                    "parfois en cédant, la table choisit les projets retenus.",
                    "Tout le monde peut jouer dès 12 ans. Rien à préparer : nous "
                    "prévoyons café et collation.",
                ),
                "outcome": (
                    "<p>Trente-huit habitants ont joué à cinq tables. Le budget ira "
                    "à de nouveaux jeux pour enfants, à un abri pour les jeunes et à "
                    "des bancs le long de la Markebeek. Au printemps, la ville fera "
                    "le point sur chaque projet.</p>"
                ),
            },
            "en": {
                "title": "Budget Game in Marke",
                "summary": (
                    "Residents of Marke decide together how to share 25,000 euros "
                    "of neighbourhood budget among the projects they find most "
                    "important."
                ),
                "body": (
                    "In a Budget Game, each table gets tokens that together make up "
                    "the budget. By talking, persuading and sometimes giving in, "
                    "the table chooses which projects go ahead.",
                    "Anyone aged 12 or over can play. There is nothing to prepare; "
                    "we provide coffee and a snack.",
                ),
                "outcome": (
                    "<p>Thirty-eight residents played at five tables. The budget "
                    "goes to new play equipment, a sheltered spot for young people "
                    "and benches along the Markebeek. In spring the city will "
                    "report on how far each project has come.</p>"
                ),
            },
        },
    ),
    Event(
        slug="bewonersavond-schoolroute-bellegem",
        event_type=MEETING,
        when=("weekday", -4, TUESDAY),
        hours=((19, 30), (21, 0)),
        title="Bewonersavond over de schoolroute in Bellegem",
        summary=(
            "Ouders, de school en de mobiliteitsdienst bespreken samen hoe kinderen "
            "veiliger naar school kunnen fietsen."
        ),
        body=(
            "De werkgroep schoolroute stelt de gevaarlijke punten voor die de "
            "kinderen zelf in kaart brachten. Daarna zoeken we samen naar "
            "oplossingen.",
            "Kan je niet komen? Volg dan online mee en stel je vragen in de chat.",
        ),
        district="bellegem",
        themes=("fietsveiligheid", "kinderen", "mobiliteit"),
        format=HYBRID,
        place_name="Ontmoetingscentrum van Bellegem",
        outcome=(
            "<p>Afgesproken: vanaf het nieuwe schooljaar komt er een proef met een "
            "schoolstraat in de Dorpsstraat, en de mobiliteitsdienst onderzoekt een "
            "verhoogd zebrapad op de Doornikserijksweg.</p>"
        ),
        related=(("schoolroute", "bellegem"),),
    ),
    Event(
        slug="infoavond-subsidie-buurtinitiatief",
        event_type=MEETING,
        when=("weekday", -12, WEDNESDAY),
        hours=((20, 0), (21, 0)),
        title="Online infoavond: subsidie voor je buurtinitiatief",
        summary=(
            "Hoe vraag je geld aan voor een buurtfeest, een moestuin of een "
            "speelstraat? De buurtwerkers leggen het in een uur uit."
        ),
        body=(
            "We overlopen de subsidies van de stad, wat je moet indienen en wanneer. "
            "Daarna is er tijd voor je eigen vragen.",
            "Je hebt alleen een computer of smartphone nodig. De link werkt zonder "
            "account.",
        ),
        themes=("samenleven",),
        format=ONLINE,
        registration=True,
        outcome=(
            "<p>Vijfenveertig deelnemers. De presentatie en de antwoorden op de "
            "vaakst gestelde vragen gingen achteraf naar iedereen die zich had "
            "ingeschreven.</p>"
        ),
    ),
    Event(
        slug="plantdag-buurtmoestuin-lange-munte",
        event_type=ACTIVITY,
        when=("weekday", -30, SATURDAY),
        hours=((10, 0), (13, 0)),
        title="Plantdag in de buurtmoestuin van Lange Munte",
        summary=(
            "Samen vullen we de eerste moestuinbakken en zetten we de jonge planten "
            "in de grond. Handschoenen en soep zijn voorzien."
        ),
        body=(
            "Breng gerust je eigen plantgoed mee om te ruilen. Kinderen krijgen een "
            "eigen bakje om te zaaien.",
        ),
        district="lange-munte",
        themes=("vergroening", "samenleven"),
        place_name="Buurtpark van Lange Munte",
        outcome=(
            "<p>Twintig buren plantten de eerste vijftien bakken. De eerste oogst "
            "werd verdeeld op een buurtbarbecue.</p>"
        ),
        related=(("buurtmoestuin", "lange-munte"),),
    ),
    Event(
        slug="repair-cafe-heule",
        event_type=ACTIVITY,
        when=("weekday", -5, SATURDAY),
        hours=((13, 30), (17, 0)),
        title="Repair café Heule",
        summary=(
            "Breng je kapotte lamp, broek of broodrooster mee: vrijwilligers "
            "herstellen hem samen met jou."
        ),
        body=(
            "Herstellingen zijn gratis, je betaalt alleen de onderdelen. Kom op "
            "tijd: de laatste herstelling start om 16 uur.",
        ),
        district="heule",
        themes=("samenleven", "armoede"),
        place_name="Dienstencentrum van Heule",
        outcome=(
            "<p>Eenendertig toestellen kwamen binnen, tweeëntwintig gingen hersteld "
            "terug naar huis. Topper van de dag: een naaimachine uit 1968.</p>"
        ),
        related=(("repair-cafe", "heule"),),
    ),
    Event(
        slug="koffie-met-de-buren-rollegem",
        event_type=ACTIVITY,
        when=("this_month", TUESDAY),
        hours=((14, 0), (16, 30)),
        title="Koffie met de buren in Rollegem",
        summary=(
            "Een namiddag koffie, taart en een gezelschapsspel in het "
            "ontmoetingscentrum. Wie niet goed te been is, wordt thuis opgehaald."
        ),
        body=(
            "Laat het de buurtwerker een dag op voorhand weten als je opgehaald "
            "wilt worden.",
        ),
        district="rollegem",
        themes=("eenzaamheid", "ouderen"),
        place_name="Ontmoetingscentrum van Rollegem",
        related=(("koffie", "rollegem"),),
    ),
    kortrijk_spreekt(
        "kortrijk-spreekt-sint-jan",
        ("this_month", SUNDAY),
        "sint-jan",
        "Sint-Jansplein",
        ("spelen", "kinderen", "samenleven"),
        "Zondagochtend komen de burgemeester, schepenen en buurtwerkers langs in "
        "Sint-Jan. Vertel ons wat er beter kan in je straat, en wat er al goed "
        "gaat.",
        (
            "We bellen aan in de Beekstraat en de straten rond het Sint-Jansplein. "
            "Ben je niet thuis, dan laten we een kaartje achter met hoe je ons kunt "
            "bereiken.",
            "Om half twaalf drinken we samen koffie op het Sint-Jansplein. Kinderen "
            "zijn welkom met een tekening van hun droomplein.",
        ),
        name="Sint-Jan",
        related=(("speelstraat", "sint-jan"), ("huiswerk", "sint-jan")),
        translations={
            "fr": {
                "title": "Kortrijk spreekt à Sint-Jan",
                "summary": (
                    "Dimanche matin, le bourgmestre, des échevins et les "
                    "travailleurs de quartier passent à Sint-Jan. Dites-nous ce qui "
                    "pourrait aller mieux dans votre rue, et ce qui va déjà bien."
                ),
                "body": (
                    "Nous sonnons dans la Beekstraat et les rues autour du "
                    "Sint-Jansplein. Si vous êtes absent, nous laissons une carte "
                    "expliquant comment nous joindre.",
                    "À 11 h 30, nous prenons un café ensemble sur le "
                    "Sint-Jansplein. Les enfants sont les bienvenus avec un dessin "
                    "de leur place de rêve.",
                ),
            },
            "en": {
                "title": "Kortrijk spreekt in Sint-Jan",
                "summary": (
                    "On Sunday morning the mayor, aldermen and district workers "
                    "visit Sint-Jan. Tell us what could be better in your street, "
                    "and what already works well."
                ),
                "body": (
                    "We ring doorbells in the Beekstraat and the streets around the "
                    "Sint-Jansplein. If you are not at home, we leave a card saying "
                    "how to reach us.",
                    "At half past eleven we have coffee together on the "
                    "Sint-Jansplein. Children are welcome with a drawing of their "
                    "dream square.",
                ),
            },
        },
    ),
    Event(
        slug="infosessie-speelstraat-aanvragen",
        event_type=MEETING,
        when=("this_month", WEDNESDAY),
        hours=((19, 30), (20, 30)),
        title="Online infosessie: een speelstraat aanvragen",
        summary=(
            "Wil je volgende zomer een speelstraat in jouw straat? Ontdek hoe je "
            "ze aanvraagt, wat de buren moeten doen en welke hulp de stad biedt."
        ),
        body=(
            "Een speelstraat vraag je aan vóór 1 maart. We overlopen de stappen, van "
            "de handtekeningen van de buren tot het ophalen van de nadarhekken.",
            "Ouders die vorige zomer al een speelstraat hadden, vertellen over hun "
            "ervaring.",
        ),
        themes=("spelen", "kinderen"),
        format=ONLINE,
        registration=True,
    ),
    Event(
        slug="zwerfvuilactie-leieboorden",
        event_type=ACTIVITY,
        when=("this_month", SATURDAY),
        hours=((9, 30), (12, 0)),
        title="Zwerfvuilactie op de Leieboorden",
        summary=(
            "Samen maken we de Leieboorden proper. Grijpers, handschoenen en koffie "
            "zijn voorzien."
        ),
        body=(
            "We vertrekken in kleine groepjes aan de Budabrug en werken richting "
            "Broeltorens en Verzetskaai. Kinderen zijn welkom onder begeleiding.",
            "Trek stevige schoenen en kleren aan die tegen een stootje kunnen.",
        ),
        district="kortrijk-centrum",
        themes=("publieke-ruimte", "samenleven"),
        place_name="Budabrug",
    ),
    Event(
        slug="budget-game-kortrijk-centrum",
        event_type=BUDGET_GAME,
        when=("weekday", 5, THURSDAY),
        hours=((19, 0), (21, 30)),
        title="Budget Game Kortrijk-Centrum",
        summary=(
            "Hoe besteden we 40.000 euro wijkbudget in het centrum? Bewoners "
            "beslissen het samen, aan tafel, in de raadzaal van het stadhuis."
        ),
        body=(
            "Op tafel liggen de voorstellen die bewoners de voorbije maanden "
            "indienden, zoals zitbanken langs de Leie, geveltuintjes en een "
            "deelbakfiets. Elke tafel verdeelt zijn fiches en probeert de andere "
            "tafels te overtuigen.",
            "Inschrijven is nodig, want de plaatsen zijn beperkt. Wie een tolk "
            "wil, vraagt dat bij de inschrijving.",
        ),
        district="kortrijk-centrum",
        themes=("publieke-ruimte", "samenleven", "vergroening"),
        place_name="Stadhuis, raadzaal",
        address="Grote Markt 54, 8500 Kortrijk",
        registration=True,
        capacity=48,
        related=(
            ("zitbanken-leie", "kortrijk-centrum"),
            ("geveltuinen", "kortrijk-centrum"),
            ("deelbakfiets", "kortrijk-centrum"),
        ),
        translations={
            "fr": {
                "title": "Budget Game à Courtrai-Centre",
                "summary": (
                    "Comment dépenser 40 000 euros de budget de quartier dans le "
                    "centre ? Les habitants en décident ensemble, à table, dans la "
                    "salle du conseil de l'hôtel de ville."
                ),
                "body": (
                    "Sur la table : les propositions introduites par des habitants "
                    "ces derniers mois, comme des bancs le long de la Lys, des "
                    "jardins de façade et un vélo cargo partagé. Chaque table "
                    "répartit ses jetons et tente de convaincre les autres.",
                    "L'inscription est obligatoire, car les places sont limitées. "
                    "Si vous souhaitez un interprète, demandez-le à l'inscription.",
                ),
                "place_name": "Hôtel de ville, salle du conseil",
            },
            "en": {
                "title": "Budget Game for Kortrijk city centre",
                "summary": (
                    "How should we spend 40,000 euros of neighbourhood budget in "
                    "the centre? Residents decide together, around the table, in "
                    "the council chamber of the town hall."
                ),
                "body": (
                    "On the table are the proposals residents submitted over the "
                    "past months, such as benches along the Leie, facade gardens "
                    "and a shared cargo bike. Each table shares out its tokens and "
                    "tries to win the other tables over.",
                    "Registration is required, as places are limited. If you would "
                    "like an interpreter, ask for one when you register.",
                ),
                "place_name": "Town hall, council chamber",
            },
        },
    ),
    kortrijk_spreekt(
        "kortrijk-spreekt-aalbeke",
        5,
        "aalbeke",
        "Dorpsplein van Aalbeke",
        ("ouderen", "fietsveiligheid"),
        "De stad komt op zondagochtend naar Aalbeke om te luisteren: naar je "
        "zorgen, je ideeën en wat er al goed loopt.",
        (
            "We bellen aan in de Lijnstraat en de straten rond het dorpsplein. Ook "
            "de boodschappendienst en de schoolroute komen ter sprake.",
            VISIT_BODY_END.format(place="het dorpsplein"),
        ),
        name="Aalbeke",
    ),
    kortrijk_spreekt(
        "kortrijk-spreekt-kooigem",
        9,
        "kooigem",
        "Dorpsplein van Kooigem",
        ("eenzaamheid", "publieke-ruimte"),
        "Burgemeester, schepenen en buurtwerkers komen naar Kooigem. Wat mist "
        "het dorp, en wat kunnen we samen oplossen?",
        (
            "Sinds het café dichtging, zoeken bewoners een nieuwe plek om elkaar te "
            "ontmoeten. Ook de verouderde speeltuin staat op de agenda.",
            VISIT_BODY_END.format(place="het dorpsplein"),
        ),
        name="Kooigem",
    ),
    Event(
        slug="buurtmaaltijd-overleie",
        event_type=ACTIVITY,
        when=("weekday", 2, FRIDAY),
        hours=((18, 0), (21, 0)),
        title="Buurtmaaltijd in Overleie",
        summary=(
            "Aan lange tafels eten buren samen een driegangenmenu, gekookt door "
            "vrijwilligers uit de wijk. Je betaalt wat je kunt."
        ),
        body=(
            "Iedereen schuift aan: wie alleen woont, gezinnen, nieuwe buren. Er is "
            "een vegetarische keuze, en alles is halal.",
            "Schrijf je in, zodat we weten hoeveel we moeten koken. Hulp in de "
            "keuken of bij de afwas is welkom.",
        ),
        district="overleie",
        themes=("samenleven", "eenzaamheid"),
        place_name="Buurthuis van Overleie",
        registration=True,
        capacity=60,
    ),
    Event(
        slug="budget-game-heule",
        event_type=BUDGET_GAME,
        when=("weekday", 10, TUESDAY),
        hours=((19, 0), (21, 30)),
        title="Budget Game Heule",
        summary=(
            "Bewoners van Heule beslissen samen over 30.000 euro wijkbudget. Speel "
            "mee in het dienstencentrum, of volg het spel online."
        ),
        body=(
            "Op tafel liggen onder meer een veilige oversteek aan de "
            "Izegemsestraat, een jongerenplek en een uitbreiding van het repair "
            "café.",
            "Online kijkers kunnen vragen stellen, maar spelen niet mee: de "
            "fiches verdelen gebeurt aan tafel.",
        ),
        district="heule",
        themes=("jongeren", "fietsveiligheid", "samenleven"),
        format=HYBRID,
        place_name="Dienstencentrum van Heule",
        registration=True,
        capacity=40,
        related=(("jongerenplek", "heule"), ("oversteek", "heule")),
    ),
    Event(
        slug="fietsherstelnamiddag-walle",
        event_type=ACTIVITY,
        when=("weekday", 2, WEDNESDAY),
        hours=((14, 0), (17, 0)),
        title="Fietsherstelnamiddag voor kinderen in Walle",
        summary=(
            "Kinderen van 8 tot 14 jaar leren hun eigen fiets herstellen, met hulp "
            "van vrijwilligers. Breng je fiets mee!"
        ),
        body=(
            "We plakken banden, stellen remmen af en zorgen dat de lichten het weer "
            "doen.",
            "Deelnemen is gratis. Onderdelen die nodig zijn, betaalt de buurtwerking.",
        ),
        district="walle",
        themes=("fietsveiligheid", "kinderen"),
        place_name="Buurthuis van Walle",
        registration=True,
        capacity=15,
        related=(("fietsatelier", "walle"),),
        translations={
            "fr": {
                "title": "Atelier vélo pour enfants à Walle",
                "summary": (
                    "Les enfants de 8 à 14 ans apprennent à réparer leur propre "
                    "vélo, avec l'aide de bénévoles. Apporte ton vélo !"
                ),
                "body": (
                    "Nous réparons les crevaisons, réglons les freins et remettons "
                    "les phares en état.",
                    "La participation est gratuite. Les pièces nécessaires sont "
                    "payées par le travail de quartier.",
                ),
                "place_name": "Maison de quartier de Walle",
            },
            "en": {
                "title": "Bike repair afternoon for children in Walle",
                "summary": (
                    "Children aged 8 to 14 learn to fix their own bike, with help "
                    "from volunteers. Bring your bike!"
                ),
                "body": (
                    "We patch tyres, adjust brakes and get the lights working again.",
                    "Taking part is free. Any parts needed are paid for by the "
                    "neighbourhood team.",
                ),
                "place_name": "Walle community centre",
            },
        },
    ),
    Event(
        slug="samen-wandelen-bellegembos",
        event_type=ACTIVITY,
        when=("weekday", 6, SUNDAY),
        hours=((14, 0), (16, 0)),
        title="Samen wandelen in het Bellegembos",
        summary=(
            "Een rustige wandeling van twee uur door het Bellegembos, voor iedereen "
            "die graag in gezelschap stapt."
        ),
        body=(
            "Het parcours is vlak en geschikt voor rolstoelen en kinderwagens. "
            "Achteraf drinken we samen warme chocolademelk.",
        ),
        district="bellegem",
        themes=("eenzaamheid", "zorg"),
        place_name="Parking aan het Bellegembos",
        related=(("wandelen", "bellegem"),),
    ),
    Event(
        slug="bewonersavond-meensesteenweg",
        event_type=MEETING,
        when=("weekday", 7, MONDAY),
        hours=((19, 30), (21, 30)),
        title="Bewonersavond: veilig oversteken op de Meensesteenweg",
        summary=(
            "De stad en het Agentschap Wegen en Verkeer stellen plannen voor een "
            "veilige oversteek voor. Jouw mening telt."
        ),
        body=(
            "We tonen twee ontwerpen: een middeneiland met zebrapad en een "
            "oversteek met verkeerslichten. Daarna praten we in kleine groepen.",
        ),
        district="bissegem",
        themes=("fietsveiligheid", "mobiliteit"),
        place_name="Ontmoetingscentrum van Bissegem",
        related=(("oversteek", "bissegem"),),
    ),
]
