"""Widget lines: a weather box's or a market ticker's reading, alone on its line.

News pages carry small widgets in their header, sidebar or between a story's paragraphs: the weather in the
publisher's city ("Berlin 14°C Cloudy", "Καιρός: Αθήνα 22°C") and quotes of an index, a currency or a
commodity ("DAX 18.204,11 +0,42 %", "USD/EUR 0.9214", "Dolar 32,41 · Euro 34,96"). Dumped one block per line,
each is a short line between the story's paragraphs, and the model keeps about half of them (a writer's lines
set alone in dev articles, docs/model-history.md, "widget lines"): it has seen few, and figures look like a
story's.

Their shape is set enough for a rule. A line of at most :data:`MAX_WIDGET_CHARS` characters is a widget line
when it is
- a **weather reading**: a temperature ("14°C", "-3 °F", "22°") after an optional weather label and a place of
  one to three capitalised words, and then a condition of :data:`_CONDITIONS` or a second temperature (the
  day's low), or nothing when the place is a single word or a label opens the line;
- **quotes**, one or more joined by "·", "|" or "•": a name of one to three words (an index, a currency pair
  or code, a currency's or a commodity's name), a price with decimals, and a change with a sign or an arrow and
  a per cent sign; without the change, the name must be a currency's ("EUR", "USD/EUR", "Dolar").

A story's lines in the same figures keep out: a sentence has lower-case words before its temperature ("Berlin
will see 14°C and clouds") or a verb between name and price ("The DAX closed at 18,204"), and a result or a
share ("Labour 34.5%", "Turnout 67.3%") has its per cent sign on the figure itself, with no sign before it.
"""

from __future__ import annotations

import re

#: Longest line (characters) that is tried as a widget line.
MAX_WIDGET_CHARS = 80
#: The kind of chrome a widget line is (:data:`~.kinds.KINDS`).
WIDGET_KIND = "other"
#: Most words of a place before its temperature.
MAX_PLACE_WORDS = 3
#: What joins several quotes on one line.
_QUOTE_SEPARATOR = re.compile(r"\s+[·|•]\s+")

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
    "ensolarado|céu limpo|parcialmente nublado|chuva|chuvoso|"
    "zonnig|half bewolkt|bewolkt|regen|buien|onweer|"
    "słonecznie|pochmurno|zachmurzenie|deszcz|burze|śnieg|"
    "ясно|солнечно|облачно|пасмурно|дождь|снег|гроза|ясно|хмарно|дощ|"
    "güneşli|açık|parçalı bulutlu|bulutlu|yağmurlu|sağanak|karlı|"
    "cerah|berawan|hujan|mendung|nắng|nhiều mây|mưa|"
    "soligt|mulet|molnigt|regn|slunečno|oblačno|zataženo|déšť|"
    "ηλιοφάνεια|αίθριος|συννεφιά|νεφώσεις|βροχή|"
    "晴れ|曇り|雨|晴|多云|阴|小雨|맑음|흐림|비|صافٍ|صاف|مشمس|غائم|ممطر|साफ|बादल|बारिश|धूप"
)
#: Names of currencies (and codes) a quote needs no change after ("Dolar 32,41", "EUR 4,31 zł").
_CURRENCIES = (
    "usd|eur|gbp|jpy|chf|cny|inr|rub|try|pln|sek|nok|dkk|czk|huf|ron|brl|mxn|ars|zar|ngn|kes|aud|cad|nzd|sgd|"
    "hkd|krw|idr|vnd|thb|aed|sar|uah|btc|eth|"
    "dollar|dólar|dolar|euro|pound|sterling|yen|yuan|rupee|franc|rouble|ruble|lira|złoty|zloty|real|peso|"
    "доллар|евро|юань|долар|dolár|долар сша|bitcoin|gold|silver|oil|brent|wti|gold price|ouro|oro|or|"
    "美元|欧元|日元|人民币|달러|엔화|유로|دولار|يورو|डॉलर"
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
#: A temperature: "14°C", "-3 °F", "22°", "14 ºC".
_TEMPERATURE = r"(?<![\d.,])[+\-−–]?\d{1,2}(?:[.,]\d)?\s?[°º]\s?[CF]?"


#: A weather box's label at the start of a line, and what may follow it.
_LABEL_WEATHER = re.compile(rf"^(?:{_WEATHER_LABELS})(?![\w])\s*[:：|·–—-]?\s*", re.IGNORECASE)
_TEMPERATURE_AT = re.compile(_TEMPERATURE)
#: The day's low after its high ("14° / 8°").
_LOW = re.compile(rf"^\s*(?:/|\||·|–|-|\.\.)\s*{_TEMPERATURE}")
_CONDITION = re.compile(rf"^[\s,·|–-]*(?:{_CONDITIONS})\W*$", re.IGNORECASE)
#: A quote: a name, a price and maybe a change.
_QUOTE = re.compile(rf"^(?P<name>.+?)\s*[:：]?\s*{_PRICE}(?P<change>\s*{_CHANGE})?\W*$")
_CURRENCY = re.compile(rf"^(?:{_CURRENCIES})(?:\s*/\s*(?:{_CURRENCIES}))?$", re.IGNORECASE)
#: A quotes line may open with a label of a few words and a colon ("Kursy walut: EUR 4,31 zł").
_LABEL = re.compile(r"^[^:：\d]{2,30}[:：]\s*")
#: A figure with a decimal part: every price holds one.
_DECIMAL = re.compile(r"\d[.,]\d")
#: A rate's decimals: two or four digits after the point or comma, at the end (a price grouped in thousands,
#: "£7,450", is no rate).
_RATE = re.compile(r"\d[.,](?:\d\d|\d{4})(?!\d)\D{0,6}$")
#: Marks a line may open or close with around a widget's reading ("▶", "›").
_ENDS = " \t:：,·|›»>▶•*-–—"


def widget_of(text: str) -> str | None:
    """What kind of widget line ``text`` is (``weather`` or ``quotes``), or None."""
    if len(text) > MAX_WIDGET_CHARS or not any(ch.isdigit() for ch in text):
        return None
    line = " ".join(text.split()).strip(_ENDS)
    if ("°" in line or "º" in line) and _is_weather(line):
        return "weather"
    if _DECIMAL.search(line) and _quotes(line):
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
    """A weather reading: [label] [place] temperature [low] [condition] (see the module's docstring)."""
    label = _LABEL_WEATHER.match(line)
    rest = line[label.end() :] if label else line
    temperature = _TEMPERATURE_AT.search(rest)
    if temperature is None:
        return False
    place = rest[: temperature.start()].strip(_ENDS).split()
    if place and not _named(place, MAX_PLACE_WORDS):
        return False
    after = rest[temperature.end() :]
    low = _LOW.match(after)
    if low:
        after = after[low.end() :]
    after = after.strip(_ENDS)
    if after and not _CONDITION.match(after):
        return False
    if label or low or after:
        return True
    return len(place) == 1


def _quotes(line: str) -> bool:
    """One or more quotes joined by separators, after an optional label."""
    body = _LABEL.sub("", line, count=1)
    return all(_is_quote(part.strip(_ENDS)) for part in _QUOTE_SEPARATOR.split(body))


def _is_quote(part: str) -> bool:
    """A name of one to three words and a price, with a change; or a currency's name and a price."""
    found = _QUOTE.match(part)
    if found is None or not _named(found["name"].split(), 3):
        return False
    if found["change"] is not None:
        return True
    return _CURRENCY.match(found["name"]) is not None and _RATE.search(part) is not None
