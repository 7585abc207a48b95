package be.cloudgroup.privacy.demo;

import java.util.List;
import java.util.Locale;

/**
 * Reference data behind {@link DemoData}: Belgian municipalities with their real postal codes and
 * telephone zones, names and street names per language community, products and the texts
 * customers read. All of it is invented or generic; every e-mail domain used is an
 * {@code example.*} domain reserved for documentation.
 */
final class DemoCatalog {

    private DemoCatalog() {}

    enum Region {
        FLANDERS,
        WALLONIA,
        BRUSSELS,
        EAST
    }

    /** A text in the four portal languages; {@code in} picks the customer's one. */
    record Text(String nl, String fr, String de, String en) {
        String in(String language) {
            return switch (language) {
                case "NL" -> nl;
                case "FR" -> fr;
                case "DE" -> de;
                default -> en;
            };
        }
    }

    /**
     * A municipality: postal code, official name (for the Brussels communes the French name, with
     * {@code dutchName} for Dutch speakers), region, telephone zone without the trunk 0 and a
     * weight roughly following the population.
     */
    record Town(String postalCode, String name, String dutchName, Region region, String zone, int weight) {
        String nameIn(String language) {
            return "NL".equals(language) && dutchName != null ? dutchName : name;
        }
    }

    static final List<Town> TOWNS = List.of(
            // Flanders
            new Town("2000", "Antwerpen", null, Region.FLANDERS, "3", 12),
            new Town("2018", "Antwerpen", null, Region.FLANDERS, "3", 6),
            new Town("2800", "Mechelen", null, Region.FLANDERS, "15", 6),
            new Town("2300", "Turnhout", null, Region.FLANDERS, "14", 3),
            new Town("2500", "Lier", null, Region.FLANDERS, "3", 3),
            new Town("2200", "Herentals", null, Region.FLANDERS, "14", 2),
            new Town("3000", "Leuven", null, Region.FLANDERS, "16", 7),
            new Town("3300", "Tienen", null, Region.FLANDERS, "16", 2),
            new Town("3500", "Hasselt", null, Region.FLANDERS, "11", 6),
            new Town("3600", "Genk", null, Region.FLANDERS, "89", 5),
            new Town("3800", "Sint-Truiden", null, Region.FLANDERS, "11", 3),
            new Town("8000", "Brugge", null, Region.FLANDERS, "50", 7),
            new Town("8400", "Oostende", null, Region.FLANDERS, "59", 5),
            new Town("8500", "Kortrijk", null, Region.FLANDERS, "56", 6),
            new Town("8800", "Roeselare", null, Region.FLANDERS, "51", 4),
            new Town("8900", "Ieper", null, Region.FLANDERS, "57", 2),
            new Town("9000", "Gent", null, Region.FLANDERS, "9", 12),
            new Town("9100", "Sint-Niklaas", null, Region.FLANDERS, "3", 5),
            new Town("9200", "Dendermonde", null, Region.FLANDERS, "52", 3),
            new Town("9300", "Aalst", null, Region.FLANDERS, "53", 5),
            new Town("9700", "Oudenaarde", null, Region.FLANDERS, "55", 2),
            new Town("1800", "Vilvoorde", null, Region.FLANDERS, "2", 3),
            new Town("1500", "Halle", null, Region.FLANDERS, "2", 3),
            // Wallonia (zone 4, Liège, is left without landlines: see DemoData#landline)
            new Town("4000", "Liège", null, Region.WALLONIA, "4", 10),
            new Town("4500", "Huy", null, Region.WALLONIA, "85", 2),
            new Town("4800", "Verviers", null, Region.WALLONIA, "87", 3),
            new Town("5000", "Namur", null, Region.WALLONIA, "81", 7),
            new Town("5500", "Dinant", null, Region.WALLONIA, "82", 2),
            new Town("6000", "Charleroi", null, Region.WALLONIA, "71", 10),
            new Town("7000", "Mons", null, Region.WALLONIA, "65", 6),
            new Town("7100", "La Louvière", null, Region.WALLONIA, "64", 4),
            new Town("7500", "Tournai", null, Region.WALLONIA, "69", 4),
            new Town("1300", "Wavre", null, Region.WALLONIA, "10", 4),
            new Town("1348", "Louvain-la-Neuve", null, Region.WALLONIA, "10", 3),
            new Town("1400", "Nivelles", null, Region.WALLONIA, "67", 3),
            new Town("6700", "Arlon", null, Region.WALLONIA, "63", 3),
            new Town("6900", "Marche-en-Famenne", null, Region.WALLONIA, "84", 2),
            new Town("6800", "Libramont-Chevigny", null, Region.WALLONIA, "61", 1),
            // Brussels-Capital Region
            new Town("1000", "Bruxelles", "Brussel", Region.BRUSSELS, "2", 10),
            new Town("1030", "Schaerbeek", "Schaarbeek", Region.BRUSSELS, "2", 6),
            new Town("1040", "Etterbeek", "Etterbeek", Region.BRUSSELS, "2", 3),
            new Town("1050", "Ixelles", "Elsene", Region.BRUSSELS, "2", 5),
            new Town("1060", "Saint-Gilles", "Sint-Gillis", Region.BRUSSELS, "2", 3),
            new Town("1070", "Anderlecht", "Anderlecht", Region.BRUSSELS, "2", 5),
            new Town("1080", "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", Region.BRUSSELS, "2", 4),
            new Town("1150", "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", Region.BRUSSELS, "2", 2),
            new Town("1180", "Uccle", "Ukkel", Region.BRUSSELS, "2", 4),
            new Town("1200", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", Region.BRUSSELS, "2", 3),
            // German-speaking Community
            new Town("4700", "Eupen", null, Region.EAST, "87", 5),
            new Town("4720", "Kelmis", null, Region.EAST, "87", 2),
            new Town("4730", "Raeren", null, Region.EAST, "87", 2),
            new Town("4750", "Bütgenbach", null, Region.EAST, "80", 1),
            new Town("4780", "Sankt Vith", null, Region.EAST, "80", 2));

    /** Share of generated customers per region, in per mille (the East is over-represented on purpose). */
    static final int FLANDERS_PER_MILLE = 520;

    static final int WALLONIA_PER_MILLE = 300;
    static final int BRUSSELS_PER_MILLE = 130;

    static final List<String> DUTCH_STREETS = List.of(
            "Kerkstraat",
            "Stationsstraat",
            "Dorpsstraat",
            "Molenstraat",
            "Nieuwstraat",
            "Schoolstraat",
            "Kapelstraat",
            "Beukenlaan",
            "Lindenlaan",
            "Veldstraat",
            "Grote Markt",
            "Hoogstraat",
            "Leopoldlaan",
            "Koningin Astridlaan",
            "Boomgaardstraat",
            "Populierenlaan",
            "Meersstraat",
            "Sint-Annaplein",
            "Kouter",
            "Brouwerijstraat",
            "Vaartstraat",
            "Processiestraat",
            "Tiensestraat",
            "Brugsesteenweg",
            "Bosstraat",
            "Heirweg",
            "Akkerstraat",
            "Pastorijstraat");

    static final List<String> FRENCH_STREETS = List.of(
            "Rue de la Station",
            "Rue de l'Église",
            "Rue du Moulin",
            "Chaussée de Namur",
            "Avenue des Tilleuls",
            "Rue Haute",
            "Place Saint-Lambert",
            "Rue des Écoles",
            "Rue de la Gare",
            "Rue du Marché",
            "Avenue Albert Ier",
            "Rue des Champs",
            "Rue Saint-Martin",
            "Rue de Bruxelles",
            "Rue des Alliés",
            "Chemin du Bois",
            "Rue de la Chapelle",
            "Avenue Reine Astrid",
            "Rue du Centre",
            "Rue des Prés",
            "Boulevard Tirou",
            "Rue de Fer",
            "Rue Grande",
            "Rue des Carmes");

    static final List<String> GERMAN_STREETS = List.of(
            "Kirchstraße",
            "Bahnhofstraße",
            "Hauptstraße",
            "Aachener Straße",
            "Klosterstraße",
            "Gospertstraße",
            "Neustraße",
            "Bergstraße",
            "Mühlenweg",
            "Schulstraße",
            "Malmedyer Straße",
            "Am Marktplatz",
            "Herbesthaler Straße",
            "Talstraße",
            "Lindenallee",
            "Vennbahnweg");

    /** Brussels streets are bilingual: French name, Dutch name. */
    static final List<String[]> BRUSSELS_STREETS = List.of(
            new String[] {"Rue Neuve", "Nieuwstraat"},
            new String[] {"Avenue Louise", "Louizalaan"},
            new String[] {"Chaussée de Wavre", "Waversesteenweg"},
            new String[] {"Rue Royale", "Koningsstraat"},
            new String[] {"Boulevard Anspach", "Anspachlaan"},
            new String[] {"Avenue de Tervueren", "Tervurenlaan"},
            new String[] {"Chaussée d'Ixelles", "Elsensesteenweg"},
            new String[] {"Rue du Midi", "Zuidstraat"},
            new String[] {"Avenue Brugmann", "Brugmannlaan"},
            new String[] {"Chaussée de Gand", "Gentsesteenweg"},
            new String[] {"Rue de Flandre", "Vlaamsesteenweg"},
            new String[] {"Avenue de la Couronne", "Kroonlaan"},
            new String[] {"Rue Vanderkindere", "Vanderkinderestraat"},
            new String[] {"Chaussée de Haecht", "Haachtsesteenweg"});

    /** First names (male, female) and last names of one language community. */
    record Names(List<String> male, List<String> female, List<String> last) {}

    static final Names FLEMISH = new Names(
            List.of(
                    "Lucas",
                    "Noah",
                    "Arthur",
                    "Louis",
                    "Liam",
                    "Jules",
                    "Wout",
                    "Pieter",
                    "Jan",
                    "Tom",
                    "Bart",
                    "Koen",
                    "Stijn",
                    "Jef",
                    "Dries",
                    "Thomas",
                    "Ruben",
                    "Matthias",
                    "Lars",
                    "Maarten",
                    "Joris",
                    "Wim",
                    "Geert",
                    "Seppe",
                    "Warre"),
            List.of(
                    "Emma",
                    "Louise",
                    "Marie",
                    "Elise",
                    "Lotte",
                    "Anke",
                    "Sofie",
                    "Els",
                    "Lien",
                    "Fien",
                    "Nina",
                    "Hanne",
                    "Ine",
                    "Katrien",
                    "An",
                    "Leen",
                    "Eva",
                    "Julie",
                    "Lore",
                    "Charlotte",
                    "Griet",
                    "Mieke",
                    "Saar",
                    "Jana",
                    "Febe"),
            List.of(
                    "Peeters",
                    "Janssens",
                    "Maes",
                    "Jacobs",
                    "Mertens",
                    "Willems",
                    "Claes",
                    "Goossens",
                    "Wouters",
                    "De Smet",
                    "Vermeulen",
                    "Van den Bossche",
                    "Hermans",
                    "Aerts",
                    "Pauwels",
                    "Van Damme",
                    "De Clercq",
                    "Verhoeven",
                    "Michiels",
                    "Dierckx",
                    "Segers",
                    "Vandenberghe",
                    "Van de Velde",
                    "Lemmens",
                    "Coppens",
                    "Smets",
                    "De Backer",
                    "Verstraete",
                    "Van Acker",
                    "Declerck",
                    "Baert",
                    "Cools",
                    "Stevens",
                    "Vos",
                    "De Wilde"));

    static final Names WALLOON = new Names(
            List.of(
                    "Hugo",
                    "Louis",
                    "Nathan",
                    "Théo",
                    "Maxime",
                    "Antoine",
                    "Julien",
                    "Nicolas",
                    "François",
                    "Olivier",
                    "Pierre",
                    "Benoît",
                    "Gilles",
                    "Quentin",
                    "Arnaud",
                    "Sébastien",
                    "Cédric",
                    "Jérôme",
                    "Martin",
                    "Thibault"),
            List.of(
                    "Camille",
                    "Chloé",
                    "Léa",
                    "Manon",
                    "Juliette",
                    "Élise",
                    "Sophie",
                    "Nathalie",
                    "Isabelle",
                    "Céline",
                    "Aurélie",
                    "Margaux",
                    "Pauline",
                    "Amélie",
                    "Clara",
                    "Valérie",
                    "Stéphanie",
                    "Justine",
                    "Mélanie",
                    "Zoé"),
            List.of(
                    "Dubois",
                    "Lambert",
                    "Dupont",
                    "Martin",
                    "Simon",
                    "Laurent",
                    "Leroy",
                    "Renard",
                    "Lejeune",
                    "Leclercq",
                    "François",
                    "Denis",
                    "Lemaire",
                    "Dumont",
                    "Lefèvre",
                    "Collard",
                    "Gérard",
                    "Hubert",
                    "Mathieu",
                    "Fontaine",
                    "Henrard",
                    "Piette",
                    "Delvaux",
                    "Noël",
                    "Lecomte",
                    "Jadot"));

    static final Names GERMAN = new Names(
            List.of(
                    "Lukas", "Jonas", "Leon", "Felix", "Paul", "Tobias", "Stefan", "Michael", "Jan", "Elias", "Bernd",
                    "Guido"),
            List.of(
                    "Anna",
                    "Lena",
                    "Laura",
                    "Julia",
                    "Sarah",
                    "Katharina",
                    "Lea",
                    "Sophie",
                    "Hannah",
                    "Marie",
                    "Monika",
                    "Sabine"),
            List.of(
                    "Schmitz",
                    "Kessler",
                    "Mreyen",
                    "Lenz",
                    "Heinen",
                    "Cremer",
                    "Kohnen",
                    "Jost",
                    "Margraff",
                    "Backes",
                    "Hilgers",
                    "Nelles",
                    "Thönnissen",
                    "Radermacher",
                    "Gennen",
                    "Kreusch"));

    /** Residents who prefer English: Brussels expats and others. */
    static final Names INTERNATIONAL = new Names(
            List.of(
                    "James", "Daniel", "Marco", "Piotr", "Luca", "Carlos", "Andreas", "Mehmet", "Yusuf", "Erik",
                    "Karim", "David"),
            List.of(
                    "Sarah", "Anna", "Giulia", "Ewa", "Laura", "Maria", "Ingrid", "Aylin", "Fatima", "Emily", "Sofia",
                    "Hannah"),
            List.of(
                    "Smith",
                    "Murphy",
                    "Rossi",
                    "Kowalski",
                    "Nowak",
                    "Garcia",
                    "Silva",
                    "Papadopoulos",
                    "Yilmaz",
                    "El Amrani",
                    "Benali",
                    "Andersson",
                    "Novak",
                    "O'Brien",
                    "Fernandes",
                    "Schneider"));

    /** Company name patterns per language; {@code %s} is a last name. */
    static final List<String> DUTCH_COMPANIES = List.of(
            "%s & Zonen BV",
            "Bakkerij %s",
            "%s Consult BV",
            "Garage %s BV",
            "Dakwerken %s BV",
            "Schrijnwerkerij %s",
            "Advocatenkantoor %s",
            "Tandartspraktijk %s",
            "Boekhoudkantoor %s BV",
            "Transport %s NV",
            "Architectenbureau %s",
            "Brasserie %s");

    static final List<String> FRENCH_COMPANIES = List.of(
            "%s & Fils SRL",
            "Boulangerie %s",
            "%s Consulting SRL",
            "Garage %s SA",
            "Menuiserie %s SRL",
            "Cabinet d'avocats %s",
            "Fiduciaire %s SRL",
            "Transports %s SA",
            "Bureau d'architecture %s",
            "Brasserie %s",
            "Toitures %s SRL");
    static final List<String> GERMAN_COMPANIES = List.of(
            "%s GmbH", "Schreinerei %s", "Bäckerei %s", "Autohaus %s AG", "Steuerbüro %s", "Dachdeckerei %s GmbH");
    static final List<String> ENGLISH_COMPANIES =
            List.of("%s Consulting BV", "%s Advisory SRL", "%s & Partners BV", "%s Digital SRL");

    enum ProductKind {
        INTERNET,
        MOBILE,
        FIXED,
        PBX,
        OTHER
    }

    record Product(String name, int monthlyCents, ProductKind kind) {}

    static final List<Product> PRIVATE_PRODUCTS = List.of(
            new Product("Fibre Internet 500", 5995, ProductKind.INTERNET),
            new Product("Fibre Internet 1000", 7495, ProductKind.INTERNET),
            new Product("Internet Start 100", 3995, ProductKind.INTERNET),
            new Product("TV & Internet Combo", 8995, ProductKind.INTERNET),
            new Product("Mobile Basic 5GB", 1500, ProductKind.MOBILE),
            new Product("Mobile Unlimited 20GB", 2500, ProductKind.MOBILE),
            new Product("Mobile Unlimited 100GB", 3500, ProductKind.MOBILE),
            new Product("Home Phone", 1995, ProductKind.FIXED));

    static final List<Product> BUSINESS_PRODUCTS = List.of(
            new Product("Cloud PBX Business", 1995, ProductKind.PBX),
            new Product("Business Fibre 1000", 9900, ProductKind.INTERNET),
            new Product("Business Internet 300", 5900, ProductKind.INTERNET),
            new Product("Mobile Business 50GB", 3900, ProductKind.MOBILE),
            new Product("SIP Trunk 10 channels", 4900, ProductKind.FIXED),
            new Product("Cloud Contact Center", 14900, ProductKind.OTHER),
            new Product("Cloud Workspace Standard", 1250, ProductKind.OTHER));

    /** Ticket subjects, as the customer would have typed them; the flag marks business-only ones. */
    record TicketSubject(Text text, boolean businessOnly) {}

    static final List<TicketSubject> TICKET_SUBJECTS = List.of(
            new TicketSubject(
                    new Text(
                            "Storing internetverbinding",
                            "Panne de connexion internet",
                            "Störung der Internetverbindung",
                            "Internet connection outage"),
                    false),
            new TicketSubject(
                    new Text(
                            "Vraag over mijn factuur",
                            "Question sur ma facture",
                            "Frage zu meiner Rechnung",
                            "Question about my invoice"),
                    false),
            new TicketSubject(
                    new Text(
                            "Verhuis: nieuw installatieadres",
                            "Déménagement : nouvelle adresse d'installation",
                            "Umzug: neue Installationsadresse",
                            "Moving house: new installation address"),
                    false),
            new TicketSubject(
                    new Text("Simkaart verloren", "Carte SIM perdue", "SIM-Karte verloren", "Lost SIM card"), false),
            new TicketSubject(
                    new Text(
                            "Nummeroverdracht naar Cloud Group",
                            "Portage de numéro vers Cloud Group",
                            "Rufnummernmitnahme zu Cloud Group",
                            "Number porting to Cloud Group"),
                    false),
            new TicketSubject(
                    new Text(
                            "Slechte gesprekskwaliteit",
                            "Mauvaise qualité d'appel",
                            "Schlechte Gesprächsqualität",
                            "Poor call quality"),
                    false),
            new TicketSubject(
                    new Text("Modem vervangen", "Remplacement du modem", "Modem austauschen", "Replace modem"), false),
            new TicketSubject(
                    new Text(
                            "Wijziging domiciliëring",
                            "Modification de la domiciliation",
                            "Änderung des Lastschriftmandats",
                            "Change of direct debit mandate"),
                    false),
            new TicketSubject(
                    new Text(
                            "Roaming werkt niet in het buitenland",
                            "Le roaming ne fonctionne pas à l'étranger",
                            "Roaming funktioniert im Ausland nicht",
                            "Roaming not working abroad"),
                    false),
            new TicketSubject(
                    new Text(
                            "Toestel voor Cloud PBX configureren",
                            "Configuration d'un poste Cloud PBX",
                            "Cloud-PBX-Telefon einrichten",
                            "Set up a Cloud PBX handset"),
                    true),
            new TicketSubject(
                    new Text(
                            "Wachtrij-instellingen Contact Center",
                            "Réglages de la file d'attente Contact Center",
                            "Warteschlangen-Einstellungen Contact Center",
                            "Contact Center queue settings"),
                    true));

    static final Text INVOICE_NOTICE = new Text(
            "Je factuur van %s staat klaar",
            "Votre facture de %s est disponible", "Ihre Rechnung für %s ist verfügbar", "Your invoice for %s is ready");
    static final Text NEWSLETTER = new Text(
            "Cloud Group nieuwsbrief – %s",
            "Newsletter Cloud Group – %s", "Cloud Group Newsletter – %s", "Cloud Group newsletter – %s");
    static final Text TICKET_REPLY = new Text(
            "Antwoord op je vraag %s",
            "Réponse à votre demande %s", "Antwort auf Ihre Anfrage %s", "Reply to your request %s");
    static final Text MAINTENANCE = new Text(
            "Gepland onderhoud aan het netwerk op %s",
            "Maintenance planifiée du réseau le %s", "Geplante Netzwartung am %s", "Planned network maintenance on %s");
    static final List<Text> SERVICE_MESSAGES = List.of(
            new Text(
                    "Je nieuwe modem is onderweg",
                    "Votre nouveau modem est en route",
                    "Ihr neues Modem ist unterwegs",
                    "Your new modem is on its way"),
            new Text(
                    "Bevestiging van je contractwijziging",
                    "Confirmation de la modification de votre contrat",
                    "Bestätigung Ihrer Vertragsänderung",
                    "Confirmation of your contract change"),
            new Text(
                    "Welkom bij Cloud Group: je dienst is actief",
                    "Bienvenue chez Cloud Group : votre service est actif",
                    "Willkommen bei Cloud Group: Ihr Dienst ist aktiv",
                    "Welcome to Cloud Group: your service is active"),
            new Text(
                    "Je prijsplan wijzigt op 1 januari",
                    "Votre plan tarifaire change au 1er janvier",
                    "Ihr Tarif ändert sich zum 1. Januar",
                    "Your price plan changes on 1 January"));
    static final Text DATA_USAGE = new Text(
            "Je hebt 80% van je databundel verbruikt",
            "Vous avez utilisé 80 % de votre forfait data",
            "Sie haben 80 % Ihres Datenvolumens verbraucht",
            "You have used 80% of your data bundle");

    /** A marketing campaign; the subject is the one message it sends, {@code %s} being nothing or a first name. */
    record Campaign(
            String codePrefix, String name, String purposeCode, int startsMonthsAgo, int endsMonthsAgo, Text subject) {}

    static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign(
                    "NURT-WELCOME-",
                    "Welcome Journey for prospects",
                    "NURTURING",
                    20,
                    8,
                    new Text(
                            "Ontdek wat Cloud Group voor jou kan doen",
                            "Découvrez ce que Cloud Group peut faire pour vous",
                            "Entdecken Sie, was Cloud Group für Sie tun kann",
                            "Discover what Cloud Group can do for you")),
            new Campaign(
                    "OFFER-PBX-",
                    "Cloud PBX Switch Weeks",
                    "TARGETED_OFFERS",
                    14,
                    11,
                    new Text(
                            "Drie maanden Cloud PBX gratis bij overstap",
                            "Trois mois de Cloud PBX offerts en passant chez nous",
                            "Drei Monate Cloud PBX gratis beim Wechsel",
                            "Three months of Cloud PBX free when you switch")),
            new Campaign(
                    "NURT-FIBRE-",
                    "Fibre Ready: fibre in your street",
                    "NURTURING",
                    5,
                    -7,
                    new Text(
                            "Glasvezel komt naar jouw straat",
                            "La fibre arrive dans votre rue",
                            "Glasfaser kommt in Ihre Straße",
                            "Fibre is coming to your street")),
            new Campaign(
                    "OFFER-MOBILE-",
                    "Mobile Loyalty Bonus",
                    "TARGETED_OFFERS",
                    2,
                    -1,
                    new Text(
                            "Dubbele data voor trouwe klanten",
                            "Double data pour nos clients fidèles",
                            "Doppeltes Datenvolumen für treue Kunden",
                            "Double data for loyal customers")));

    static final Text[] LEAD_DETAILS = {
        new Text(
                "Offerteaanvraag via het contactformulier op de website",
                "Demande d'offre via le formulaire de contact du site web",
                "Angebotsanfrage über das Kontaktformular der Website",
                "Quote request through the contact form on the website"),
        new Text(
                "Bezoek aan onze stand op %s",
                "Visite de notre stand au %s", "Besuch unseres Stands auf der %s", "Visit to our stand at %s"),
        new Text(
                "Doorverwezen door installatiepartner %s",
                "Recommandé par le partenaire installateur %s",
                "Empfohlen vom Installationspartner %s",
                "Referred by installation partner %s"),
        new Text(
                "Adressenlijst gekocht bij een lijstenmakelaar; kennisgeving art. 14 AVG verstuurd",
                "Liste d'adresses achetée auprès d'un courtier ; information art. 14 RGPD envoyée",
                "Adressliste von einem Listbroker gekauft; Information nach Art. 14 DSGVO versandt",
                "Address list bought from a list broker; Art. 14 GDPR notice sent"),
        new Text(
                "Telefonisch contact met de verkoopdienst",
                "Appel au service commercial",
                "Anruf beim Vertrieb",
                "Call to the sales line"),
        new Text(
                "Uitbreiding van een bestaand klantaccount",
                "Extension d'un compte client existant",
                "Erweiterung eines bestehenden Kundenkontos",
                "Extension of an existing customer account"),
    };

    /** Lead sources in the order of {@link #LEAD_DETAILS}. */
    static final List<String> LEAD_SOURCES = List.of(
            "WEBSITE_FORM", "TRADE_FAIR", "PARTNER_REFERRAL", "PURCHASED_LIST", "INBOUND_CALL", "EXISTING_CUSTOMER");

    static final List<String> TRADE_FAIRS = List.of(
            "Cloud & Connect Expo Brussels", "KMO Digitaal Kortrijk", "Salon Entreprendre Namur", "ICT Days Antwerpen");
    static final List<String> PARTNERS =
            List.of("Telnetix BV", "Installatie Vandamme", "Réseaux Meuse SRL", "Ostnetz Technik", "Kempen Connect");

    /** Belgian mobile prefixes after +32 4 (Proximus 47x, Orange 49x, Base/Telenet 48x, MVNOs 46x). */
    static final List<String> MOBILE_PREFIXES = List.of(
            "60", "65", "66", "67", "68", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "83", "84", "85",
            "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99");

    static Locale locale(String language) {
        return Locale.forLanguageTag(language.toLowerCase(Locale.ROOT));
    }
}
