"""The home page, the three index pages and the two information pages.

Each page has its texts per language code; the Dutch slug is the page's stable
key, the French and English slugs name its translations.
"""

DEMO_NOTE = {
    "nl": "<p><em>Voorbeeldtekst voor de demo, geen bindende verklaring.</em></p>",
    "fr": "<p><em>Texte d'exemple pour la démo, sans valeur juridique.</em></p>",
    "en": "<p><em>Sample text for the demo, not a binding statement.</em></p>",
}

HOME = {
    "nl": {
        "slug": "kortrijk",
        "title": "Kortrijk spreekt én doet mee",
        "introduction": (
            "Overal in Kortrijk zetten bewoners hun schouders onder hun buurt: een "
            "speelstraat, een repair café, een moestuin, een babbel met wie alleen "
            "woont. Hier vind je wat er in jouw wijk of deelgemeente beweegt, "
            "wanneer de stad bij jou langskomt om te luisteren, en hoe je zelf een "
            "idee of wens indient."
        ),
    },
    "fr": {
        "slug": "kortrijk-fr",
        "title": "Courtrai parle et participe",
        "introduction": (
            "Partout à Courtrai, des habitants s'engagent pour leur quartier : une "
            "rue réservée au jeu, un repair café, un potager, un brin de causette "
            "avec qui vit seul. Découvrez ici ce qui bouge dans votre quartier ou "
            "votre section, quand la ville vient vous écouter près de chez vous, et "
            "comment proposer vous-même une idée ou un souhait."
        ),
    },
    "en": {
        "slug": "kortrijk-en",
        "title": "Kortrijk speaks up and joins in",
        "introduction": (
            "All over Kortrijk, residents put their shoulders to their "
            "neighbourhood: a play street, a repair café, a vegetable garden, a "
            "chat with someone who lives alone. Here you find what is happening in "
            "your neighbourhood or village, when the city comes by to listen, and "
            "how to put forward an idea or wish of your own."
        ),
    },
}

# The three listing pages, in menu order: (model name, texts per language).
SECTIONS = [
    (
        "DistrictIndexPage",
        {
            "nl": {
                "slug": "wijken",
                "title": "Wijken en deelgemeenten",
                "introduction": (
                    "Kortrijk telt acht deelgemeenten en heel wat wijken met een "
                    "eigen karakter. Kies jouw buurt en ontdek wie er actief is, wat "
                    "bewoners vertelden tijdens “Kortrijk spreekt” en wie je "
                    "buurtwerker is."
                ),
            },
            "fr": {
                "slug": "quartiers",
                "title": "Quartiers et sections",
                "introduction": (
                    "Courtrai compte huit sections et de nombreux quartiers au "
                    "caractère bien à eux. Choisissez le vôtre et découvrez qui s'y "
                    "active, ce que les habitants ont dit lors de « Kortrijk "
                    "spreekt » et qui est votre travailleur de quartier."
                ),
            },
            "en": {
                "slug": "districts",
                "title": "Neighbourhoods and villages",
                "introduction": (
                    "Kortrijk is made up of eight villages and many neighbourhoods, "
                    "each with a character of its own. Choose yours to see who is "
                    "active there, what residents said during “Kortrijk spreekt” "
                    "and who your district worker is."
                ),
            },
        },
    ),
    (
        "InitiativeIndexPage",
        {
            "nl": {
                "slug": "initiatieven",
                "title": "Initiatieven en wensen",
                "introduction": (
                    "Van een buurtmoestuin tot een veilige schoolroute: hier staan "
                    "de initiatieven die bewoners zelf trekken, en de wensen waarvoor "
                    "ze de stad of hun buren om hulp vragen. Filter op wijk, thema "
                    "of stand van zaken."
                ),
            },
            "fr": {
                "slug": "initiatives",
                "title": "Initiatives et souhaits",
                "introduction": (
                    "D'un potager de quartier à un chemin de l'école sûr : voici les "
                    "initiatives que les habitants portent eux-mêmes, et les "
                    "souhaits pour lesquels ils demandent l'aide de la ville ou de "
                    "leurs voisins. Filtrez par quartier, thème ou avancement."
                ),
            },
            "en": {
                "slug": "initiatives",
                "title": "Initiatives and wishes",
                "introduction": (
                    "From a community garden to a safe route to school: here are the "
                    "initiatives residents run themselves, and the wishes for which "
                    "they ask the city or their neighbours for help. Filter by "
                    "neighbourhood, theme or progress."
                ),
            },
        },
    ),
    (
        "EventIndexPage",
        {
            "nl": {
                "slug": "activiteiten",
                "title": "Activiteiten",
                "introduction": (
                    "Buurtbezoeken van “Kortrijk spreekt” op zondagochtend, "
                    "bewonersavonden, Budget Games en activiteiten van bewoners "
                    "zelf. Iedereen is welkom; waar inschrijven nodig is, staat het "
                    "erbij."
                ),
            },
            "fr": {
                "slug": "activites",
                "title": "Activités",
                "introduction": (
                    "Visites de quartier « Kortrijk spreekt » le dimanche matin, "
                    "soirées d'habitants, Budget Games et activités organisées par "
                    "les habitants eux-mêmes. Tout le monde est bienvenu ; quand il "
                    "faut s'inscrire, c'est indiqué."
                ),
            },
            "en": {
                "slug": "events",
                "title": "Events",
                "introduction": (
                    "“Kortrijk spreekt” neighbourhood visits on Sunday mornings, "
                    "residents' evenings, Budget Games and activities run by "
                    "residents themselves. Everyone is welcome; where you need to "
                    "register, it says so."
                ),
            },
        },
    ),
]

# The information pages: texts per language, the body as HTML paragraphs.
INFORMATION_PAGES = [
    {
        "nl": {
            "slug": "privacyverklaring",
            "title": "Privacyverklaring",
            "body": [
                "<p>Deze website is een initiatief van de stad Kortrijk. We gaan "
                "zorgvuldig om met de gegevens die je ons geeft, volgens de "
                "Algemene Verordening Gegevensbescherming (AVG).</p>",
                "<h2>Welke gegevens we vragen</h2><p>Dien je een initiatief of wens "
                "in, dan vragen we je naam en een e-mailadres of telefoonnummer. We "
                "gebruiken ze alleen om je op de hoogte te houden van je inzending. "
                "Op de website verschijnt nooit meer dan een voornaam of een "
                "omschrijving zoals “een bewoner van Heule”.</p>",
                "<h2>Hoe lang we ze bewaren</h2><p>Contactgegevens bij een "
                "inzending wissen we automatisch zes maanden nadat we de inzending "
                "hebben afgehandeld.</p>",
                "<h2>Je rechten</h2><p>Je kunt je gegevens altijd inkijken, laten "
                "verbeteren of laten wissen: mail naar privacy@kortrijk.example. "
                "Ben je niet tevreden over ons antwoord, dan kun je klacht indienen "
                "bij de Vlaamse Toezichtcommissie.</p>",
            ],
        },
        "fr": {
            "slug": "declaration-de-confidentialite",
            "title": "Déclaration de confidentialité",
            "body": [
                "<p>Ce site est une initiative de la ville de Courtrai. Nous "
                "traitons avec soin les données que vous nous confiez, conformément "
                "au Règlement général sur la protection des données (RGPD).</p>",
                "<h2>Les données que nous demandons</h2><p>Si vous proposez une "
                "initiative ou un souhait, nous vous demandons votre nom et une "
                "adresse e-mail ou un numéro de téléphone, uniquement pour vous "
                "tenir informé de votre proposition. Le site n'affiche jamais plus "
                "qu'un prénom ou une mention comme « un habitant de Heule ».</p>",
                "<h2>Combien de temps nous les gardons</h2><p>Les coordonnées liées "
                "à une proposition sont effacées automatiquement six mois après son "
                "traitement.</p>",
                "<h2>Vos droits</h2><p>Vous pouvez toujours consulter, faire "
                "corriger ou faire effacer vos données en écrivant à "
                "privacy@kortrijk.example. Si notre réponse ne vous satisfait pas, "
                "vous pouvez porter plainte auprès de la Vlaamse "
                "Toezichtcommissie.</p>",
            ],
        },
        "en": {
            "slug": "privacy-notice",
            "title": "Privacy notice",
            "body": [
                "<p>This website is run by the city of Kortrijk. We handle the data "
                "you give us with care, in line with the General Data Protection "
                "Regulation (GDPR).</p>",
                "<h2>What we ask for</h2><p>When you submit an initiative or wish, "
                "we ask for your name and an email address or phone number, only to "
                "keep you informed about your submission. The website never shows "
                "more than a first name or a description such as “a resident of "
                "Heule”.</p>",
                "<h2>How long we keep it</h2><p>Contact details of a submission are "
                "erased automatically six months after we have dealt with it.</p>",
                "<h2>Your rights</h2><p>You can always see, correct or erase your "
                "data by writing to privacy@kortrijk.example. If you are not happy "
                "with our answer, you can complain to the Flemish Supervisory "
                "Commission (Vlaamse Toezichtcommissie).</p>",
            ],
        },
    },
    {
        "nl": {
            "slug": "toegankelijkheidsverklaring",
            "title": "Toegankelijkheidsverklaring",
            "body": [
                "<p>We willen dat iedereen deze website kan gebruiken, ook met een "
                "schermlezer, enkel met het toetsenbord of met een "
                "vergrotingsprogramma. We streven naar niveau AA van de Web Content "
                "Accessibility Guidelines (WCAG) 2.2.</p>",
                "<h2>Wat nog niet goed werkt</h2><p>Sommige oudere afbeeldingen "
                "missen nog een goede beschrijving. De kaarten van de wijken hebben "
                "een tekstalternatief, maar zijn zelf niet volledig met het "
                "toetsenbord te bedienen.</p>",
                "<h2>Een probleem melden</h2><p>Loop je ergens vast? Laat het ons "
                "weten via toegankelijkheid@kortrijk.example. We antwoorden binnen "
                "vijf werkdagen.</p>",
            ],
        },
        "fr": {
            "slug": "declaration-daccessibilite",
            "title": "Déclaration d'accessibilité",
            "body": [
                "<p>Nous voulons que chacun puisse utiliser ce site, y compris avec "
                "un lecteur d'écran, uniquement au clavier ou avec un logiciel "
                "d'agrandissement. Nous visons le niveau AA des Web Content "
                "Accessibility Guidelines (WCAG) 2.2.</p>",
                "<h2>Ce qui ne fonctionne pas encore</h2><p>Certaines images plus "
                "anciennes n'ont pas encore de bonne description. Les cartes des "
                "quartiers ont une alternative textuelle, mais ne sont pas "
                "entièrement utilisables au clavier.</p>",
                "<h2>Signaler un problème</h2><p>Vous êtes bloqué quelque part ? "
                "Écrivez-nous à toegankelijkheid@kortrijk.example. Nous répondons "
                "dans les cinq jours ouvrables.</p>",
            ],
        },
        "en": {
            "slug": "accessibility-statement",
            "title": "Accessibility statement",
            "body": [
                "<p>We want everyone to be able to use this website, including with "
                "a screen reader, with the keyboard only or with screen "
                "magnification. We aim for level AA of the Web Content "
                "Accessibility Guidelines (WCAG) 2.2.</p>",
                "<h2>What does not work well yet</h2><p>Some older images still "
                "lack a good description. The neighbourhood maps have a text "
                "alternative but cannot be fully operated with the keyboard.</p>",
                "<h2>Reporting a problem</h2><p>Stuck somewhere? Let us know at "
                "toegankelijkheid@kortrijk.example. We answer within five working "
                "days.</p>",
            ],
        },
    },
]
