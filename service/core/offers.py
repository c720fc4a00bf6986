"""Subscription offers: a line of a plan box, not a price the news reports.

A publisher's plan box is a run of short lines: a plan's name, its price and period ("$4.99/month",
"9,99 € monatlich"), an introductory price ("₹99 for the first 3 months"), what it costs after ("then
£29 per month"), how it is billed and renewed ("Billed annually at $79.99", "Renews at £15/month"), a
saving ("Save 40%"), a badge ("Most popular"), "Cancel anytime" and the small print on taxes and who
may take the offer. Scrapers get these lines inside the article when the box sits in it, and the model
keeps some of them (docs/model-history.md, "subscription offers").

Their shapes are set enough for a rule (:mod:`.phrases`): a line of :data:`MIN_OFFER_CHARS` to
:data:`MAX_OFFER_CHARS` characters is an offer line when one of :data:`OFFERS`' patterns is found in
it, lower-cased, outside a quotation. A price a story reports ("The plan will now cost £11.99 a month
in the UK") is a sentence: the price-per-period pattern takes only a line of a few words that does not
end a sentence and opens with no label ("Cons: pricey at $12.99/month"), and the others open the line
with what only an offer says ("then", "save", a badge) or name the offer's terms ("for the first
month", "billed annually", "renews at").
"""

from __future__ import annotations

from .phrases import PhraseRule, Phrases, speech_after_comma

#: Longest line (characters) that is tried as an offer line.
MAX_OFFER_CHARS = 160
#: Shortest line (characters) that is tried as an offer line ("Save 40%", "R99 per month").
MIN_OFFER_CHARS = 5
#: Most words (runs of non-space) of a line that is a price and its period and nothing of a sentence.
MAX_PLAN_WORDS = 8

#: An amount: digits, thousands grouped by a space, comma, point or apostrophe, then cents or ",-".
_NUM = r"\d+(?:[ .,'’]\d{3})*(?:[.,]\d{1,2}|[.,][-–])?"
#: A price: a currency before the amount, or after it.
_PRICE = (
    r"(?:(?:(?<![^\W\d_])[a-z]{1,2}\$|(?<![^\W\d_])gh₵|[$€£¥₹₦₩₽₺₪₵₱৳₨]|(?<![^\W\d_])r(?=\d)|\b(?:chf|usd|eur|gbp"
    r"|inr|sek|pln|zar|aud|cad|rs\.?|rp\.?|tsh|ksh|ugx|kes|ngn|ghs|jmd|ttd|omr|aed|sar|qar|kwd|bhd|pkr|lkr|bdt|npr"
    r"|myr|sgd|hkd|nzd|php|idr|thb|vnd|egp|brl|mxn|ars|clp|cop|jpy|cny|krw|twd|czk|huf|ron|dkk|nok|uah|ils)\s)\s?"
    + _NUM
    + r"|"
    + _NUM
    + r"\s?(?:€|£|zł|kr\b|kč|円|₽|₺|eur\b|euros?\b|p\b|¢"
    r"|dollars?\b|huf\b|forint\w*|lei\b|грн|лв|₴|₾|₸|₪|դր|៛|руб|บาท|₫|đ))"
)
#: A billing period.
_PERIOD = (
    r"(?:month|mo\b|mth|week|wk\b|year|yr\b|annum|quarter|monat|jahr|woche|mois|an\b|année|semaine|mes\b"
    r"|año|semana|mese|anno|settimana|mês|ano\b|maand|jaar|miesiąc|mies\b|rok\b|tydzień|mån|år\b|vecka"
    r"|месяц|год|неделю|ay\b|yıl|hafta|bulan|tahun|minggu|měsíc|माह|महीना|वर्ष|月|年"
    r"|kk\b|kuukau|vuosi|vuodessa|mnd\b|måned|mdr\b|mėn|mēn|kuu\b|hó\b|hónap|év\b|lună|luna\b|μήνα|μηνα|έτος|ετος"
    r"|місяць|міс\b|месец|mjesec|mj\b|mesiac|mes\.|לחודש|شهر|ماه|เดือน|tháng)"
)
#: What joins a price to its period ("/", "per", "a", "pro", "par", ...).
_PER = r"(?:/\s?|(?:per|a|an|every|each|pro|par|por|al|à|le|ao|w|za|i|im|в|на|pe|τον|प्रति) (?:\d+ )?|all['’])"
#: A period said as one word after the price ("9,99 € monatlich").
_PERIODIC = (
    r"(?:monthly|weekly|yearly|annually|monatlich|jährlich|wöchentlich|mensuel|annuel|mensual|anual"
    r"|mensile|annuale|mensal|maandelijks|jaarlijks|miesięcznie|rocznie|månadsvis|årsvis|ежемесячно"
    r"|aylık|yıllık|per bulan|měsíčně|ročně|tygodniowo|wöchentlich|kuus|aastas|mesačne|ročne|havonta"
    r"|щомісяця|ежемесечно|לחודש)"
)

#: A line of at most :data:`MAX_PLAN_WORDS` words that does not end a sentence and does not open with a
#: story's label ("Cons: pricey at $12.99/month", "Price: $9.99 a month" in a review's list).
_FEW_WORDS = (
    r"^(?=(?:\S+\s+){0," + str(MAX_PLAN_WORDS - 1) + r"}\S*$)(?!.*[.!?][\"'”’)]*\s*$)"
    r"(?![^:]{1,30}:\s)(?!.*\bor\b)(?!.*\d\s?(?:[–-]|to)\s?\D{0,3}\d)"
)

#: The kinds of offer line, by what they say.
OFFERS: dict[str, Phrases] = {
    # a plan's price and period, on a line of a few words that is not a sentence
    "price": Phrases(
        triggers=(
            "month months monthly mo mth week weeks weekly wk year years yearly yr annually annum quarter day"
            " tag jour día giorno dia dag dzień monat monate monatlich jahr jahre wochen mesi meses maanden"
            " jährlich woche mois mensuel an année annuel semaine mes mensual año anual semana mese mensile anno"
            " annuale settimana mês mensal ano maand maandelijks jaar jaarlijks week miesiąc mies miesięcznie rok"
            " rocznie tydzień mån år vecka месяц год неделю ay aylık yıl yıllık hafta bulan tahun minggu měsíc"
            " měsíčně माह महीना वर्ष kk kuukausi kuukaudessa vuosi vuodessa mnd måned mdr mėn mēn kuu hó hónap év"
            " lună luna μήνα μηνα έτος ετος місяць міс месец mjesec mj mesiac לחודש شهر ماه เดือน tháng kuus aastas"
            " mesačne ročne havonta щомісяця ежемесечно"
        ),
        marks=("月額", "年額", "/月", "/年", "माह", "महीन", "वर्ष", "เดือน"),
        patterns=(
            _FEW_WORDS
            + r".*?"
            + _PRICE
            + r"\s?(?:"
            + _PER
            + _PERIOD
            + r"|\s"
            + _PERIODIC
            + r"\b|\s\d+\s"
            + _PERIOD
            + r")",
            r"^\W*(?:just|only|less than|from|nur|seulement|solo|apenas|slechts|tylko|bara|सिर्फ)\s+"
            + _PRICE
            + r"\s?(?:a|per|/|pro|par|por|al|am) ?(?:day|week|tag|jour|día|giorno|dia|dag|dzień)\b",
            r"\bthat's (?:less than|just|only) " + _PRICE + r" (?:a|per) (?:day|week)\b",
            r"^(?=.{0,40}$)(?!.*[。.!?]\W*$).*?(?:月額|年額)\s?(?:¥\s?)?\d[\d,]*",
        ),
    ),
    # an introductory price, and what comes after it
    "intro": Phrases(
        triggers=(
            "first 1st erste ersten erster premier première primer primera primeiro primeira primo prima"
            " eerste pierwszy pierwsze första первый первые ilk pertama první then thereafter danach puis"
            " ensuite después luego depois poi dopo daarna następnie potem därefter sedan затем далее sonra"
            " kemudian poté for per für pour por voor issues editions ausgaben numéros números numeri nummers wydań"
        ),
        patterns=(
            _PRICE + r"\s?(?:/\s?\w+ )?(?:(?:for|in|im|le|el|no|nel|al|za|de|i) )?(?:the |your |den |dem |o )?(?:first"
            r"|1st|erste[nmrs]?|premier|première|primer|primera|primeiro|primeira|primo|prima|eerste|pierwszy"
            r"|pierwsze|första|первый|первые|ilk|pertama|první)(?: \d+)? ?" + _PERIOD,
            _PRICE + r" (?:for|per|für|pour|por) \d+ (?:months|weeks|years|issues|monate|wochen|mesi|meses|mois)\b",
            r"^\W*(?:\w+ )?\d+ (?:months?|weeks?|monate?|wochen|mois|meses|mesi|maanden) (?:for|für|pour|por|per|voor) "
            + _PRICE,
            r"^\W*(?:subscribe:? )?\d+ (?:issues|editions|ausgaben|numéros|números|numeri|nummers|wydań) (?:for|für"
            r"|pour|por|per|voor|za) " + _PRICE,
            r"^\W*(?:then|after that|thereafter|danach|dann|puis|ensuite|después|luego|depois|poi|dopo|daarna"
            r"|następnie|potem|därefter|sedan|затем|далее|sonra|kemudian|poté)\W+(?:\S+ ){0,3}?" + _PRICE,
        ),
    ),
    # how the plan is billed and renewed
    "billing": Phrases(
        triggers=(
            "billed renews renew renewal auto autorenew verlängert renouvellement renouvelé renovación rinnovo"
            " renovação verlengd odnawia förnyas"
        ),
        patterns=(
            r"^\W*(?:per (?:week|month|year),? )?billed (?:monthly|annually|yearly|weekly|quarterly|every|as (?:one|a"
            r" single) payment|at)\b",
            r"^\W*(?:auto-?renews?|renews? (?:at|automatically|monthly|annually|yearly))\b",
            r"\b(?:subscription|plan|membership) (?:will )?(?:automatically )?renews?\b[^.!?]{0,40}"
            r"\b(?:unless|until) (?:you )?cancel",
            r"\bverlängert sich automatisch\b|\brenouvel\w+ automatique\w*|\brenovación automática\b"
            r"|\brinnovo automatico\b|\brenovação automática\b|\bautomatisch verlengd\b"
            r"|\bodnawia się automatycznie\b|\bförnyas automatiskt\b",
        ),
    ),
    # a saving, as a plan box shows it
    "saving": Phrases(
        triggers=(
            "save spare sparen sparen sie économisez ahorra ahorre risparmia economize economia bespaar"
            " oszczędź oszczędzasz spara сэкономьте tasarruf hemat ušetříte off"
        ),
        patterns=(
            r"^\W*(?:save|sparen sie|sie sparen|économisez|ahorra|ahorre|risparmia|economize|bespaar|oszczędź"
            r"|oszczędzasz|spara|сэкономьте|hemat|ušetříte)\W+(?:up to |bis zu |jusqu'à |hasta |fino al |até "
            r"|tot |do |upp till )?(?:il |un |o |de |la )?\d+ ?%",
            r"[(—–-]\s?(?:(?:you )?save|sie sparen|spara|oszczędzasz|ahorra un|ahorra|risparmia il|economize|bespaar"
            r"|économisez) \d+ ?%",
            r"\b\d+ ?% off (?:all |your |the )?(?:annual |monthly |yearly |digital )?(?:plans?|subscriptions?"
            r"|memberships?)\b",
        ),
    ),
    # a plan box's badge or promise, alone on its line
    "badge": Phrases(
        triggers=(
            "popular value deal offer limited free gratis offert grátis darmo beliebteste beliebtesten populaire"
            " elegido popular vendido"
            " scelto popolare gekozen populairste wybierany najpopularniejszy populär valda популярный"
            " popüler populer nejoblíbenější cancel kündbar engagement résiliable cancela cancele disdici"
            " opzegbaar zrezygnujesz bindningstid"
        ),
        marks=("सबसे लोकप्रिय", "人気", "最受欢迎", "いつでも解約", "कभी भी रद्द"),
        patterns=(
            r"^\W*(?:most popular|best value|best deal|best offer|limited[- ]time offer|special offer"
            r"|beliebteste wahl|am beliebtesten|offre la plus populaire|la plus populaire|el más elegido"
            r"|más popular|mais vendido|mais popular|il più scelto|più popolare|meest gekozen|populairste"
            r"|najczęściej wybierany|najpopularniejszy|mest populär|mest valda|самый популярный|en popüler"
            r"|paling populer|nejoblíbenější|सबसे लोकप्रिय|人気no\.?\s?1|一番人気|最受欢迎|first month free"
            r"|erster monat gratis|premier mois offert|primer mes gratis|primeiro mês grátis|primo mese gratis"
            r"|eerste maand gratis|pierwszy miesiąc za darmo|första månaden gratis)\W*$",
            r"^\W*(?:cancel (?:any ?time|at any time|whenever you (?:like|want))|(?:jederzeit|monatlich) kündbar"
            r"|sans engagement"
            r"|résiliable à tout moment|cancela cuando quieras|cancele quando quiser|disdici quando vuoi"
            r"|maandelijks opzegbaar|zrezygnujesz w każdej chwili|ingen bindningstid|いつでも解約|कभी भी रद्द)",
        ),
    ),
    # the small print: taxes and who may take the offer
    "terms": Phrases(
        triggers=(
            "prices price vat gst tax taxes inkl offerta oferta angebot offre valid introductory renew renews"
            " mwst tva iva btw moms eligible offer subscribers customers preis"
            " preise prix cena pris prijs"
        ),
        patterns=(
            r"^\W*(?:all )?prices? (?:include|includes|shown in|are in|incl\.?)\b[^.!?]{0,30}\b(?:vat|gst|tax"
            r"|taxes|mwst|tva|iva|btw|moms)\b",
            r"^\W*inkl\.? mwst\.?\W*$|\bsales tax may apply\b|^\W*(?:offer|offerta|oferta|angebot|offre) (?:is )?"
            r"(?:valid|valida|válida|gültig|valable) (?:until|fino al|hasta|bis|jusqu)",
            r"^\W*plus applicable (?:sales )?tax|^\W*(?:all )?prices? (?:in \w+\. )?taxes extra\b",
            r"^\W*preis(?:e)? inkl\.? (?:mwst|ust)|^\W*prix ttc\b|^\W*cena zawiera vat\b|^\W*pris inkl\.? moms\b"
            r"|^\W*prijs (?:per maand, )?inclusief btw\b",
            r"\b(?:offer|deal|promotion|discount|price) (?:is )?(?:only )?(?:available|valid|open) (?:only )?(?:to"
            r"|for) new (?:subscribers|customers|members)\b|\bnot eligible for this offer\b"
            r"|^\W*new (?:subscribers|customers) only\b|^\W*offer ends\b",
            r"^\W*(?:introductory|special|limited[- ]time|launch) (?:offer|price|rate) (?:is "
            r"|applies )?(?:only )?(?:for|to)"
            r" new (?:subscribers|customers|members)(?: only)?(?=\W*$|\.\s)",
            r"(?:^|[.!?,]\s)\W*(?:your |the |this )?(?:rate|price|subscription|plan"
            r"|membership) (?:will )?(?:automatically"
            r" |auto-?)?renews? (?:automatically )?at (?:the )?(?:standard|regular|full|then[- ]current|usual)"
            r" (?:price|rate|fee)\b(?:[^.]|\.\d){0,40}\b(?:unless|after|until|each|every)\b[^,;]{0,40}(?:\.|$)",
        ),
    ),
}

_SPEECH = speech_after_comma("said|says|found|finds|warned|warns|told|argued|ruled|reported")
_RULE = PhraseRule(OFFERS, MIN_OFFER_CHARS, MAX_OFFER_CHARS, unless=(_SPEECH,))
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE,)


def offer_of(text: str) -> str | None:
    """What kind of subscription-offer line ``text`` is (a key of :data:`OFFERS`), or None when it is none."""
    return _RULE.kind_of(text)
