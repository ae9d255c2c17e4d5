"""Words and sentence templates of the synthetic news corpus: countries, people, outlets, fact kinds.

Everything here is invented except country and city names and the news agencies that outlets
credit. People and outlets are fictional on purpose: a benchmark must not put made-up numbers
into a real minister's mouth or a real newspaper's pages.

Templates use `str.format` fields:
    {a} {b}         country names in the sentence's language; {a_gen} German genitive
                    ("Chinas"), {a_poss} English possessive ("China's")
    {v}             the value as the sentence states it ("über 60", "more than 60", "2,9")
    {month} {day} {year} {quarter}   the time in the sentence's language
    {p} {q}         people's names; {p_role} {q_role} their office ("Verteidigungsministerin")
    {city} {sea}    a capital; a sea with its preposition ("im Schwarzen Meer", "in the Black Sea")
    {k}             an ordinal that is part of the fact's identity ("12." / "12th")
    {item}          what was delivered ("Panzer" / "tanks")
    {topic}         the fact as a noun phrase, for denials
"""

from __future__ import annotations

from dataclasses import dataclass, field

# -- places -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    code: str
    de: str
    de_gen: str
    en: str
    region: str  # which pool of personal names its people get
    capital_de: str
    capital_en: str

    @property
    def en_poss(self) -> str:
        return f"{self.en}'" if self.en.endswith("s") else f"{self.en}'s"


# Only countries that take no article in German, so "zwischen {a} und {b}" is always grammatical.
COUNTRIES: tuple[Country, ...] = tuple(
    Country(*row)
    for row in (
        ("cn", "China", "Chinas", "China", "east-asia", "Peking", "Beijing"),
        ("ru", "Russland", "Russlands", "Russia", "slavic", "Moskau", "Moscow"),
        ("de", "Deutschland", "Deutschlands", "Germany", "west", "Berlin", "Berlin"),
        ("fr", "Frankreich", "Frankreichs", "France", "west", "Paris", "Paris"),
        ("in", "Indien", "Indiens", "India", "south-asia", "Neu-Delhi", "New Delhi"),
        ("jp", "Japan", "Japans", "Japan", "east-asia", "Tokio", "Tokyo"),
        ("br", "Brasilien", "Brasiliens", "Brazil", "latin", "Brasília", "Brasília"),
        ("pl", "Polen", "Polens", "Poland", "slavic", "Warschau", "Warsaw"),
        ("it", "Italien", "Italiens", "Italy", "west", "Rom", "Rome"),
        ("es", "Spanien", "Spaniens", "Spain", "latin", "Madrid", "Madrid"),
        ("ca", "Kanada", "Kanadas", "Canada", "west", "Ottawa", "Ottawa"),
        ("mx", "Mexiko", "Mexikos", "Mexico", "latin", "Mexiko-Stadt", "Mexico City"),
        ("id", "Indonesien", "Indonesiens", "Indonesia", "east-asia", "Jakarta", "Jakarta"),
        ("kz", "Kasachstan", "Kasachstans", "Kazakhstan", "central", "Astana", "Astana"),
        ("uz", "Usbekistan", "Usbekistans", "Uzbekistan", "central", "Taschkent", "Tashkent"),
        ("vn", "Vietnam", "Vietnams", "Vietnam", "east-asia", "Hanoi", "Hanoi"),
        ("eg", "Ägypten", "Ägyptens", "Egypt", "arabic", "Kairo", "Cairo"),
        ("sa", "Saudi-Arabien", "Saudi-Arabiens", "Saudi Arabia", "arabic", "Riad", "Riyadh"),
        ("au", "Australien", "Australiens", "Australia", "west", "Canberra", "Canberra"),
        ("kr", "Südkorea", "Südkoreas", "South Korea", "east-asia", "Seoul", "Seoul"),
        ("kp", "Nordkorea", "Nordkoreas", "North Korea", "east-asia", "Pjöngjang", "Pyongyang"),
        ("no", "Norwegen", "Norwegens", "Norway", "nordic", "Oslo", "Oslo"),
        ("se", "Schweden", "Schwedens", "Sweden", "nordic", "Stockholm", "Stockholm"),
        ("fi", "Finnland", "Finnlands", "Finland", "nordic", "Helsinki", "Helsinki"),
        ("be", "Belgien", "Belgiens", "Belgium", "west", "Brüssel", "Brussels"),
        ("at", "Österreich", "Österreichs", "Austria", "west", "Wien", "Vienna"),
        ("hu", "Ungarn", "Ungarns", "Hungary", "slavic", "Budapest", "Budapest"),
        ("ro", "Rumänien", "Rumäniens", "Romania", "slavic", "Bukarest", "Bucharest"),
        ("gr", "Griechenland", "Griechenlands", "Greece", "west", "Athen", "Athens"),
        ("rs", "Serbien", "Serbiens", "Serbia", "slavic", "Belgrad", "Belgrade"),
        ("ar", "Argentinien", "Argentiniens", "Argentina", "latin", "Buenos Aires", "Buenos Aires"),
        ("ng", "Nigeria", "Nigerias", "Nigeria", "africa", "Abuja", "Abuja"),
        ("ke", "Kenia", "Kenias", "Kenya", "africa", "Nairobi", "Nairobi"),
        ("et", "Äthiopien", "Äthiopiens", "Ethiopia", "africa", "Addis Abeba", "Addis Ababa"),
        ("pk", "Pakistan", "Pakistans", "Pakistan", "south-asia", "Islamabad", "Islamabad"),
        ("th", "Thailand", "Thailands", "Thailand", "east-asia", "Bangkok", "Bangkok"),
        ("my", "Malaysia", "Malaysias", "Malaysia", "east-asia", "Kuala Lumpur", "Kuala Lumpur"),
        ("dk", "Dänemark", "Dänemarks", "Denmark", "nordic", "Kopenhagen", "Copenhagen"),
        ("cz", "Tschechien", "Tschechiens", "Czechia", "slavic", "Prag", "Prague"),
        ("pt", "Portugal", "Portugals", "Portugal", "latin", "Lissabon", "Lisbon"),
        ("hr", "Kroatien", "Kroatiens", "Croatia", "slavic", "Zagreb", "Zagreb"),
        ("bg", "Bulgarien", "Bulgariens", "Bulgaria", "slavic", "Sofia", "Sofia"),
        ("lt", "Litauen", "Litauens", "Lithuania", "nordic", "Vilnius", "Vilnius"),
        ("lv", "Lettland", "Lettlands", "Latvia", "nordic", "Riga", "Riga"),
        ("ee", "Estland", "Estlands", "Estonia", "nordic", "Tallinn", "Tallinn"),
        ("ge", "Georgien", "Georgiens", "Georgia", "central", "Tiflis", "Tbilisi"),
        ("am", "Armenien", "Armeniens", "Armenia", "central", "Eriwan", "Yerevan"),
        ("az", "Aserbaidschan", "Aserbaidschans", "Azerbaijan", "central", "Baku", "Baku"),
        ("cl", "Chile", "Chiles", "Chile", "latin", "Santiago", "Santiago"),
        ("co", "Kolumbien", "Kolumbiens", "Colombia", "latin", "Bogotá", "Bogotá"),
        ("pe", "Peru", "Perus", "Peru", "latin", "Lima", "Lima"),
        ("dz", "Algerien", "Algeriens", "Algeria", "arabic", "Algier", "Algiers"),
        ("ma", "Marokko", "Marokkos", "Morocco", "arabic", "Rabat", "Rabat"),
        ("qa", "Katar", "Katars", "Qatar", "arabic", "Doha", "Doha"),
        ("sg", "Singapur", "Singapurs", "Singapore", "east-asia", "Singapur", "Singapore"),
        ("bd", "Bangladesch", "Bangladeschs", "Bangladesh", "south-asia", "Dhaka", "Dhaka"),
        ("gb", "Großbritannien", "Großbritanniens", "Britain", "west", "London", "London"),
        ("ie", "Irland", "Irlands", "Ireland", "west", "Dublin", "Dublin"),
        ("nz", "Neuseeland", "Neuseelands", "New Zealand", "west", "Wellington", "Wellington"),
        ("za", "Südafrika", "Südafrikas", "South Africa", "africa", "Pretoria", "Pretoria"),
        ("gh", "Ghana", "Ghanas", "Ghana", "africa", "Accra", "Accra"),
        ("tz", "Tansania", "Tansanias", "Tanzania", "africa", "Dodoma", "Dodoma"),
    )
)

# (German with its preposition, English with its preposition, slug)
SEAS: tuple[tuple[str, str, str], ...] = (
    ("im Japanischen Meer", "in the Sea of Japan", "sea-of-japan"),
    ("in der Ostsee", "in the Baltic Sea", "baltic-sea"),
    ("im Schwarzen Meer", "in the Black Sea", "black-sea"),
    ("im Mittelmeer", "in the Mediterranean", "mediterranean"),
    ("im Arabischen Meer", "in the Arabian Sea", "arabian-sea"),
    ("im Südchinesischen Meer", "in the South China Sea", "south-china-sea"),
    ("im Ostchinesischen Meer", "in the East China Sea", "east-china-sea"),
    ("in der Nordsee", "in the North Sea", "north-sea"),
    ("in der Barentssee", "in the Barents Sea", "barents-sea"),
    ("im Golf von Oman", "in the Gulf of Oman", "gulf-of-oman"),
    ("im Roten Meer", "in the Red Sea", "red-sea"),
    ("im Indischen Ozean", "in the Indian Ocean", "indian-ocean"),
    ("im Gelben Meer", "in the Yellow Sea", "yellow-sea"),
    ("im Kaspischen Meer", "in the Caspian Sea", "caspian-sea"),
    ("in der Adria", "in the Adriatic", "adriatic"),
    ("in der Norwegensee", "in the Norwegian Sea", "norwegian-sea"),
    ("im Beringmeer", "in the Bering Sea", "bering-sea"),
    ("im Ochotskischen Meer", "in the Sea of Okhotsk", "sea-of-okhotsk"),
    ("in der Tasmansee", "in the Tasman Sea", "tasman-sea"),
    ("im Golf von Guinea", "in the Gulf of Guinea", "gulf-of-guinea"),
)

MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
QUARTERS_DE = ("ersten", "zweiten", "dritten", "vierten")
QUARTERS_EN = ("first", "second", "third", "fourth")
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# -- people -------------------------------------------------------------------------------------------

# region -> (male first names, female first names, surnames); invented combinations.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "west": (
        ("Lukas", "Jonas", "Felix", "Martin", "Thomas", "Paul", "Julien", "Marco", "Pierre", "Stefan"),
        ("Anna", "Lena", "Claire", "Sophie", "Julia", "Marie", "Katrin", "Laura", "Hanna", "Isabelle"),
        (
            "Berger",
            "Hoffbauer",
            "Lindemann",
            "Marchand",
            "Wellner",
            "Kellerhals",
            "Duval",
            "Ricciardi",
            "Baumgart",
            "Fischbach",
            "Lambertin",
            "Morani",
            "Schreiner",
            "Vogelsang",
            "Hartwig",
            "Brandes",
            "Girardin",
            "Contessa",
            "Wagenknecht",
            "Lorentz",
        ),
    ),
    "slavic": (
        ("Oleh", "Pawel", "Dmitri", "Sergej", "Andrej", "Tomasz", "Marek", "Nikola", "Jakub", "Bogdan"),
        ("Olga", "Irina", "Natalia", "Agnieszka", "Jelena", "Marta", "Swetlana", "Daria", "Vesna", "Zofia"),
        (
            "Kowalczyk",
            "Petrenko",
            "Sokolow",
            "Nowicki",
            "Horvatić",
            "Iwaschin",
            "Jovanović",
            "Dvořák",
            "Kusmin",
            "Wisniewski",
            "Marković",
            "Lebedinski",
            "Zieliński",
            "Morosow",
            "Novotný",
            "Kowaljow",
            "Stojanović",
            "Bielecki",
            "Orlowski",
            "Tarasenko",
        ),
    ),
    "east-asia": (
        ("Wei", "Hiroshi", "Min-jun", "Jun", "Kenji", "Tuan", "Haruto", "Takeshi", "Somchai", "Arif"),
        ("Mei", "Yuki", "Ji-woo", "Lan", "Aiko", "Hoa", "Xiu", "Sakura", "Nari", "Ling"),
        (
            "Zhang",
            "Nakamura",
            "Park",
            "Wang",
            "Tanaka",
            "Nguyen",
            "Liu",
            "Kim",
            "Sato",
            "Tran",
            "Zhao",
            "Lee",
            "Suzuki",
            "Huang",
            "Pham",
            "Yamada",
            "Choi",
            "Sun",
            "Ito",
            "Le",
        ),
    ),
    "latin": (
        ("Carlos", "Diego", "João", "Mateo", "Andrés", "Luis", "Rafael", "Pedro", "Tomás", "Emilio"),
        ("Camila", "Valentina", "Lucía", "Ana", "Gabriela", "Beatriz", "Inés", "Paula", "Carmen", "Rosa"),
        (
            "Fernández",
            "Silvano",
            "Gómez",
            "Oliveira",
            "Rodrigo",
            "Santoro",
            "Morales",
            "Pereira",
            "Castillo",
            "Herrera",
            "Costa",
            "Vargas",
            "Rocha",
            "Mendoza",
            "Navarro",
            "Ibarra",
            "Quintana",
            "Salgado",
            "Teixeira",
            "Valdés",
        ),
    ),
    "arabic": (
        ("Karim", "Omar", "Youssef", "Tarek", "Samir", "Hassan", "Nabil", "Rami", "Khalid", "Walid"),
        ("Leila", "Amira", "Samira", "Nour", "Yasmin", "Rania", "Dalia", "Hana", "Salma", "Lina"),
        (
            "Haddad",
            "Mansour",
            "El-Amin",
            "Khalil",
            "Nasser",
            "Saleh",
            "Farouk",
            "Aziz",
            "Rahmani",
            "Hamdan",
            "Qasim",
            "Barakat",
            "Sabbagh",
            "Touma",
            "Jaber",
            "Darwish",
            "Halabi",
            "Najjar",
            "Awad",
            "Zein",
        ),
    ),
    "south-asia": (
        ("Arjun", "Rahul", "Imran", "Vikram", "Sanjay", "Farid", "Anil", "Ravi", "Kabir", "Tariq"),
        ("Priya", "Anjali", "Sana", "Meera", "Nadia", "Kavita", "Ayesha", "Divya", "Rukhsana", "Lata"),
        (
            "Sharma",
            "Khanna",
            "Patil",
            "Chowdhury",
            "Rao",
            "Iqbal",
            "Mehta",
            "Hussaini",
            "Verma",
            "Siddiqui",
            "Reddy",
            "Gupta",
            "Malhotra",
            "Qureshi",
            "Bose",
            "Nair",
            "Kapoor",
            "Mirza",
            "Joshi",
            "Saxena",
        ),
    ),
    "africa": (
        ("Kwame", "Tunde", "Samuel", "Abebe", "Joseph", "Emeka", "Juma", "Kofi", "Baraka", "Dawit"),
        ("Amina", "Grace", "Ngozi", "Wanjiru", "Abena", "Fatuma", "Zawadi", "Chioma", "Akosua", "Selam"),
        (
            "Okafor",
            "Mensah",
            "Kamau",
            "Tesfaye",
            "Adeyemi",
            "Mwangi",
            "Osei",
            "Bekele",
            "Nwosu",
            "Otieno",
            "Haile",
            "Boateng",
            "Achieng",
            "Eze",
            "Kiprono",
            "Asante",
            "Gebre",
            "Okonkwo",
            "Njoroge",
            "Owusu",
        ),
    ),
    "nordic": (
        ("Lars", "Erik", "Mikael", "Anders", "Jukka", "Sven", "Henrik", "Tapio", "Rasmus", "Mindaugas"),
        ("Ingrid", "Sanna", "Maja", "Freja", "Liisa", "Astrid", "Kaja", "Laila", "Ieva", "Kristiina"),
        (
            "Lindqvist",
            "Virtala",
            "Hansen",
            "Andersberg",
            "Niemelä",
            "Bergström",
            "Johannessen",
            "Korpela",
            "Dahlgren",
            "Eriksen",
            "Lundholm",
            "Holmqvist",
            "Tamm",
            "Kalniņš",
            "Petrauskas",
            "Saarinen",
            "Rask",
            "Vik",
            "Ozols",
            "Kask",
        ),
    ),
    "central": (
        ("Timur", "Rustam", "Aslan", "Giorgi", "Arman", "Farhod", "Davit", "Ruslan", "Bakhtiyar", "Levan"),
        ("Aigerim", "Dilnoza", "Nino", "Ani", "Gulnara", "Madina", "Tamar", "Saule", "Lusine", "Zarina"),
        (
            "Sadykov",
            "Mamedli",
            "Kapanadze",
            "Grigoryan",
            "Rakhimov",
            "Zhunusov",
            "Abashidze",
            "Hovhannisyan",
            "Iskakov",
            "Ergashev",
            "Beridze",
            "Sargsyan",
            "Nurmagambetov",
            "Yusupbekov",
            "Gelashvili",
            "Aliyeva",
            "Tursunov",
            "Dzhaparov",
            "Melikyan",
            "Kvaratskhelia",
        ),
    ),
}


@dataclass(frozen=True)
class Role:
    key: str
    de_m: str
    de_f: str
    en: str


ROLES: dict[str, Role] = {
    role.key: role
    for role in (
        Role("president", "Präsident", "Präsidentin", "president"),
        Role("prime-minister", "Regierungschef", "Regierungschefin", "prime minister"),
        Role("defence-minister", "Verteidigungsminister", "Verteidigungsministerin", "defence minister"),
        Role("foreign-minister", "Außenminister", "Außenministerin", "foreign minister"),
        Role("finance-minister", "Finanzminister", "Finanzministerin", "finance minister"),
        Role("economy-minister", "Wirtschaftsminister", "Wirtschaftsministerin", "economy minister"),
        Role("central-bank", "Notenbankchef", "Notenbankchefin", "central bank governor"),
        Role("chief-of-staff", "Generalstabschef", "Generalstabschefin", "chief of the general staff"),
        Role("spokesperson", "Regierungssprecher", "Regierungssprecherin", "government spokesperson"),
    )
}

# -- outlets and agencies -----------------------------------------------------------------------------

# Invented towns, so no outlet is a real newspaper.
_DE_TOWNS = (
    "Auenthaler",
    "Birkenhainer",
    "Elmsteiner",
    "Falkenauer",
    "Grünfelder",
    "Hagenbrücker",
    "Ilmtaler",
    "Kornwieser",
    "Lindenauer",
    "Moorfelder",
    "Nebelsteiner",
    "Ostwalder",
    "Rabenauer",
    "Sandhofer",
    "Talbrücker",
    "Ulmenhainer",
    "Waldauer",
    "Wiesentaler",
    "Eichenrieder",
    "Seewinkler",
)
_DE_PAPERS = (
    "Rundschau",
    "Allgemeine",
    "Nachrichten",
    "Zeitung",
    "Tageblatt",
    "Kurier",
    "Anzeiger",
    "Post",
    "Abendblatt",
    "Volksstimme",
    "Morgenpost",
    "Landeszeitung",
)
_EN_TOWNS = (
    "Ashcombe",
    "Brackenridge",
    "Caldermoor",
    "Dunmere",
    "Fenwold",
    "Glenholt",
    "Hartwell",
    "Kestrel Bay",
    "Marrowdale",
    "Northgate",
    "Oakhaven",
    "Redcliffe",
    "Stonebury",
    "Thornmere",
    "Umberlee",
    "Westmere",
    "Larkfield",
    "Pinecrest",
    "Saltmarsh",
    "Wyndham Vale",
)
_EN_PAPERS = (
    "Times",
    "Herald",
    "Gazette",
    "Chronicle",
    "Post",
    "Courier",
    "Observer",
    "Tribune",
    "Dispatch",
    "Ledger",
    "Sentinel",
    "Examiner",
)
OUTLETS_DE: tuple[str, ...] = tuple(f"{town} {paper}" for town in _DE_TOWNS for paper in _DE_PAPERS)
OUTLETS_EN: tuple[str, ...] = tuple(f"The {town} {paper}" for town in _EN_TOWNS for paper in _EN_PAPERS)

# Agencies outlets credit, and other spellings of them that the generated claimcheck.toml aliases.
AGENCIES: tuple[str, ...] = ("dpa", "AFP", "Reuters", "AP", "ANSA", "EFE", "APA", "Kyodo")
AGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "Reuters": ("rtr", "rts"),
    "AFP": ("Agence France-Presse",),
    "dpa": ("Deutsche Presse-Agentur",),
    "AP": ("Associated Press",),
}
# Relays between a speaker and the outlet (`via`): invented broadcasters and papers.
RELAYS: tuple[str, ...] = (
    "Radio Nordwelle",
    "Kanal Sieben",
    "Meridian News Network",
    "Fernsehsender Ostwind",
    "The Continental Review",
    "Agentur Baltica",
    "Radio Transkaspia",
    "Pacific Rim Broadcasting",
    "Sahel Info",
    "Andes Noticias",
)

# -- fact kinds --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """One kind of fact: its identity slots, its value, and how articles and checkers word it.

    `quote_*` are sentences an article prints; `claim_*` are statements a checker writes (several
    per language, so two checkers can word one fact differently). `negative` is the identity slot
    a near-miss changes (a different fact that reads almost the same).
    """

    key: str
    slots: tuple[str, ...]  # identity: a, b (countries), p, q (people), time, sea, city, k, item
    time: str  # month | day | year | quarter
    value: str  # count | billions | percent | date | category
    unit: str  # canonical unit of the value ("project", "billion USD", "percent"); "" for none
    ops: tuple[str, ...]  # value operators this kind is stated with
    low: float
    high: float
    decimals: int
    negative: str  # the slot a near-miss changes
    role: str  # office of the people in the fact / of the speaker
    quote_de: tuple[str, ...]
    quote_en: tuple[str, ...]
    claim_en: tuple[str, ...]
    claim_de: tuple[str, ...]
    topic_de: str
    topic_en: str
    headline_de: tuple[str, ...] = field(default=())
    headline_en: tuple[str, ...] = field(default=())
    symmetric: bool = False  # "a and b" is "b and a": the pair is one identity in either order


KINDS: tuple[Kind, ...] = (
    Kind(
        key="joint-projects",
        symmetric=True,
        slots=("a", "b", "time"),
        time="month",
        value="count",
        unit="project",
        ops=(">", "~", "="),
        low=12,
        high=240,
        decimals=0,
        negative="b",
        role="economy-minister",
        quote_de=(
            "{v} laufende Projekte werden derzeit zwischen {a} und {b} realisiert.",
            "{a} und {b} arbeiten nach eigenen Angaben an {v} gemeinsamen Projekten.",
            "Zwischen {a} und {b} laufen im {month} inzwischen {v} gemeinsame Vorhaben.",
        ),
        quote_en=(
            "{v} joint projects are currently under way between {a} and {b}.",
            "{a} and {b} are working on {v} joint projects, officials said in {month}.",
            "As of {month}, {a} and {b} were carrying out {v} joint projects.",
        ),
        claim_en=(
            "{v} joint {a}–{b} projects were under way in {month}.",
            "In {month}, {a} and {b} were running {v} joint projects.",
            "{a} and {b} had {v} joint projects in progress as of {month}.",
            "The number of joint projects between {a} and {b} stood at {v} in {month}.",
        ),
        claim_de=(
            "Im {month} liefen {v} gemeinsame Projekte von {a} und {b}.",
            "{a} und {b} realisierten im {month} {v} gemeinsame Projekte.",
            "Die Zahl gemeinsamer Projekte von {a} und {b} lag im {month} bei {v}.",
        ),
        topic_de="die Zahl der gemeinsamen Projekte mit {b}",
        topic_en="the number of joint projects with {b}",
        headline_de=("{a} und {b} vertiefen ihre Zusammenarbeit", "Schulterschluss zwischen {a} und {b}"),
        headline_en=("{a} and {b} deepen their cooperation", "{a} and {b} close ranks"),
    ),
    Kind(
        key="trade-volume",
        symmetric=True,
        slots=("a", "b", "time"),
        time="month",
        value="billions",
        unit="billion USD",
        ops=("~", "=", ">"),
        low=2,
        high=90,
        decimals=1,
        negative="time",
        role="economy-minister",
        quote_de=(
            "Das Handelsvolumen zwischen {a} und {b} erreichte im {month} {v} Milliarden Dollar.",
            "Der bilaterale Handel von {a} und {b} belief sich im {month} auf {v} Milliarden US-Dollar.",
            "Im {month} tauschten {a} und {b} Waren im Wert von {v} Milliarden Dollar aus.",
        ),
        quote_en=(
            "Trade between {a} and {b} reached {v} billion dollars in {month}.",
            "Bilateral trade between {a} and {b} came to {v} billion US dollars in {month}.",
            "In {month}, {a} and {b} traded goods worth {v} billion dollars.",
        ),
        claim_en=(
            "Trade between {a} and {b} reached {v} billion dollars in {month}.",
            "In {month}, {a}–{b} trade amounted to {v} billion US dollars.",
            "Bilateral trade of {a} and {b} came to {v} billion dollars in {month}.",
            "{a} and {b} traded goods worth {v} billion dollars in {month}.",
        ),
        claim_de=(
            "Der Handel zwischen {a} und {b} erreichte im {month} {v} Milliarden Dollar.",
            "Im {month} betrug das Handelsvolumen von {a} und {b} {v} Milliarden Dollar.",
            "{a} und {b} handelten im {month} Waren für {v} Milliarden Dollar.",
        ),
        topic_de="das Handelsvolumen mit {b}",
        topic_en="the volume of trade with {b}",
        headline_de=("Handel zwischen {a} und {b} wächst", "Neue Handelszahlen aus {a}"),
        headline_en=("Trade between {a} and {b} grows", "New trade figures from {a}"),
    ),
    Kind(
        key="exercise-troops",
        symmetric=True,
        slots=("a", "b", "sea", "time"),
        time="month",
        value="count",
        unit="soldier",
        ops=("~", ">", "="),
        low=800,
        high=40000,
        decimals=-2,
        negative="sea",
        role="defence-minister",
        quote_de=(
            "An dem gemeinsamen Manöver von {a} und {b} {sea} nahmen im {month} {v} Soldaten teil.",
            "{v} Soldaten aus {a} und {b} übten im {month} gemeinsam {sea}.",
            "Im {month} beteiligten sich {v} Soldaten an der Übung von {a} und {b} {sea}.",
        ),
        quote_en=(
            "{v} troops from {a} and {b} took part in the joint exercise {sea} in {month}.",
            "The joint drill of {a} and {b} {sea} involved {v} soldiers in {month}.",
            "In {month}, {v} soldiers from {a} and {b} trained together {sea}.",
        ),
        claim_en=(
            "{v} soldiers from {a} and {b} took part in a joint exercise {sea} in {month}.",
            "In {month}, the joint {a}–{b} exercise {sea} involved {v} troops.",
            "{a} and {b} held a joint drill {sea} with {v} soldiers in {month}.",
            "The {month} exercise of {a} and {b} {sea} had {v} participating soldiers.",
        ),
        claim_de=(
            "Am Manöver von {a} und {b} {sea} nahmen im {month} {v} Soldaten teil.",
            "{a} und {b} übten im {month} {sea} mit {v} Soldaten.",
            "Im {month} waren {v} Soldaten aus {a} und {b} an der Übung {sea} beteiligt.",
        ),
        topic_de="die Zahl der Soldaten beim Manöver {sea}",
        topic_en="the number of troops in the exercise {sea}",
        headline_de=("Großmanöver {sea}", "{a} und {b} üben gemeinsam"),
        headline_en=("Large-scale drill {sea}", "{a} and {b} hold joint exercise"),
    ),
    Kind(
        key="meeting-format",
        symmetric=True,
        slots=("p", "q", "time"),
        time="day",
        value="category",
        unit="",
        ops=("=",),
        low=0,
        high=0,
        decimals=0,
        negative="q",
        role="defence-minister",
        quote_de=(
            "{a_gen} {p_role} {p} und {q_role} {q} aus {b} sprachen am {day} {v} miteinander.",
            "Am {day} tauschten sich {p} und {q} aus {b} {v} aus.",
            "{p} ({a}) und {q} ({b}) berieten am {day} {v} über die Zusammenarbeit.",
        ),
        quote_en=(
            "{a_poss} {p_role} {p} and {q}, {q_role} of {b}, spoke {v} on {day}.",
            "On {day}, {p} and {b}'s {q_role} {q} held talks {v}.",
            "{p} of {a} and {q} of {b} discussed their cooperation {v} on {day}.",
        ),
        claim_en=(
            "{p} and {q} spoke {v} on {day}.",
            "On {day}, {a_poss} {p_role} {p} and {b}'s {q} held talks {v}.",
            "The talks between {p} and {q} on {day} took place {v}.",
            "{p} ({a}) met {q} ({b}) {v} on {day}.",
        ),
        claim_de=(
            "{p} und {q} sprachen am {day} {v} miteinander.",
            "Das Gespräch zwischen {p} und {q} am {day} fand {v} statt.",
            "Am {day} berieten {p} aus {a} und {q} aus {b} {v}.",
        ),
        topic_de="das Gespräch mit {q}",
        topic_en="the talks with {q}",
        headline_de=("Gespräch zwischen {a} und {b}", "{a} sucht die Nähe zu {b}"),
        headline_en=("{a} and {b} hold talks", "{a} reaches out to {b}"),
    ),
    Kind(
        key="meeting-date",
        symmetric=True,
        slots=("p", "q", "city"),
        time="month",
        value="date",
        unit="",
        ops=("=",),
        low=0,
        high=0,
        decimals=0,
        negative="city",
        role="foreign-minister",
        quote_de=(
            "{a_gen} {p_role} {p} traf am {v} in {city} mit {q} aus {b} zusammen.",
            "Am {v} empfing {q_role} {q} ({b}) den Gast {p} aus {a} in {city}.",
            "{p} und {q} kamen am {v} in {city} zu Gesprächen zusammen.",
        ),
        quote_en=(
            "{a_poss} {p_role} {p} met {q} of {b} in {city} on {v}.",
            "On {v}, {b}'s {q_role} {q} received {p} of {a} in {city}.",
            "{p} and {q} came together for talks in {city} on {v}.",
        ),
        claim_en=(
            "{p} met {q} in {city} on {v}.",
            "On {v}, {p} of {a} and {q} of {b} held talks in {city}.",
            "The meeting of {p} and {q} in {city} took place on {v}.",
            "{q} received {p} in {city} on {v}.",
        ),
        claim_de=(
            "{p} traf {q} am {v} in {city}.",
            "Das Treffen von {p} und {q} in {city} fand am {v} statt.",
            "Am {v} kamen {p} und {q} in {city} zusammen.",
        ),
        topic_de="ein Treffen mit {q} in {city}",
        topic_en="a meeting with {q} in {city}",
        headline_de=("Treffen in {city}", "{a} und {b} wollen enger kooperieren"),
        headline_en=("Meeting in {city}", "{a} and {b} want closer ties"),
    ),
    Kind(
        key="defence-budget",
        slots=("a", "time"),
        time="year",
        value="billions",
        unit="billion EUR",
        ops=("=", "~", ">"),
        low=3,
        high=120,
        decimals=1,
        negative="time",
        role="finance-minister",
        quote_de=(
            "{a} erhöht seinen Verteidigungshaushalt für {year} auf {v} Milliarden Euro.",
            "Für {year} plant {a} Verteidigungsausgaben von {v} Milliarden Euro.",
            "Der Wehretat {a_gen} soll {year} {v} Milliarden Euro betragen.",
        ),
        quote_en=(
            "{a} will raise its defence budget for {year} to {v} billion euros.",
            "For {year}, {a} plans defence spending of {v} billion euros.",
            "{a_poss} military budget is set at {v} billion euros for {year}.",
        ),
        claim_en=(
            "{a_poss} defence budget for {year} is {v} billion euros.",
            "{a} plans to spend {v} billion euros on defence in {year}.",
            "In {year}, {a} will raise defence spending to {v} billion euros.",
            "The {year} military budget of {a} amounts to {v} billion euros.",
        ),
        claim_de=(
            "{a_gen} Verteidigungshaushalt für {year} beträgt {v} Milliarden Euro.",
            "{a} plant für {year} Verteidigungsausgaben von {v} Milliarden Euro.",
            "Der Wehretat {a_gen} liegt {year} bei {v} Milliarden Euro.",
        ),
        topic_de="den Verteidigungshaushalt für {year}",
        topic_en="the defence budget for {year}",
        headline_de=("{a} rüstet auf", "Mehr Geld für die Armee in {a}"),
        headline_en=("{a} steps up defence spending", "More money for {a_poss} armed forces"),
    ),
    Kind(
        key="inflation",
        slots=("a", "time"),
        time="month",
        value="percent",
        unit="percent",
        ops=("=", "~"),
        low=0.4,
        high=14.0,
        decimals=1,
        negative="a",
        role="central-bank",
        quote_de=(
            "Die Inflationsrate in {a} lag im {month} bei {v} Prozent.",
            "Im {month} stiegen die Verbraucherpreise in {a} um {v} Prozent.",
            "Die Teuerung in {a} betrug im {month} {v} Prozent.",
        ),
        quote_en=(
            "Inflation in {a} stood at {v} percent in {month}.",
            "Consumer prices in {a} rose by {v} percent in {month}.",
            "In {month}, the inflation rate in {a} was {v} percent.",
        ),
        claim_en=(
            "Inflation in {a} was {v} percent in {month}.",
            "In {month}, consumer prices in {a} rose {v} percent.",
            "{a_poss} inflation rate reached {v} percent in {month}.",
            "The annual inflation rate of {a} stood at {v} percent in {month}.",
        ),
        claim_de=(
            "Die Inflation in {a} lag im {month} bei {v} Prozent.",
            "Im {month} stiegen die Preise in {a} um {v} Prozent.",
            "{a_gen} Inflationsrate betrug im {month} {v} Prozent.",
        ),
        topic_de="die Inflationsrate im {month}",
        topic_en="the inflation rate for {month}",
        headline_de=("Preise in {a} steigen weiter", "Inflation in {a}"),
        headline_en=("Prices in {a} keep rising", "Inflation in {a}"),
    ),
    Kind(
        key="unemployment",
        slots=("a", "time"),
        time="month",
        value="percent",
        unit="percent",
        ops=("=", "~"),
        low=2.0,
        high=18.0,
        decimals=1,
        negative="time",
        role="economy-minister",
        quote_de=(
            "Die Arbeitslosenquote in {a} sank im {month} auf {v} Prozent.",
            "Im {month} waren in {a} {v} Prozent der Erwerbspersonen ohne Arbeit.",
            "Die Erwerbslosigkeit in {a} lag im {month} bei {v} Prozent.",
        ),
        quote_en=(
            "Unemployment in {a} fell to {v} percent in {month}.",
            "In {month}, {v} percent of the workforce in {a} was out of work.",
            "The jobless rate in {a} stood at {v} percent in {month}.",
        ),
        claim_en=(
            "Unemployment in {a} was {v} percent in {month}.",
            "In {month}, {a_poss} jobless rate stood at {v} percent.",
            "{v} percent of workers in {a} were unemployed in {month}.",
            "The unemployment rate of {a} reached {v} percent in {month}.",
        ),
        claim_de=(
            "Die Arbeitslosenquote in {a} lag im {month} bei {v} Prozent.",
            "Im {month} waren in {a} {v} Prozent ohne Arbeit.",
            "{a_gen} Arbeitslosenquote betrug im {month} {v} Prozent.",
        ),
        topic_de="die Arbeitslosenzahlen für {month}",
        topic_en="the unemployment figures for {month}",
        headline_de=("Arbeitsmarkt in {a}", "Weniger Arbeitslose in {a}"),
        headline_en=("Labour market in {a}", "Fewer jobless in {a}"),
    ),
    Kind(
        key="interest-rate",
        slots=("a", "time"),
        time="day",
        value="percent",
        unit="percent",
        ops=("=",),
        low=0.5,
        high=16.0,
        decimals=2,
        negative="a",
        role="central-bank",
        quote_de=(
            "Die Notenbank {a_gen} hob den Leitzins am {day} auf {v} Prozent an.",
            "Am {day} setzte die Zentralbank von {a} den Leitzins auf {v} Prozent fest.",
            "Der Leitzins in {a} liegt seit dem {day} bei {v} Prozent.",
        ),
        quote_en=(
            "{a_poss} central bank raised its key interest rate to {v} percent on {day}.",
            "On {day}, the central bank of {a} set its policy rate at {v} percent.",
            "The key rate in {a} has stood at {v} percent since {day}.",
        ),
        claim_en=(
            "{a_poss} central bank set its key rate at {v} percent on {day}.",
            "On {day}, the central bank of {a} raised the policy rate to {v} percent.",
            "The key interest rate in {a} was set to {v} percent on {day}.",
            "{a} moved its benchmark interest rate to {v} percent on {day}.",
        ),
        claim_de=(
            "Die Notenbank {a_gen} setzte den Leitzins am {day} auf {v} Prozent.",
            "Am {day} hob {a} den Leitzins auf {v} Prozent an.",
            "Der Leitzins in {a} wurde am {day} auf {v} Prozent festgelegt.",
        ),
        topic_de="die Zinsentscheidung vom {day}",
        topic_en="the rate decision of {day}",
        headline_de=("Zinswende in {a}", "Notenbank {a_gen} greift ein"),
        headline_en=("Rate decision in {a}", "{a_poss} central bank steps in"),
    ),
    Kind(
        key="arms-deliveries",
        slots=("a", "b", "item", "time"),
        time="month",
        value="count",
        unit="*item",
        ops=("=", "~", ">"),
        low=4,
        high=400,
        decimals=0,
        negative="item",
        role="defence-minister",
        quote_de=(
            "{a} lieferte im {month} {v} {item} an {b}.",
            "Im {month} erhielt {b} aus {a} {v} {item}.",
            "Nach Angaben aus {a} wurden im {month} {v} {item} an {b} übergeben.",
        ),
        quote_en=(
            "{a} delivered {v} {item} to {b} in {month}.",
            "In {month}, {b} received {v} {item} from {a}.",
            "According to officials in {a}, {v} {item} were handed over to {b} in {month}.",
        ),
        claim_en=(
            "{a} delivered {v} {item} to {b} in {month}.",
            "In {month}, {b} received {v} {item} from {a}.",
            "{v} {item} were shipped from {a} to {b} in {month}.",
            "{a_poss} deliveries to {b} in {month} included {v} {item}.",
        ),
        claim_de=(
            "{a} lieferte im {month} {v} {item} an {b}.",
            "Im {month} bekam {b} {v} {item} aus {a}.",
            "{v} {item} gingen im {month} von {a} an {b}.",
        ),
        topic_de="Waffenlieferungen an {b}",
        topic_en="arms deliveries to {b}",
        headline_de=("Waffen für {b}", "{a} liefert Rüstungsgüter"),
        headline_en=("Weapons for {b}", "{a} ships military equipment"),
    ),
    Kind(
        key="drones-intercepted",
        slots=("a", "time"),
        time="day",
        value="count",
        unit="drone",
        ops=("=", ">"),
        low=3,
        high=180,
        decimals=0,
        negative="time",
        role="spokesperson",
        quote_de=(
            "Die Luftabwehr {a_gen} hat in der Nacht zum {day} nach eigenen Angaben {v} Drohnen abgefangen.",
            "In der Nacht zum {day} fing die Flugabwehr von {a} {v} Drohnen ab.",
            "Nach Angaben der Streitkräfte {a_gen} wurden in der Nacht zum {day} {v} Drohnen abgeschossen.",
        ),
        quote_en=(
            "{a_poss} air defence said it intercepted {v} drones overnight into {day}.",
            "Air defences in {a} shot down {v} drones in the night to {day}.",
            "The armed forces of {a} said {v} drones were downed overnight into {day}.",
        ),
        claim_en=(
            "{a_poss} air defence intercepted {v} drones overnight into {day}.",
            "In the night to {day}, {a} shot down {v} drones.",
            "{v} drones were downed over {a} overnight into {day}.",
            "Air defences of {a} destroyed {v} drones in the night to {day}.",
        ),
        claim_de=(
            "Die Luftabwehr {a_gen} fing in der Nacht zum {day} {v} Drohnen ab.",
            "In der Nacht zum {day} schoss {a} {v} Drohnen ab.",
            "Über {a} wurden in der Nacht zum {day} {v} Drohnen abgeschossen.",
        ),
        topic_de="abgefangene Drohnen in der Nacht zum {day}",
        topic_en="drones intercepted overnight into {day}",
        headline_de=("Nächtlicher Drohnenangriff auf {a}", "Luftalarm in {a}"),
        headline_en=("Overnight drone attack on {a}", "Air raid alert in {a}"),
    ),
    Kind(
        key="agreements-signed",
        slots=("p", "city", "time"),
        time="day",
        value="count",
        unit="agreement",
        ops=("=", ">"),
        low=2,
        high=40,
        decimals=0,
        negative="city",
        role="prime-minister",
        quote_de=(
            "Bei dem Besuch von {a_gen} {p_role} {p} in {city} wurden am {day} {v} Abkommen unterzeichnet.",
            "{p} und die Gastgeber in {city} unterzeichneten am {day} {v} Vereinbarungen.",
            "Am {day} wurden während des Aufenthalts von {p} in {city} {v} Abkommen geschlossen.",
        ),
        quote_en=(
            "{v} agreements were signed during the visit of {a_poss} {p_role} {p} to {city} on {day}.",
            "{p} and the hosts in {city} signed {v} agreements on {day}.",
            "On {day}, {v} deals were concluded during {p}'s stay in {city}.",
        ),
        claim_en=(
            "{v} agreements were signed during {p}'s visit to {city} on {day}.",
            "On {day}, {p} signed {v} agreements in {city}.",
            "{p}'s trip to {city} on {day} produced {v} signed agreements.",
            "During the visit of {p} to {city} on {day}, {v} deals were signed.",
        ),
        claim_de=(
            "Beim Besuch von {p} in {city} am {day} wurden {v} Abkommen unterzeichnet.",
            "Am {day} unterzeichnete {p} in {city} {v} Abkommen.",
            "{p} schloss am {day} in {city} {v} Vereinbarungen ab.",
        ),
        topic_de="die Abkommen aus {city}",
        topic_en="the agreements from {city}",
        headline_de=("Staatsbesuch in {city}", "{p} in {city}"),
        headline_en=("State visit to {city}", "{p} in {city}"),
    ),
    Kind(
        key="sanctions-package",
        slots=("a", "k"),
        time="month",
        value="count",
        unit="entity",
        ops=("=", ">"),
        low=20,
        high=600,
        decimals=0,
        negative="k",
        role="foreign-minister",
        quote_de=(
            "Das {k} Sanktionspaket der EU gegen {a} umfasst {v} Personen und Unternehmen.",
            "Mit dem {k} Sanktionspaket gegen {a} setzt die EU {v} Personen und Firmen auf ihre Liste.",
            "Im {month} beschloss die EU ihr {k} Paket gegen {a}, es trifft {v} Personen und Organisationen.",
        ),
        quote_en=(
            "The EU's {k} sanctions package against {a} lists {v} individuals and entities.",
            "With its {k} package of sanctions on {a}, the EU blacklists {v} people and companies.",
            "In {month}, the EU adopted its {k} package against {a}, targeting {v} individuals and firms.",
        ),
        claim_en=(
            "The EU's {k} sanctions package against {a} lists {v} individuals and entities.",
            "The {k} EU package of sanctions on {a} targets {v} people and companies.",
            "{v} individuals and entities are listed in the {k} EU sanctions package against {a}.",
            "With its {k} package against {a}, the EU sanctioned {v} persons and firms.",
        ),
        claim_de=(
            "Das {k} EU-Sanktionspaket gegen {a} umfasst {v} Personen und Unternehmen.",
            "Im {k} Sanktionspaket gegen {a} stehen {v} Personen und Firmen.",
            "Die EU listet im {k} Paket gegen {a} {v} Personen und Organisationen.",
        ),
        topic_de="das {k} Sanktionspaket",
        topic_en="the {k} sanctions package",
        headline_de=("Neue Sanktionen gegen {a}", "EU verschärft Kurs gegen {a}"),
        headline_en=("New sanctions on {a}", "EU tightens course on {a}"),
    ),
    Kind(
        key="gdp-growth",
        slots=("a", "time"),
        time="quarter",
        value="percent",
        unit="percent",
        ops=("=", "~"),
        low=0.1,
        high=9.0,
        decimals=1,
        negative="a",
        role="finance-minister",
        quote_de=(
            "Die Wirtschaftsleistung {a_gen} wuchs im {quarter} um {v} Prozent.",
            "Im {quarter} legte das Bruttoinlandsprodukt von {a} um {v} Prozent zu.",
            "{a_gen} Wirtschaft expandierte im {quarter} um {v} Prozent.",
        ),
        quote_en=(
            "{a_poss} economy grew by {v} percent in the {quarter}.",
            "In the {quarter}, gross domestic product in {a} rose {v} percent.",
            "Economic output in {a} expanded {v} percent in the {quarter}.",
        ),
        claim_en=(
            "{a_poss} economy grew {v} percent in the {quarter}.",
            "In the {quarter}, {a_poss} GDP rose by {v} percent.",
            "Gross domestic product of {a} expanded {v} percent in the {quarter}.",
            "The economy of {a} recorded growth of {v} percent in the {quarter}.",
        ),
        claim_de=(
            "Die Wirtschaft {a_gen} wuchs im {quarter} um {v} Prozent.",
            "Im {quarter} stieg das BIP von {a} um {v} Prozent.",
            "{a_gen} Bruttoinlandsprodukt legte im {quarter} um {v} Prozent zu.",
        ),
        topic_de="die Wachstumszahlen aus dem {quarter}",
        topic_en="the growth figures for the {quarter}",
        headline_de=("Konjunktur in {a}", "{a_gen} Wirtschaft wächst"),
        headline_en=("{a_poss} economy", "Growth figures from {a}"),
    ),
    Kind(
        key="brigade-move",
        slots=("a", "k", "city", "time"),
        time="month",
        value="count",
        unit="soldier",
        ops=("~", "=", ">"),
        low=300,
        high=6000,
        decimals=-2,
        negative="k",
        role="chief-of-staff",
        quote_de=(
            "Die {k} Panzerbrigade {a_gen} verlegte im {month} {v} Soldaten nach {city}.",
            "Im {month} brachte {a} {v} Soldaten der {k} Panzerbrigade nach {city}.",
            "Mit {v} Soldaten ist die {k} Brigade {a_gen} seit {month} in {city} stationiert.",
        ),
        quote_en=(
            "{a_poss} {k} Armoured Brigade moved {v} soldiers to {city} in {month}.",
            "In {month}, {a} deployed {v} troops of its {k} Armoured Brigade to {city}.",
            "The {k} Brigade of {a} has been stationed in {city} with {v} soldiers since {month}.",
        ),
        claim_en=(
            "{a_poss} {k} Armoured Brigade moved {v} soldiers to {city} in {month}.",
            "In {month}, {a} deployed {v} troops of the {k} Armoured Brigade to {city}.",
            "{v} soldiers of {a_poss} {k} Brigade were sent to {city} in {month}.",
            "The {k} Brigade of {a} stationed {v} soldiers in {city} from {month}.",
        ),
        claim_de=(
            "Die {k} Panzerbrigade {a_gen} verlegte im {month} {v} Soldaten nach {city}.",
            "Im {month} schickte {a} {v} Soldaten der {k} Brigade nach {city}.",
            "{v} Soldaten der {k} Brigade {a_gen} kamen im {month} nach {city}.",
        ),
        topic_de="die Verlegung der {k} Brigade",
        topic_en="the deployment of the {k} Brigade",
        headline_de=("Truppenverlegung nach {city}", "{a} verstärkt Präsenz in {city}"),
        headline_en=("Troops move to {city}", "{a} reinforces presence in {city}"),
    ),
)

# (German plural, English plural, canonical unit) of what arms deliveries deliver.
ITEMS: tuple[tuple[str, str, str], ...] = (
    ("Panzer", "tanks", "tank"),
    ("Drohnen", "drones", "drone"),
    ("Haubitzen", "howitzers", "howitzer"),
    ("Raketen", "missiles", "missile"),
    ("Hubschrauber", "helicopters", "helicopter"),
    ("Schützenpanzer", "infantry fighting vehicles", "vehicle"),
)

# Category values of `meeting-format`: canonical value -> (German phrases, English phrases).
MEETING_FORMATS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "videoconference": (
        ("in einer Videokonferenz", "per Videoschalte"),
        ("by video link", "in a videoconference"),
    ),
    "phone call": (("in einem Telefonat", "am Telefon"), ("by phone", "in a phone call")),
    "in person": (
        ("bei einem persönlichen Treffen", "von Angesicht zu Angesicht"),
        ("in person", "face to face"),
    ),
}

# Operators as articles write them (German, English); "=" is written as the bare number.
OP_WORDS_DE: dict[str, tuple[str, ...]] = {">": ("über", "mehr als"), "~": ("rund", "etwa"), "=": ("",)}
OP_WORDS_EN: dict[str, tuple[str, ...]] = {">": ("more than", "over"), "~": ("about", "around"), "=": ("",)}

# Denials: the speaker says the fact is false ({topic} is the fact as a noun phrase).
DENIAL_DE: tuple[str, ...] = (
    "„Die Berichte über {topic} entbehren jeder Grundlage“, sagte {s_role} {s}.",
    "{s_role} {s} wies Berichte über {topic} als falsch zurück.",
    "{s} dementierte am Abend die Angaben über {topic}.",
)
DENIAL_EN: tuple[str, ...] = (
    '"Reports about {topic} are simply false," {s_role} {s} said.',
    "{s_role} {s} dismissed reports about {topic} as untrue.",
    "{s} denied the figures on {topic} later that day.",
)
# Attributions appended to a quoted statement ({inner} is the statement without its final stop).
ATTRIBUTION_DE: tuple[str, ...] = ("„{inner}“, sagte {s_role} {s}.", "„{inner}“, erklärte {s}.")
ATTRIBUTION_EN: tuple[str, ...] = ('"{inner}," {s_role} {s} said.', '"{inner}," said {s}.')
RELAYED_DE: tuple[str, ...] = ("Wie {relay} berichtete, ", "Laut {relay} ")
RELAYED_EN: tuple[str, ...] = ("According to {relay}, ", "As {relay} reported, ")

# -- the rest of an article ----------------------------------------------------------------------

FILLER_DE: tuple[str, ...] = (
    "Die Gespräche fanden hinter verschlossenen Türen statt.",
    "Beobachter werten das Treffen als deutliches Signal an den Westen.",
    "{p} äußerte sich zunächst nicht zu den Berichten.",
    "Eine unabhängige Bestätigung der Angaben lag zunächst nicht vor.",
    "Die Regierung in {city} wies die Vorwürfe zurück.",
    "Das Außenministerium {a_gen} kündigte für {weekday} eine Stellungnahme an.",
    "Experten rechnen mit weiteren Gesprächen in den kommenden Wochen.",
    "Die Opposition in {a} kritisierte das Vorgehen der Regierung scharf.",
    "Bereits im vergangenen Jahr hatten beide Seiten eine engere Abstimmung vereinbart.",
    "Im Westen wird die Entwicklung mit Sorge verfolgt.",
    "Die Beziehungen zwischen {a} und {b} gelten seit Jahren als angespannt.",
    "Einzelheiten wurden zunächst nicht bekannt.",
    "Diplomaten sprachen von einer „konstruktiven Atmosphäre“.",
    "Die Märkte reagierten am {weekday} zurückhaltend auf die Nachricht.",
    "Kritiker bezweifeln, dass die Zusagen eingehalten werden.",
    "{p} war erst vor wenigen Monaten in das Amt gekommen.",
    "Der Besuch war seit Wochen vorbereitet worden.",
    "Auch wirtschaftliche Fragen sollen zur Sprache gekommen sein.",
    "Ein Sprecher der Regierung in {city} wollte die Angaben nicht kommentieren.",
    "Die Lage in der Region bleibt nach Einschätzung von Fachleuten unübersichtlich.",
    "Es ist das dritte Treffen dieser Art in diesem Jahr.",
    "Die Gespräche sollen im Herbst in {city} fortgesetzt werden.",
    "Nach Ansicht von Analysten verschiebt sich damit das Kräfteverhältnis in der Region.",
    "Die Europäische Union rief beide Seiten zur Zurückhaltung auf.",
    "Über die Ergebnisse wurde Stillschweigen vereinbart.",
    "Zugleich betonten beide Seiten ihr Interesse an stabilen Beziehungen.",
    "Die Angaben ließen sich nicht unabhängig überprüfen.",
    "Am {weekday} wurden weitere Details erwartet.",
    "Menschenrechtsorganisationen äußerten sich besorgt.",
    "Das Parlament in {city} soll in der kommenden Woche darüber beraten.",
    "Vertreter der Wirtschaft begrüßten die Einigung.",
    "Die Zahlen stammen aus offiziellen Quellen in {a}.",
    "Schon zuvor hatte es ähnliche Berichte gegeben.",
    "Ob die Pläne umgesetzt werden, ist offen.",
    "Die Zusammenarbeit umfasst nach offiziellen Angaben auch Forschung und Ausbildung.",
    "Westliche Regierungen reagierten zunächst nicht.",
)
FILLER_EN: tuple[str, ...] = (
    "The talks were held behind closed doors.",
    "Observers see the meeting as a clear signal to the West.",
    "{p} did not immediately comment on the reports.",
    "There was no independent confirmation of the figures.",
    "The government in {city} rejected the allegations.",
    "{a_poss} foreign ministry said it would issue a statement on {weekday}.",
    "Experts expect further talks in the coming weeks.",
    "The opposition in {a} sharply criticised the government's course.",
    "Both sides had agreed on closer coordination last year.",
    "The development is being watched with concern in Western capitals.",
    "Relations between {a} and {b} have been tense for years.",
    "No further details were released.",
    'Diplomats described the atmosphere as "constructive".',
    "Markets reacted cautiously to the news on {weekday}.",
    "Critics doubt that the commitments will be kept.",
    "{p} took office only a few months ago.",
    "The visit had been prepared for weeks.",
    "Economic questions were also said to have been discussed.",
    "A government spokesperson in {city} declined to comment.",
    "Analysts say the situation in the region remains unclear.",
    "It is the third meeting of its kind this year.",
    "The talks are due to continue in {city} in the autumn.",
    "Analysts believe the balance of power in the region is shifting.",
    "The European Union called on both sides to show restraint.",
    "Both sides agreed not to disclose the results.",
    "At the same time, both sides stressed their interest in stable relations.",
    "The figures could not be independently verified.",
    "More details were expected on {weekday}.",
    "Human rights groups voiced concern.",
    "Parliament in {city} is due to debate the matter next week.",
    "Business leaders welcomed the agreement.",
    "The figures come from official sources in {a}.",
    "Similar reports had circulated before.",
    "Whether the plans will be carried out remains open.",
    "According to officials, the cooperation also covers research and training.",
    "Western governments did not react at first.",
)
SUBHEADS_DE: tuple[str, ...] = (
    "Mehr als nur Worte",
    "Reaktionen aus dem Westen",
    "Wirtschaftliche Folgen",
    "Hintergrund",
    "Kritik der Opposition",
    "Wie geht es weiter?",
    "Die Zahlen im Überblick",
    "Signal an Washington und Brüssel",
)
SUBHEADS_EN: tuple[str, ...] = (
    "More than words",
    "Reactions in the West",
    "Economic impact",
    "Background",
    "Criticism from the opposition",
    "What comes next",
    "The figures at a glance",
    "A signal to Washington and Brussels",
)
