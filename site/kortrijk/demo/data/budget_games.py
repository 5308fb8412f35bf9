# Long one-line texts per language read better than strings cut at 88 columns.
# ruff: noqa: E501
"""Two Budget Game sessions: Heule's district evening (8 tables, 30 options,
€300,000) and a primary school's (3 classes, €5,000), with follow-up.

Texts are per language; codes, amounts and packages are the same in every
language. Sample content for the demo: the people, tables and decisions are
made up.
"""

INDEX = {
    "nl": {
        "slug": "budget-games",
        "title": "Budget Games",
        "introduction": (
            "In een Budget Game beslissen bewoners samen waar een deel van het "
            "stadsbudget naartoe gaat. Hier lees je wat elke tafel koos, wat er "
            "beslist werd en waarom, en wat er sindsdien van gekomen is."
        ),
    },
    "fr": {
        "slug": "budget-games-fr",
        "title": "Budget Games",
        "introduction": (
            "Lors d'un Budget Game, les habitants décident ensemble de l'usage "
            "d'une partie du budget de la ville. Découvrez ce que chaque table a "
            "choisi, ce qui a été décidé et pourquoi, et ce qu'il en est devenu."
        ),
    },
    "en": {
        "slug": "budget-games-en",
        "title": "Budget Games",
        "introduction": (
            "In a Budget Game, residents decide together where part of the city's "
            "budget goes. Read what each table chose, what was decided and why, "
            "and what has become of it since."
        ),
    },
}

# (code, kind, theme slug, amount, partly fundable, origin,
#  {language: (title, description)})
HEULE_OPTIONS = [
    ("I01", "investment", "spelen", 60_000, False, "city", {
        "nl": ("Speeltuin Heulepark vernieuwen", "Nieuwe toestellen voor kinderen tot 12 jaar, ook voor kinderen met een beperking."),
        "fr": ("Rénover l'aire de jeux du Heulepark", "De nouveaux jeux pour les enfants jusqu'à 12 ans, accessibles aussi aux enfants handicapés."),
        "en": ("Renew the Heulepark playground", "New equipment for children up to 12, including children with a disability."),
    }),
    ("I02", "investment", "fietsveiligheid", 85_000, False, "city", {
        "nl": ("Fietsstraat in de Kapelstraat", "Auto's zijn er te gast; rode asfalt en nieuwe borden."),
        "fr": ("Rue cyclable dans la Kapelstraat", "Les voitures y sont invitées ; asphalte rouge et nouveaux panneaux."),
        "en": ("Cycle street in the Kapelstraat", "Cars are guests there; red asphalt and new signs."),
    }),
    ("I03", "investment", "fietsveiligheid", 35_000, False, "residents", {
        "nl": ("Veilige oversteek Izegemsestraat", "Een verhoogd zebrapad met middeneiland aan de schoolpoort."),
        "fr": ("Traversée sûre Izegemsestraat", "Un passage piéton surélevé avec îlot central devant l'école."),
        "en": ("Safe crossing on the Izegemsestraat", "A raised zebra crossing with a refuge island at the school gate."),
    }),
    ("I04", "investment", "vergroening", 40_000, True, "city", {
        "nl": ("Bomen langs de Heulebeek", "Tot tachtig bomen; elk bedrag plant er een deel van."),
        "fr": ("Des arbres le long de la Heulebeek", "Jusqu'à quatre-vingts arbres ; chaque montant en plante une partie."),
        "en": ("Trees along the Heulebeek", "Up to eighty trees; any amount plants part of them."),
    }),
    ("I05", "investment", "vergroening", 12_000, False, "residents", {
        "nl": ("Buurtmoestuin uitbreiden", "Zes extra bakken en een regenwaterput."),
        "fr": ("Agrandir le potager de quartier", "Six bacs de plus et une citerne d'eau de pluie."),
        "en": ("Extend the community garden", "Six more beds and a rainwater tank."),
    }),
    ("I06", "investment", "publieke-ruimte", 15_000, True, "residents", {
        "nl": ("Zitbanken op het dorpsplein", "Banken met rug- en armleuning, per bank te financieren."),
        "fr": ("Des bancs sur la place du village", "Des bancs avec dossier et accoudoirs, finançables banc par banc."),
        "en": ("Benches on the village square", "Benches with back and arm rests, fundable one at a time."),
    }),
    ("I07", "investment", "mobiliteit", 25_000, False, "city", {
        "nl": ("Overdekte fietsenstalling aan de sporthal", "Plaats voor zestig fietsen, met laadpunten."),
        "fr": ("Parking vélo couvert à la salle de sport", "De la place pour soixante vélos, avec bornes de recharge."),
        "en": ("Covered bike parking at the sports hall", "Room for sixty bikes, with charging points."),
    }),
    ("I08", "investment", "samenleven", 90_000, False, "city", {
        "nl": ("Ontmoetingsruimte in het buurthuis", "De zaal isoleren en inrichten voor verenigingen en buren."),
        "fr": ("Un espace de rencontre à la maison de quartier", "Isoler et aménager la salle pour les associations et les voisins."),
        "en": ("A meeting room in the community centre", "Insulate and furnish the hall for clubs and neighbours."),
    }),
    ("I09", "investment", "mobiliteit", 30_000, True, "residents", {
        "nl": ("Trage wegen herstellen", "Verharde wandelpaden tussen de wijken, stuk per stuk."),
        "fr": ("Remettre en état les sentiers", "Des chemins piétons entre les quartiers, tronçon par tronçon."),
        "en": ("Repair the footpaths", "Paved walking paths between the neighbourhoods, stretch by stretch."),
    }),
    ("I10", "investment", "jongeren", 70_000, False, "residents", {
        "nl": ("Skatepark voor jongeren", "Een plek waar jongeren welkom zijn, ontworpen met hen."),
        "fr": ("Un skatepark pour les jeunes", "Un lieu où les jeunes sont les bienvenus, conçu avec eux."),
        "en": ("A skate park for young people", "A place where young people are welcome, designed with them."),
    }),
    ("I11", "investment", "ouderen", 18_000, False, "residents", {
        "nl": ("Rustpunten voor senioren", "Elke 200 meter een bank op de looproutes naar de winkels."),
        "fr": ("Des haltes pour les aînés", "Un banc tous les 200 mètres sur les trajets vers les commerces."),
        "en": ("Resting points for older people", "A bench every 200 metres on the walking routes to the shops."),
    }),
    ("I12", "investment", "spelen", 6_000, False, "residents", {
        "nl": ("Speelstraatkoffer", "Materiaal dat straten kunnen lenen voor hun speelstraat."),
        "fr": ("Malle pour rue réservée au jeu", "Du matériel que les rues peuvent emprunter."),
        "en": ("Play street kit", "Equipment streets can borrow for their play street."),
    }),
    ("I13", "investment", "publieke-ruimte", 45_000, False, "city", {
        "nl": ("Openbaar toilet aan het park", "Toegankelijk, ook met een rolstoel."),
        "fr": ("Toilettes publiques au parc", "Accessibles, aussi en fauteuil roulant."),
        "en": ("Public toilet at the park", "Accessible, also in a wheelchair."),
    }),
    ("I14", "investment", "publieke-ruimte", 50_000, False, "city", {
        "nl": ("Verlichting voetpad Heulestraat", "Zuinige ledverlichting op het donkere stuk."),
        "fr": ("Éclairer le trottoir de la Heulestraat", "Un éclairage LED économe sur le tronçon sombre."),
        "en": ("Light the Heulestraat footpath", "Low-energy LED lighting on the dark stretch."),
    }),
    ("I15", "investment", "vergroening", 8_000, True, "residents", {
        "nl": ("Bloemenweide in plaats van gazon", "Minder maaien, meer bijen."),
        "fr": ("Une prairie fleurie au lieu du gazon", "Moins de tonte, plus d'abeilles."),
        "en": ("A wildflower meadow instead of lawn", "Less mowing, more bees."),
    }),
    ("I16", "investment", "mobiliteit", 20_000, False, "residents", {
        "nl": ("Deelbakfietsen", "Drie bakfietsen om te lenen via de bib."),
        "fr": ("Des vélos cargos partagés", "Trois vélos cargos à emprunter à la bibliothèque."),
        "en": ("Shared cargo bikes", "Three cargo bikes to borrow from the library."),
    }),
    ("I17", "investment", "cultuur", 25_000, True, "city", {
        "nl": ("Cultuurzomer op het plein", "Optredens en film in openlucht, per avond te financieren."),
        "fr": ("Un été culturel sur la place", "Concerts et cinéma en plein air, finançables soirée par soirée."),
        "en": ("Summer culture on the square", "Open-air concerts and films, fundable one evening at a time."),
    }),
    ("I18", "investment", "publieke-ruimte", 10_000, False, "residents", {
        "nl": ("Drinkfontein", "Gratis drinkwater aan het dorpsplein."),
        "fr": ("Une fontaine à boire", "De l'eau potable gratuite sur la place du village."),
        "en": ("Drinking fountain", "Free drinking water on the village square."),
    }),
    ("I19", "investment", "samenleven", 15_000, True, "residents", {
        "nl": ("Budget voor straatfeesten", "Kleine bedragen voor buren die een feest organiseren."),
        "fr": ("Un budget pour les fêtes de rue", "De petits montants pour les voisins qui organisent une fête."),
        "en": ("A budget for street parties", "Small amounts for neighbours who throw a party."),
    }),
    ("I20", "investment", "kinderen", 22_000, False, "residents", {
        "nl": ("Huiswerkklas in de bib", "Twee avonden per week begeleiding voor lagere-schoolkinderen."),
        "fr": ("Des devoirs accompagnés à la bibliothèque", "Deux soirs par semaine pour les enfants du primaire."),
        "en": ("Homework club at the library", "Two evenings a week of help for primary-school children."),
    }),
    ("S01", "saving", "", 8_000, False, "city", {
        "nl": ("Minder bloembakken in het centrum", ""),
        "fr": ("Moins de bacs à fleurs au centre", ""),
        "en": ("Fewer flower boxes in the centre", ""),
    }),
    ("S02", "saving", "", 15_000, False, "city", {
        "nl": ("Straatverlichting 's nachts dimmen", ""),
        "fr": ("Réduire l'éclairage public la nuit", ""),
        "en": ("Dim the street lights at night", ""),
    }),
    ("S03", "saving", "", 6_000, False, "city", {
        "nl": ("Gemeentelijk infoblad enkel digitaal", ""),
        "fr": ("Bulletin communal uniquement numérique", ""),
        "en": ("Town newsletter online only", ""),
    }),
    ("S04", "saving", "", 5_000, False, "residents", {
        "nl": ("Bermen minder maaien", ""),
        "fr": ("Faucher moins les accotements", ""),
        "en": ("Mow the verges less often", ""),
    }),
    ("S05", "saving", "", 7_000, False, "city", {
        "nl": ("Minder kerstverlichting", ""),
        "fr": ("Moins d'illuminations de Noël", ""),
        "en": ("Fewer Christmas lights", ""),
    }),
    ("S06", "saving", "", 10_000, False, "city", {
        "nl": ("Containerpark een dag minder open", ""),
        "fr": ("Parc à conteneurs fermé un jour de plus", ""),
        "en": ("Recycling park closed one more day", ""),
    }),
    ("R01", "revenue", "", 20_000, False, "city", {
        "nl": ("Betalend parkeren aan het dorpsplein", ""),
        "fr": ("Stationnement payant sur la place du village", ""),
        "en": ("Paid parking on the village square", ""),
    }),
    ("R02", "revenue", "", 12_000, False, "residents", {
        "nl": ("Sponsoring door handelaars", ""),
        "fr": ("Parrainage par les commerçants", ""),
        "en": ("Sponsorship by local shops", ""),
    }),
    ("R03", "revenue", "", 9_000, False, "city", {
        "nl": ("Feestzaal verhuren", ""),
        "fr": ("Louer la salle des fêtes", ""),
        "en": ("Rent out the party hall", ""),
    }),
    ("R04", "revenue", "", 30_000, False, "city", {
        "nl": ("Vlaamse subsidie voor fietsinfrastructuur", ""),
        "fr": ("Subside flamand pour les infrastructures cyclables", ""),
        "en": ("Flemish grant for cycling infrastructure", ""),
    }),
]  # fmt: skip

# (participants, package, {language: (table name, consensus note)})
HEULE_TABLES = [
    (10, "I01, I03, I04, I05, I06, I11, I14, I18, S02", {
        "nl": ("Tafel 1", "Snel eens over de oversteek; lang gepraat over de verlichting."),
        "fr": ("Table 1", "Vite d'accord sur la traversée ; longue discussion sur l'éclairage."),
        "en": ("Table 1", "Quickly agreed on the crossing; a long talk about the lighting."),
    }),
    (11, "I01, I02, I03, I04: 20000, I06, I08, I11, I18, S01, S02, R01", {
        "nl": ("Tafel 2", "Het betalend parkeren kwam er pas na een stemming, 7 tegen 4."),
        "fr": ("Table 2", "Le stationnement payant n'est passé qu'après un vote, 7 contre 4."),
        "en": ("Table 2", "Paid parking only passed after a vote, 7 to 4."),
    }),
    (9, "I03, I05, I06, I08, I11, I14, I15, I18, S02, S04", {
        "nl": ("Tafel 3", "Eensgezind: eerst ontmoeten, dan de rest."),
        "fr": ("Table 3", "Unanimes : d'abord se rencontrer, ensuite le reste."),
        "en": ("Table 3", "Unanimous: meeting places first, then the rest."),
    }),
    (12, "I01, I03, I04, I09: 15000, I10, I12, I16, I20, R02", {
        "nl": ("Tafel 4", "De jongeren aan tafel wonnen het skatepark binnen."),
        "fr": ("Table 4", "Les jeunes de la table ont obtenu le skatepark."),
        "en": ("Table 4", "The young people at the table won the skate park."),
    }),
    (10, "I01, I03, I05, I06, I11, I14, I18, I19: 10000, S02, S03, R01", {
        "nl": ("Tafel 5", "Twee deelnemers bleven tegen het dimmen van de verlichting."),
        "fr": ("Table 5", "Deux participants sont restés opposés à la réduction de l'éclairage."),
        "en": ("Table 5", "Two participants stayed against dimming the lights."),
    }),
    (8, "I01, I04: 30000, I06, I08, I11, I13, I17: 15000, S01, S05, R03", {
        "nl": ("Tafel 6", "Veel senioren aan tafel; het toilet was hun eerste keuze."),
        "fr": ("Table 6", "Beaucoup d'aînés ; les toilettes étaient leur premier choix."),
        "en": ("Table 6", "Many older residents; the toilet was their first choice."),
    }),
    (11, "I03, I04, I05, I07, I08, I14, I15, I18, S02, R01", {
        "nl": ("Tafel 7", "Akkoord na een tweede ronde."),
        "fr": ("Table 7", "Accord après un deuxième tour."),
        "en": ("Table 7", "Agreement after a second round."),
    }),
    (9, "I01, I03, I04: 25000, I05, I08, I14, I18, S04, R04", {
        "nl": ("Tafel 8", "De subsidie gaf ruimte voor het buurthuis."),
        "fr": ("Table 8", "Le subside a laissé de la place pour la maison de quartier."),
        "en": ("Table 8", "The grant made room for the community centre."),
    }),
]  # fmt: skip

# Follow-up per option code: (status, progress, actual cost, initiative key,
#   {language: note}, [(date, image key, {language: milestone title})])
HEULE_FOLLOW_UP = {
    "I03": ("realised", 100, 37_400, ("oversteek", "heule"), {
        "nl": "Het college keurde de oversteek goed op 14 april 2025.",
        "fr": "Le collège a approuvé la traversée le 14 avril 2025.",
        "en": "The city board approved the crossing on 14 April 2025.",
    }, [
        ("2025-04-14", "", {"nl": "Goedgekeurd door het college", "fr": "Approuvé par le collège", "en": "Approved by the city board"}),
        ("2025-07-07", "", {"nl": "Werken gestart in het zomerverlof", "fr": "Début des travaux pendant les vacances", "en": "Works started during the summer holidays"}),
        ("2025-08-29", "fiets", {"nl": "Feestelijke opening voor het nieuwe schooljaar", "fr": "Inauguration avant la rentrée", "en": "Opened before the new school year"}),
    ]),
    "I01": ("under_way", 60, None, None, {
        "nl": "Kinderen van de wijk tekenden mee aan het ontwerp.",
        "fr": "Les enfants du quartier ont dessiné le projet.",
        "en": "Children of the neighbourhood helped draw the design.",
    }, [
        ("2025-06-02", "speelstraat", {"nl": "Ontwerpmiddag met kinderen", "fr": "Après-midi de dessin avec les enfants", "en": "Design afternoon with children"}),
        ("2026-03-16", "", {"nl": "Oude toestellen afgebroken", "fr": "Anciens jeux démontés", "en": "Old equipment removed"}),
    ]),
    "I04": ("planned", 10, None, None, {
        "nl": "Planten in het plantseizoen, vanaf november.",
        "fr": "Plantation à la saison, dès novembre.",
        "en": "Planting in the planting season, from November.",
    }, []),
    "I18": ("realised", 100, 9_200, None, {
        "nl": "Geplaatst samen met de nieuwe banken.",
        "fr": "Installée avec les nouveaux bancs.",
        "en": "Installed together with the new benches.",
    }, [
        ("2025-06-20", "", {"nl": "Drinkfontein in gebruik", "fr": "Fontaine en service", "en": "Fountain in use"}),
    ]),
    "I08": ("dropped", None, None, None, {
        "nl": "Geschrapt: de eigenaar verkoopt het gebouw; het geld gaat naar de nieuwe zaal in 2027.",
        "fr": "Abandonné : le propriétaire vend le bâtiment ; l'argent ira à la nouvelle salle en 2027.",
        "en": "Dropped: the owner is selling the building; the money goes to the new hall in 2027.",
    }, []),
}  # fmt: skip

HEULE = {
    "slug": "budget-game-heule-2025",
    "district": "heule",
    "date": "2025-03-18",
    "budget": 300_000,
    "adults": 64,
    "young_people": 12,
    "children": 4,
    "texts": {
        "nl": {
            "title": "Budget Game Heule 2025",
            "summary": "Tachtig bewoners verdeelden aan acht tafels 300.000 euro over dertig voorstellen voor Heule.",
            "place": "Zaal De Zwaan, Heule",
            "facilitators": "Buurtwerk Heule en een expert van de financiële dienst",
            "story": "<p>Op een dinsdagavond in maart schoven tachtig bewoners aan acht tafels. Elke tafel kreeg fiches ter waarde van 300.000 euro en dertig voorstellen van de stad en van bewoners. Wie wilde, kon besparingen of extra inkomsten aanvaarden om meer te investeren.</p><p>Na twee uur onderhandelen stelde elke tafel haar pakket voor aan de schepen van financiën.</p>",
        },
        "fr": {
            "title": "Budget Game Heule 2025",
            "summary": "Quatre-vingts habitants ont réparti 300 000 euros entre trente propositions pour Heule, à huit tables.",
            "place": "Salle De Zwaan, Heule",
            "facilitators": "Le travail de quartier de Heule et une experte du service financier",
            "story": "<p>Un mardi soir de mars, quatre-vingts habitants ont pris place à huit tables. Chaque table a reçu des jetons pour 300 000 euros et trente propositions de la ville et des habitants. Qui le voulait pouvait accepter des économies ou des recettes pour investir davantage.</p><p>Après deux heures de négociation, chaque table a présenté son paquet à l'échevin des finances.</p>",
        },
        "en": {
            "title": "Budget Game Heule 2025",
            "summary": "Eighty residents at eight tables shared out €300,000 among thirty proposals for Heule.",
            "place": "De Zwaan hall, Heule",
            "facilitators": "Heule district work and an expert from the finance department",
            "story": "<p>On a Tuesday evening in March, eighty residents sat down at eight tables. Each table received tokens worth €300,000 and thirty proposals from the city and from residents. Tables could accept savings or extra revenue to invest more.</p><p>After two hours of negotiation, each table presented its package to the alderman for finance.</p>",
        },
    },
    "photo": ("buurtfeest", {
        "nl": ("Het spelbord van tafel 3 met fiches op de voorstellen", "Tafel 3 aan het werk"),
        "fr": ("Le plateau de la table 3, avec des jetons sur les propositions", "La table 3 au travail"),
        "en": ("Table 3's game board with tokens on the proposals", "Table 3 at work"),
    }),
}  # fmt: skip

SCHOOL_OPTIONS = [
    ("K01", "investment", "spelen", 2_500, False, "residents", {
        "nl": ("Klimrek op de speelplaats", "Voor de kleuters en het eerste leerjaar."),
        "fr": ("Une cage à grimper dans la cour", "Pour la maternelle et la première année."),
        "en": ("Climbing frame in the playground", "For the nursery and first-year classes."),
    }),
    ("K02", "investment", "spelen", 800, False, "residents", {
        "nl": ("Voetbaldoeltjes", "Twee kleine doelen met netten."),
        "fr": ("Petits buts de football", "Deux petits buts avec filets."),
        "en": ("Small football goals", "Two small goals with nets."),
    }),
    ("K03", "investment", "vergroening", 400, False, "residents", {
        "nl": ("Moestuinbak", "Een bak per klas voor kruiden en aardbeien."),
        "fr": ("Bac potager", "Un bac par classe pour des herbes et des fraises."),
        "en": ("Vegetable bed", "A bed per class for herbs and strawberries."),
    }),
    ("K04", "investment", "cultuur", 700, True, "residents", {
        "nl": ("Boeken voor de klasbib", "Elk bedrag koopt boeken bij."),
        "fr": ("Des livres pour la bibliothèque de classe", "Chaque montant achète des livres."),
        "en": ("Books for the class library", "Any amount buys more books."),
    }),
    ("K05", "investment", "spelen", 1_500, False, "residents", {
        "nl": ("Pingpongtafel", "Een betonnen tafel die tegen regen kan."),
        "fr": ("Table de ping-pong", "Une table en béton qui résiste à la pluie."),
        "en": ("Table-tennis table", "A concrete table that can stand the rain."),
    }),
    ("K06", "investment", "vergroening", 1_800, False, "city", {
        "nl": ("Schaduwdoek boven de zandbak", ""),
        "fr": ("Voile d'ombrage au-dessus du bac à sable", ""),
        "en": ("Shade sail over the sandpit", ""),
    }),
    ("K07", "investment", "kinderen", 600, True, "residents", {
        "nl": ("Bankjes in de rustige hoek", "Per bankje te financieren."),
        "fr": ("Des bancs dans le coin calme", "Finançables banc par banc."),
        "en": ("Benches in the quiet corner", "Fundable one bench at a time."),
    }),
    ("B01", "saving", "", 300, False, "residents", {
        "nl": ("Minder papier: huiswerk via de computer", ""),
        "fr": ("Moins de papier : les devoirs sur l'ordinateur", ""),
        "en": ("Less paper: homework on the computer", ""),
    }),
    ("B02", "revenue", "", 500, False, "residents", {
        "nl": ("Koekjesverkoop op het schoolfeest", ""),
        "fr": ("Vente de biscuits à la fête de l'école", ""),
        "en": ("Biscuit sale at the school party", ""),
    }),
]  # fmt: skip

SCHOOL_TABLES = [
    (22, "K01, K02, K03, K07, B02", {
        "nl": ("Klas 4A", "De hele klas stak de hand op voor het klimrek."),
        "fr": ("Classe 4A", "Toute la classe a levé la main pour la cage à grimper."),
        "en": ("Class 4A", "The whole class raised a hand for the climbing frame."),
    }),
    (20, "K01, K03, K04: 400, K05", {
        "nl": ("Klas 5B", "Lang getwijfeld tussen pingpong en voetbal."),
        "fr": ("Classe 5B", "Longue hésitation entre ping-pong et football."),
        "en": ("Class 5B", "A long doubt between table tennis and football."),
    }),
    (21, "K02, K03, K04, K06, B01, B02", {
        "nl": ("Klas 6A", "De zesdes dachten aan de kleuters: schaduw boven de zandbak."),
        "fr": ("Classe 6A", "Les sixièmes ont pensé aux petits : de l'ombre sur le bac à sable."),
        "en": ("Class 6A", "The sixth-years thought of the little ones: shade over the sandpit."),
    }),
]  # fmt: skip

SCHOOL_FOLLOW_UP = {
    "K01": ("realised", 100, 2_430, None, {
        "nl": "De oudervereniging hielp het klimrek plaatsen.",
        "fr": "L'association des parents a aidé à installer la cage.",
        "en": "The parents' association helped put up the frame.",
    }, [
        ("2025-11-05", "", {"nl": "Bestelling geplaatst", "fr": "Commande passée", "en": "Order placed"}),
        ("2026-02-20", "speelstraat", {"nl": "Eerste klimmers op het nieuwe rek", "fr": "Premiers grimpeurs", "en": "First climbers on the new frame"}),
    ]),
    "K03": ("under_way", 50, None, None, {
        "nl": "Twee bakken staan er al; de derde komt in de lente.",
        "fr": "Deux bacs sont installés ; le troisième arrive au printemps.",
        "en": "Two beds are in place; the third comes in spring.",
    }, []),
}  # fmt: skip

SCHOOL = {
    "slug": "budget-game-basisschool-de-vlieger",
    "district": "",
    "date": "2025-10-09",
    "budget": 5_000,
    "adults": 3,
    "young_people": 0,
    "children": 63,
    "texts": {
        "nl": {
            "title": "Budget Game basisschool De Vlieger",
            "summary": "Drie klassen beslisten samen hoe 5.000 euro de speelplaats beter maakt.",
            "place": "Refter van basisschool De Vlieger",
            "facilitators": "De leerkrachten en de jeugddienst",
            "group_name": "Basisschool De Vlieger (vierde tot zesde leerjaar)",
            "story": "<p>Elke klas kreeg 5.000 euro in speelgeld en negen voorstellen, de meeste van de leerlingenraad. Wat een meerderheid van de klassen koos, komt er.</p>",
        },
        "fr": {
            "title": "Budget Game à l'école De Vlieger",
            "summary": "Trois classes ont décidé ensemble comment 5 000 euros amélioreront la cour.",
            "place": "Réfectoire de l'école De Vlieger",
            "facilitators": "Les enseignants et le service jeunesse",
            "group_name": "École primaire De Vlieger (quatrième à sixième année)",
            "story": "<p>Chaque classe a reçu 5 000 euros en monnaie de jeu et neuf propositions, la plupart du conseil des élèves. Ce qu'une majorité de classes a choisi sera réalisé.</p>",
        },
        "en": {
            "title": "Budget Game at De Vlieger primary school",
            "summary": "Three classes decided together how €5,000 will make the playground better.",
            "place": "De Vlieger primary school canteen",
            "facilitators": "The teachers and the youth service",
            "group_name": "De Vlieger primary school (years four to six)",
            "story": "<p>Each class received €5,000 in play money and nine proposals, most of them from the pupils' council. What a majority of the classes chose will be done.</p>",
        },
    },
    "photo": ("speelstraat", {
        "nl": ("Leerlingen leggen speelgeld op de kaarten van de voorstellen", "Klas 5B beslist"),
        "fr": ("Des élèves posent de la monnaie de jeu sur les cartes des propositions", "La classe 5B décide"),
        "en": ("Pupils put play money on the proposal cards", "Class 5B decides"),
    }),
}  # fmt: skip

SESSIONS = [
    (HEULE, HEULE_OPTIONS, HEULE_TABLES, HEULE_FOLLOW_UP),
    (SCHOOL, SCHOOL_OPTIONS, SCHOOL_TABLES, SCHOOL_FOLLOW_UP),
]
