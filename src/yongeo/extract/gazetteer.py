"""Place names the extractor recognises: countries, regions, and Korean and Japanese places."""

from __future__ import annotations

from functools import lru_cache

from yongeo.text.gazetteer import find_place
from yongeo.text.normalize import fold_term
from yongeo.text.places import is_cldr_place


def _lines(text: str) -> frozenset[str]:
    return frozenset(fold_term(line) for line in text.strip().splitlines() if line.strip())


# One name per line, as written in English-language news.
PLACES = _lines("""
Afghanistan
Albania
Algeria
Argentina
Armenia
Australia
Austria
Azerbaijan
Bangladesh
Belarus
Belgium
Bhutan
Bolivia
Brazil
Brunei
Bulgaria
Cambodia
Canada
Chile
China
People's Republic of China
PRC
Colombia
Croatia
Cuba
Cyprus
Czech Republic
Czechia
Denmark
Egypt
Estonia
Ethiopia
Finland
France
Georgia
Germany
Ghana
Greece
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Japan
Jordan
Kazakhstan
Kenya
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Libya
Lithuania
Luxembourg
Malaysia
Maldives
Mexico
Moldova
Mongolia
Morocco
Myanmar
Nepal
Netherlands
New Zealand
Nigeria
North Korea
DPRK
Democratic People's Republic of Korea
Norway
Oman
Pakistan
Palestine
Panama
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia
Saudi Arabia
Serbia
Singapore
Slovakia
Slovenia
South Africa
South Korea
Republic of Korea
ROK
Korea
Spain
Sri Lanka
Sudan
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Timor-Leste
Turkey
Turkmenistan
Ukraine
United Arab Emirates
UAE
United Kingdom
UK
U.K.
Britain
Great Britain
United States
United States of America
USA
U.S.
U.S.A.
America
Uruguay
Uzbekistan
Venezuela
Vietnam
Yemen
Africa
Asia
Europe
Oceania
North America
South America
Latin America
Middle East
East Asia
Northeast Asia
Southeast Asia
South Asia
Central Asia
Eurasia
Asia-Pacific
Indo-Pacific
Pacific
Atlantic
Arctic
Korean Peninsula
Sea of Japan
East Sea
East China Sea
South China Sea
Yellow Sea
Korea Strait
Tsushima Strait
Dokdo
Takeshima
Senkaku Islands
Kuril Islands
Okinotori
Seoul
Busan
Incheon
Daegu
Daejeon
Gwangju
Ulsan
Sejong City
Suwon
Changwon
Jeju
Jeju Island
Gyeonggi
Gangwon
Chungcheong
Jeolla
Gyeongsang
Gyeongju
Andong
Panmunjom
Pyongyang
Kaesong
Tokyo
Osaka
Kyoto
Nara
Kobe
Yokohama
Nagoya
Sapporo
Sendai
Fukuoka
Hiroshima
Nagasaki
Okinawa
Naha
Kagoshima
Kumamoto
Niigata
Shimane
Hokkaido
Honshu
Kyushu
Shikoku
Tohoku
Kansai
Kanto
Aichi
Akita
Aomori
Chiba
Ehime
Fukui
Fukushima
Gifu
Gunma
Hyogo
Ibaraki
Ishikawa
Iwate
Kagawa
Kanagawa
Kochi
Mie
Miyagi
Miyazaki
Nagano
Oita
Okayama
Saga
Saitama
Shiga
Shizuoka
Tochigi
Tokushima
Tottori
Toyama
Wakayama
Yamagata
Yamaguchi
Yamanashi
Ube
Shimonoseki
Tsushima
Beijing
Shanghai
Hong Kong
Macau
Taipei
Hanoi
Bangkok
Manila
Jakarta
Kuala Lumpur
New Delhi
Moscow
Vladivostok
Washington
Washington, D.C.
New York
Los Angeles
San Francisco
Hawaii
Guam
London
Paris
Berlin
Brussels
Geneva
Vienna
Rome
Canberra
Ottawa
""")

# First-level divisions the English-language press names without their country (CLDR has
# countries and cities, no states or provinces): the states of the United States and of
# Australia, the provinces and territories of Canada, and China's provinces, municipalities
# and autonomous regions, in their usual English spelling.
REGIONS = _lines("""
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
District of Columbia
Puerto Rico
Alberta
British Columbia
Manitoba
New Brunswick
Newfoundland and Labrador
Nova Scotia
Ontario
Prince Edward Island
Quebec
Saskatchewan
Northwest Territories
Nunavut
Yukon
New South Wales
Queensland
South Australia
Tasmania
Victoria
Western Australia
Northern Territory
Anhui
Fujian
Gansu
Guangdong
Guizhou
Hainan
Hebei
Heilongjiang
Henan
Hubei
Hunan
Jiangsu
Jiangxi
Jilin
Liaoning
Qinghai
Shaanxi
Shandong
Shanxi
Sichuan
Yunnan
Zhejiang
Chongqing
Tianjin
Guangxi
Inner Mongolia
Ningxia
Tibet
Xinjiang
""")


@lru_cache(maxsize=65536)
def is_place(name: str) -> bool:
    """True for a known place name (case, dashes and spacing folded): the lists above, the
    countries, regions and cities CLDR names (text.places), and the places of both Koreas in
    the gazetteer (text.gazetteer)."""
    folded = fold_term(name)
    if folded in PLACES or folded in REGIONS or is_cldr_place(name):
        return True
    found = find_place(name)
    return found is not None and found.entry_type == "place"
