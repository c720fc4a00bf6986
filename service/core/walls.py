"""Reading walls: a line that tells the reader what they may read, not what happened.

A metered paywall counts the reader's free articles ("You have 2 free articles left this month"), a
hard wall keeps the rest for subscribers ("The rest of this article is available to subscribers"), a
registration wall asks for an account before the reader goes on ("Create a free account to keep
reading"), and an ad-blocker wall asks the reader to switch their blocker off. Scrapers get these lines
in the middle of a story, where the model, which reads its neighbours' scores, keeps some of them
(docs/model-history.md, "reading walls").

Their wordings are set enough for a rule (:mod:`.phrases`): a line of :data:`MIN_WALL_CHARS` to
:data:`MAX_WALL_CHARS` characters is a wall line when one of :data:`WALLS`' patterns is found in it,
lower-cased, outside a quotation. Each pattern speaks to the reader ("you have", "your ad blocker", "to
keep reading") or of "this article" and its subscribers, so that a story about paywalls ("The paper cut
its free articles from ten to four") is not one. Plan lists and prices are the offers rule's
(:mod:`.offers`); bare buttons are left to the model and the control rules (:mod:`.controls`), which hold
"Already a subscriber? Log in".
"""

from __future__ import annotations

from .phrases import PhraseRule, Phrases

#: Longest line (characters) that is tried as a wall line.
MAX_WALL_CHARS = 300
#: Shortest line (characters) that is tried as a wall line ("Unlock this article").
MIN_WALL_CHARS = 12

#: What a wall calls the text it holds back.
_TEXT = (
    r"(?:article|story|content|piece|post|report|feature|artikel|beitrag|inhalt|contenu|artículo|contenido"
    r"|noticia|articolo|contenuto|artigo|matéria|conteúdo|reportagem|artykuł|treść|статья|материал|makale"
    r"|haber|içerik|berita|článek|obsah)"
)
#: Those the wall lets in.
_SUBSCRIBERS = (
    r"(?:subscribers?|paying subscribers|members|premium members|insiders?|abonnenten|abonnentinnen"
    r"|abonnés|suscriptores|socios|abonados|abbonati|assinantes|abonnees|leden|subskrybentów|prenumeratorów"
    r"|abonentów|подписчиков|подписчикам|abonelere|abonelerimize|pelanggan|předplatitele|prenumeranter)"
)
#: Going on reading, in the wall's words.
_READ_ON = (
    r"(?:continue reading|keep reading|read on|read the rest|read the full (?:article|story)"
    # "subscribe to read more stories like this one" offers other stories, not the rest of this one
    r"|read this|read more(?! (?:stories|articles|pieces) like\b| like this| of our| from our)|read everything"
    r"|read the whole (?:article|story)|start reading|unlock (?:this|the full)"
    r"|access (?:this|the full) (?:article|story|content)"
    r"|weiterlesen|weiter zu lesen|weiterzulesen|lire la suite|poursuivre (?:votre|la) lecture"
    r"|continuer (?:à|votre) lecture|seguir leyendo|continuar leyendo|leer la noticia completa"
    r"|continuare a leggere|leggere l'articolo completo|continuar lendo|continue lendo|continuar a ler"
    r"|verder lezen|lees verder|verder te lezen|czytać dalej|czytaj dalej|przeczytać cały"
    r"|продолжить чтение|читать дальше|прочитать (?:статью|материал) полностью|okumaya devam"
    r"|melanjutkan membaca|terus membaca|pokračovat ve čtení|číst dál|läsa vidare|fortsätta läsa)"
)
#: Free articles, counted by a meter.
_FREE = (
    r"(?:free|complimentary) (?:articles?|stories|story|reads?|pieces?|page ?views|views)"
    r"|kostenlose[n]? (?:artikel|beiträge|texte)|articles? gratuits?|artículos? gratis|artículos gratuitos"
    r"|noticias gratis|noticias gratuitas|articoli gratuiti|articolo gratuito|matérias gratuitas"
    r"|reportagens gratuitas|artigos gratuitos|gratis artikel(?:en)?|darmow\w+ artykuł\w*|bezpłatn\w+ artykuł\w*"
    r"|бесплатн\w+ (?:статей|статьи|статья|материал\w*)|ücretsiz (?:haber|makale|içerik)|artikel gratis"
    r"|berita gratis|článk\w* zdarma|gratisartiklar|fria artiklar"
)
#: An ad blocker.
_BLOCKER = (
    r"(?:ad ?blocker|ad-blocker|adblock(?:er)?|ad blocking software|werbeblocker|adblocker|bloqueur de pub\w*"
    r"|bloqueador de anuncios|bloqueador de anúncios|bloqueador de publicidade|blocco (?:degli )?annunci"
    r"|programu? blokując\w* reklam\w*|blokad\w* reklam|блокировщик\w* рекламы|reklam engelleyici\w*"
    r"|pemblokir iklan|blokátor\w* reklam|annonsblockerare)"
)

#: The kinds of wall line, by what they say.
WALLS: dict[str, Phrases] = {
    # a meter: the reader's free articles, counted
    "meter": Phrases(
        triggers=(
            "free complimentary kostenlose kostenlosen gratuit gratuits gratis gratuitos gratuitas gratuiti"
            " gratuito gratuitas darmowe darmowych bezpłatne bezpłatnych бесплатных бесплатные бесплатная"
            " ücretsiz zdarma gratisartiklar fria limit limite límite limiet freier freie noch kontingent reste"
        ),
        marks=("無料記事", "免费文章", "免費文章", "免费阅读", "免費閱讀", "मुफ्त लेख", "मुफ़्त लेख"),
        patterns=(
            r"\byou(?:'ve|’ve| have)? (?:read|used|reached|hit|viewed|enjoyed|exhausted|used up)\b[^.!?]{0,40}"
            r"\b(?:" + _FREE + r")",
            r"\byou (?:have|get|'ve got|’ve got|only have) (?:\w+ )?(?:more |left |remaining )?(?:" + _FREE + r")",
            r"\b(?:your|this is your) (?:\w+ )?(?:last |final |remaining )?(?:" + _FREE + r")",
            r"\b(?:" + _FREE + r") (?:remaining|left)\b",
            r"\b(?:reached|hit|exceeded) (?:your|the) (?:\w+ )?(?:limit|maximum|quota) (?:of|for) (?:free )?"
            r"(?:articles|stories|reads)\b",
            r"\bfree (?:article|story|read) (?:limit|allowance|quota)\b",
            r"\bsie haben (?:noch |bereits |ihr )?\w*[^.!?]{0,30}kostenlose",
            r"\blimit an kostenlosen\b",
            r"\b(?:il vous reste|vous avez (?:lu|atteint|consulté))\b[^.!?]{0,40}\barticles? gratuits?\b",
            r"\blimite d'articles gratuits\b|\blimite d’articles gratuits\b",
            r"\bte queda(?:n)? \w+ (?:artículos?|noticias?) gratis\b|\blímite de (?:artículos|noticias) gratu",
            r"\bhai (?:ancora |già letto |esaurito )?\w*[^.!?]{0,30}\barticoli gratuiti\b",
            r"\b(?:você tem|você atingiu|restam|resta)\b[^.!?]{0,40}\b(?:matérias|reportagens|artigos) gratuit",
            r"\bje hebt (?:nog |je )?\w*[^.!?]{0,20}\bgratis artikel",
            r"\b(?:pozostał\w*|wykorzystał\w*)\b[^.!?]{0,30}\b(?:darmow|bezpłatn)\w+ artykuł",
            r"\blimit (?:darmowych|bezpłatnych) artykułów\b",
            r"\b(?:у вас осталось|вы прочитали|лимит)\b[^.!?]{0,30}\bбесплатн",
            r"\bücretsiz (?:haber|makale|içerik) hakkınız\b",
            r"^\W*noch \w+ (?:freie[rn]?|kostenlose[rn]?) artikel\b|\bihr gratis-kontingent\b",
            r"\bil vous reste \d+ ?% de l'article\b|\bil vous reste \d+ ?% de l’article\b",
            r"今月の無料記事|(?:免费|免費)(?:阅读|閱讀)次数",
            r"無料記事(?:は|の)?(?:残り|あと)|免[费費]文章(?:已|还|還)|मुफ़?्?त लेख बचे",
        ),
    ),
    # a hard wall: the rest is for subscribers
    "wall": Phrases(
        triggers=(
            "subscribers subscriber members insiders abonnenten abonnés suscriptores socios abonados abbonati"
            " assinantes abonnees subskrybentów prenumeratorów abonentów подписчиков подписчикам abonelere"
            " abonelerimize pelanggan předplatitele prenumeranter member exklusiv abo"
        ),
        marks=("会員限定", "有料会員", "订阅用户", "訂閱用戶", "付费会员", "付費會員", "सब्सक्राइबर"),
        patterns=(
            r"\b(?:this|the rest of this|the rest of the|the full|the remainder of this|the whole)"
            r" (?:\w+ )?" + _TEXT + r"\b[^.!?]{0,30}\b(?:is |are )?(?:only )?(?:available|reserved|exclusive"
            r"|open|accessible)(?: only)? (?:to|for) (?:our |paying |registered )?" + _SUBSCRIBERS + r"\b",
            r"\b(?:this|the) (?:\w+ )?"
            + _TEXT
            + r" is (?:for|exclusive to) (?:our )?(?:paying )?"
            + _SUBSCRIBERS
            + r"(?: only)?\b",
            r"^\W*(?:subscriber|member)s?[- ](?:only|exclusive)(?: (?:content|article|story|access|feature))?\W*$",
            r"\bexklusiv für (?:unsere )?(?:abonnenten|abonnentinnen|plus|abo)",
            r"\bnur für (?:abonnenten|abonnentinnen|plus-)",
            r"\b(?:est |sont )?réservée?s? (?:aux|à nos) abonnés\b",
            r"\bexclusiv[oa]s? para (?:nuestros )?(?:suscriptores|socios|abonados|assinantes)\b",
            r"\briservat[oa] (?:agli|ai nostri) abbonati\b",
            r"\bexclusief voor (?:abonnees|leden)\b",
            r"\bdostępn\w+ (?:tylko |wyłącznie )?dla (?:subskrybentów|prenumeratorów|abonentów)\b",
            r"\bдоступ\w* только (?:для )?(?:подписчик|платных подписчик)",
            r"\b(?:yalnızca |sadece )?abonelere(?:mize)? özel",
            r"\bkhusus (?:untuk )?(?:pelanggan|member|anggota)\b",
            r"\bpouze pro (?:předplatitele|členy)\b",
            r"\b(?:endast )?för (?:våra )?prenumeranter\b",
            r"有料会員限定|会員限定(?:の)?(?:記事|コンテンツ)|続きは(?:有料)?会員|(?:订阅|訂閱|付费|付費)(?:用户|用戶|会员|會員)"
            r"(?:专享|專享|可读|可讀|阅读|閱讀)|केवल सब्सक्राइबर",
        ),
    ),
    # going on reading needs a subscription or an account
    "read_on": Phrases(
        triggers=(
            "reading read unlock weiterlesen weiter weiterzulesen lire lecture leyendo leer leggere lettura lendo ler"
            " lezen verder czytać czytaj przeczytać чтение читать прочитать okumaya membaca čtení číst läsa"
        ),
        marks=("続き", "继续阅读", "繼續閱讀", "पढ़ना जारी"),
        patterns=(
            r"\b(?:subscribe|sign up|signup|register|log ?in|sign in|create (?:a |your )?(?:free )?account"
            r"|become a (?:subscriber|member)|join|upgrade|buy access)\b[^.!?]{0,50}\bto " + _READ_ON,
            r"\bto " + _READ_ON + r"\b[^.!?]{0,50}\b(?:subscribe|sign in|log in|register|subscription|account"
            r"|become a (?:subscriber|member))\b",
            r"\b" + _READ_ON + r" with (?:a|an|your|our) (?:free |digital |premium )?(?:subscription|account"
            r"|membership|plan)\b",
            r"^\W*unlock (?:this|the full) (?:article|story)\b",
            r"^\W*(?:continue|keep) reading (?:this (?:premium |exclusive |subscriber )?(?:article|story)"
            r"|for (?:just |only )?(?:free|\W?\d))",
            r"^\W*(?:diesen (?:artikel|beitrag) (?:jetzt )?weiterlesen|sie möchten weiterlesen)\b",
            r"\b(?:registrieren|anmelden|abonnieren|einloggen)\b[^.!?]{0,40}\b(?:weiterlesen|weiterzulesen)\b",
            r"^\W*(?:jetzt )?weiterlesen mit\b|\bum (?:den |diesen )?(?:artikel |beitrag )?weiterzulesen\b",
            r"\bpour lire la suite\b|\bpoursuivre votre lecture\b|\bpour continuer (?:à lire|votre lecture)\b",
            r"\b(?:para|y) (?:seguir|continuar|sigue) leyendo\b|\bpara leer la noticia completa\b",
            r"\bper continuare a leggere\b|^\W*prosegui la lettura\b",
            # "continue lendo sobre ..." heads a list of links
            r"\b(?:para |e )?(?:continuar|continue) (?:lendo|a ler)\b(?! sobre)",
            r"^\W*lees verder met\b|\bom verder te lezen\b|\ben lees (?:onbeperkt )?verder\b",
            r"\b(?:aby|by) czytać dalej\b|\bi czytaj dalej\b",
            r"\bчтобы (?:продолжить чтение|читать дальше|прочитать)\b",
            r"\bokumaya devam etmek için\b",
            r"\buntuk (?:melanjutkan|terus) membaca\b",
            r"\bpro pokračování ve čtení\b|\ba čtěte dál\b",
            r"\bför att (?:fortsätta )?läsa (?:vidare|hela)\b",
            r"続きを読むには|続きをお読みいただけます|続きは(?:有料)?会員|(?:登録|ログイン)(?:すると|で)続き|(?:继续|繼續)(?:阅读|閱讀)(?:全文)?(?:请|請)"
            r"|पढ़ना जारी रखने के लिए",
        ),
    ),
    # a free trial offered to the reader
    "trial": Phrases(
        triggers=(
            "trial trials try cancel testen essayez prueba prova experimente probeer wypróbuj deneme denemenizi"
            " denemeyi coba zkuste prova"
        ),
        marks=("無料でお試し", "初月無料", "免费试用", "免費試用", "ट्रायल"),
        patterns=(
            r"^\W*(?:start|begin|claim|activate|get|unlock \w+ with) (?:your |a |my |the )?(?:free|risk-free"
            r"|\d+-day|\d+-week|\d+-month)(?: \w+)? trial\b",
            r"^\W*(?:try|test) (?:it |us )?(?:free|for free) for\b",
            r"\btry \w+ (?:days?|weeks?|months?) (?:free|for free)\b",
            r"\bfree trial, then\b",
            r"\b(?:\d+ (?:tage|wochen|monate?)|jetzt) (?:kostenlos|gratis) testen\b|\bessayez gratuitement\b",
            r"\bprueba gratis (?:durante|por)\b|\bprova gratis per\b|\bexperimente grátis\b",
            r"\bprobeer \w+ (?:dagen|weken|maanden) gratis\b|\bwypróbuj za darmo\b|\bücretsiz deneme\w*"
            r" (?:başlat|hemen)|\bcoba gratis selama\b|\bzkuste (?:\w+ )?zdarma\b",
            r"初月無料|無料でお試し|(?:免费|免費)(?:试用|試用)|मुफ़?्?त ट्रायल",
        ),
    ),
    # a wall that asks for consent to advertising, or payment
    "consent_or_pay": Phrases(
        triggers="accept ads werbung acceptez suscripción accettare aceite accepteer zaakceptuj çerezleri",
        patterns=(
            r"\baccept (?:all )?(?:cookies|tracking)\b[^.!?]{0,40}\bor (?:subscribe|pay|choose|go)\b",
            r"^\W*continue with ads\b|\bor (?:go|read|browse) ad-free\b",
            r"^\W*mit werbung weiterlesen\b|\bacceptez les cookies ou\b|\bpara navegar sin suscripción\b",
            r"\baccettare i cookie\b[^.!?]{0,50}\boppure abbonarti\b|\baceite os cookies ou\b",
            r"\baccepteer (?:de )?cookies of\b|\bzaakceptuj pliki cookies? lub\b|\bçerezleri kabul edin ya da\b",
        ),
    ),
    # an ad-blocker wall
    "blocker": Phrases(
        triggers=(
            "ad adblock adblocker blocker blocking werbeblocker bloqueur bloqueador blocco blokujące blokującego"
            " blokującej blokady блокировщик блокировщика engelleyici engelleyicinizi pemblokir blokátor"
            " annonsblockerare whitelist allowlist"
        ),
        marks=("広告ブロッ", "广告拦截", "廣告攔截", "ऐड ब्लॉकर", "एड ब्लॉकर"),
        patterns=(
            r"\byou(?:'re|’re| are| seem to be| appear to be) (?:using|running|blocking)\b[^.!?]{0,20}"
            r"(?:" + _BLOCKER + r"|\bads\b)",
            r"\b(?:disable|turn off|deactivate|pause|switch off) (?:your |the )?" + _BLOCKER,
            r"^\W*" + _BLOCKER + r" (?:detected|is on|enabled)\b",
            r"\b(?:whitelist|allowlist|allow ads on) (?:us|this site|our site|this website)\b",
            r"\b(?:deaktivieren|schalten) sie (?:bitte )?(?:ihren|den) " + _BLOCKER,
            r"\b(?:vous utilisez|utilisez-vous) un " + _BLOCKER + r"|\bdésactiv\w+ (?:votre |le )?" + _BLOCKER,
            r"\busas un " + _BLOCKER + r"|\bdesactiva (?:tu |el )?" + _BLOCKER + r"|\bdesative o " + _BLOCKER,
            r"\b(?:usando|utilizzando|usi) (?:un )?ad ?block\b|\bdisattiva (?:l'|il )?(?:ad ?block|" + _BLOCKER + r")",
            r"\bje gebruikt een adblocker\b|\bzet (?:je |de )?adblocker uit\b",
            r"\bużywasz " + _BLOCKER + r"|\bwyłącz " + _BLOCKER,
            r"\b(?:вы используете|отключите) " + _BLOCKER,
            r"\breklam engelleyici\w* kullandığınız|\breklam engelleyici\w*(?:nizi)? (?:kapatın|devre dışı)",
            r"\bmatikan " + _BLOCKER + r"|\banda menggunakan " + _BLOCKER,
            r"\bpoužíváte blokátor|\bvypněte (?:si )?blokátor",
            r"\bstäng av (?:din )?annonsblockerare\b|\bdu använder (?:en )?annonsblockerare\b",
            r"広告ブロッ(?:ク|カー)(?:機能)?を(?:無効|オフ|解除)|(?:关闭|關閉)(?:广告拦截|廣告攔截)",
            r"(?:ऐड|एड) ब्लॉकर बंद",
        ),
    ),
}

_RULE = PhraseRule(WALLS, MIN_WALL_CHARS, MAX_WALL_CHARS)
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE,)

#: The kinds of wall line that hold the page's text back from the reader (a meter, a subscriber wall, a
#: prompt to pay or sign up to read on): the page's paywall verdict counts them (:func:`~.kinds.wall_score`).
#: A free trial's offer, a consent-or-pay choice and an ad-blocker wall do not say the text is cut.
READING_WALLS = frozenset({"meter", "wall", "read_on"})


def wall_of(text: str) -> str | None:
    """What kind of reading-wall line ``text`` is (a key of :data:`WALLS`), or None when it is none."""
    return _RULE.kind_of(text)
