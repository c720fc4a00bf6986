"""Helpline notes: the line a publisher sets under a story on suicide, abuse or a crisis, telling a reader in
distress whom to call.

Publishers in many countries append one to every such story ("If you or someone you know is struggling, call
or text 988", "Sie haben suizidale Gedanken? Hilfe bietet die Telefonseelsorge unter 0800 111 0 111", "Si
tienes pensamientos suicidas, llama a la línea 024"). It sits in the article's run of paragraphs, reads as
prose and names the story's own subject, so the model keeps many of them (two writers' lines set alone in dev
articles: about a third kept; docs/model-history.md, "helpline notes").

Their wording is set enough for a rule (:mod:`.phrases`): a line of :data:`MIN_HELPLINE_CHARS` to
:data:`MAX_HELPLINE_CHARS` characters, lower-cased and outside a quotation, is a helpline note when it opens by
addressing the reader ("If you or someone you know …", "Haben Sie Suizidgedanken?", "Si vous avez des pensées
suicidaires", a label such as "Help:" before it), names a distress of the reader's own (suicidal thoughts, self-harm,
being in crisis, abuse at home, "the issues raised in this story"; not a public crisis, a suicide bombing or
struggling for tickets) and a way to reach help close together: a verb to call right before a short number ("call
or text 988"), or within a few words of a longer number or a helpline's name. In English, a crisis line's own name
(Samaritans, the 988 Lifeline) needs no distress beside it. A line that sends the reader to a newsroom, a fans'
phone-in or a box office is none, nor is reported speech after a comma (:data:`_SPEECH`): a story's lines on a
helpline tell of it in the third person ("The helpline received 3,000 calls"), and a police appeal asks for
information, not about the reader's distress. A code review's 366 story lines in these words (the first version,
whose parts could sit anywhere in the line, took 333 of them) set these bounds (docs/model-history.md, "helpline
notes").
"""

from __future__ import annotations

import re

from .phrases import PhraseRule, Phrases, marks_of, speech_after_comma

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
    r"\b(?:suicid(?:e|al)(?! (?:bomb|attack|squeeze|door|mission|pact|run))|self[- ]harm\w*"
    r"|thoughts of (?:suicide|self[- ]harm|ending|harming)|in crisis\b"
    r"|emotional distress|(?:mental|emotional) health (?:crisis|difficulties|problems|struggles)"
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
#: A crisis line by a name no story's figure of speech takes ("a lifeline for farmers"): the reader addressed
#: and the line named are enough ("For confidential support, call the Samaritans on 116 123").
_EN_CRISIS_LINE = r"(?:samaritans|suicide (?:&|and) crisis lifeline|988 lifeline|crisis text line|beyond blue|papyrus)"
_EN_NAMED = rf"^(?=.*{_EN_CALL}[^.]{{0,40}}?{_EN_CRISIS_LINE}){_OPENING.removeprefix('^')}{_EN_READER}"
#: German: "Sie"/"du" addressed in the forms a note opens with ("Haben Sie Suizidgedanken?", "Wenn du …"), or a
#: label ("Hilfe bei Suizidgedanken:"), then a helpline's name or a number after "unter" or a colon.
_DE = (
    r"^[\W_]*(?:(?:haben sie|hast du|sie haben|du hast) (?:suizid|selbstmord|dunkle|depressive|suizidale)"
    r"|(?:wenn|falls) (?:sie|du) (?:suizid|selbstmord|suizidale|dunkle gedanken"
    r"|in einer (?:krise|lebenskrise|schwierigen|seelischen)|sich in einer (?:lebenskrise|krise)"
    r"|hilfe (?:brauch|benötig)|sich in einer (?:krise|schwierigen)|dich in einer (?:krise|schwierigen)"
    r"|(?:gewalt|missbrauch) erleb|von (?:gewalt|missbrauch))"
    r"|(?:befinden sie sich|bist du|sind sie) in einer (?:krise|lebenskrise|schwierigen lebenssituation|seelischen)"
    r"|(?:sind sie|bist du) von (?:gewalt|missbrauch|häuslicher gewalt) betroffen"
    r"|(?:hilfe|hilfsangebote?|unterstützung) (?:bei|für) (?:suizid|selbstmord|depression|krisen|menschen in krisen))"
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
_IT = (
    r"^[\W_]*(?:se (?:hai|sei|ti senti|stai vivendo)[^.]{0,30}?(?:pensieri suicid|pensieri di suicidio|in crisi"
    r"|vittima di violenza|disagio)|se tu o qualcuno)"
    r"(?=.*(?:telefono amico|samaritans|\b1522\b|(?:chiama|contatta|telefona)\b[^.]{0,40}?(?:" + _NUMBER + r")))"
)
_PT = (
    r"^[\W_]*(?:se (?:você|voce|tu) (?:está|estiver|esta|tem|tiver)[^.]{0,40}?(?:sofrimento|pensamentos suicidas"
    r"|ideação suicida|crise|em risco|violência)|se precisar de ajuda|precisa de ajuda\?)"
    r"(?=.*(?:\bcvv\b|\b188\b|sns 24|voz amiga|(?:ligue|contacte|contate)\b[^.]{0,40}?(?:" + _NUMBER + r")))"
)
_NL = (
    r"^[\W_]*(?:denk (?:jij|je) aan zelfmoord|heb je (?:suïcidale |zelfmoord)gedachten|pieker je over zelfmoord"
    r"|als je (?:aan zelfmoord denkt|suïcidale gedachten hebt)|loop je rond met (?:gedachten aan )?zelfmoord)"
    r"(?=.*(?:\b113\b|0800-0113|\bbel\b[^.]{0,40}?(?:" + _NUMBER + r")))"
)
_PL = (
    r"^[\W_]*(?:jeśli (?:jesteś w kryzysie|masz myśli samobójcze|doświadczasz przemocy|potrzebujesz pomocy"
    r" psychologicznej)|potrzebujesz pomocy\?|nie jesteś sam)"
    r"(?=.*(?:116 123|116 111|800 70 2222|\bzadzwoń\b[^.]{0,40}?(?:" + _NUMBER + r")))"
)
_SV = (
    r"^[\W_]*(?:om du (?:har självmordstankar|mår (?:dåligt|psykiskt dåligt)|tänker på att ta ditt liv)"
    r"|har du självmordstankar|om du eller någon (?:du känner|i din närhet)|behöver du någon att prata med"
    r"|om du är i kris)"
    r"(?=.*(?:självmordslinjen|\b90101\b|jourhavande (?:medmänniska|präst)|\bring\b[^.]{0,40}?(?:" + _NUMBER + r")))"
)
_RU = (
    r"^[\W_]*(?:если (?:вы|у вас|ты|у тебя) (?:оказались в трудной|оказался в трудной"
    r"|находитесь в (?:кризисной|трудной)"
    r"|думаете о (?:суициде|самоубийстве)|(?:появились )?(?:суицидальные )?мысли о|испытываете"
    r"|нуждаетесь в (?:психологической )?помощи)"
    r"|вам нужна (?:психологическая )?помощь\?)"
    r"(?=.*(?:телефон доверия|(?:позвоните|звоните)\b[^.]{0,40}?(?:" + _NUMBER + r")))"
)
_TR = (
    r"^[\W_]*(?:kendinizi (?:çaresiz|umutsuz|yalnız|kriz içinde) hissediyor|intihar düşünceleriniz|eğer intihar)"
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
    r"[^。]{0,40}(?:相談窓口|いのちの電話|相談ダイヤル|よりそいホットライン)"
)
_KO = r"(?:말하기 어려운 고민|자살예방 ?상담전화|자살 ?예방 ?상담)[^.]{0,80}(?:상담을 받을 수 있|도움을 받을 수 있)"

#: The kinds the rule holds: one, a helpline note, in each language's wording.
HELPLINES: dict[str, Phrases] = {
    "helpline": Phrases(
        triggers=(
            "suicide suicidal suicides struggling crisis distress helpline helplines hotline lifeline samaritans"
            " mental abuse violence harm self emotional feeling assault eating disorder disorders affected talk"
            " bereaved bereavement gambling"
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
            _EN,
            _EN_NAMED,
            _DE,
            _FR,
            _ES,
            _IT,
            _PT,
            _NL,
            _PL,
            _SV,
            _RU,
            _TR,
            _ID,
            _JA,
            _KO,
        ),
        marks=marks_of("悩み|いのちの電話|自殺|死にたい|자살|우울|정신건강|생명의"),
    ),
}

#: A line that sends the reader to a newsroom, a fans' phone-in or a box office is a story's service line.
_NEWSROOM = re.compile(r"\b(?:our (?:\w+ )?(?:desk|newsroom|phone-in|reporters?)|phone-in|box office|fans?)\b")
#: Reported speech without quotation marks ("If you are struggling, call us, the charity's director said").
_SPEECH = speech_after_comma(
    r"said|says|told|added|urged|wrote|sagte|erklärte|dijo|afirmó|disse|a déclaré|ha detto|zei|powiedział[a]?"
    r"|сказал[а]?|säger|dedi|kata"
)
_RULE = PhraseRule(HELPLINES, MIN_HELPLINE_CHARS, MAX_HELPLINE_CHARS, unless=(_SPEECH, _NEWSROOM))
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE,)


def helpline_of(text: str) -> str | None:
    """``helpline`` when ``text`` is a helpline note, else None."""
    return _RULE.kind_of(text)
