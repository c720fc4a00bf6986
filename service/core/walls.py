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
keep reading") or of "this article" and its subscribers, or is a badge or an offer that takes the whole line
("Exclusive to Gold members", "Unlock everything from $1 a week"), so that a story about paywalls ("The paper cut
its free articles from ten to four") is not one. Plan lists and prices are the offers rule's
(:mod:`.offers`); bare buttons are left to the model and the control rules (:mod:`.controls`), which hold
"Already a subscriber? Log in".
"""

from __future__ import annotations

from .phrases import PhraseRule, Phrases, speech_after_comma

#: Longest line (characters) that is tried as a wall line.
MAX_WALL_CHARS = 300
#: Shortest line (characters) that is tried as a wall line ("Unlock this article"; Chinese says "subscribe to
#: read the whole article" in nine, 订阅后即可阅读全文).
MIN_WALL_CHARS = 8

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
# The languages of a third writer's lines (2026-12-07, ``datasets/walls/more_walls.json``): fi, da, nb, hu, ro,
# el, uk, bg, hr, sk, lt, lv, et, ar, he, fa, vi, th, km, ko, ms, tl, sw. A meter, a wall and a prompt to read on
# are held by the shape every such line has, in each language's words: the reader addressed with a count of
# free articles; a line that opens with the article and names its subscribers; a verb to subscribe or log in
# beside one to read on. A code review's story lines in those words (news of free articles this month, telecoms'
# offers "only for subscribers", "to read on" as study) narrowed them to these shapes.
#: Free articles, in those languages (a count comes before them in a meter).
_FREE_MORE = (
    r"(?:maksuttom|maksutont|maksuttoma|ilmai)\w* (?:artikkel|juttu)\w*|\bgratis artik(?:el|ler|kel|kler)\b"
    r"|\bingyenes (?:cikk|írás)\w*|\barticol\w* gratuit\w*|\bδωρεάν (?:άρθρ|ειδήσ)\w*"
    r"|\bбезкоштовн\w* (?:стат|матеріал|публікац)\w*|\bбезплатн\w* (?:стати|материал)\w*"
    r"|\bbesplatn\w* (?:člank|članak|članc|tekst)\w*|\bčlánk\w* zadarmo|\bbezplatn\w* článk\w*"
    r"|\bnemokam\w* (?:straipsn|tekst)\w*|\bbezmaksas (?:rakst|materiāl)\w*|\btasuta (?:artikl|lugu|lood)\w*"
    r"|مقال\w* (?:ال)?مجاني|(?:כתבות|כתבה|מאמרים|מאמר) (?:חינם|בחינם)|(?:مقاله|مطلب)\S* رایگان"
    r"|\bbài (?:viết|báo) miễn phí|บทความฟรี|អត្ថបទឥតគិតថ្លៃ|무료 기사|\bartikel percuma\b"
    r"|\blibreng artikulo\b|\bmakala (?:\S+ )?za bure\b"
)
#: The reader, in those languages: "you have", "you have read" (a meter counts the reader's articles).
_YOU_MORE = (
    r"\bsinulla on\b|\bolet lukenut\b|\bdu har\b|\bolvashat|\bönnek\b|\bmai ai\b|\bai citit\b|\bai epuizat\b|\bv-au\b"
    r"|\bσας απομέν|\bέχετε\b|\bу вас\b|\bви прочитали\b|\bостават ви\b|\bостава ви\b|\bпрочетохте\b"
    r"|\bimate\b|\bpročitali ste\b|\bvám\b|\bprečítali ste\b|\bjums\b|\bperskaitėte\b|\bjūs\b|\besat izlasījis\b"
    r"|\bsul on\b|\bteil on\b|\boled lugenud\b|(?<!\w)(?:لك|لديك)\b|قرأت|\bלך\b|קראת|\bشما\b|دارید"
    r"|\bbạn\b|คุณ|អ្នក|남았습니다|\banda\b|\bka pa\b|\bnabasa mo\b|\bumebakiwa\b|\bumesoma\b"
)
#: The article, at the head of a wall line in those languages.
_ARTICLE_MORE = (
    r"(?:artikkelin|artikkeli|jutun|juttu|tämä juttu"
    r"|a cikk|ez a cikk|restul articolului|acest articol|continuarea articolului|articolul|το υπόλοιπο|το άρθρο"
    r"|продовження|решта статті|ця стаття|цей матеріал|останалата част от статията|статията|ostatak članka"
    r"|nastavak članka|ovaj članak|zvyšok článku|tento článok|likusi straipsnio dalis|šis straipsnis"
    r"|straipsnio tęsinys|raksta turpinājums|šis raksts|artikli järg|artikli jätk|see artikkel|see lugu"
    r"|بقية المقال|باقي المقال|تتمة المقال|هذا المقال|المقال|המשך הכתבה|הכתבה|כתבה זו|ادامه این مطلب|ادامه مطلب"
    r"|این مطلب|این مقاله|phần còn lại của bài (?:viết|báo)|bài viết này|nội dung này|เนื้อหาส่วนที่เหลือ|บทความนี้"
    r"|ផ្នែកដែលនៅសល់|អត្ថបទនេះ|이 기사|기사의 나머지|baki artikel ini|artikel ini|ang natitirang bahagi"
    r"|ang artikulong ito|sehemu iliyobaki ya makala|makala hii)"
)
#: Subscribers (as a wall names whom the text is for), in those languages.
_SUBSCRIBERS_MORE = (
    r"(?:tilaajille|tilaajien|abonnenter|előfizető\w*|abona\w*|συνδρομητ\w*|передплатник\w*|абонати|абонатите"
    r"|pretplatni\w*|predplatiteľ\w*|prenumerator\w*|abonentiem|tellijatele|للمشتركين|لمشتركينا|למנויים|למנויי"
    r"|مشترکان|hội viên|thành viên|người đăng ký|độc giả trả phí|สมาชิก|អ្នកជាវ|(?:유료 )?(?:회원|구독자)"
    r"|pelanggan|subscriber|miyembro|wanachama|wateja|waliojisajili)"
)
#: Subscribing or signing in, in those languages (beside a prompt to read on).
_JOIN_MORE = (
    r"(?:\btilaa\b|\btilaajaksi\b|\bkirjaudu\b|\brekisteröidy\b|\babonn(?:ér|er|ement)\w*|\blog ind\b|\blogg inn\b"
    r"|\bkøb\b|\bkjøp\b|\bfizessen elő\b|\bfizess elő\b|\bjelentkezzen be\b|\blépjen be\b|\bregisztráljon\b"
    r"|\babonează-te\b|\babonați-vă\b|\bautentific\w*|\bconectează-te\b|\bσυνδεθείτε\b|\bγίνετε συνδρομητ\w*"
    r"|\bεγγραφείτε\b|\bпередплат\w*|\bувійдіть\b|\bзареєструйтеся\b|\bоформіть\b|\bабонирайте се\b|\bвлезте\b"
    r"|\bregistrirajte se\b|\bpretplatite se\b|\bprijavite se\b|\bpredplaťte\b|\bprihláste sa\b|\bzaregistrujte sa\b"
    r"|\bprenumeruokite\b|\bprisijunkite\b|\bužsiregistruokite\b|\babonē\w*|\bpiesakies\b|\bpieslēdzies\b"
    r"|\btelli\b|\blogi sisse\b|\bregistreeru\b|اشترك|سج\W?ل|הירשמו|התחברו|הצטרפו|מינוי|مشترک شوید|وارد شوید"
    r"|\bđăng ký\b|\bđăng nhập\b|สมัครสมาชิก|เข้าสู่ระบบ|ជាវ|ចុះឈ្មោះ|ចូលគណនី|구독|로그인|회원가입|\blanggan\b|\blog masuk\b"
    r"|\bmag-subscribe\b|\bmag-log in\b|\bjiunge\b|\bjisajili\b|\bingia\b)"
)
#: Reading on, or the whole article, in those languages.
_READ_ON_MORE = (
    r"(?:\bjatka(?:aksesi)? lukemista\b|\blukeaksesi\b|\blue koko\b|\b(?:og )?(?:læs|les) videre\b"
    r"|\bfor (?:at|å) (?:læse|lese) (?:hele|videre|resten)\b|\bfolytatás(?:á)?hoz\b|\btovábbolvasáshoz\b"
    r"|\bpentru a (?:continua (?:lectura|să citești|citirea)|citi (?:tot|întregul|restul|articolul))"
    r"|\bγια να (?:συνεχίσετε (?:την ανάγνωση|να διαβάζετε)|διαβάσετε)|\bщоб (?:читати далі|продовжити читання"
    r"|прочитати|дочитати)|\bза да (?:продължите|продължиш) (?:да четете|да четеш|четенето)|\bза да прочетете\b"
    r"|\bnastavite čitati\b|\bnastavili čitati\b|\bčítajte ďalej\b|\bpokračovanie v čítaní\b|\bskaitykite toliau\b"
    r"|\bskaityti toliau\b|\blai lasītu tālāk\b|\blasi tālāk\b|\blai turpinātu lasīt\b|\bloe edasi\b"
    r"|\blugemise jätkamiseks\b|(?:لمواصلة|لمتابعة|لإكمال) القراءة|لقراءة (?:المقال|الخبر|المادة)"
    r"|להמשיך (?:לקרוא|בקריאה)|כדי לקרוא|برای ادامه (?:خواندن|مطالعه)|برای خواندن|\bđể (?:tiếp tục )?đọc\b"
    r"|เพื่ออ่าน|ដើម្បីបន្តអាន|ដើម្បីអានអត្ថបទ(?:ពេញ|ទាំងមូល)|អានអត្ថបទនេះបន្ត|계속 읽|전체 기사를 (?:읽|보)"
    r"|\bterus membaca\b|\buntuk membaca\b"
    r"|\bang pagbasa\b|\bpara mabasa\b|\bkusoma\b|\busome\b)"
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
            "free complimentary paywall kostenlose kostenlosen gratuit gratuits gratis gratuitos gratuitas gratuiti"
            " gratuito gratuitas darmowe darmowych bezpłatne bezpłatnych бесплатных бесплатные бесплатная"
            " ücretsiz zdarma gratisartiklar fria limit limite límite limiet freier freie noch kontingent reste"
            " zostały zostało maksutonta maksuttomia maksuttomat ilmaista ilmaisia ilmaiset ingyenes gratuite"
            " gratuită δωρεάν безкоштовні безкоштовних безкоштовна безкоштовну безплатни безплатна безплатните"
            " besplatna besplatnih besplatni besplatne zadarmo nemokami nemokamų nemokamus bezmaksas tasuta"
            " رایگان חינם miễn percuma libreng bure"
        ),
        marks=(
            "無料記事",
            "免费文章",
            "免費文章",
            "免费阅读",
            "免費閱讀",
            "मुफ्त लेख",
            "मुफ़्त लेख",
            "مجاني",
            "บทความฟรี",
            "ឥតគិតថ្លៃ",
            "무료 기사",
        ),
        patterns=(
            r"\byou(?:'ve|’ve| have)? (?:read|used|reached|hit|viewed|enjoyed|exhausted|used up)\b[^.!?]{0,40}"
            r"\b(?:" + _FREE + r")",
            r"\byou (?:have|get|'ve got|’ve got|only have) (?:\w+ )?(?:more |left |remaining )?(?:" + _FREE + r")",
            r"\b(?:your|this is your) (?:\w+ )?(?:last |final |remaining )?(?:" + _FREE + r")",
            r"\b(?:" + _FREE + r") (?:remaining|left)\b",
            r"\b(?:reached|hit|exceeded) (?:your|the) (?:\w+ )?(?:limit|maximum|quota) (?:of|for) (?:free )?"
            r"(?:articles|stories|reads)\b",
            r"\bfree (?:article|story|read) (?:limit|allowance|quota)\b",
            r"\byou(?:'ve|’ve| have)? (?:hit|reached) (?:the|our) (?:paywall|pay wall|subscriber wall"
            r"|subscription wall)\b",
            r"^\W*your (?:(?:free|complimentary|trial|guest) )?(?:access|pass|reading|period|trial)(?: (?:access|pass"
            r"|period|trial))? (?:has|have|is) (?:now )?(?:ended|expired|run out|finished|over|used up|come to an end)"
            r"(?=\W*$|\W+(?:subscribe|sign in|log in|choose|select|upgrade|to (?:continue|keep))\b)",
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
            r"^\W*noch \d+ gratis-?artikel\b|\bücretsiz (?:haber|makale|içerik) okuma hakkınız\b",
            r"^\W*(?:zostały|zostało) (?:ci|wam) \d+ (?:darmow|bezpłatn)\w+ artykuł",
            # the reader with a count of free articles, or the free articles the reader has read
            r"^(?=.{0,150}$)(?=.*(?:" + _YOU_MORE + r")).*(?:\d+|[۰-۹]+|[០-៩]+)\s*(?:" + _FREE_MORE + r")",
            r"^(?=.{0,150}$)(?=.*(?:" + _YOU_MORE + r")).*(?:" + _FREE_MORE + r")\s*(?:\S+\s)?(?:\d+|[០-៩]+)",
            r"(?:تبق\W?ى|يتبقى|بقي|تبقت) (?:لك|لديك)[^.!?]{0,30}مقال\w* مجاني|\bumebakiwa na makala \d+ za bure\b",
        ),
    ),
    # a hard wall: the rest is for subscribers
    "wall": Phrases(
        triggers=(
            "subscribers subscriber members insiders abonnenten abonnés suscriptores socios abonados abbonati"
            " assinantes abonnees subskrybentów prenumeratorów abonentów подписчиков подписчикам abonelere"
            " abonelerimize pelanggan předplatitele prenumeranter member exklusiv abo продолжение tilaajille abonnenter"
            " előfizetőink előfizetők előfizetőknek abonați abonaților abonații συνδρομητές συνδρομητών"
            " передплатників передплатникам абонати pretplatnicima pretplatnike predplatiteľov prenumeratoriams"
            " abonentiem tellijatele للمشتركين لمشتركينا למנויים مشترکان hội thành miyembro subscriber wanachama"
            " wateja"
        ),
        marks=(
            "会員限定",
            "有料会員",
            "订阅用户",
            "訂閱用戶",
            "付费会员",
            "付費會員",
            "सब्सक्राइबर",
            "สำหรับสมาชิก",
            "អ្នកជាវ",
            "회원 전용",
            "구독자 전용",
            "회원만",
        ),
        patterns=(
            r"\b(?:this|the rest of this|the rest of the|the full|the remainder of this|the whole)"
            r" (?:\w+ )?" + _TEXT + r"\b[^.!?]{0,30}\b(?:is |are )?(?:only )?(?:available|reserved|exclusive"
            r"|open|accessible)(?: only)? (?:to|for) (?:our |paying |registered )?" + _SUBSCRIBERS + r"\b",
            r"\b(?:this|the) (?:\w+ )?"
            + _TEXT
            + r" is (?:for|exclusive to) (?:our )?(?:paying )?"
            + _SUBSCRIBERS
            + r"(?: only)?\b",
            r"^\W*(?:subscriber|member)s?[- ](?:only|exclusive)(?: (?:content|article|story|access|feature|analysis"
            r"|reports?|stories|articles|briefing|podcasts?|videos?))?\W*$",
            r"^\W*(?:exclusive|(?:only |exclusively )?available(?: only| exclusively)?|only) (?:to|for) (?:our )?"
            r"(?:(?:premium|plus|gold|silver|platinum|digital|paying|paid|registered|all-access|vip|insider|club) )?"
            r"(?:subscribers|members|insiders)(?: only)?\W*$",
            r"\bexklusiv für (?:unsere )?(?:abonnenten|abonnentinnen|plus|abo)",
            r"\bnur für (?:abonnenten|abonnentinnen|plus-)",
            r"\b(?:est |sont )?réservée?s? (?:aux|à nos) abonnés\b",
            r"\bexclusiv[oa]s? para (?:nuestros )?(?:suscriptores|socios|abonados|assinantes)\b",
            r"\briservat[oa] (?:agli|ai nostri) abbonati\b",
            r"\bexclusief voor (?:abonnees|leden)\b",
            r"\bdostępn\w+ (?:tylko |wyłącznie )?dla (?:subskrybentów|prenumeratorów|abonentów)\b",
            # the article's, or the whole line (not a streaming series "доступно только для подписчиков" of a service)
            r"\b(?:стать|материал|текст|публикац|продолжение (?:статьи|материала))\w*[^.!?]{0,30}\bдоступ\w* только"
            r" (?:для )?(?:платных )?подписчик|^\W*доступ\w* только (?:для )?(?:платных )?подписчик\w*\W*$",
            r"\b(?:yalnızca |sadece )?abonelere(?:mize)? özel",
            r"\bkhusus (?:untuk )?(?:pelanggan|member|anggota)\b",
            r"\bpouze pro (?:předplatitele|členy)\b",
            r"\b(?:endast )?för (?:våra )?prenumeranter\b",
            r"有料会員限定|会員限定(?:の)?(?:記事|コンテンツ)|続きは(?:有料)?会員|(?:订阅|訂閱|付费|付費)(?:用户|用戶|会员|會員)"
            r"(?:专享|專享|可读|可讀|阅读|閱讀)|केवल सब्सक्राइबर",
            r"^\W*продолжение (?:статьи |материала )?доступно (?:только )?(?:для )?(?:платным )?подписчикам\W*$",
            r"^\W*(?:dit|het) (?:artikel|verhaal) is (?:alleen|uitsluitend|exclusief) voor (?:abonnees|leden)\b",
            r"^\W*this (?:\w+ )?" + _TEXT + r" is available exclusively to (?:\w+ ){0,3}(?:subscribers|members"
            r"|insiders?)\W*$",
            # a line that opens with the article and names its subscribers (not "the offer is only for subscribers")
            r"^(?=.{0,150}$)\W*(?:" + _ARTICLE_MORE + r")[^.!?]{0,60}(?:" + _SUBSCRIBERS_MORE + r")",
            r"^\W*(?:denne (?:artikel|artiklen|sag|saken|artikkelen)|resten af artiklen|resten av (?:saken|artikkelen))"
            r" (?:er|is) (?:kun |bare |forbeholdt |eksklusivt )?(?:for |til )?(?:våre |vores )?abonnenter\b",
            r"(?:유료 )?(?:회원|구독자)(?: 전용|만 볼 수 있는) (?:기사|콘텐츠)",
        ),
    ),
    # going on reading needs a subscription or an account
    "read_on": Phrases(
        triggers=(
            "reading read unlock pick weiterlesen weiter weiterzulesen lire lecture leyendo leer leggere lettura lendo"
            " ler"
            " lezen verder czytać czytaj przeczytać чтение читать прочитать okumaya membaca čtení číst läsa lesen"
            " lukemista lukeaksesi lue læs les læse lese folytatáshoz folytatásához továbbolvasáshoz lectura"
            " citirea citi"
            " citești ανάγνωση διαβάζετε διαβάσετε читати читання прочитати дочитати четете четеш четенето"
            " прочетете čitati ďalej čítaní toliau lasītu lasi lasīt edasi jätkamiseks القراءة لقراءة לקרוא"
            " בקריאה خواندن مطالعه đọc membaca pagbasa mabasa kusoma usome"
        ),
        marks=(
            "続き",
            "继续阅读",
            "繼續閱讀",
            "पढ़ना जारी",
            "即可阅读全文",
            "即可閱讀全文",
            "เพื่ออ่าน",
            "បន្តអាន",
            "អានអត្ថបទនេះបន្ត",
            "ដើម្បីអាន",
            "계속 읽",
            "전체 기사",
        ),
        patterns=(
            r"\b(?:subscribe|sign up|signup|register|log ?in|sign in|create (?:a |your )?(?:free )?account"
            r"|become a (?:subscriber|member)|join|upgrade|buy access)\b[^.!?]{0,50}\bto " + _READ_ON,
            r"\bto " + _READ_ON + r"\b[^.!?]{0,50}\b(?:subscribe|sign in|log in|register|subscription|account"
            r"|become a (?:subscriber|member))\b",
            r"\b" + _READ_ON + r" with (?:a|an|your|our) (?:free |digital |premium )?(?:subscription|account"
            r"|membership|plan)\b",
            r"^\W*unlock (?:this|the full) (?:article|story)\b",
            r"\b(?:register|sign up|log ?in|sign in|subscribe)(?: (?:free|now|for free"
            r"|today))?(?: or (?:register|sign up"
            r"|log ?in|sign in|subscribe|create (?:a |an )?(?:free )?account))?,? (?:and|to) (?:we'll |we will |you can"
            r" |you'll )?pick up (?:right )?where you left off\W*$",
            r"(?:^|[.!?]\s)\W*unlock (?:everything|all (?:our )?(?:stories|articles|journalism)|unlimited (?:digital )?"
            r"access(?: to (?:our|all our|the) (?:journalism|stories|articles|site|website|app))?)"
            r" (?:from|for) (?:just |only )?\W?\d[\d.,]*\s*(?:p|c)?(?:\s*(?:a|per|/|each)\s*(?:week|month|year|wk|mo)"
            r"|\s+for \d+ (?:weeks|months))",
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
            # after a verb to subscribe or sign in, not a campaign "to keep children reading"
            r"\b(?:berlangganan|langganan|langgan|masuk|login|log masuk|daftar|register)\b[^.!?]{0,40}"
            r"\buntuk (?:melanjutkan|terus) membaca\b",
            r"\bpro pokračování ve čtení\b|\ba čtěte dál\b",
            r"\bför att (?:fortsätta )?läsa (?:vidare|hela)\b",
            r"続きを読むには|続きをお読みいただけます|続きは(?:有料)?会員|(?:登録|ログイン)(?:すると|で)続き|(?:继续|繼續)(?:阅读|閱讀)(?:全文)?(?:请|請)"
            r"|पढ़ना जारी रखने के लिए",
            r"^\W*lesen sie (?:jetzt )?weiter mit \S*(?:\+|plus\b|abo)",
            r"^\W*(?:læs|les) (?:videre|mer) med \S*(?:\+|plus\b)",
            # a verb to subscribe or sign in beside one to read on (not "moved to Copenhagen to read on at university")
            r"(?:" + _JOIN_MORE + r")[^.!?]{0,50}(?:" + _READ_ON_MORE + r")",
            r"(?:" + _READ_ON_MORE + r")[^.!?]{0,50}(?:" + _JOIN_MORE + r")",
            r"(?:订阅|訂閱|登录|登錄|注册|註冊)后?即可(?:阅读|閱讀)全文\W*$",
        ),
    ),
    # a free trial offered to the reader
    "trial": Phrases(
        triggers=(
            "trial trials try cancel testen essayez prueba prova experimente probeer wypróbuj deneme denemenizi"
            " denemeyi coba zkuste prova kokeile prøv wypróbuj începe activează спробуйте isprobajte išbandykite"
            " proovi נסו deneyin cuba jaribu"
        ),
        marks=("無料でお試し", "初月無料", "免费试用", "免費試用", "ट्रायल", "សាកល្បងឥតគិតថ្លៃ"),
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
            r"^(?!.*[:–—]\s)\W*prueba \d+ (?:mes|meses|semanas?|días) por\b"
            r"|^(?!.*[:–—]\s)\W*experimente \d+ (?:dias|semanas|meses) grátis\b",
            r"^(?!.*[:–—]\s)\W*wypróbuj (?:przez )?\d+ dni (?:za darmo|bezpłatnie|za 0 zł)",
            r"^(?!.*[:–—]\s)\W*kokeile (?:\d+|\w+) (?:päivää|viikkoa|kuukautta) (?:maksutta|ilmaiseksi)\b",
            r"^(?!.*[:–—]\s)\W*prøv (?:\d+ |en |ett )?(?:måned|uker?|dager)\b[^.!?:]{0,10}\b(?:gratis|for \d+ kr)\b",
            r"\b(?:începe|activează|încearcă|beneficiază de)\b[^.!?]{0,20}\bperioad\w* de probă gratuit\w*",
            r"^(?!.*[:–—]\s)\W*(?:спробуйте (?:\w+ )?безкоштовно|isprobajte (?:\w+ )?besplatno|išbandykite"
            r" (?:\w+ )?nemokamai|cuba (?:\w+ )?percuma selama|jaribu (?:\w+ )?bure kwa siku)\b[^:,]{0,15}\d",
            r"^(?!.*[:–—]\s)\W*proovi (?:\d+ (?:päeva|nädalat|kuud) )?tasuta\b[^:,]{0,15}(?:\d|$)",
            r"^(?!.*[:–—]\s)\W*נסו (?:\S+ ){0,3}(?:חינם|בחינם)\W*$|^\W*\d+ gün (?:boyunca )?ücretsiz deneyin\W*$",
            r"សាកល្បងឥតគិតថ្លៃ\s*[០-៩\d]+\s*ថ្ងៃ",
        ),
    ),
    # a wall that asks for consent to advertising, or payment
    "consent_or_pay": Phrases(
        triggers=(
            "accept ads werbung acceptez suscripción accettare aceite accepteer zaakceptuj çerezleri akkoord hyväksy"
            " sütiket прийміть küpsistega"
        ),
        patterns=(
            # not "... for forcing readers to accept cookies or pay": a story of such a wall
            r"(?<!\bto )\baccept (?:all )?(?:cookies|tracking)\b[^.!?]{0,40}\bor (?:subscribe|pay|choose|go)\b",
            r"^\W*continue with ads\b|\bor (?:go|read|browse) ad-free\b",
            r"^\W*mit werbung weiterlesen\b|\bacceptez les cookies ou\b|\bpara navegar sin suscripción\b",
            r"\baccettare i cookie\b[^.!?]{0,50}\boppure abbonarti\b|\baceite os cookies ou\b",
            r"\baccepteer (?:de )?cookies of\b|\bzaakceptuj pliki cookies? lub\b|\bçerezleri kabul edin ya da\b",
            # a choice put to the reader, not a headline quoting one before its story ("…: the regulator looks")
            r"^(?!.*[:–—]\s)\W*(?:akkoord met cookies,? of (?:neem|kies|word)\b|hyväksy evästeet\b[^.!?]{0,60}"
            r"\btai tilaa\b|fogadja el a sütiket\b[^.!?]{0,60}\bvagy fizessen elő|nõustu küpsistega\b[^.!?]{0,60}"
            r"\bvõi telli\b|прийміть (?:файли )?cookie\b[^.!?]{0,40}\bабо оформіть передплату)",
            r"^(?!.*[:–—]\s)\W*çerezleri ve reklamları kabul ederek devam edin\b",
        ),
    ),
    # an ad-blocker wall
    "blocker": Phrases(
        triggers=(
            "ad adblock adblocker blocker blocking werbeblocker bloqueur bloqueador blocco blokujące blokującego"
            " blokującej blokady блокировщик блокировщика engelleyici engelleyicinizi pemblokir blokátor"
            " annonsblockerare whitelist allowlist mainosestoa mainoseston annonseblokker annonceblokker"
            " reklameblokker blocant блокувальник blokator blokavimo blokatorių reklaamiblokeerijat"
            " reklaamiblokeerija בחוסם gumagamit attivato"
        ),
        marks=("広告ブロッ", "广告拦截", "廣告攔截", "ऐड ब्लॉकर", "एड ब्लॉकर", "บล็อกโฆษณา", "광고 차단"),
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
            r"^(?!\W*(?:jos|hvis|om|dacă|якщо|ako|jei|kui|אם|kung|if|wenn)\b)(?:"
            r"\W*näyttää siltä, että käytät mainosestoa"
            r"|.*\bdu (?:bruker|bruger) (?:en )?(?:annonseblokker|annonceblokker|reklameblokker|adblocker)\b"
            r"|.*\bfolosești (?:un )?(?:blocant|blocker) de reclame\b|.*\bви використовуєте блокувальник\w* реклами\b"
            r"|.*\bkoristite (?:\w+ )?blokator\w* (?:oglasa|reklama)\b"
            r"|.*\bnaudojate reklam\w* (?:blokavimo|blokatori)|.*\bkasutad reklaamiblokeerija\w*"
            r"|.*(?:אתם משתמשים|אתה משתמש|את משתמשת) בחוסם (?:פרסומות|מודעות)"
            r"|.*\bgumagamit ka ng ad ?blocker\b|.*\breklam engelleyici\w* kullanıyor(?:sunuz| görünüyorsunuz)"
            r"|\W*hai attivato (?:un )?ad ?blocker\b)",
            r"광고 차단(?: 프로그램| 기능)?(?:을|를)? (?:사용 중(?:이신|입니다|이십니다)|해제해 ?주(?:세요|십시오))",
            r"^(?!.*(?:หาก|ถ้า)).*คุณ(?:กำลัง)?ใช้(?:โปรแกรม)?บล็อกโฆษณา",
        ),
    ),
}

#: A story telling of a wall line ("Subscribe for full access, the union urged"; "Proovi tasuta, ütles minister"):
#: a wall speaks to the reader and never reports who spoke. Searched in the folded line (:func:`~.phrases.fold`).
_SPEECH = speech_after_comma(
    "said|says|urged|told|sagt|sagte|dit|dice|dijo|afferma|diz|disse|zegt|powiedział|radzi|сказал|сказав|заявил"
    "|diyor|dedi|sanoi|kertoo|sagde|siger|mondta|a declarat|a spus|δήλωσε|είπε|заяви|каза|rekao je|poručuju"
    "|povedal|sakė|ragina|teica|ütles|teatas|nói|kata|ujar|sabi|alisema"
)
_RULE = PhraseRule(WALLS, MIN_WALL_CHARS, MAX_WALL_CHARS, unless=(_SPEECH,))
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE,)

#: The kinds of wall line that hold the page's text back from the reader (a meter, a subscriber wall, a
#: prompt to pay or sign up to read on): the page's paywall verdict counts them (:func:`~.kinds.wall_score`).
#: A free trial's offer, a consent-or-pay choice and an ad-blocker wall do not say the text is cut.
READING_WALLS = frozenset({"meter", "wall", "read_on"})
#: The kind of wall line that counts the reader's free articles.
METER = "meter"


def wall_of(text: str) -> str | None:
    """What kind of reading-wall line ``text`` is (a key of :data:`WALLS`), or None when it is none."""
    return _RULE.kind_of(text)
