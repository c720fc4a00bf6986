"""Widget lines: a weather box's or a market ticker's reading, alone on its line.

News pages carry small widgets in their header, sidebar or between a story's paragraphs: the weather in the
publisher's city ("Berlin 14°C Cloudy", "Καιρός: Αθήνα 22°C") and quotes of an index, a currency or a
commodity ("DAX 18.204,11 +0,42 %", "USD/EUR 0.9214", "Dolar 32,41 · Euro 34,96"). Dumped one block per line,
each is a short line between the story's paragraphs, and the model keeps about half of them (a writer's lines
set alone in dev articles, docs/model-history.md, "widget lines"): it has seen few, and figures look like a
story's.

Their shape is set enough for a rule. A line of at most :data:`MAX_WIDGET_CHARS` characters is a widget line
when it is
- a **weather reading**: a temperature in Celsius or Fahrenheit ("14°C", "-3 °F", "22℃"), or a high and a low
  ("14°C / 8°"), after an optional weather label and a place of one to three words that open in capitals,
  figures or a script without case, and then a condition of :data:`_CONDITIONS` or a weather symbol ("☀"),
  maybe with the box's other readings ("Humidity 40%", "Wind 12 km/h"); without a condition, a symbol or
  readings, a label must open the line or a low follow the high (a pair of bare degree signs only after a
  label);
- **quotes**, one or more joined by "·", "|" or "•", maybe after a currency box's label: a ticker's name of one
  to three words in capitals or figures ("DAX", "S&P 500"), in a script without case or of a known index
  ("Dow Jones"), a price of :data:`MIN_QUOTE_DIGITS` digits or more and a change with a sign or an arrow and
  a per cent sign; or a currency's code or name and a rate with two or four decimals ("USD/EUR 0.9214",
  "Dolar 32,41").

A story's lines in the same figures keep out: a sentence has lower-case words before its temperature ("Berlin
will see 14°C and clouds"), a headline or a table's cell has no condition ("Heatwave: 40°C", "Lytton 49.6°C"),
a bare degree sign is also an angle's, a wine's or an ordinal's ("Art. 5º", "Slope 30° / 45°"), a result or an
account's row has fewer digits or a noun for a name ("CDU/CSU 28,6 (+4,4 %)", "Umsatz 12.345,6 +5,1 %"), a
rate table's line ends with a per cent sign ("USD 5.33%") and a price is grouped in thousands ("GBP £7,450").
Two code reviews' lines written in these figures (docs/model-history.md, "tools and widgets") set the bounds; a
sunrise and sunset rule was dropped after them (solstice and Ramadan stories print the times as their lines).
"""

from __future__ import annotations

import re
import unicodedata

#: Longest line (characters) that is tried as a widget line.
MAX_WIDGET_CHARS = 80
#: The kind of chrome a widget line is (:data:`~.kinds.KINDS`).
WIDGET_KIND = "other"
#: Most words of a place before its temperature.
MAX_PLACE_WORDS = 3
#: Most words of a quote's name ("S&P 500", "Euro Stoxx 50").
MAX_NAME_WORDS = 3
#: Fewest digits of an index's or a share's price before a change ("DAX 18.204,11 +0,42 %", "AEX 882,45 ▼
#: 0,31%"): an election's or an account's rows with a change have fewer ("CDU/CSU 28,6 (+4,4 %)").
MIN_QUOTE_DIGITS = 5
#: What joins several quotes on one line.
_QUOTE_SEPARATOR = re.compile(r"\s+[·|•]\s+")
#: A wide gap between two readings on one line ("SENSEX 74,112 ▲ 0.62%   NIFTY 22,538 ▲ 0.55%"): a separator.
_WIDE_GAP = re.compile(r"[ \t\u00a0]{3,}")

#: Labels a weather box opens with ("Weather:", "Wetter", "Météo :").
_WEATHER_LABELS = (
    "weather|today's weather|local weather|forecast|wetter|das wetter|météo|la météo|tiempo|el tiempo|meteo|"
    "il meteo|tempo|previsão do tempo|weer|het weer|pogoda|погода|hava durumu|hava|cuaca|thời tiết|मौसम|الطقس|"
    "天気|天气|天氣|날씨|vädret|väder|počasí|καιρός|погода сьогодні|időjárás|vremea"
)
#: Conditions a weather box names after its temperature, lower case.
_CONDITIONS = (
    "sunny|mostly sunny|partly sunny|clear|fair|cloudy|partly cloudy|mostly cloudy|overcast|clouds|rain|"
    "light rain|heavy rain|showers|scattered showers|drizzle|thunderstorms|thunderstorm|storms|snow|light snow|"
    "sleet|hail|fog|mist|haze|hazy|windy|breezy|humid|"
    "sonnig|heiter|wolkig|bewölkt|leicht bewölkt|stark bewölkt|bedeckt|regen|leichter regen|schauer|gewitter|"
    "schnee|nebel|"
    "ensoleillé|dégagé|nuageux|peu nuageux|très nuageux|couvert|pluie|averses|orages|neige|brouillard|"
    "soleado|despejado|nublado|parcialmente nublado|cubierto|lluvia|lluvioso|chubascos|tormentas|nieve|niebla|"
    "sereno|soleggiato|poco nuvoloso|nuvoloso|coperto|pioggia|temporali|neve|nebbia|"
    "ensolarado|céu limpo|chuva|chuvoso|"
    "zonnig|half bewolkt|bewolkt|buien|onweer|"
    "słonecznie|pochmurno|zachmurzenie|deszcz|burze|śnieg|"
    "ясно|солнечно|облачно|пасмурно|дождь|снег|гроза|хмарно|дощ|"
    "güneşli|açık|parçalı bulutlu|bulutlu|yağmurlu|sağanak|karlı|"
    "cerah|berawan|hujan|mendung|nắng|nhiều mây|mưa|"
    "soligt|mulet|molnigt|regn|slunečno|oblačno|zataženo|déšť|"
    "ηλιοφάνεια|αίθριος|συννεφιά|νεφώσεις|βροχή|"
    "晴れ|曇り|雨|晴|多云|阴|小雨|맑음|흐림|비|صافٍ|صاف|مشمس|غائم|ممطر|साफ|बादल|बारिश|धूप"
)
#: Names of currencies (and codes, but "try", a word too) a quote needs no change after ("Dolar 32,41", "EUR 4,31
#: zł"): no word that names other things as well ("real", "pound", "gold", "oil"); codes that are words too ("pen",
#: "mad", "cop") count only in capitals (:data:`_WORD_CODES`).
_CURRENCIES = (
    "usd|eur|gbp|jpy|chf|cny|inr|rub|pln|sek|nok|dkk|czk|huf|ron|brl|mxn|ars|zar|ngn|kes|aud|cad|nzd|sgd|"
    "hkd|krw|idr|vnd|thb|aed|sar|uah|btc|eth|php|pkr|lkr|bdt|npr|egp|myr|twd|ils|cop|clp|pen|ghs|mad|qar|kwd|"
    "omr|bhd|ugx|tzs|"
    "dollar|dólar|dolar|euro|ευρώ|yen|yuan|rupee|rupiah|rouble|ruble|złoty|zloty|bitcoin|"
    "доллар|евро|юань|долар|dolár|美元|欧元|日元|人民币|달러|엔화|유로|دولار|يورو|डॉलर"
)
#: A price: digits with a decimal part, thousands grouped by a point, a comma, a space or an apostrophe; a
#: currency's sign before or after it.
_CURRENCY_SIGN = r"(?:[$€£¥₹₦₩₽₺₪]|R\$|zł|kr|Kč|Ft|lei|₴|грн|руб\.?)"
_PRICE = (
    rf"(?:{_CURRENCY_SIGN}\s?)?(?:\d{{1,3}}(?:[.,\u00a0\u202f '’]\d{{3}})+(?:[.,]\d{{1,4}})?|\d+[.,]\d{{1,4}})"
    rf"(?:\s?{_CURRENCY_SIGN})?"
)
#: A change: a sign or an arrow, a figure and a per cent sign, maybe in brackets ("+0,42 %", "▼ 0,31%").
_CHANGE = r"\(?\s*(?:[+\-−–]|[▲▼△▽↑↓]\s?[+\-−]?)\s?\d+(?:[.,]\d+)?\s?%\s*\)?"
#: A temperature: "14°C", "-3 °F", "14 ºC", "22℃"; a bare degree sign ("22°") only beside another temperature
#: (the day's low), since it also marks angles, a wine's strength and, as "º", ordinals ("Art. 5º", "1º").
_DEGREES = r"(?<![\d.,])[+\-−–]?\d{{1,3}}(?:[.,]\d)?\s?(?:[°º]\s?[CF]{unit}(?![a-zA-Z])|℃|℉)"
_TEMPERATURE = _DEGREES.format(unit="")
_BARE_TEMPERATURE = _DEGREES.format(unit="?")


#: A weather box's label at the start of a line, and what may follow it (longer labels tried first: "погода
#: сьогодні" before "погода").
_LABEL_WEATHER = re.compile(
    rf"^(?:{'|'.join(sorted(_WEATHER_LABELS.split('|'), key=len, reverse=True))})(?!\w)\s*[:：|·–—-]?\s*",
    re.IGNORECASE,
)
_TEMPERATURE_AT = re.compile(_TEMPERATURE)
#: A high and the day's low ("14°C / 8°", "12°C/15°C"); a pair of bare degree signs is an angle's as well
#: ("Slope 30° / 45°"), and counts only after a weather label or before a condition.
_HIGH_LOW = re.compile(rf"{_BARE_TEMPERATURE}\s*(?:[/|·–-]|\.\.)\s*{_BARE_TEMPERATURE}")
#: A temperature in Celsius or Fahrenheit: one side of a high and low must be one.
_UNIT = re.compile(r"[CF℃℉]")
_CONDITION = re.compile(rf"^(?:{_CONDITIONS})\W*$", re.IGNORECASE)
#: Weather symbols a box sets beside its temperature ("☀", "⛅", "🌧"): each stands for a condition.
_WEATHER_SYMBOLS = re.compile(
    "[\u2600-\u2603\u26c5\u26c6\u26c8\u2614\u2744\U0001f324-\U0001f32c\U0001f301\U0001f319\U0001f31e\U0001f321]\ufe0f?"
)
#: A weather box's other readings after its temperature ("Humidity 40%", "Wind 12 km/h", "Feels like 31°").
_READINGS = re.compile(
    r"(?:[\s·|,]*(?:humidity|wind|feels like|rain|precipitation|uv(?: index)?|luftfeuchtigkeit|humidité"
    r"|humedad|umidità|umidade|vochtigheid|wilgotność|влажность|nem|kelembapan)(?:\s*:)?\s*\d+(?:[.,]\d+)?"
    r"(?:\s*(?:%|km/h|kmh|mph|m/s|°[cf]?))?)+\W*$",
    re.IGNORECASE,
)
#: Currency codes that are words as well ("pen", "mad", "cop", "ils", "ron", "npr", "php"): a quote only in capitals.
_WORD_CODES = frozenset({"pen", "mad", "cop", "ils", "ron", "npr", "php"})
#: A quote: a name, a price and maybe a change.
_QUOTE = re.compile(rf"^(?P<name>.+?)\s*[:：]?\s*{_PRICE}(?P<change>\s*{_CHANGE})?\W*$")
_CURRENCY = re.compile(rf"^(?:{_CURRENCIES})(?:\s*/\s*(?:{_CURRENCIES}))?$", re.IGNORECASE)
#: Indices and markets that tickers name in lower case ("Dow Jones", "Nasdaq", "Ibovespa").
_INDICES = re.compile(
    r"^(?:dow jones|nasdaq(?: 100| composite)?|nikkei(?: 225)?|ibovespa|ftse mib|euro stoxx 50|stoxx 600|hang seng"
    r"|kospi|sensex|nifty(?: 50)?|merval|bovespa|bitcoin|ethereum|brent|gold|silver|silber|ouro|oro|or)$",
    re.IGNORECASE,
)
#: A currency box's label a quotes line may open with ("Kursy walut: EUR 4,31 zł").
_LABEL = re.compile(
    r"^(?:exchange rates?|currency|currencies|forex|devisen|wechselkurse|taux de change|tipo de cambio|cambio"
    r"|câmbio|cotação|wisselkoersen|kursy walut|kurs walut|курсы? валют|döviz(?: kurları)?|kurs|tỷ giá"
    r"|valutakurser|kurzy měn|συνάλλαγμα|汇率|為替|환율|أسعار العملات|विनिमय दर)\s*[:：]\s*",
    re.IGNORECASE,
)
#: A degree sign: every weather reading holds one.
_DEGREE_SIGN = re.compile("[°º℃℉]")
#: A digit: every widget line holds one.
_ANY_DIGIT = re.compile(r"\d")
#: A figure with a decimal part: every price holds one.
_DECIMAL = re.compile(r"\d[.,]\d")
#: A rate's decimals: two or four digits after the point or comma, at the end (a price grouped in thousands,
#: "£7,450", is no rate).
_RATE = re.compile(r"\d[.,](?:\d\d|\d{4})(?!\d)(?:\s?[^\d\s%]{1,4})?$")

#: Unicode's category of a currency sign ("$", "€", "₦", "₹").
CURRENCY_CATEGORY = "Sc"

#: Marks a line may open or close with around a widget's reading ("▶", "›").
_ENDS = " \t:：,·|›»>▶•*-–—"


#: A market's change: a signed decimal per cent ("+0,42 %", "−1.9%") or an arrow and a per cent ("▲ 0.2%"); a
#: plan's discount is a whole per cent ("-50%").
_MARKET_CHANGE = re.compile(r"(?:[+\-−–]\s?\d+[.,]\d+|[▲▼△▽↑↓]\s?[+\-−]?\s?\d+(?:[.,]\d+)?)\s?%")


def quotes_a_change(text: str) -> bool:
    """Whether a short chrome line holds a market's change (:data:`_MARKET_CHANGE`): a widget's quote, for the
    kind of a line that is chrome already ("Iron ore US$128.40 -1.9%"), not a rule that makes one chrome."""
    return len(text) <= MAX_WIDGET_CHARS and _MARKET_CHANGE.search(text) is not None


#: A figure alone that is no page number: digits joined by a decimal mark (Arabic's too), a colon or a dash
#: ("3.748", "05.01", "44:46", "2 - 1", "0:00 / 2:47"); "3 / 10" is a gallery's counter.
_JOINED_FIGURES = re.compile(r"\d\s*[.,:\-–٫٬]\s*\d")
#: Years joined by a dash, a season's or an archive's link ("2023-2024", "2023–24"), read as a menu's.
_YEARS = re.compile(r"\s*(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:1[89]|20)?\d\d)\s*")


def reads_a_figure(text: str, *, page_numbers: bool) -> bool:
    """Whether a short chrome line is a widget's figure alone: a score, a time, a quote or a table's cell,
    with no letter and no currency sign (a plan's price shows its currency: "₦1,500", "€9.99"). With
    ``page_numbers``, a whole number alone ("2", "12"), a counter ("3 / 10") or years ("2023-2024") are a page's
    or a menu's, not a widget's figure. For the kind of a line that is chrome already, not a rule that makes one
    chrome."""
    if len(text) > MAX_WIDGET_CHARS or not any(ch.isdigit() for ch in text):
        return False
    if any(ch.isalpha() or unicodedata.category(ch) == CURRENCY_CATEGORY for ch in text):
        return False
    return not page_numbers or (_JOINED_FIGURES.search(text) is not None and _YEARS.fullmatch(text) is None)


def widget_of(text: str) -> str | None:
    """What kind of widget line ``text`` is (``weather`` or ``quotes``), or None."""
    if len(text) > MAX_WIDGET_CHARS:
        return None
    # a reading's marks survive the line's normalising: search them once, in the line as it came
    degrees, decimals = _DEGREE_SIGN.search(text) is not None, _DECIMAL.search(text) is not None
    if not (degrees or decimals):
        return None
    line = " ".join(_WIDE_GAP.sub(" · ", text).split()).strip(_ENDS)
    if degrees and _is_weather(line):
        return "weather"
    if decimals and _quotes(line):
        return "quotes"
    return None


def _named(words: list[str], most: int) -> bool:
    """One to ``most`` words of a name: each opens with a digit, "&" or a letter that is not lower case, and
    the first holds a letter ("S&P 500", "CAC 40"; "226–2" is none)."""
    return (
        0 < len(words) <= most
        and any(ch.isalpha() for ch in words[0])
        and all(w[0].isdigit() or w[0] == "&" or (w[0].isalpha() and not w[0].islower()) for w in words)
    )


def _is_weather(line: str) -> bool:
    """A weather reading: [label] [place] temperature [low] [condition], with a label, a low or a condition
    (see the module's docstring)."""
    lead = _WEATHER_SYMBOLS.match(line)
    if lead:  # "☀️ 24°C Sunny", "🌧 Manchester 11°C": the symbol stands before the reading
        line = line[lead.end() :].strip(_ENDS)
    label = _LABEL_WEATHER.match(line)
    rest = line[label.end() :] if label else line
    temperature = _HIGH_LOW.search(rest) or _TEMPERATURE_AT.search(rest)
    if temperature is None:
        return False
    place = rest[: temperature.start()].strip(_ENDS).split()
    if place and not _named(place, MAX_PLACE_WORDS):
        return False
    after = rest[temperature.end() :].strip(_ENDS)
    after, symbols = _WEATHER_SYMBOLS.subn(" ", after)
    after = after.strip(_ENDS)
    if after:  # a condition or other readings, or both
        readings = _READINGS.search(after)
        condition = (after[: readings.start()] if readings else after).strip(_ENDS)
        return (readings is not None and not condition) or _CONDITION.match(condition) is not None
    if symbols or lead:
        return True
    return label is not None or (temperature.re is _HIGH_LOW and _UNIT.search(temperature[0]) is not None)


def _quotes(line: str) -> bool:
    """One or more quotes joined by separators, after an optional currency box's label."""
    label = _LABEL.match(line)
    body = line[label.end() :] if label else line
    return all(_is_quote(part.strip(_ENDS)) for part in _QUOTE_SEPARATOR.split(body))


def _ticker(name: str) -> bool:
    """An index's or a share's name as tickers write it: every word in capitals or figures ("DAX", "S&P 500",
    "CAC 40", "VN-Index" is none), or in a script without case ("日経平均"), or a known index's
    (:data:`_INDICES`); a capitalised noun ("Umsatz", "Revenue", "Stimmen") is none."""
    if _INDICES.match(name):
        return True
    return all(not any(ch.islower() for ch in word) for word in name.split())


def _is_quote(part: str) -> bool:
    """A name of one to three words and a price of :data:`MIN_QUOTE_DIGITS` digits or more with a change; or a
    currency's name and a rate."""
    found = _QUOTE.match(part)
    if found is None or not _named(found["name"].split(), MAX_NAME_WORDS):
        return False
    if found["change"] is not None:
        price = part[found.end("name") : found.start("change")]
        return len(_ANY_DIGIT.findall(price)) >= MIN_QUOTE_DIGITS and _ticker(found["name"])
    name = found["name"]
    if name.lower() in _WORD_CODES and not name.isupper():  # "Pen 2.50" is a stationer's price
        return False
    return _CURRENCY.match(name) is not None and _RATE.search(part) is not None
