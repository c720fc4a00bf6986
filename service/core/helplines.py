"""Helpline notes: the line a publisher sets under a story on suicide, abuse or a crisis, telling a reader in
distress whom to call.

Publishers in many countries append one to every such story ("If you or someone you know is struggling, call
or text 988", "Sie haben suizidale Gedanken? Hilfe bietet die Telefonseelsorge unter 0800 111 0 111", "Si
tienes pensamientos suicidas, llama a la línea 024"). It sits in the article's run of paragraphs, reads as
prose and names the story's own subject, so the model keeps many of them (two writers' lines set alone in dev
articles: about a third kept; docs/model-history.md, "helpline notes").

Their wording is set enough for a rule (:mod:`.phrases`): a line of :data:`MIN_HELPLINE_CHARS` to
:data:`MAX_HELPLINE_CHARS` characters, lower-cased and outside a quotation, is a helpline note when it names one
of its language's crisis lines (:data:`_CRISIS_LINES`: Samaritans, 988, the Telefonseelsorge, 3114, 024, 113 …,
which a story's advice line on a lender, a council or a newsroom never does) and opens by addressing the reader
in distress ("If you or someone you know is struggling", "Haben Sie Suizidgedanken?", "Si vous avez des pensées
suicidaires", after a label such as "Help:"). In English the distress is the reader's own, apart from the line's
name (suicidal thoughts, self-harm, being in crisis, abuse at home, "the issues raised in this story"; not a
public crisis, a suicide bombing or "the suicide helpline"), and a verb to call stands right before a short
number or a few words from a longer number or the line's name. None is a line that sends the reader to a
newsroom, a fans' phone-in or a box office, addresses them in a trade ("If you're a journalist covering …"),
speaks in the first person, answers its own question (an interview's) or reports speech or advice
(:data:`_SAYING`); nor, in German, a line whose "sie" after its conjunction is lower case ("Wenn sie Hilfe
brauchen, …": they). Three code
reviews' 971 story lines in these words set these bounds: the first version, whose parts could sit anywhere in
the line, took 333 of the first 366; a note that does not address the reader ("In the UK, Samaritans can be
contacted on …") is left to the model, but for a footer that names a country and its line ("In the UK and
Ireland, Samaritans can be contacted on freephone 116 123", "In the US, you can call or text …") (docs/model-history.md,
"helpline notes").
"""

from __future__ import annotations

import re

from .phrases import PhraseRule, Phrases, marks_of

#: Longest line (characters) that is tried as a helpline note.
MAX_HELPLINE_CHARS = 320
#: Shortest line (characters) that is tried as a helpline note ("Need help? Call 988").
MIN_HELPLINE_CHARS = 16
#: The kind of chrome (:data:`~.kinds.KINDS`) a helpline note is: a prompt to the reader, as the library's
#: "other" lines are.
HELPLINE_KIND = "other"

#: A phone number: five digits or more, or groups of digits spaced or dashed ("116 123", "0800/111 0 111",
#: "1-800-273-8255"), but no year, amount or share ("2024", "3.5", "40%"); a number of three or four digits
#: counts right after a verb to call or a preposition ("call or text 988", "am Telefon 1522").
_NUMBER = r"(?<![\d.,$€£])(?!(?:19|20)\d\d\b)(?:\d{5,}|\d{1,4}(?:[ /\-]\d{2,4}){1,4})(?![\d,%]|\.\d)"
_SHORT = r"(?:☎\s?)?\d{3,4}(?![\d,%]|\.\d)"
#: What may open a note before the reader is addressed: marks, emphasis, a label ("Help:", "*If you …").
_OPENING = (
    r"^[\W_]*(?:(?:help|support|get help|need help\?|crisis support|helplines?|hilfe|aide|ayuda|aiuto|ajuda)"
    r"\s*[:：]\s*)?"
)

#: English: the reader addressed where the line opens, a distress of their own, a call close to a number or a
#: helpline's name.
_EN_READER = (
    r"(?:if you(?:'re| are|,? or (?:someone|anyone) you know| have been| feel| need| think| or a loved one)"
    r"|are you (?:struggling|in crisis|feeling|having thoughts)|do you need (?:help|support|to talk|someone to talk to)"
    r"|need (?:help|support|someone to talk to|to talk)\b|you are not alone|you're not alone"
    r"|you don't have to (?:face|go through)|for (?:free,? )?(?:confidential |24-hour |emotional )?(?:help|support)"
    r"|help is available|support is available|anyone (?:affected|struggling|who (?:is|has been) affected)"
    r"|readers (?:affected|who (?:are|have been) affected))"
)
_EN_DISTRESS = (
    r"\b(?:suicid(?:e|al)\b(?! (?:bomb|attack|squeeze|door|mission|pact|run|prevention|hotline|helpline|lifeline|line"
    r"|and crisis|& crisis|charity))|self[- ]harm\w*"
    r"|thoughts of (?:suicide|self[- ]harm|ending|harming)|in crisis\b"
    r"|emotional distress"
    r"|(?:mental|emotional) health (?:crisis|difficulties|problems|struggles)(?! (?:line|team|service))"
    r"|feeling (?:low|hopeless|suicidal)|(?:domestic|sexual|child|partner) (?:abuse|violence)"
    r"|sexual assault|eating disorders?|(?:is|are|'re) struggling(?=\s*[,.;:—–-])"
    r"|struggling (?:with (?:your|their) (?:mental|thoughts)|to cope|emotionally)"
    r"|affected by (?:any of )?(?:the |these |this |anything )[^.]{0,30}(?:issues|story|article|report|content"
    r"|topics)|someone to talk to|bereaved by suicide|grief or bereavement|problem gambling)"
)
_EN_SERVICE = (
    r"(?:samaritans|lifeline|(?:suicide|crisis|mental health|domestic (?:abuse|violence)|national|24-hour)"
    r"(?: and crisis| prevention)? (?:helpline|hotline|lifeline|line|text line)|helpline|hotline|crisis text line"
    r"|beyond blue|papyrus|childline|kids helpline|befrienders|rainn|refuge)"
)
_EN_CALL = r"\b(?:call|calling|text|ring|phone|dial|contact|reach out to|reach|speak to|talk to|chat (?:to|with))\b"
_EN_HELP = (
    rf"(?:{_EN_CALL}(?:\s+(?:or text|or call|on|at|the))*\s+{_SHORT}|{_EN_CALL}[^.]{{0,60}}?(?:{_NUMBER}|{_EN_SERVICE})"
    rf"|{_EN_SERVICE}[^.]{{0,40}}?\b(?:is|are) (?:available|open|free)"
    rf"|{_EN_SERVICE}[^.]{{0,30}}?\b(?:on|at|is)\s+(?:{_NUMBER}|{_SHORT}))"
)
_EN = rf"^(?=.*{_EN_DISTRESS})(?=.*{_EN_HELP}){_OPENING.removeprefix('^')}{_EN_READER}"
#: A footer that names each country's line in turn ("In the UK and Ireland, Samaritans can be contacted on freephone
#: 116 123 …", "In the US, you can call or text the 988 …"): a country, then the line reached or the reader told to.
_COUNTRY = r"in (?:the uk|the us|ireland|the uk and ireland|australia|new zealand|canada|india|south africa)"
_EN_BY_COUNTRY = (
    rf"^[\W_]*{_COUNTRY},\s*(?:you can (?:call|text|contact|reach)\b|(?:the )?(?:crisis support service |national )?"
    rf"(?:samaritans|lifeline|988|crisis text line|suicide (?:&|and) crisis lifeline)[^.]{{0,30}}?"
    rf"\b(?:can be (?:contacted|reached)|is|are)\s+(?:available\s+)?(?:on\s+|at\s+)?(?:freephone\s+)?"
    rf"(?:{_NUMBER}|{_SHORT}))"
)
#: German: "Sie"/"du" addressed in the forms a note opens with ("Haben Sie Suizidgedanken?", "Wenn du …"), or a
#: label ("Hilfe bei Suizidgedanken:"), then a helpline's name or a number after "unter" or a colon.
_DE = (
    r"^[\W_]*(?:(?:haben sie|hast du|sie haben|du hast) (?:suizid\w*|selbstmord\w*|(?:suizidale|dunkle|depressive)"
    r" gedanken)\s*\?"
    r"|(?:wenn|falls) (?:sie|du) (?:suizid|selbstmord|suizidale|dunkle gedanken"
    r"|in einer (?:krise|lebenskrise|schwierigen|seelischen)|sich in einer (?:lebenskrise|krise)"
    r"|hilfe (?:brauch|benötig)|sich in einer (?:krise|schwierigen)|dich in einer (?:krise|schwierigen)"
    r"|(?:gewalt|missbrauch) erleb|von (?:gewalt|missbrauch))"
    r"|(?:befinden sie sich|bist du|sind sie) in einer (?:krise|lebenskrise|schwierigen lebenssituation|seelischen)"
    r"|(?:sind sie|bist du) von (?:gewalt|missbrauch|häuslicher gewalt) betroffen"
    r"|(?:hilfe|hilfsangebote?|unterstützung) (?:bei|für) (?:suizid\w*|selbstmord\w*|depression\w*)\s*[:：])"
    r"(?=.*(?:telefonseelsorge|krisendienst|hilfetelefon|nummer gegen kummer|(?:unter|telefon|tel\.?|:)\s*(?:"
    + _NUMBER
    + r"|\d{3,}\b)))"
)
_FR = (
    r"^[\W_]*(?:si (?:vous|tu) (?:avez|as|êtes|es|ressentez) (?:des (?:idées|pensées) (?:suicidaires|noires)"
    r"|en (?:détresse|souffrance|crise)|victime de violences?)|si vous ou un proche|vous avez des (?:idées|pensées)"
    r" suicidaires|vous êtes en (?:détresse|souffrance)|besoin d'aide\s*[?:])"
    r"(?=.*(?:3114|3919|119\b|sos amitié|suicide écoute|(?:appele[zr]|composez|contacte[zr]|joindre)[^.]{0,40}?(?:"
    + _NUMBER
    + r"|\d{3,4}\b)))"
)
_ES = (
    r"^[\W_]*(?:si (?:tienes|tiene usted|usted tiene|conoces a alguien|conoce a alguien)[^.]{0,30}?(?:pensamientos"
    r"|ideas|ideación) suicida|si (?:estás|está usted|te sientes|se siente|vives|sufres) (?:en (?:una situación de )?"
    r"(?:crisis|riesgo)|desesperad|violencia|maltrato)|si (?:usted es|eres) víctima de|¿necesitas ayuda\?"
    r"|no estás sol[oa])"
    r"(?=.*(?:\b024\b|\b016\b|teléfono de la esperanza|(?:llama|llame|marca|contacta|contacte)\b[^.]{0,40}?(?:"
    + _NUMBER
    + r"|\d{3}\b)))"
)


def _note(opening: str, lines: str, calls: str) -> str:
    """A note that opens with one of ``opening`` and names one of ``lines`` or a number a few words after one of
    ``calls`` (alternations)."""
    return rf"^[\W_]*(?:{opening})(?=.*(?:{lines}|\b(?:{calls})\b[^.]{{0,40}}?(?:{_NUMBER})))"


_IT = _note(
    r"se (?:hai|sei|ti senti|stai vivendo|tu o qualcuno)[^.]{0,30}?(?:pensieri suicid|pensieri di suicidio"
    r"|vittima di violenza)",
    r"telefono amico|samaritans|\b1522\b",
    "chiama|contatta|telefona",
)
_PT = _note(
    r"se (?:você|voce|tu) (?:está|estiver|esta|tem|tiver)[^.]{0,40}?(?:sofrimento|pensamentos suicidas"
    r"|ideação suicida|crise emocional|violência doméstica)|se precisar de ajuda",
    r"\bcvv\b|\b188\b|sns 24|voz amiga",
    "ligue|contacte|contate",
)
_NL = _note(
    r"(?:denk (?:jij|je) aan zelfmoord|heb je (?:suïcidale |zelfmoord)gedachten|pieker je over zelfmoord"
    r"|loop je rond met (?:gedachten aan )?zelfmoord(?:gedachten)?)\s*\?\s*(?:neem|bel|chat|praat|er is hulp|hulp)"
    r"|als je (?:aan zelfmoord denkt|suïcidale gedachten hebt),? (?:bel|chat)",
    r"\b113\b|0800-0113",
    "bel",
)
_PL = _note(
    r"jeśli (?:jesteś w kryzysie|masz myśli samobójcze|doświadczasz przemocy|potrzebujesz pomocy psychologicznej)"
    r"|masz myśli samobójcze\?",
    "116 123|116 111|800 70 2222",
    "zadzwoń",
)
_SV = _note(
    r"om du (?:har självmordstankar|mår (?:dåligt|psykiskt dåligt)|tänker på att ta ditt liv)"
    r"|har du självmordstankar|om du eller någon (?:du känner|i din närhet) har självmordstankar",
    r"självmordslinjen|\b90101\b|jourhavande (?:medmänniska|präst)",
    "ring",
)
_RU = _note(
    r"если (?:вы|у вас|ты|у тебя) (?:оказались в трудной жизненной|оказался в трудной жизненной"
    r"|находитесь в (?:кризисной|трудной жизненной)|думаете о (?:суициде|самоубийстве)"
    r"|(?:появились )?(?:суицидальные )?мысли о (?:суициде|самоубийстве))",
    "телефон доверия",
    "позвоните|звоните",
)
_TR = (
    r"^[\W_]*(?:kendinizi (?:çaresiz|umutsuz|yalnız|kriz içinde) hissediyor|intihar düşünceleriniz (?:varsa|mi var))"
    r"(?=.*(?:alo 183|\b183\b|(?:arayın|arayabilirsiniz)))"
)
_ID = (
    r"^[\W_]*(?:jika (?:anda|kamu)(?: atau \w+)? (?:merasa|memiliki|punya|mengalami)[^.]{0,40}?(?:depresi"
    r"|bunuh diri|putus asa|krisis|kekerasan)|(?:anda|kamu) tidak sendiri)"
    r"(?=.*(?:\b119\b|(?:hubungi|telepon)\b[^.]{0,40}?(?:layanan|hotline|" + _NUMBER + r")))"
)
#: Japanese and Korean notes, written without spaces: the reader's trouble, then where to turn.
_JA = (
    r"(?:悩み(?:を抱えて|のある)|つらい気持ち|死にたい(?:気持ち|と思)|自殺を考え)[^。]{0,20}(?:方|人|あなた)"
    r"[^。]{0,40}(?:相談窓口|いのちの電話|相談ダイヤル|よりそいホットライン)[^。]{0,30}(?:ご相談ください|相談してください"
    r"|相談できます|ご連絡ください|お電話ください|ご利用ください|があります)"
)
_KO = (
    r"(?:말하기 어려운 고민|자살예방 ?상담전화|자살 ?예방 ?상담)[^.]{0,80}"
    r"(?:상담을 받을 수 있습니다|도움을 받을 수 있습니다)"
)

#: The crisis services a note names, by language: a national crisis line's name or number, which a story's
#: advice line (a lender's, a council's, a newsroom's number) never is. A note names one; a line without one is
#: left to the model, whatever else it says.
_CRISIS_LINES = {
    "en": (
        r"samaritans|\b988\b|suicide (?:&|and) crisis lifeline|\blifeline\b[^.]{0,20}13 11 14|13 11 14|crisis text line"
        r"|\b741741\b|\bshout\b[^.]{0,20}85258|beyond blue|kids helpline|childline|papyrus|hopeline"
        r"|national domestic (?:abuse|violence) (?:helpline|hotline)|1800respect|\brainn\b|116 123|0808 2000 247"
        r"|1-800-799-7233|1-800-273-(?:8255|talk)|befrienders|aasra|tele-manas|\b14416\b|vandrevala"
        r"|(?:suicide prevention|suicide|crisis|mental health crisis) (?:helpline|hotline|lifeline|line|text line)"
    ),
    "de": r"telefonseelsorge|0800[ /]?111 ?0 ?111|0800[ /]?111 ?0 ?222|116 123|hilfetelefon|nummer gegen kummer|116 016"
    r"|116 111|krisendienst",
    "fr": r"\b3114\b|\b3919\b|sos amitié|suicide écoute|fil santé jeunes|allô enfance en danger",
    "es": r"\b024\b|\b016\b|teléfono de la esperanza|717 003 717",
    "it": r"telefono amico|\b1522\b|telefono azzurro|02 2327 2327|samaritans",
    "pt": r"\bcvv\b[^.]{0,40}\b188\b|\b188\b[^.]{0,40}\bcvv\b|ligue 188|voz amiga",
    "nl": r"\b113\b|0800-0113|de luisterlijn|zelfmoordpreventie",
    "pl": r"116 123|116 111|800 70 2222|centrum wsparcia",
    "sv": r"självmordslinjen|\b90101\b|jourhavande (?:medmänniska|präst)|\bbris\b",
    "ru": r"8[\s-]?800[\s-]?2000[\s-]?122|телефон(?:у|ом)? доверия[^.]{0,40}(?:бесплатн|круглосуточн|8[\s-]?800)",
    "tr": r"alo 183|\b183\b[^.]{0,30}hatt",
    "id": r"119 ext\.? ?8|\bsejiwa\b|into the light|hotline sapa 129|layanan (?:konseling|kesehatan jiwa)",
    "ja": r"いのちの電話|よりそいホットライン|こころの健康相談統一ダイヤル|いのちsos|0570-064-556|0120-279-338",
    "ko": r"☎ ?109|☎ ?1393|1588-9191|1577-0199|자살예방 ?상담전화",
}


def _naming(lang: str, pattern: str) -> str:
    """``pattern`` (which opens at the line's start) on a line that names a crisis line of ``lang``."""
    opening = pattern.removeprefix("^") if pattern.startswith("^") else f".*?{pattern}"  # Japanese, Korean: anywhere
    return rf"^(?=.*(?:{_CRISIS_LINES[lang]})){opening}"


#: The kinds the rule holds: one, a helpline note, in each language's wording.
HELPLINES: dict[str, Phrases] = {
    "helpline": Phrases(
        triggers=(
            "suicide suicidal suicides struggling crisis distress helpline helplines hotline lifeline samaritans"
            " mental abuse violence harm self emotional feeling assault eating disorder disorders affected talk"
            " bereaved bereavement gambling uk us ireland australia zealand canada india africa thoughts 988 116"
            " gedanken kummer självmordslinjen sendiri pomocy"
            " suizid suizidgedanken suizidale suizidalen selbstmord krise lebenskrise telefonseelsorge seelsorge"
            " hilfetelefon krisendienst gewalt depressionen depression"
            " suicidaires suicidaire suicide détresse crise dépression violences violence"
            " suicidas suicida suicidio crisis angustia depresión violencia autolesiones"
            " suicidi suicidio suicidari crisi disagio depressione violenza"
            " suicídio suicidas crise sofrimento angústia depressão violência cvv sns voz"
            " zelfmoord suïcide suicide zelfmoordgedachten crisis somber depressie geweld 113"
            " kryzysie kryzys samobójcze samobójstwo depresja przemocy przemoc"
            " självmord självmordstankar suicid kris psykisk våld prata"
            " суицид суицидальные кризис кризисной трудной депрессия насилие доверия"
            " intihar kriz şiddet depresyon bunalım çaresiz umutsuz"
            " bunuh krisis depresi kekerasan"
        ),
        patterns=(
            _naming("en", _EN),
            _naming("en", _EN_BY_COUNTRY),
            *(
                _naming(lang, pattern)
                for lang, pattern in (
                    ("de", _DE),
                    ("fr", _FR),
                    ("es", _ES),
                    ("it", _IT),
                    ("pt", _PT),
                    ("nl", _NL),
                    ("pl", _PL),
                    ("sv", _SV),
                    ("ru", _RU),
                    ("tr", _TR),
                    ("id", _ID),
                    ("ja", _JA),
                    ("ko", _KO),
                )
            ),
        ),
        marks=marks_of("悩み|いのちの電話|自殺|死にたい|자살|우울|정신건강|생명의"),
    ),
}

#: A line that sends the reader to a newsroom, a fans' phone-in or a box office is a story's service line.
_NEWSROOM = re.compile(r"\b(?:our (?:\w+ )?(?:desk|newsroom|phone-in|reporters?)|phone-in|box office|fans?)\b")
#: A question and its answer on one line: an interview's ("Heb je zelfmoordgedachten gehad? Ja. …").
_ANSWERED = re.compile(
    r"[?¿]\s*(?:ja|nee|soms|yes|no|sí|oui|non|nein|doch|sim|não|tak|nie|да|нет|evet|hayır|ya|tidak)\b\s*[.,!;—–-]"
)
#: A reader addressed in a role ("If you're a journalist covering suicide, …"), or a line in the first person: a
#: story's advice to a trade, or someone's own account.
_ROLE = re.compile(
    r"^[\W_]*if you(?:'re| are) an? (?!victim|survivor)"
    r"|^[\W_]*(?:if|are|do|need|you|for|help|support|anyone|readers)\b.*\b(?:i|my|me)\b"
)
#: Verbs of saying and advising a story reports its advice with, without quotation marks ("If you are struggling, call
#: us, the charity's director said", "If you are feeling suicidal, the NHS advises, you should call …", "…, explica la
#: psicóloga, …"): after a comma or a dash, within a few words (:data:`_SPEECH`), or "according to".
_SAYING = (
    r"said|says|told|added|urged|wrote|advises|advised|explains|explained|recommends|recommended|reminds|reminded"
    r"|warns|warned|stresses|stressed|sagte|sagt|erklärte|erklärt|betonte|betont|rät|riet|empfiehlt|appelliert"
    r"|mahnt|dijo|dice|afirmó|explica|explicó|aconseja|aconsejó|recuerda|recordó|recomienda|advierte|señala"
    r"|disse|diz|orienta|recomenda|alerta|lembra|a déclaré|dit|répète|rappelle|explique|conseille"
    r"|recommande|souligne|ha detto|spiega|ha spiegato|ricorda|ha ricordato|consiglia|raccomanda|sottolinea"
    r"|zei|zegt|vroeg|adviseert|powiedział[a]?|pisali|apeluje|radzi|przypomina|mówi|сказал[а]?|советует"
    r"|напоминает|говорит|подчеркнул[а]?|шутят|säger|sa|råder|dedi|kata|menurut"
)
_SPEECH = re.compile(rf"[,—–]\s*(?:\S+\s+){{0,6}}(?:{_SAYING})\b|\baccording to\b|diye \w+(?:dı|di|du|dü)\b")
_RULE = PhraseRule(
    HELPLINES,
    MIN_HELPLINE_CHARS,
    MAX_HELPLINE_CHARS,
    unless=(_SPEECH, _NEWSROOM, _ANSWERED, _ROLE),
)
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE,)


#: German "sie" in lower case after its conjunction is "they" or "she": a note writes the reader's "Sie".
_THEY = re.compile(r"^[\W_]*(?i:wenn|falls|sind|befinden|haben|brauchen) sie\b")


def helpline_of(text: str) -> str | None:
    """``helpline`` when ``text`` is a helpline note, else None."""
    if _THEY.match(text) is not None:
        return None
    return _RULE.kind_of(text)
