"""Word lists for German and English news: speech verbs, roles, demonyms, relays, institutions."""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- speech ---------------------------------------------------------------------------------------

# Finite and participle forms of verbs that report what someone said (the cue of an attribution).
SPEECH_VERBS = word_set(
    """
    sagte sagten sagt sagen gesagt erklärte erklärten erklärt betonte betonten betont bekräftigte
    bekräftigten bekräftigt versicherte versicherten versichert warnte warnten gewarnt kritisierte
    kritisierten kritisiert lobte lobten gelobt forderte forderten gefordert bezeichnete bezeichneten
    nannte nannten bezifferte bezifferten beziffert begrüßte begrüßten begrüßt bestätigte bestätigten
    bestätigt dementierte dementierten dementiert behauptete behaupteten behauptet unterstrich
    unterstrichen äußerte äußerten geäußert verkündete verkündeten verkündet ergänzte ergänzten ergänzt
    mahnte mahnten drohte drohten argumentierte meinte meinten schrieb schrieben schreibt mitteilte
    mitteilten mitgeteilt zitierte zitiert versprach versprachen sprach sprachen
    said says told tells stated states added explained stressed emphasised emphasized noted warned
    announced claimed insisted argued wrote confirmed denied praised criticised criticized urged
    """
)
# Separable verbs count as speech only with their particle later in the sentence ("fügte … hinzu").
SEPARABLE_SPEECH = {
    "fügte": "hinzu",
    "fügten": "hinzu",
    "fügt": "hinzu",
    "teilte": "mit",
    "teilten": "mit",
    "teilt": "mit",
    "räumte": "ein",
    "räumten": "ein",
    "kündigte": "an",
    "kündigten": "an",
    "wies": "zurück",
    "wiesen": "zurück",
    "hob": "hervor",
    "hoben": "hervor",
    "gab": "an",
    "gibt": "an",
}
# Verbs by which a medium passes on what others said: with a medium as subject they make a relay.
RELAY_VERBS = word_set(
    """
    berichtet berichtete berichteten berichten meldet meldete meldeten melden schreibt schrieb schrieben
    reported reports reporting wrote writes
    """
)
# Nouns of speech after which a genitive names the speaker ("nach den Worten Zhangs", "Xis Wortlaut").
SPEECH_NOUNS = word_set("Worte Worten Wortlaut Aussage Aussagen Angaben Äußerungen Darstellung")

# Indirect speech: a sentence in Konjunktiv without a speaker of its own continues the one before.
SUBJUNCTIVE = word_set(
    """
    sei seien habe werde stehe stünde gebe gäbe diene helfe könne müsse müssten solle sollten wolle
    dürfe wisse spiele spielten entwickle handle versorge liege gehe komme bleibe führe verfüge plane
    hätten hätte wäre wären würden würde
    """
)
# "soll" / "sollen" report hearsay: the relay carries on, the speaker does not.
REPORTATIVE = word_set("soll sollen")

PRONOUNS = word_set("er sie he she")

# -- people and bodies ----------------------------------------------------------------------------

_ROLE_STEMS = (
    "minister|präsident|chef|kanzler|sprecher|botschafter|general|sekretär|vorsitzende|leiter|direktor|"
    "befehlshaber|kommandeur|admiral|berater|abgeordnete|senator|gouverneur|bürgermeister|premier|"
    "machthaber|staatsoberhaupt|experte|analyst|professor|kollege|diplomat|beamte|offizier|oberst|"
    "marschall|staatssekretär|vize|führer"
)
# A German role noun, compounds included ("Verteidigungsminister", "Staatschef", "Vorsitzenden").
ROLE_DE = re.compile(
    rf"^(?:[A-ZÄÖÜ][a-zäöüß]*(?:{_ROLE_STEMS})|(?:{_ROLE_STEMS.title()}))"
    r"(?:in|innen|en|e|n|r|s)?$"
)
ROLE_EN = word_set(
    """
    minister president spokesman spokeswoman spokesperson secretary secretary-general general chief head
    director ambassador chancellor premier leader chairman chairwoman chair commander adviser advisor
    senator governor mayor analyst official officials envoy
    """
)
# Words that make an English role of two ("defence minister", "vice president").
ROLE_EN_MODIFIERS = word_set(
    "defence defense foreign prime vice deputy interior finance trade economy state army military press"
)
# Roles that say how two people stand to each other, not what office one holds.
RELATIONAL_ROLES = re.compile(r"^(?:Amts)?[Kk]olleg(?:e|en|in)$|^counterpart$")
# "Der 70-Jährige": an epithet that stands for the person named just before.
EPITHET = re.compile(r"^\d+-[Jj]ährige[nr]?$|^\d+-year-old$")

# Bodies that speak for themselves: a ministry, a government, the Kremlin …
INSTITUTION = re.compile(
    r"^(?:Kreml|Kremlin|Pentagon|Regierung|Bundesregierung|Staatsführung|Führung|Kommission|Armee|"
    r"Militär|Streitkräfte|Behörde|Behörden|Parlament|Ministerium|Außenamt|Weiße|government|ministry|"
    r"army|military|agency|commission|parliament|[A-ZÄÖÜ][a-zäöüß]*(?:ministerium|geheimdienst|"
    r"dienst|behörde|regierung|kommission|amt|ministeriums|geheimdienstes|rat))$"
)
ORGANISATIONS = word_set("NATO Nato EU UN UNO OSZE BRICS SZRU FSB GRU CIA SBU WHO IAEA IAEO G7 G20")

# -- relays ---------------------------------------------------------------------------------------

RELAY_NOUN = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]*(?:agentur|agenturen|zeitung|zeitungen|sender|senders|fernsehen|magazin|"
    r"portal|blatt|medien|rundfunk)|Agentur|Agenturen|Zeitung|Sender|Senders|Magazin|Portal|"
    r"Blatt|Medien|agency|agencies|newspaper|paper|broadcaster|channel|network|outlet|magazine|wire|"
    r"daily|media|television|TV)$"
)
KNOWN_OUTLETS = word_set(
    """
    Reuters AFP AP dpa DPA Interfax TASS Tass RIA Xinhua CCTV CGTN BBC CNN Bloomberg Kommersant
    Iswestija Izvestia Prawda Pravda RT Sputnik NHK Yonhap Kyodo ANSA EFE Axios Politico Spiegel Bild FAZ
    Guardian Figaro Meduza Ukrinform Unian UNIAN KCNA Nowosti Novosti Jazeera
    """
)
# Outlets whose names have several words: matched as a whole before single names.
KNOWN_OUTLET_PHRASES = (
    "Le Monde",
    "Le Figaro",
    "New York Times",
    "Washington Post",
    "Wall Street Journal",
    "Financial Times",
    "Global Times",
    "Al Jazeera",
    "RIA Nowosti",
    "RIA Novosti",
    "Süddeutsche Zeitung",
    "South China Morning Post",
    "Associated Press",
)

# -- places ---------------------------------------------------------------------------------------

# Adjective stems of nationality → the country, in the language of the text.
DEMONYMS_DE = {
    "chinesisch": "China",
    "russisch": "Russland",
    "ukrainisch": "Ukraine",
    "amerikanisch": "USA",
    "us-amerikanisch": "USA",
    "französisch": "Frankreich",
    "deutsch": "Deutschland",
    "britisch": "Großbritannien",
    "indisch": "Indien",
    "iranisch": "Iran",
    "nordkoreanisch": "Nordkorea",
    "südkoreanisch": "Südkorea",
    "japanisch": "Japan",
    "türkisch": "Türkei",
    "israelisch": "Israel",
    "polnisch": "Polen",
    "belarussisch": "Belarus",
    "weißrussisch": "Belarus",
    "taiwanisch": "Taiwan",
    "syrisch": "Syrien",
    "italienisch": "Italien",
    "spanisch": "Spanien",
    "brasilianisch": "Brasilien",
    "kasachisch": "Kasachstan",
    "europäisch": "EU",
}
DEMONYMS_EN = {
    "chinese": "China",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "american": "United States",
    "us": "United States",
    "u.s.": "United States",
    "french": "France",
    "german": "Germany",
    "british": "United Kingdom",
    "indian": "India",
    "iranian": "Iran",
    "north korean": "North Korea",
    "japanese": "Japan",
    "turkish": "Turkey",
    "israeli": "Israel",
    "polish": "Poland",
    "belarusian": "Belarus",
    "taiwanese": "Taiwan",
    "european": "EU",
}
# Genitive forms of countries and capitals → the country ("Chinas Verteidigungsminister").
GENITIVE_COUNTRIES = {
    "Chinas": "China",
    "Pekings": "China",
    "Russlands": "Russland",
    "Moskaus": "Russland",
    "Kiews": "Ukraine",
    "Frankreichs": "Frankreich",
    "Deutschlands": "Deutschland",
    "Indiens": "Indien",
    "Irans": "Iran",
    "Nordkoreas": "Nordkorea",
    "Japans": "Japan",
    "Amerikas": "USA",
    "Israels": "Israel",
    "Polens": "Polen",
    "Taiwans": "Taiwan",
    "Großbritanniens": "Großbritannien",
    "China's": "China",
    "Beijing's": "China",
    "Russia's": "Russia",
    "Moscow's": "Russia",
    "Ukraine's": "Ukraine",
    "Kyiv's": "Ukraine",
    "America's": "United States",
}
PLACES = word_set(
    """
    China Russland Ukraine USA US Moskau Peking Kiew Westen Indien Iran Nordkorea Südkorea Japan Asien
    Europa Afrika Amerika Washington Brüssel Berlin Paris London Singapur Kasan Usbekistan Brasilien
    Südafrika Taiwan Frankreich Deutschland Großbritannien Türkei Israel Polen Belarus Syrien Indopazifik
    Russia Moscow Beijing Kyiv Kiev West Europe Asia America Britain France Germany India Iran Japan
    Korea Taiwan Ukraine Kremlin EU NATO Nato
    """
)
MONTH_NAMES = word_set(
    """
    Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
    January February March May June July October December
    """
)
WEEKDAYS = word_set(
    """
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """
)

# -- function words -------------------------------------------------------------------------------

DETERMINERS = word_set(
    """
    der die das den dem des ein eine einer eines einem einen the a an im am zum zur vom beim ins
    seine seinem seinen seiner sein ihr ihre ihrem ihren ihrer unser unsere
    """
)
PREPOSITIONS = word_set(
    """
    laut nach von mit bei zu in an auf für gegen über unter vor durch seit aus um ohne zwischen neben
    hinter trotz wegen während gemäß im am zum zur vom beim ins of to from with by at on for about
    according
    """
)
CONJUNCTIONS = word_set("und oder sowie and or")
# Capitalised words that are not names: sentence openers, adverbs, pronouns, common verbs.
NOT_NAMES = word_set(
    """
    Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ich Ihr Man Dies Diese Dieser
    Dieses Damit Dabei Dazu Daher Doch Aber Und Oder Auch Auf Aus Bei Bis Nach Vor Seit Mit In Im Am An
    Zum Zur Für Um So Als Wie Wenn Weil Dass Obwohl Noch Nur Schon Zudem Zugleich Zuvor Laut Demnach
    Inzwischen Mittlerweile Bereits Unter Über Gegen Ohne Trotz Während Wegen Jedoch Allerdings Insgesamt
    Stattdessen Seitdem Bislang Umso Darüber Besonders Offiziell Normalerweise Angesichts Beide Beiden
    Eine Einige Viele Alle Man Mehr Weniger Hier Dort Heute Gestern Morgen Jetzt Dann Denn Zwar Erst
    Zunächst Später Danach Davor Deshalb Deswegen Trotzdem Dennoch Also Ja Nein Nicht Kein Keine Wer Was
    Welche Welcher Wo Wann Warum Wieso Auch Sowohl Weder Entweder Ob Falls Sofern Zuletzt Erstellt Von
    Quelle Foto Bild Kommentare Kommentar Politik Milliarden Millionen Milliarde Million Billionen Billion
    Dollar Euro Prozent Jahre Jahren Jahrzehnte Jahrzehnten Monate Monaten Wochen Tage Tagen Uhr
    The A An It He She They We I This That These Those In On At By For From With As But And Or So Yet
    According Meanwhile However Since After Before During While When If Its Their His Her Our There Then
    Also Earlier Later Last Next Both Some Many All No Not Mr Mrs Ms
    """
)
