"""German and English names of countries, capitals and seas, so `Katar` and `Qatar` are one place.

Cross-referencing compares the names two claims mention; a German and an English article write most
countries differently. Every form maps to one canonical (English, casefolded) name. German genitives
(`Katars`) and English possessives (`Qatar's`) are handled by the caller.
"""

from __future__ import annotations

# English | German | capital (English) | capital (German); more forms after a `/`.
_COUNTRIES = """
Afghanistan|Afghanistan|Kabul|Kabul
Albania|Albanien|Tirana|Tirana
Algeria|Algerien|Algiers|Algier
Angola|Angola|Luanda|Luanda
Argentina|Argentinien|Buenos Aires|Buenos Aires
Armenia|Armenien|Yerevan|Eriwan
Australia|Australien|Canberra|Canberra
Austria|Österreich|Vienna|Wien
Azerbaijan|Aserbaidschan|Baku|Baku
Bangladesh|Bangladesch|Dhaka|Dhaka
Belarus|Belarus/Weißrussland|Minsk|Minsk
Belgium|Belgien|Brussels|Brüssel
Bolivia|Bolivien|La Paz|La Paz
Bosnia and Herzegovina|Bosnien und Herzegowina|Sarajevo|Sarajevo
Brazil|Brasilien|Brasília/Brasilia|Brasília/Brasilia
Bulgaria|Bulgarien|Sofia|Sofia
Cambodia|Kambodscha|Phnom Penh|Phnom Penh
Cameroon|Kamerun|Yaoundé|Jaunde
Canada|Kanada|Ottawa|Ottawa
Chile|Chile|Santiago|Santiago
China|China|Beijing/Peking|Peking
Colombia|Kolumbien|Bogotá/Bogota|Bogotá/Bogota
Croatia|Kroatien|Zagreb|Zagreb
Cuba|Kuba|Havana|Havanna
Cyprus|Zypern|Nicosia|Nikosia
Czechia/Czech Republic|Tschechien/Tschechische Republik|Prague|Prag
Denmark|Dänemark|Copenhagen|Kopenhagen
Ecuador|Ecuador|Quito|Quito
Egypt|Ägypten|Cairo|Kairo
Estonia|Estland|Tallinn|Tallinn
Ethiopia|Äthiopien|Addis Ababa|Addis Abeba
Finland|Finnland|Helsinki|Helsinki
France|Frankreich|Paris|Paris
Georgia|Georgien|Tbilisi|Tiflis
Germany|Deutschland|Berlin|Berlin
Ghana|Ghana|Accra|Accra
Greece|Griechenland|Athens|Athen
Hungary|Ungarn|Budapest|Budapest
Iceland|Island|Reykjavik|Reykjavík
India|Indien|New Delhi|Neu-Delhi
Indonesia|Indonesien|Jakarta|Jakarta
Iran|Iran|Tehran|Teheran
Iraq|Irak|Baghdad|Bagdad
Ireland|Irland|Dublin|Dublin
Israel|Israel|Jerusalem|Jerusalem
Italy|Italien|Rome|Rom
Japan|Japan|Tokyo|Tokio
Jordan|Jordanien|Amman|Amman
Kazakhstan|Kasachstan|Astana|Astana
Kenya|Kenia|Nairobi|Nairobi
Kosovo|Kosovo|Pristina|Pristina
Kuwait|Kuwait|Kuwait City|Kuwait-Stadt
Kyrgyzstan|Kirgisistan|Bishkek|Bischkek
Latvia|Lettland|Riga|Riga
Lebanon|Libanon|Beirut|Beirut
Libya|Libyen|Tripoli|Tripolis
Lithuania|Litauen|Vilnius|Vilnius/Wilna
Luxembourg|Luxemburg|Luxembourg|Luxemburg
Malaysia|Malaysia|Kuala Lumpur|Kuala Lumpur
Mali|Mali|Bamako|Bamako
Mexico|Mexiko|Mexico City|Mexiko-Stadt
Moldova|Moldau/Moldawien|Chisinau|Chișinău/Chisinau
Mongolia|Mongolei|Ulaanbaatar|Ulan Bator
Montenegro|Montenegro|Podgorica|Podgorica
Morocco|Marokko|Rabat|Rabat
Myanmar|Myanmar|Naypyidaw|Naypyidaw
Nepal|Nepal|Kathmandu|Kathmandu
Netherlands|Niederlande|Amsterdam|Amsterdam
New Zealand|Neuseeland|Wellington|Wellington
Niger|Niger|Niamey|Niamey
Nigeria|Nigeria|Abuja|Abuja
North Korea|Nordkorea|Pyongyang|Pjöngjang
North Macedonia|Nordmazedonien|Skopje|Skopje
Norway|Norwegen|Oslo|Oslo
Oman|Oman|Muscat|Maskat
Pakistan|Pakistan|Islamabad|Islamabad
Peru|Peru|Lima|Lima
Philippines|Philippinen|Manila|Manila
Poland|Polen|Warsaw|Warschau
Portugal|Portugal|Lisbon|Lissabon
Qatar|Katar|Doha|Doha
Romania|Rumänien|Bucharest|Bukarest
Russia|Russland|Moscow|Moskau
Saudi Arabia|Saudi-Arabien|Riyadh|Riad
Senegal|Senegal|Dakar|Dakar
Serbia|Serbien|Belgrade|Belgrad
Singapore|Singapur|Singapore|Singapur
Slovakia|Slowakei|Bratislava|Bratislava/Pressburg
Slovenia|Slowenien|Ljubljana|Ljubljana/Laibach
South Africa|Südafrika|Pretoria|Pretoria
South Korea|Südkorea|Seoul|Seoul
Spain|Spanien|Madrid|Madrid
Sri Lanka|Sri Lanka|Colombo|Colombo
Sudan|Sudan|Khartoum|Khartum
Sweden|Schweden|Stockholm|Stockholm
Switzerland|Schweiz|Bern|Bern
Syria|Syrien|Damascus|Damaskus
Taiwan|Taiwan|Taipei|Taipeh
Tajikistan|Tadschikistan|Dushanbe|Duschanbe
Tanzania|Tansania|Dodoma|Dodoma
Thailand|Thailand|Bangkok|Bangkok
Tunisia|Tunesien|Tunis|Tunis
Turkey/Türkiye|Türkei|Ankara|Ankara
Turkmenistan|Turkmenistan|Ashgabat|Aschgabat
Ukraine|Ukraine|Kyiv/Kiev|Kiew
United Arab Emirates/UAE|Vereinigte Arabische Emirate/VAE|Abu Dhabi|Abu Dhabi
Britain/United Kingdom/UK/Great Britain|Großbritannien/Vereinigtes Königreich|London|London
United States/USA/US|Vereinigte Staaten/USA/US|Washington|Washington
Uzbekistan|Usbekistan|Tashkent|Taschkent
Venezuela|Venezuela|Caracas|Caracas
Vietnam|Vietnam|Hanoi|Hanoi
Yemen|Jemen|Sanaa|Sanaa
"""

# English | German (the German adjective in its -es form; other endings are added)
_SEAS = """
Sea of Japan|Japanisches Meer
Baltic Sea|Ostsee
Black Sea|Schwarzes Meer
Mediterranean/Mediterranean Sea|Mittelmeer
Arabian Sea|Arabisches Meer
South China Sea|Südchinesisches Meer
East China Sea|Ostchinesisches Meer
North Sea|Nordsee
Barents Sea|Barentssee
Gulf of Oman|Golf von Oman
Red Sea|Rotes Meer
Indian Ocean|Indischer Ozean
Yellow Sea|Gelbes Meer
Caspian Sea|Kaspisches Meer
Adriatic/Adriatic Sea|Adria
Norwegian Sea|Norwegensee
Bering Sea|Beringmeer
Sea of Okhotsk|Ochotskisches Meer
Tasman Sea|Tasmansee
Gulf of Guinea|Golf von Guinea
Persian Gulf|Persischer Golf
Atlantic/Atlantic Ocean|Atlantik
Pacific/Pacific Ocean|Pazifik
Arctic Ocean|Nordpolarmeer
Aegean Sea|Ägäis
"""

_ADJECTIVE_ENDINGS = ("es", "er", "en", "e", "em")


def _german_adjective_forms(phrase: str) -> list[str]:
    first, _, rest = phrase.partition(" ")
    for ending in ("es", "er"):
        if rest and first.endswith(ending):
            stem = first[: -len(ending)]
            return [f"{stem}{other} {rest}" for other in _ADJECTIVE_ENDINGS]
    return [phrase]


def _build() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(forms: str, canonical: str, german: bool = False) -> None:
        for form in forms.split("/"):
            variants = _german_adjective_forms(form) if german else [form]
            for variant in variants:
                table.setdefault(variant.casefold(), canonical)

    for line in _COUNTRIES.strip().splitlines():
        country_en, country_de, capital_en, capital_de = line.split("|")
        country = country_en.split("/")[0].casefold()
        capital = f"{capital_en.split('/')[0].casefold()} (city)"
        add(country_en, country)
        add(country_de, country)
        add(capital_en, capital)
        add(capital_de, capital)
    for line in _SEAS.strip().splitlines():
        sea_en, sea_de = line.split("|")
        sea = sea_en.split("/")[0].casefold()
        add(sea_en, sea)
        add(sea_de, sea, german=True)
    return table


PLACES: dict[str, str] = _build()
"""Casefolded form (one to four words, hyphens kept) → canonical name."""

LONGEST_PLACE = max(len(form.split()) for form in PLACES)
PLACE_STARTS = frozenset(form.split()[0] for form in PLACES if " " in form)
"""First words of the places written in more than one word (`new`, `kuala`)."""

# What a statement is about, in English and German news wording: two claims whose texts name
# topics, none of them shared, state different facts (inflation / unemployment in one month).
_TOPIC_WORDS = """
inflation: inflation inflationsrate teuerung teuerungsrate verbraucherpreise preise prices price consumer
unemployment: unemployment unemployed jobless arbeitslosigkeit arbeitslosenquote arbeitslosenrate
  arbeitslos arbeitslose arbeitslosen out_of_work ohne_arbeit erwerbslosigkeit erwerbslosenquote erwerbslos
  erwerbslose erwerbspersonen workforce
growth: gdp bip bruttoinlandsprodukt economy wirtschaft wirtschaftsleistung grew wuchs growth wachstum
  expanded expandierte output konjunktur
interest-rate: interest key_rate policy_rate benchmark_rate leitzins leitzinsen zinssatz zinsen
budget: budget haushalt verteidigungshaushalt wehretat etat verteidigungsausgaben spending militärbudget
  rüstungsausgaben verteidigungsbudget militärausgaben
trade: trade handel handelsvolumen traded handelten exports imports exporte importe außenhandel
delivery: delivered deliveries delivery shipped lieferte geliefert lieferung lieferungen waffenlieferungen
  lieferten received erhielt bekam handed_over übergeben
interception: intercepted downed shot_down abgefangen abgeschossen flugabwehr luftabwehr air_defence
  air_defences air_defense
exercise: exercise drill drills manoeuvre manoeuvres maneuver maneuvers übung manöver übten trained
deployment: brigade panzerbrigade stationed deployed stationiert verlegt verlegte
sanctions: sanctions sanktionspaket sanktionen sanktionspakets package paket sanctioned blacklists
agreements: agreements agreement deals abkommen vereinbarungen
projects: projects projekte vorhaben
meeting: met meeting talks treffen traf trafen gespräch gespräche gesprächen received empfing spoke sprachen
  in_person face_to_face phone_call telefon telefonat videoconference videokonferenz videoschalte berieten
  telefonierten
"""


def _topics() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for entry in _TOPIC_WORDS.strip().replace("\n  ", " ").splitlines():
        topic, _, words = entry.partition(":")
        for word in words.split():
            phrase = word.replace("_", " ")
            table[phrase] = (*table.get(phrase, ()), topic)  # `received`: arms or a guest
    return table


TOPICS: dict[str, tuple[str, ...]] = _topics()
"""Casefolded word or two or three words → the topic they name."""
TOPIC_STARTS = frozenset(phrase.split()[0] for phrase in TOPICS if " " in phrase)
