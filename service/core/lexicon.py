"""Cue vocabularies: words publishers use in chrome, grouped by kind, in several languages.

These are data, compiled once (``cue_index``) into a word n-gram table when first used.
The hashed word n-grams learn far more than this from the training data; the cues give
the model a dense, language-spanning signal for chrome it has seen few examples of.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

CUES: dict[str, tuple[str, ...]] = {
    "paywall": (
        "free articles",
        "article limit",
        "reached your limit",
        "continue reading",
        "keep reading",
        "subscribers only",
        "subscriber-only",
        "premium",
        "unlock",
        "unlimited access",
        "paywall",
        "kostenlose artikel",
        "weiterlesen",
        "abonnenten",
        "plus-artikel",
        "exklusiv für",
        "articles gratuits",
        "réservé aux abonnés",
        "continuer la lecture",
        "lire la suite",
        "artículos gratis",
        "exclusivo para suscriptores",
        "seguir leyendo",
        "contenuto riservato",
        "riservato agli abbonati",
        "artigos gratuitos",
        "exclusivo para assinantes",
        "gratis artikelen",
        "alleen voor abonnees",
        "darmowych artykułów",
        "tylko dla subskrybentów",
        "有料会員",
        "会員限定",
        "続きを読む",
        "付费",
        "订阅用户",
        "会员专享",
        "阅读全文",
        "только для подписчиков",
        "читать полностью",
        "बाकी खबर पढ़ने के लिए",
        "प्रीमियम",
        "للمشتركين فقط",
        "أكمل القراءة",
        "유료 회원",
        "유료기사",
        "abonelere özel",
        "devamını oku",
        "khusus pelanggan",
        "baca selengkapnya",
        "endast för prenumeranter",
        "läs vidare",
        "pouze pro předplatitele",
        "číst dál",
    ),
    "pricing": (
        "per month",
        "/month",
        "a month",
        "per year",
        "/year",
        "a year",
        "billed",
        "renews",
        "cancel anytime",
        "free trial",
        "trial",
        "plan",
        "monthly",
        "annual",
        "quarterly",
        "save",
        "offer",
        "discount",
        "pro monat",
        "im monat",
        "jährlich",
        "monatlich",
        "kündbar",
        "probeabo",
        "testen",
        "par mois",
        "par an",
        "sans engagement",
        "essai gratuit",
        "al mes",
        "al año",
        "prueba gratis",
        "al mese",
        "all'anno",
        "por mês",
        "por ano",
        "per maand",
        "per jaar",
        "miesięcznie",
        "rocznie",
        "zł",
        "月額",
        "年額",
        "無料体験",
        "每月",
        "每年",
        "包年",
        "免费试用",
        "в месяц",
        "в год",
        "प्रति माह",
        "प्रति वर्ष",
        "شهريا",
        "سنويا",
        "월 구독료",
        "aylık",
        "yıllık",
        "per bulan",
        "per tahun",
        "per månad",
        "kr/mån",
        "měsíčně",
        "ročně",
        "kč",
    ),
    "login": (
        "log in",
        "login",
        "sign in",
        "sign up",
        "register",
        "create account",
        "create an account",
        "my account",
        "already a subscriber",
        "already subscribed",
        "password",
        "anmelden",
        "einloggen",
        "registrieren",
        "konto",
        "bereits abonnent",
        "se connecter",
        "connexion",
        "s'inscrire",
        "mon compte",
        "déjà abonné",
        "iniciar sesión",
        "regístrate",
        "mi cuenta",
        "ya eres suscriptor",
        "accedi",
        "registrati",
        "entrar",
        "inloggen",
        "registreren",
        "zaloguj",
        "zarejestruj",
        "ログイン",
        "会員登録",
        "登录",
        "注册",
        "войти",
        "вход",
        "регистрация",
        "लॉग इन",
        "साइन इन",
        "तسجيل الدخول",
        "تسجيل الدخول",
        "로그인",
        "회원가입",
        "giriş yap",
        "üye ol",
        "masuk",
        "daftar",
        "logga in",
        "přihlásit se",
        "registrace",
    ),
    "subscribe": (
        "subscribe",
        "subscription",
        "subscriber",
        "abonnieren",
        "abo",
        "abonnement",
        "abonnez",
        "s'abonner",
        "suscríbete",
        "suscripción",
        "abbonati",
        "abbonamento",
        "assine",
        "assinatura",
        "abonneer",
        "abonnement",
        "subskrypcj",
        "prenumerat",
        "購読",
        "订阅",
        "подписка",
        "подписаться",
        "оформить подписку",
        "सब्सक्राइब",
        "सदस्यता",
        "اشترك",
        "الاشتراك",
        "구독",
        "abone ol",
        "abonelik",
        "berlangganan",
        "langganan",
        "prenumerera",
        "prenumeration",
        "předplatné",
        "předplatit",
    ),
    "consent": (
        "cookie",
        "cookies",
        "consent",
        "privacy",
        "accept all",
        "reject all",
        "manage preferences",
        "manage options",
        "personal data",
        "gdpr",
        "datenschutz",
        "einwilligung",
        "zustimmen",
        "alle akzeptieren",
        "ablehnen",
        "confidentialité",
        "accepter",
        "tout accepter",
        "refuser",
        "consentement",
        "aceptar",
        "rechazar",
        "privacidad",
        "consenso",
        "accetta",
        "rifiuta",
        "aceitar",
        "privacidade",
        "akkoord",
        "accepteren",
        "prywatności",
        "zgoda",
        "akceptuj",
        "クッキー",
        "同意",
        "隐私",
        "файлы cookie",
        "कुकीज़",
        "ملفات تعريف الارتباط",
        "쿠키",
        "çerez",
        "çerezler",
        "kuki",
        "kakor",
        "soubory cookie",
    ),
    "newsletter": (
        "newsletter",
        "inbox",
        "email address",
        "e-mail address",
        "your email",
        "sign up for",
        "delivered to",
        "daily briefing",
        "e-mail-adresse",
        "posteingang",
        "adresse e-mail",
        "boîte mail",
        "correo electrónico",
        "boletín",
        "casella di posta",
        "nieuwsbrief",
        "biuletyn",
        "ニュースレター",
        "メールマガジン",
        "邮件",
        "简报",
        "рассылка",
        "рассылку",
        "न्यूज़लेटर",
        "النشرة البريدية",
        "뉴스레터",
        "bülten",
        "e-bülten",
        "buletin",
        "nyhetsbrev",
        "newsletter zdarma",
    ),
    "promo": (
        "download the app",
        "get the app",
        "app store",
        "google play",
        "donate",
        "donation",
        "support our journalism",
        "support us",
        "become a member",
        "gift",
        "podcast",
        "app herunterladen",
        "unterstützen",
        "spenden",
        "télécharger l'application",
        "faire un don",
        "descarga la app",
        "dona",
        "scarica l'app",
        "baixe o app",
        "doneer",
        "pobierz aplikację",
        "wesprzyj",
        "アプリ",
        "下载",
        "客户端",
        "скачайте приложение",
        "поддержите",
        "ऐप डाउनलोड करें",
        "حمّل التطبيق",
        "ادعم",
        "앱 다운로드",
        "uygulamayı indir",
        "unduh aplikasi",
        "ladda ner appen",
        "stáhněte si aplikaci",
        "podpořte",
    ),
    "share": (
        "share",
        "tweet",
        "facebook",
        "twitter",
        "whatsapp",
        "linkedin",
        "pinterest",
        "telegram",
        "reddit",
        "email",
        "copy link",
        "print",
        "bookmark",
        "save article",
        "teilen",
        "drucken",
        "merken",
        "link kopieren",
        "partager",
        "imprimer",
        "compartir",
        "imprimir",
        "condividi",
        "stampa",
        "partilhar",
        "compartilhar",
        "delen",
        "udostępnij",
        "drukuj",
        "シェア",
        "共有",
        "印刷",
        "分享",
        "打印",
        "收藏",
        "поделиться",
        "शेयर करें",
        "شارك",
        "مشاركة",
        "공유하기",
        "paylaş",
        "bagikan",
        "dela",
        "sdílet",
    ),
    "related": (
        "related",
        "read more",
        "more from",
        "most read",
        "most popular",
        "recommended",
        "you may also like",
        "trending",
        "top stories",
        "latest news",
        "see also",
        "also read",
        "auch interessant",
        "meistgelesen",
        "mehr zum thema",
        "lesen sie auch",
        "à lire aussi",
        "les plus lus",
        "sur le même sujet",
        "lee también",
        "lo más leído",
        "relacionad",
        "leggi anche",
        "più letti",
        "leia também",
        "mais lidas",
        "lees ook",
        "meest gelezen",
        "czytaj też",
        "najczęściej czytane",
        "関連記事",
        "人気記事",
        "相关阅读",
        "热门",
        "推荐",
        "читайте также",
        "по теме",
        "यह भी पढ़ें",
        "संबंधित खबरें",
        "اقرأ أيضا",
        "أخبار ذات صلة",
        "관련기사",
        "많이 본 뉴스",
        "ilgili haberler",
        "baca juga",
        "berita terkait",
        "läs också",
        "mest läst",
        "mohlo by vás zajímat",
        "související články",
        "read next",
        "read also",
        "must read",
        "don't miss",
        "also watch",
        "more on this",
        "lire aussi",
        "lea también",
        "leia mais",
        "lees meer",
        "zobacz też",
        "читайте",
        "इसे भी पढ़ें",
        "ذات صلة",
        "함께 보면 좋은",
        "bunu da okuyun",
        "läs mer",
        "čtěte také",
    ),
    "navigation": (
        "home",
        "menu",
        "search",
        "skip to",
        "back to top",
        "next",
        "previous",
        "page",
        "sections",
        "startseite",
        "suche",
        "zurück",
        "weiter",
        "accueil",
        "recherche",
        "inicio",
        "buscar",
        "cerca",
        "início",
        "pesquisar",
        "zoeken",
        "strona główna",
        "szukaj",
        "ホーム",
        "検索",
        "首页",
        "搜索",
        "上一页",
        "下一页",
        "главная",
        "назад к",
        "होम",
        "الرئيسية",
        "홈",
        "ana sayfa",
        "beranda",
        "startsida",
        "hlavní stránka",
    ),
    "legal": (
        "copyright",
        "©",
        "all rights reserved",
        "terms of use",
        "terms of service",
        "privacy policy",
        "imprint",
        "impressum",
        "agb",
        "nutzungsbedingungen",
        "alle rechte vorbehalten",
        "mentions légales",
        "tous droits réservés",
        "aviso legal",
        "todos los derechos reservados",
        "note legali",
        "tutti i diritti riservati",
        "todos os direitos reservados",
        "alle rechten voorbehouden",
        "wszelkie prawa zastrzeżone",
        "著作権",
        "無断転載",
        "版权所有",
        "免责声明",
        "все права защищены",
        "सर्वाधिकार सुरक्षित",
        "جميع الحقوق محفوظة",
        "무단전재",
        "재배포 금지",
        "tüm hakları saklıdır",
        "hak cipta dilindungi",
        "alla rättigheter förbehållna",
        "všechna práva vyhrazena",
    ),
    "ad": (
        "advertisement",
        "advertising",
        "sponsored",
        "ad",
        "ads",
        "partner content",
        "affiliate",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "anuncio",
        "pubblicità",
        "publicidade",
        "advertentie",
        "reklama",
        "広告",
        "广告",
        "推广",
        "реклама",
        "विज्ञापन",
        "إعلان",
        "광고",
        "reklam",
        "iklan",
        "annons",
        "reklama",
    ),
    "comments": (
        "comment",
        "comments",
        "join the conversation",
        "leave a reply",
        "community guidelines",
        "kommentar",
        "kommentare",
        "commentaire",
        "commentaires",
        "comentario",
        "comentarios",
        "commento",
        "commenti",
        "comentário",
        "reacties",
        "komentarz",
        "komentarze",
        "コメント",
        "评论",
        "комментарии",
        "टिप्पणियां",
        "التعليقات",
        "댓글",
        "yorumlar",
        "yorum yap",
        "komentar",
        "kommentarer",
        "komentáře",
    ),
    # what a syndication or editorial note says of the text; agency names are their own group,
    # since datelines and credits of real articles carry them too
    "disclaimer": (
        "syndicated",
        "auto-generated",
        "reworked",
        "not been edited",
        "views expressed",
        "do not necessarily reflect",
        "translated",
        "автоматически",
        "ऑटो-जेनरेटेड",
        "सिंडिकेट फ़ीड",
        "لا تعبر بالضرورة",
        "자동 생성",
        "otomatik olarak",
        "diterjemahkan",
        "automatiskt",
        "automaticky",
    ),
    "dateline": (
        "published",
        "updated",
        "last updated",
        "first published",
        "posted on",
        "veröffentlicht",
        "aktualisiert",
        "publié",
        "mis à jour",
        "publicado",
        "actualizado",
        "atualizado",
        "pubblicato",
        "aggiornato",
        "gepubliceerd",
        "bijgewerkt",
        "opublikowano",
        "aktualizacja",
        "publicerad",
        "uppdaterad",
        "publikováno",
        "aktualizováno",
        "yayınlanma",
        "güncelleme",
        "diterbitkan",
        "diperbarui",
        "опубликовано",
        "обновлено",
        "प्रकाशित",
        "अपडेटेड",
        "آخر تحديث",
        "تاريخ النشر",
        "公開日",
        "更新日",
        "发布时间",
        "更新时间",
        "기사입력",
        "최종수정",
    ),
    "agency": (
        "feed",
        "wire",
        "agency",
        "agentur",
        "dpa",
        "afp",
        "reuters",
        "associated press",
        "ap",
        "pti",
        "ians",
        "agence",
        "agencia",
        "efe",
        "ansa",
        "lusa",
        "anp",
        "pap",
        "共同通信",
        "新华社",
    ),
}
"""Cue phrases by kind. Matching is case-insensitive on word boundaries (CJK: substring)."""

STOPWORDS: dict[str, tuple[str, ...]] = {
    "en": tuple(
        "the of and to in a is that for it as was with on be by he at have this from or had not but are his they an which were their has been would its who will one more said after also".split()
    ),
    "de": tuple(
        "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis".split()
    ),
    "fr": tuple(
        "le de la les et des en un une du est que qui dans pour pas au sur par il ne se plus avec ce sont été aux son sa ses elle ont cette mais comme".split()
    ),
    "es": tuple(
        "de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o fue este ha sí porque esta entre cuando muy sin sobre".split()
    ),
    "it": tuple(
        "di che la il e a per in un è del non una le si da i sono alla con della al anche come ma più nel gli dei ha questo lo dal ci".split()
    ),
    "pt": tuple(
        "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito".split()
    ),
    "nl": tuple(
        "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij dan maar wordt door hij nog naar".split()
    ),
    "pl": tuple(
        "i w nie na się z do to że jest o jak ale po co tak za od jego przez który tym być oraz może już także".split()
    ),
    "sv": tuple(
        "och att det som en på är av för med till den har de inte om ett han var sig från vi så kan när hon efter också eller hade skulle".split()
    ),
    "da": tuple(
        "og at det en den til er som på de med af for ikke der var har et sig om fra efter også eller havde skal".split()
    ),
    "no": tuple(
        "og det som på er en til av for med har at ikke den de et var om fra etter også seg eller hadde skal".split()
    ),
    "fi": tuple("ja on ei että se oli hän kun myös mutta ovat joka tai kuin sen ole jo vain nyt mukaan sekä".split()),
    "cs": tuple(
        "se na je že to do jako ale by pro jsou jeho které který která podle po při také už ve byl bylo jsme".split()
    ),
    "ro": tuple("și de la în cu pe din că un care este se nu mai pentru au fost sunt al ale dar ca sau după".split()),
    "hu": tuple("az és hogy nem is egy van meg de ez azt csak már mint még volt el ha vagy után pedig amely".split()),
    "tr": tuple(
        "ve bir bu da de için ile olarak çok daha gibi ne ama en her şu ki olan sonra kadar değil ise veya göre".split()
    ),
    "id": tuple(
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh atau sudah bisa telah saat lebih mereka".split()
    ),
    "ru": tuple(
        "и в не на что с по как к о из у за это же от для но так его он она они было был была бы также уже при или ее их до после".split()
    ),
    "uk": tuple("і в у на що з не та до як за це від для але про його вона було також який яка які вже після".split()),
    "el": tuple("και το η ο της του την να σε με για που από τα οι των στο στην είναι θα δεν ένα μια".split()),
    "vi": tuple("của và là các có được trong cho với này không những một người đã để khi từ cũng về theo".split()),
    "hi": tuple("का की के में है हैं और से को पर यह ने कि भी एक था थी थे हो तो नहीं लिए इस जो कर गया ही वह साथ बाद".split()),
    "ar": tuple("في من على إلى عن أن إن التي الذي مع هذا هذه كان قد لا ما أو بين بعد كما ذلك".split()),
    "ko": tuple("및 등 또 또한 그리고 그러나 하지만 이 그 것 수 있다 했다 있는 이번 대한 통해 위해 따르면".split()),
}
"""Function words per language: their density marks running prose (as in jusText)."""

#: Month and weekday names, as publication and update lines write dates (see :mod:`.stamps`);
#: any prefix of three letters or more of one counts (Nov, Sept, Mo, sáb.).
CALENDAR_NAMES: dict[str, tuple[str, ...]] = {
    "en": tuple(
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday".split()
    ),
    "de": tuple(
        "januar jänner februar märz april mai juni juli august september oktober november dezember "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag".split()
    ),
    "fr": tuple(
        "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre "
        "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
    ),
    "es": tuple(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
        "lunes martes miércoles jueves viernes sábado domingo".split()
    ),
    "it": tuple(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
        "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
    ),
    "pt": tuple(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()
    ),
    "nl": tuple(
        "januari februari maart april mei juni juli augustus september oktober november december "
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
    ),
    "sv": tuple(
        "januari februari mars april maj juni juli augusti september oktober november december "
        "måndag tisdag onsdag torsdag fredag lördag söndag".split()
    ),
    "pl": tuple(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "
        "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień "
        "poniedziałek wtorek środa czwartek piątek sobota niedziela".split()
    ),
    "cs": tuple(
        "ledna února března dubna května června července srpna září října listopadu prosince "
        "pondělí úterý středa čtvrtek pátek sobota neděle".split()
    ),
    "tr": tuple(
        "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık "
        "pazartesi salı çarşamba perşembe cuma cumartesi pazar".split()
    ),
    "id": tuple(
        "januari februari maret april mei juni juli agustus september oktober november desember "
        "senin selasa rabu kamis jumat sabtu minggu".split()
    ),
    "ru": tuple(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
        "понедельник вторник среда четверг пятница суббота воскресенье".split()
    ),
    "hi": tuple("जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()),
    "ar": tuple("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()),
}
#: Other words a date or time may hold: prepositions, articles, clock and relative-time words.
DATE_FILLERS = tuple(
    "at on of the am pm a.m p.m um le de del el il ore à às a las los alle om kl o saat pukul в г года uhr h hrs "
    "local time ago just now hour hours hr min mins minute minutes day days week weeks "
    "vor stunden stunde minuten tag tagen il y hace horas minutos há fa ore minuti geleden uur "
    "temu godzin minut назад часа часов минут".split()
)
#: What opens a reading-time line ("Reading time: 4 minutes", "Lesezeit: 4 Min.").
READING_TIME_LABELS = (
    "reading time",
    "read time",
    "time to read",
    "lesezeit",
    "lesedauer",
    "temps de lecture",
    "tiempo de lectura",
    "tempo de leitura",
    "tempo di lettura",
    "leestijd",
    "lästid",
    "czas czytania",
    "doba čtení",
    "okuma süresi",
    "время чтения",
    "waktu baca",
)
#: Minutes as reading-time lines write them, and what follows "4 min" in one ("4 min read").
MINUTE_WORDS = (
    "min",
    "mins",
    "minute",
    "minutes",
    "minuten",
    "minutos",
    "minuti",
    "minut",
    "minuty",
    "minuter",
    "dakika",
    "menit",
    "мин",
    "минут",
    "минуты",
)
READ_WORDS = (
    "read",
    "reading",
    "lesezeit",
    "lesen",
    "de lecture",
    "de lectura",
    "de leitura",
    "di lettura",
    "leestijd",
    "lästid",
    "czytania",
    "čtení",
    "okuma",
    "чтения",
    "baca",
)
#: A gallery counter: a picture word, a number, "of", a number ("Image 1 of 5", "Bild 2 von 9").
PICTURE_WORDS = (
    "image",
    "photo",
    "picture",
    "slide",
    "bild",
    "foto",
    "imagen",
    "immagine",
    "afbeelding",
    "zdjęcie",
    "obrázek",
    "fotoğraf",
    "фото",
    "gambar",
)
OF_WORDS = ("of", "von", "de", "di", "sur", "van", "z", "av", "из", "dari", "/")
#: Words that leave a phrase open when a text line ends in one (written in lower case): articles,
#: prepositions, conjunctions and verbs of saying. In a dump of one line per text node, "according
#: to the" / "European Commission" is one sentence cut at a link (``rejoin.leaves_open``). Words
#: that also end menu items ("sign in", "log on", "opt out") are left out.
OPEN_ENDINGS: dict[str, str] = {
    "en": "the a an of to by and or but nor with from for at as that than into onto about including between among "
    "via said says told wrote",
    "de": "der die das den dem des ein eine einen einem einer und oder von mit für zu zum zur im auf aus bei nach über",
    "fr": "le la les un une de du des et ou à au aux pour par avec sur dans",
    "es": "el los las del y con por para al",
    "it": "il lo gli di da della delle dei degli con per nel nella sul sulla",
    "pt": "os do dos da das em no na nos nas pelo pela",
    "nl": "het een van en met voor naar bij",
}
#: A share bar's counter's word, after a count in thousands ("1.2k shares", "3,4K Mal geteilt").
SHARE_COUNT_WORDS = (
    "shares",
    "share",
    "compartidos",
    "partages",
    "condivisioni",
    "compartilhamentos",
    "mal geteilt",
    "gedeeld",
    "udostępnień",
    "paylaşım",
    "kali dibagikan",
    "lượt chia sẻ",
    "delningar",
    "sdílení",
)
#: A comment counter: a comment word and a number, either way round ("Comments (12)", "3 Kommentare").
COMMENT_WORDS = (
    "comment",
    "comments",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "commento",
    "commenti",
    "reactie",
    "reacties",
    "komentarz",
    "komentarze",
    "komentarzy",
    "yorum",
    "yorumlar",
    "komentar",
    "комментарий",
    "комментария",
    "комментариев",
    "комментарии",
)
#: Labels of a page's controls, a line each: ad slots, tools, share and follow buttons, app and
#: loading prompts, headings of link lists. Matched as whole lines, word for word (see
#: :mod:`.controls`); one ``|``-separated string per language.
CONTROL_LABELS: dict[str, tuple[str, ...]] = {
    "ad": (
        "advertisement|advertisements|advertising|advert|ad|ads|sponsored|sponsored content|paid content|"
        "paid post|promoted content|partner content|ad feedback|report this ad|skip advertisement|"
        "story continues below advertisement|article continues below advertisement|"
        "continue reading below advertisement|advertisement continue reading below|story continues below|"
        "article continues below|continue reading below|scroll to continue with content|"
        "advertisement scroll to continue|content continues below",
        "anzeige|werbung|weiterlesen nach der anzeige|artikel wird nach der anzeige fortgesetzt|"
        "der artikel wird unterhalb fortgesetzt",
        "publicité|publicite|la suite après la publicité|lire la suite après cette publicité|"
        "la suite de l'article après cette publicité|article sponsorisé",
        "publicidad|anuncio|contenido patrocinado|continúa después de la publicidad|sigue después de la publicidad",
        "pubblicità|pubblicita|contenuto sponsorizzato|continua a leggere dopo la pubblicità",
        "publicidade|conteúdo patrocinado|continua depois da publicidade|continua após a publicidade",
        "advertentie|gesponsord|gesponsorde inhoud|lees verder na de advertentie",
        "advertorial|paid partnership|sponsored post|publirreportaje|materiał partnera|materiał sponsorowany|"
        "artykuł sponsorowany|sponsorlu içerik|на правах рекламы|партнерский материал",
        "reklama|reklame|reklam|annons|annonse|annonce|mainos|iklan|реклама|広告|广告|廣告|광고|إعلان|विज्ञापन",
        "quảng cáo|nội dung tài trợ|tài trợ|konten bersponsor|sponsorlu|reklam alanı|إعلان ممول|محتوى مدعوم|"
        "광고 문의|スポンサー|スポンサーリンク|赞助内容|推广|प्रायोजित|sponzorováno|sponsrat|sponsrad",
        # more languages: lt lv et hu ro el he fa ur uk bg hr sr sk fi da no th bn ta te mr ml kn gu sw tl ka hy km am
        "reklāma|reklaam|hirdetés|publicitate|reclamă|διαφήμιση|פרסומת|تبلیغات|آگهی|اشتہار|оглас|oglas|"
        "sponsoroitu|sponsoreret|sponset|โฆษณา|বিজ্ঞাপন|விளம்பரம்|ప్రకటన|जाहिरात|പരസ്യം|ಜಾಹೀರಾತು|જાહેરાત|tangazo|"
        "matangazo|patalastas|რეკლამა|գովազդ|ការផ្សាយពាណិជ្ជកម្ម|ማስታወቂያ",
    ),
    "tools": (
        "print|print this article|print this page|print article|font size|text size|change text size|"
        "a a a|a a|aa|listen|listen to this article|listen to this story|listen to article|"
        "save|save article|save story|save for later|bookmark|copy link|copy url|link copied|"
        "gift article|gift this article|embed from getty images|expand|collapse|close|back to top|"
        "scroll to top|skip to content|skip to main content|menu|search|loading|loading comments|"
        "open in app|open in the app|read in app|read in the app|get the app|zoom|fullscreen|full screen|"
        "view gallery|view slideshow|enlarge this image|toggle caption|hide caption|show caption|"
        "view source|view fullsize|view full size|view larger image|enlarge image|click to enlarge|view image|"
        "view photos|more photos|swipe to scroll horizontally|hide|toggle|watch now|listen now|pause|mute|"
        "unmute|replay|autoplay|skip ad|download|print friendly|printer friendly|email to a friend|"
        "send to a friend|report an error|suggest a correction|got a tip|send us a tip",
        "drucken|artikel drucken|seite drucken|schriftgröße|textgröße|vorlesen|artikel anhören|anhören|"
        "merken|artikel merken|link kopieren|link kopiert|nach oben|zum inhalt springen|suche|wird geladen|"
        "in der app öffnen|in app öffnen|schließen|vergrößern|bildergalerie öffnen",
        "imprimer|imprimer l'article|taille du texte|taille de police|écouter|écouter cet article|"
        "écouter l'article|enregistrer|sauvegarder|copier le lien|lien copié|retour en haut|aller au contenu|"
        "rechercher|chargement|chargement en cours|ouvrir dans l'application|fermer|agrandir",
        "imprimir|imprimir artículo|tamaño de letra|tamaño del texto|escuchar|escuchar artículo|"
        "escuchar noticia|guardar|copiar enlace|enlace copiado|volver arriba|ir al contenido|buscar|"
        "cargando|abrir en la app|cerrar|ampliar",
        "stampa|stampa articolo|dimensione testo|ascolta|ascolta l'articolo|salva|copia link|link copiato|"
        "torna su|vai al contenuto|cerca|caricamento|apri nell'app|chiudi|ingrandisci",
        "imprimir matéria|tamanho da fonte|tamanho do texto|ouvir|ouça|ouvir matéria|salvar|copiar link|"
        "link copiado|voltar ao topo|ir para o conteúdo|carregando|abrir no app|fechar",
        "afdrukken|printen|lettergrootte|luister|voorlezen|opslaan|link kopiëren|terug naar boven|"
        "ga naar inhoud|zoeken|laden|open in de app|sluiten",
        "drukuj|rozmiar czcionki|posłuchaj|słuchaj|zapisz|kopiuj link|do góry|przejdź do treści|szukaj|"
        "ładowanie|otwórz w aplikacji|zamknij|yazdır|dinle|kaydet|yükleniyor|kapat|"
        "печать|распечатать|размер шрифта|слушать|сохранить|скопировать ссылку|наверх|поиск|загрузка|"
        "открыть в приложении|закрыть|印刷|打印|列印|保存|收藏|搜索|検索",
        # a caption's marker, alone on its line (Indian and other publishers set one under a stock picture)
        "representational image|representative image|representational photo|representative photo|"
        "representational picture|representative picture|representational pic|image for representation|"
        "image for representation only|image for representational purposes|image for representational purpose only|"
        "image used for representational purposes only|image used for representational purpose only|"
        "picture for representation purpose only|photo for representation|file photo|file image|file picture|"
        "file pic|archive photo|archive image|stock photo|stock image|illustrative image|symbolbild|"
        "image d'illustration|photo d'illustration|imagen de archivo|foto de archivo|imagen ilustrativa|"
        "foto d'archivio|immagine di repertorio|foto ilustrativa|imagem ilustrativa|foto de arquivo|archiefbeeld|"
        "archieffoto|zdjęcie ilustracyjne|иллюстративное фото|архивное фото|temsili görsel|arşiv fotoğrafı|"
        "foto ilustrasi|foto arsip|ảnh minh họa|ảnh tư liệu|ภาพประกอบ|자료사진|資料写真|イメージ写真|资料图|資料圖|"
        "示意图|प्रतीकात्मक तस्वीर|प्रतीकात्मक फोटो|फाइल फोटो|صورة أرشيفية|صورة تعبيرية|"
        "text size a a|font size a a|key events|show latest updates|show more updates|load newer posts|"
        "pinned post|auto update|live updates|reprints and permissions|reprints permissions|reprint rights|"
        "cỡ chữ|nghe bài viết|lưu bài viết|sao chép liên kết|tìm kiếm|đóng|đang tải|ukuran huruf|ukuran teks|"
        "dengarkan|dengarkan artikel|salin tautan|salin link|cari|tutup|memuat|yazı boyutu|bağlantıyı kopyala|"
        "linki kopyala|haberi dinle|büyüt|طباعة|حجم الخط|استمع|استمع للمقال|نسخ الرابط|بحث|إغلاق|جار التحميل|"
        "인쇄|글자 크기|글자크기|글자 크기 변경|기사 듣기|듣기|저장|링크 복사|검색|닫기|文字サイズ|印刷する|"
        "保存する|リンクをコピー|閉じる|読み込み中|音声で聞く|字号|字体大小|关闭|加载中|复制链接|"
        "प्रिंट|फ़ॉन्ट साइज़|फॉन्ट साइज|सुनें|लिंक कॉपी करें|खोजें|बंद करें|skriv ut|textstorlek|lyssna|spara|"
        "kopiera länk|sök|stäng|laddar|tisk|vytisknout|velikost písma|poslechnout si článek|uložit|kopírovat odkaz|"
        "hledat|zavřít|načítání",
        # a live page's controls and labels (no word a story's subhead, a TV listing's or an album's title is as
        # well: "Live", "En direct", "Ao vivo", "Diretta", "Refresh", an imperative "Aktualisieren" heading a step)
        "live blog|liveblog|live ticker|liveticker|live coverage|live updates|relacja na żywo|online reportáž|"
        "canlı anlatım|direktrapport|live rapportage|"
        "load earlier posts|load older posts|load more posts|show older posts|show earlier posts|load more updates|"
        "show more posts|show all posts|refresh page|auto refresh on|auto refresh off|auto update on|"
        "auto update off|show key events only|key events only|filter by all|newest first|oldest first|"
        "latest first|ältere einträge laden|ältere einträge anzeigen|neueste einträge anzeigen|"
        "afficher les anciens posts|cargar más entradas|carica altri post|carregar mais posts|laad meer berichten|"
        "załaduj więcej wpisów|загрузить ещё записи|daha fazla yükle|tải thêm|ladda fler inlägg|načíst další příspěvky|"
        "ライブ更新中|实时更新|تحديثات مباشرة|लाइव अपडेट",
        # a player's buttons
        "play video|video abspielen|lire la vidéo|regarder la vidéo|reproducir vídeo|reproducir video|ver vídeo|"
        "riproduci video|guarda il video|reproduzir vídeo|assistir ao vídeo|video afspelen|odtwórz wideo|"
        "смотреть видео|videoyu oynat|videoyu izle|putar video|tonton video|phát video|xem video|spela video|"
        "přehrát video|動画を再生|播放视频|동영상 재생|تشغيل الفيديو|वीडियो देखें|यह लेख सुनें|इस लेख को सुनें|"
        "ακούστε το άρθρο",
        # reading and accessibility tools (a review's "Dark mode", "Reading mode" or "High contrast" subheads stay)
        "increase font size|decrease font size|increase text size|decrease text size|read later|"
        "save to read later|save for later reading|später lesen|lire plus tard|leer más tarde|leggi dopo|"
        "ler depois|lees later|zapisz artykuł|zapisz na później|сохранить статью|читать позже|daha sonra oku|"
        "baca nanti|đọc sau|läs senare|přečíst později|aller au contenu principal|zum hauptinhalt springen|"
        "ir al contenido principal|vai al contenuto principale|ir para o conteúdo principal|"
        "ga naar de hoofdinhoud|przejdź do głównej treści|перейти к основному содержанию|ana içeriğe geç|"
        "μέγεθος γραμματοσειράς|μέγεθος κειμένου|문자 크기|文字サイズ 小 中 大|文字サイズ 小 大|字号 小 中 大",
    ),
    "share": (
        "share|share this|share this article|share this story|share this page|share article|share story|"
        "share full article|share via|share on|tweet|tweet this|pin it|email|e mail|mail|email this|"
        "email this article|email article|send|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit|"
        "flipboard|messenger|bluesky|threads|mastodon|tumblr|xing|google news|"
        "follow|follow us|follow us on|follow us on google news|add us on google|"
        "comment|comments|leave a comment|view comments|show comments|join the conversation",
        "teilen|artikel teilen|beitrag teilen|jetzt teilen|twittern|kommentieren|kommentare anzeigen|"
        "folgen sie uns|folgen",
        "partager|partager cet article|partager l'article|envoyer|commenter|voir les commentaires|suivez nous",
        "compartir|compartir artículo|compartir noticia|comentar|ver comentarios|síguenos|enviar",
        "condividi|condividi articolo|condividi l'articolo|commenta|seguici",
        "compartilhe|compartilhar|compartilhe esta matéria|comente|comentar|siga nos",
        "delen|deel dit artikel|deel|reageer|volg ons",
        "udostępnij|skomentuj|obserwuj nas|paylaş|yorum yap|поделиться|комментировать|"
        "シェア|共有|分享|공유|مشاركة|शेयर करें|शेयर",
        "chia sẻ|chia sẻ bài viết|bình luận|theo dõi|bagikan|bagikan artikel|komentar|ikuti kami|"
        "haberi paylaş|شارك|شارك المقال|تابعونا|تابعنا|تابعونا على|علق|공유하기|댓글|"
        "टिप्पणी करें|फॉलो करें|dela|dela artikeln|kommentera|följ oss|sdílet|sdílejte|komentovat|"
        "sledujte nás|ツイート|コメント|分享到|评论|关注我们|compartilhe esta notícia|compartilhe esta reportagem",
        # more languages: lt lv et hu ro el he fa ur uk bg hr sk fi da no th bn ta te mr ml kn ka hy km am sw tl
        "dalintis|dalīties|jaga|megosztás|distribuie|κοινοποίηση|שתפו|שתף|اشتراک‌گذاری|شیئر کریں|"
        "поділитися|поширити|сподели|podijeli|podeli|zdieľať|jaa|del|แชร์|শেয়ার|பகிர்|షేర్|शेअर|"
        "പങ്കിടുക|ಹಂಚಿಕೊಳ್ಳಿ|გაზიარება|կիսվել|ចែករំលែក|አጋራ|shiriki|ibahagi",
        "শেয়ার করুন|షేర్ చేయండి|शेयर करें|kongsi|bagikan",
    ),
    "consent": (
        "accept|accept all|accept all cookies|accept cookies|reject|reject all|decline|decline all|allow all|"
        "allow cookies|allow all cookies|only necessary|necessary only|only essential|essential only|"
        "use necessary cookies only|manage preferences|manage cookies|cookie settings|cookie preferences|"
        "privacy settings|save preferences|save settings|confirm my choices|i agree|i accept|got it|"
        "ok got it|customize|customise|more options|do not sell my personal information",
        "akzeptieren|alle akzeptieren|alle cookies akzeptieren|ablehnen|alle ablehnen|zustimmen|"
        "alle zustimmen|einverstanden|nur notwendige|nur notwendige cookies|cookie einstellungen|"
        "einstellungen verwalten|auswahl speichern|ich stimme zu",
        "accepter|tout accepter|accepter tout|accepter et fermer|refuser|tout refuser|continuer sans accepter|"
        "paramétrer|personnaliser|paramètres des cookies|gérer les cookies|j'accepte",
        "aceptar|aceptar todo|aceptar todas|aceptar cookies|rechazar|rechazar todo|rechazar todas|configurar|"
        "configuración de cookies|gestionar cookies",
        "accetta|accetta tutti|accetta tutto|rifiuta|rifiuta tutti|personalizza|gestisci preferenze|"
        "aceitar|aceitar todos|aceitar cookies|rejeitar|recusar|configurações de cookies|"
        "accepteren|alles accepteren|alle cookies accepteren|weigeren|alles weigeren|akkoord|"
        "akceptuj|akceptuję|akceptuj wszystkie|odrzuć|odrzuć wszystkie|kabul et|tümünü kabul et|"
        "принять|принять все|отклонить|すべて同意|同意する|全部接受|接受",
        "your privacy choices|privacy choices|your privacy options|"
        "đồng ý|chấp nhận|chấp nhận tất cả|từ chối|setuju|terima|terima semua|tolak|tolak semua|reddet|"
        "tümünü reddet|kabul ediyorum|قبول|أوافق|رفض|قبول الكل|رفض الكل|موافق|동의|모두 동의|거부|수락|"
        "स्वीकार करें|सभी स्वीकार करें|अस्वीकार करें|acceptera|acceptera alla|godkänn|godkänn alla|neka|avvisa|"
        "souhlasím|přijmout vše|odmítnout|odmítnout vše|přijmout|同意しない|すべて拒否|同意|拒绝|全部拒绝",
    ),
    "account": (
        "sign in|sign up|log in|login|log out|logout|register|subscribe|subscribe now|subscribe today|"
        "my account|create account|create an account|create free account|already a subscriber|"
        "start free trial|start your free trial|sign in to comment|log in to comment",
        "anmelden|abmelden|registrieren|abonnieren|jetzt abonnieren|mein konto|konto erstellen|"
        "se connecter|s'inscrire|s'abonner|abonnez vous|mon compte|créer un compte|"
        "iniciar sesión|registrarse|regístrate|suscribirse|suscríbete|mi cuenta|crear cuenta|"
        "accedi|registrati|abbonati|abbonati ora|il mio account|entrar|cadastre se|assinar|assine|"
        "minha conta|inloggen|registreren|abonneren|mijn account|zaloguj się|zarejestruj się|subskrybuj|"
        "moje konto|giriş yap|kayıt ol|abone ol|войти|зарегистрироваться|подписаться|личный кабинет|"
        "ログイン|登录|登入|로그인|تسجيل الدخول|लॉग इन",
        "log in here|login here|sign in here|log in now|login now|sign in now|einloggen|hier einloggen|"
        "hier anmelden|melden sie sich an|connectez vous|identifiez vous|inicia sesión|inicia sesión aquí|"
        "entra|accedi qui|faça login|faça o login|log hier in|zaloguj|giriş yapın|üye ol|abone olun|"
        "logga in|logga ut|prenumerera|prenumerera nu|skapa konto|mitt konto|masuk|daftar|berlangganan|"
        "langganan sekarang|akun saya|přihlásit|přihlásit se|odhlásit|předplatit|předplatné|můj účet|"
        "लॉग इन करें|सब्सक्राइब करें|회원가입|구독하기|تسجيل|اشترك|اشترك الآن",
        "đăng nhập|đăng ký|đăng xuất|tài khoản của tôi|keluar|تسجيل الخروج|إنشاء حساب|حسابي|로그아웃|"
        "साइन इन|रजिस्टर करें|会員登録|新規登録|ログアウト|注册|退出登录|我的账户|订阅|registrera dig|"
        "zaregistrovat se",
        # more languages: lt lv et hu ro el he fa ur uk bg hr sk fi da no th bn ta ka hy km am sw tl ms
        "prisijungti|registruotis|prenumeruoti|pieteikties|abonēt|logi sisse|bejelentkezés|regisztráció|"
        "előfizetés|autentificare|conectare|abonează te|σύνδεση|εγγραφή|συνδρομή|התחברות|הרשמה|ورود|"
        "ثبت نام|لاگ ان|увійти|зареєструватися|передплатити|вход|регистрация|абонирай се|prijava|registracija|"
        "pretplati se|prihlásiť sa|kirjaudu|kirjaudu sisään|rekisteröidy|log ind|logg inn|เข้าสู่ระบบ|"
        "สมัครสมาชิก|লগ ইন|உள்நுழைக|შესვლა|რეგისტრაცია|մուտք|գրանցվել|ចូល|ចុះឈ្មោះ|ግባ|ingia|jisajili|"
        "mag log in|log masuk",
        # a reader's profile and personal feed
        "edit profile|my profile|my saved articles|saved articles|my saved stories|my feed|"
        "add to my feed|add to myfeed|follow this topic|follow topic|follow this author|get alerts|"
        "get email alerts|turn on notifications|turn on alerts|manage alerts|manage preferences|"
        "mein profil|profil bearbeiten|meine artikel|gemerkte artikel|thema folgen|diesem thema folgen|"
        "mon profil|modifier le profil|mes articles|suivre ce sujet|suivre ce thème|mi perfil|editar perfil|"
        "seguir este tema|seguir tema|il mio profilo|modifica profilo|segui questo argomento|segui l'argomento|"
        "meu perfil|seguir este assunto|mijn profiel|mijn nieuws|volg dit onderwerp|mój profil|"
        "obserwuj temat|мой профиль|подписаться на тему|profilim|konuyu takip et|profil saya|ikuti topik|"
        "hồ sơ của tôi|theo dõi chủ đề|min profil|följ ämnet|můj profil|sledovat téma|το προφίλ μου|"
        "ο λογαριασμός μου|ακολουθήστε το θέμα|マイページ|マイニュース|我的主页|关注此话题|내 정보|구독 관리|"
        "ملفي الشخصي|تابع الموضوع|मेरी प्रोफ़ाइल|विषय फॉलो करें",
    ),
    "comments": (
        "reply|replies|reply to comment|reply to this comment|report abuse|report comment|report this comment|"
        "flag as inappropriate|flag comment|show replies|view replies|hide replies|load more replies|"
        "show more replies|view more replies|view all replies|load more comments|show more comments|"
        "view all comments|see all comments|click to expand|click to shrink|thread starter|upvote|downvote|"
        "newest first|oldest first|permalink|cancel reply|post comment|submit comment|add comment|"
        "write a comment|leave a reply|your comment|log in to reply|sign in to reply",
        "antworten|kommentar melden|beitrag melden|répondre|signaler un abus|signaler ce commentaire|responder|"
        "denunciar|rispondi|segnala abuso|beantwoorden|odpowiedz|svara|yanıtla|cevapla|ответить|пожаловаться|"
        "返信|回复|답글",
        "be the first to comment|comment policy|community guidelines|join the discussion|view discussion|"
        "ý kiến bạn đọc|gửi bình luận|trả lời|tulis komentar|kirim komentar|balas|أضف تعليق|اترك تعليقا|"
        "التعليقات|댓글 쓰기|टिप्पणियाँ|जवाब दें|réagir|réagissez|normas de participación|"
        "sei der erste der kommentiert|kommentar schreiben|skriv en kommentar|napsat komentář|yorum yazın",
        # more languages: lt lv et hu ro el he fa ur uk bg hr sk fi da no th bn ta te ka hy km am sw tl
        "atsakyti|komentarai|komentuoti|atbildēt|komentāri|kommentaarid|válaszol|hozzászólások|"
        "răspunde|comentarii|απάντηση|σχόλια|השב|תגובות|پاسخ|نظرات|جواب دیں|تبصرے|відповісти|коментарі|"
        "отговори|коментари|komentari|odpovedať|komentáre|vastaa|kommentit|besvar|kommentarer|"
        "ตอบกลับ|ความคิดเห็น|উত্তর দিন|মন্তব্য|பதில்|கருத்துகள்|ప్రత్యుత్తరం|వ్యాఖ్యలు|პასუხი|კომენტარები|"
        "պատասխանել|մեկնաբանություններ|ឆ្លើយតប|មតិយោបល់|አስተያየቶች|maoni|tumugon|mga komento",
        "like|likes|patinka|patīk|meeldib|tetszik|μου αρέσει|подобається|sviđa mi se|páči sa mi|tykkää|lik|"
        "liker|synes godt om|ถูกใจ|penda|gusto ko|suka",
    ),
    "dialog": (
        "maybe later|no thanks|no thank you|not now|not right now|remind me later|continue|dismiss|skip|"
        "skip for now|close dialog|close this dialog|see all plans|view all plans|see plans|compare plans|"
        "see all offers|view all offers|get offer|get this offer|claim offer|claim this offer|"
        "continue without subscribing|continue reading for free|subscribe and continue",
        "vielleicht später|nein danke|jetzt nicht|weiter|fortfahren|überspringen|alle angebote|"
        "alle angebote anzeigen|angebot wählen|tarif wählen|angebot sichern|jetzt sichern|"
        "plus tard|peut être plus tard|non merci|pas maintenant|continuer|ignorer|voir toutes les offres|"
        "voir les offres|choisir cette offre|choisir mon offre|j'en profite|profiter de l'offre",
        "quizás más tarde|más tarde|ahora no|no gracias|omitir|ver todos los planes|ver planes|ver ofertas|"
        "elegir plan|elegir este plan|aprovechar oferta|forse più tardi|più tardi|non ora|no grazie|prosegui|"
        "salta|vedi tutte le offerte|vedi le offerte|scegli piano|scegli questo piano|approfitta dell'offerta",
        "talvez mais tarde|mais tarde|agora não|não obrigado|não obrigada|pular|ver todos os planos|"
        "ver planos|escolher plano|escolher este plano|aproveitar oferta|misschien later|nee bedankt|niet nu|"
        "doorgaan|overslaan|bekijk alle abonnementen|bekijk abonnementen|kies dit abonnement",
        "może później|nie teraz|nie dziękuję|kontynuuj|pomiń|zobacz wszystkie oferty|zobacz oferty|"
        "wybierz plan|wybierz ofertę|kanske senare|inte nu|nej tack|fortsätt|hoppa över|välj paket|"
        "välj erbjudande|se alla erbjudanden|belki daha sonra|şimdi değil|hayır teşekkürler|devam et|atla|"
        "paketi seç|planı seç|tüm paketleri gör",
        "может быть позже|не сейчас|нет спасибо|продолжить|пропустить|выбрать тариф|оформить|"
        "оформить подписку|все тарифы|nanti saja|lain kali|tidak sekarang|tidak terima kasih|lanjutkan|"
        "lewati|pilih paket|lihat semua paket|možná později|teď ne|ne děkuji|pokračovat|přeskočit|"
        "vybrat tarif|zobrazit všechny nabídky|後で|今はしない|稍后|以后再说|不用了|나중에|다음에",
        "vote now|vote|jetzt abstimmen|abstimmen|votez|vota ahora|vota|vote agora|stem nu|głosuj|oy ver",
    ),
    "lists": (
        "related|related articles|related stories|related content|related topics|related news|related coverage|"
        "more on this story|more on this topic|more stories|more news|read also|also read|"
        "you may also like|you might also like|you may be interested in|recommended|"
        "recommended for you|recommended stories|most read|most popular|most viewed|trending|trending now|"
        "top stories|latest news|latest stories|editor's picks|don't miss|more from|up next|read next|watch next",
        "zum thema|mehr zum thema|das könnte sie auch interessieren|auch interessant|lesen sie auch|"
        "meistgelesen|meistgelesene artikel|weitere artikel",
        "à lire aussi|a lire aussi|lire aussi|sur le même sujet|les plus lus|voir aussi",
        "lee también|te puede interesar|lo más leído|noticias relacionadas|relacionado|relacionados",
        "leggi anche|potrebbe interessarti|i più letti|articoli correlati",
        "leia também|veja também|mais lidas|relacionadas",
        "lees ook|meest gelezen|gerelateerd",
        "czytaj też|czytaj także|najczęściej czytane|ayrıca oku|читайте также|по теме|самое читаемое|"
        "相关阅读|相关新闻|相關新聞|関連記事|관련기사|اقرأ أيضا|यह भी पढ़ें",
        "most shared|most commented|more in this section|in other news|around the web|popular now|"
        "what to read next|more headlines|"
        "tin liên quan|xem nhiều nhất|đọc nhiều nhất|tin mới nhất|bài viết liên quan|có thể bạn quan tâm|"
        "tin nổi bật|baca juga|terpopuler|berita terkait|berita terkini|paling banyak dibaca|artikel terkait|"
        "pilihan editor|ilginizi çekebilir|en çok okunanlar|en çok okunan|ilgili haberler|benzer haberler|"
        "öne çıkanlar|الأكثر قراءة|أخبار ذات صلة|مقالات ذات صلة|آخر الأخبار|الأكثر مشاهدة|많이 본 뉴스|"
        "관련 기사|추천 기사|최신 뉴스|인기 기사|सबसे ज़्यादा पढ़ी गई|सबसे ज्यादा पढ़ी गई|संबंधित खबरें|"
        "ताज़ा खबरें|ये भी पढ़ें|関連ニュース|人気記事|アクセスランキング|最新ニュース|おすすめ記事|"
        "あわせて読みたい|热门文章|最新新闻|推荐阅读|热门新闻|猜你喜欢|延伸阅读|相关文章|läs också|läs även|"
        "mest läst|mest lästa|senaste nytt|čtěte také|související články|nejčtenější|nejnovější zprávy|"
        "mohlo by vás zajímat|najpopularniejsze|polecane|zobacz także|zobacz też|powiązane artykuły|"
        "похожие новости|последние новости|самое популярное|рекомендуем|beliebte artikel|neueste artikel|"
        "à découvrir|nos recommandations|dans la même rubrique|les plus partagés|à voir aussi|más leídas|"
        "lo más visto|últimas noticias|también te puede interesar|te recomendamos|più letti|ultime notizie|"
        "ti potrebbe interessare|da non perdere|últimas notícias|mais vistas|você pode gostar|ook interessant|"
        "laatste nieuws|aanbevolen",
        # more languages: lt lv et hu ro el he fa uk bg hr fi da no th bn ta ka hy km am sw
        "skaitomiausi|susiję straipsniai|saistītie raksti|loetumad|seotud artiklid|legolvasottabb|"
        "kapcsolódó cikkek|cele mai citite|articole similare|τα πιο δημοφιλή|σχετικά άρθρα|הנקראים ביותר|"
        "כתבות קשורות|پربازدیدترین|مطالب مرتبط|найпопулярніше|схожі новини|най четени|свързани новини|"
        "najčitanije|povezani članci|luetuimmat|aiheeseen liittyvät|mest læste|relaterede artikler|mest leste|"
        "relaterte artikler|ข่าวที่เกี่ยวข้อง|ยอดนิยม|সর্বাধিক পঠিত|সম্পর্কিত খবর|அதிகம் படித்தவை|"
        "தொடர்புடைய செய்திகள்|ყველაზე კითხვადი|ამავე თემაზე|ամենաընթերցված|առնչվող նորություններ|"
        "អត្ថបទពាក់ព័ន្ធ|ተዛማጅ ዜናዎች|habari zinazohusiana|zinazosomwa zaidi",
        "lasītākie|loetuimad|populiariausi|پربازدیدترین‌ها|najčítanejšie|mest lest|ข่าวยอดนิยม|"
        "ఎక్కువగా చదివినవి|ամենաընթերցվածը|អានច្រើនជាងគេ|በብዛት የተነበቡ|pinakabinasa|paling dibaca|"
        "paling popular|terpopuler",
    ),
    "more": (
        "read more|tags|topics|continue reading|keep reading|read full article|read the full article|show more|"
        "load more|see more|view more|next article|previous article|next story|previous story",
        "mehr lesen|weiterlesen|mehr anzeigen|nächster artikel|schlagwörter|themen|lire la suite|voir plus|"
        "article suivant|article précédent|mots clés|sigue leyendo|seguir leyendo|leer más|ver más|"
        "artículo siguiente|etiquetas|temas|leggi tutto|continua a leggere|mostra altro|articolo successivo|"
        "argomenti|leia mais|continue lendo|ver mais|próxima matéria|lees verder|lees meer|toon meer|"
        "volgend artikel|czytaj dalej|czytaj więcej|pokaż więcej|devamını oku|читать далее|показать ещё|और पढ़ें",
        "back to homepage|go to homepage|back to home|return to homepage|jump to comments|skip to comments|"
        "xem thêm|đọc tiếp|selengkapnya|baca selengkapnya|lihat semua|muat lebih banyak|haberin devamı|"
        "tümünü gör|daha fazla göster|اقرأ المزيد|المزيد|عرض المزيد|더보기|기사 더보기|전체 보기|पूरी खबर पढ़ें|"
        "और देखें|続きを読む|もっと見る|次の記事|前の記事|阅读全文|查看更多|加载更多|下一篇|上一篇|阅读更多|"
        "läs mer|visa mer|nästa artikel|číst dále|zobrazit více|další článek|zur startseite|zurück zur startseite|"
        "retour à l'accueil|volver a la portada|torna alla home|voltar para a home|terug naar home",
        # a carousel's or a page list's buttons alone ("Previous", "Next"): a tabloid sets them beside its rails
        "previous|next|prev|previous page|next page|previous post|next post|older posts|newer posts|"
        "précédent|suivant|page précédente|page suivante|vorherige|nächste|vorherige seite|nächste seite|"
        "anterior|siguiente|página anterior|página siguiente|precedente|successivo|vorige|volgende|"
        "poprzedni|następny|poprzednia|następna",
    ),
}
#: What opens a prompt to a reader who already subscribes or has an account ("Already a subscriber?
#: Log in", "Redan prenumerant? Logga in"): one of these, then an ``account`` control label.
ALREADY_SUBSCRIBED = (
    "already a subscriber|already subscribed|already a member|already registered|already have an account|"
    "have an account|are you already a subscriber|bereits abonnent|schon abonnent|sie sind bereits abonnent|"
    "bereits registriert|schon registriert|sie haben bereits ein konto|déjà abonné|déjà abonnée|"
    "vous êtes déjà abonné|déjà inscrit|vous avez déjà un compte|ya eres suscriptor|ya estás suscrito|"
    "ya tienes una cuenta|ya tienes cuenta|sei già abbonato|già abbonato|hai già un account|já é assinante|"
    "já tem uma conta|já tem conta|al abonnee|ben je al abonnee|heb je al een account|masz już konto|"
    "jesteś już subskrybentem|masz już subskrypcję|redan prenumerant|är du redan prenumerant|"
    "har du redan ett konto|zaten abone misiniz|zaten abone misin|zaten üye misiniz|zaten hesabınız var mı|"
    "уже подписаны|уже подписчик|уже есть подписка|уже есть аккаунт|уже зарегистрированы|مشترك بالفعل|"
    "لديك حساب بالفعل|sudah berlangganan|sudah punya akun|již jste předplatitel|už jste předplatitel|"
    "už máte účet|पहले से सब्सक्राइबर हैं|이미 회원이신가요|이미 구독 중이신가요|既に会員の方|すでに会員の方|"
    "已是订阅用户|已有账号|已有帐号"
).split("|")
#: A share bar set on one line ("Facebook Twitter WhatsApp Email", "Share on X (Opens in new window)"):
#: the networks, the verbs, and the other words such a line holds.
SHARE_NETWORKS = tuple(
    "facebook twitter x whatsapp linkedin telegram pinterest reddit flipboard messenger bluesky threads "
    "mastodon tumblr xing vk vkontakte weibo wechat instagram youtube tiktok snapchat sms email mail".split()
)
#: What opens an invitation to follow the publisher on a network or join its channel ("Follow us on
#: Instagram", "Suivez-nous sur Google Actualités", "Únete a nuestro canal de Telegram"): such a line
#: is a follow line when a network or Google is named after it (:data:`FOLLOW_US_NETWORKS`).
FOLLOW_US = (
    "follow us|join us|join our|subscribe to our|add us|like us|"
    "folgen sie uns|folge uns|folgt uns|abonnieren sie unseren|abonniere unseren|treten sie unserem|"
    "suivez nous|rejoignez nous|rejoignez notre|abonnez vous à notre|"
    "síguenos|únete a nuestro|únete a nuestra|suscríbete a nuestro|"
    "seguici|segui il nostro|segui la nostra|unisciti al nostro|iscriviti al nostro|"
    "siga nos|acompanhe nos|entre no nosso|inscreva se no nosso|"
    "volg ons|abonneer je op ons|obserwuj nas|dołącz do naszego|bizi takip edin|"
    "следите за нами|подписывайтесь на нас|подписывайтесь на наш|присоединяйтесь к нашему"
).split("|")
#: Lead-ins of a related-link line, before a separator and another story's headline ("Read also: …",
#: "Up next: …", "【関連記事】…"; :mod:`.related`), in some forty languages. None opens a story's own lines
#: as well ("More information: …", "Also on the agenda: …", "Recommended: …" are left out).
RELATED_LEADINS = tuple(
    (
        # en
        "read also|also read|read more|read|read next|read the full story|see also|also see|related|"
        "related story|related stories|related article|related articles|related news|related coverage|"
        "related content|related reading|related link|related links|recommended reading|recommended for you|"
        "you may also like|you might also like|you may be interested in|you might be interested in|"
        "don't miss|do not miss|must read|up next|next up|more on this|more on this story|more on this topic|"
        "further reading|trending|trending now|most read|also worth reading|also of interest|watch next|"
        "watch the video|view gallery|view the gallery|see the gallery|see photos|view photos|"
        # de
        "lesen sie auch|lies auch|auch interessant|auch lesenswert|mehr zum thema|zum thema|"
        "das könnte sie auch interessieren|das könnte dich auch interessieren|weiterlesen|siehe auch|lesetipp|"
        "passend dazu|mehr dazu|ebenfalls interessant|zur bildergalerie|lesen sie mehr|lesen sie hier|"
        # fr
        "lire aussi|à lire aussi|a lire aussi|à lire|a lire|lire également|à lire également|voir aussi|"
        "à voir aussi|sur le même sujet|découvrir aussi|à découvrir|à découvrir aussi|lire la suite|"
        "voir la galerie|voir les photos|"
        # es
        "lee también|lea también|leer también|lee además|lea además|te puede interesar|le puede interesar|"
        "también te puede interesar|puede interesarte|ver también|véase también|noticia relacionada|"
        "noticias relacionadas|artículo relacionado|lee más|lea más|mira también|te recomendamos|"
        "le recomendamos|no te pierdas|ver galería|ver fotos|"
        # it
        "leggi anche|leggi pure|leggi inoltre|potrebbe interessarti|ti potrebbe interessare|vedi anche|"
        "articolo correlato|articoli correlati|notizie correlate|guarda anche|da non perdere|leggi di più|"
        "guarda la gallery|guarda le foto|"
        # pt
        "leia também|leia mais|veja também|saiba mais|leia ainda|confira também|você pode gostar|"
        "você também pode gostar|assista também|notícias relacionadas|matérias relacionadas|veja a galeria|"
        "veja as fotos|"
        # nl
        "lees ook|lees meer|zie ook|ook interessant|bekijk ook|gerelateerd|gerelateerde artikelen|lees verder|"
        # pl
        "czytaj też|czytaj także|przeczytaj też|przeczytaj także|zobacz też|zobacz także|polecamy|"
        "czytaj więcej|czytaj dalej|powiązane|zobacz galerię|zobacz zdjęcia|"
        # sv, da, no, fi
        "läs också|läs även|läs mer|se även|relaterat|missa inte|læs også|læs mere|les også|les mer|se også|"
        "relatert|relateret|lue myös|katso myös|lue lisää|"
        # cs, sk, hu, ro
        "čtěte také|čtěte též|přečtěte si také|související|mohlo by vás zajímat|čítajte aj|čítajte tiež|"
        "prečítajte si aj|prečítajte si tiež|súvisiace|olvassa el|olvasd el|ez is érdekelheti|"
        "ez is érdekelhet|kapcsolódó|kapcsolódó cikk|citește și|citeste si|vezi și|vezi si|"
        "articol recomandat|"
        # el, tr
        "διαβάστε επίσης|διαβάστε ακόμη|διαβάστε ακόμα|δείτε επίσης|δείτε ακόμη|σχετικά άρθρα|σχετικό άρθρο|"
        "ayrıca okuyun|ayrıca bakınız|ilginizi çekebilir|bunlar da ilginizi çekebilir|okumadan geçmeyin|"
        "ilgili haber|ilgili haberler|benzer haberler|galeriyi aç|galeriyi görüntüle|videoyu izle|"
        # ru, uk, bg, sr, hr, bs, sl
        "читайте также|читайте ещё|читайте еще|смотрите также|по теме|читайте подробнее|"
        "вам может быть интересно|читайте також|дивіться також|по темі|за темою|прочетете още|вижте още|"
        "още по темата|прочитајте још|прочитајте и|pročitajte i|pročitajte još|čitajte još|čitajte i|"
        "preberite tudi|preberite še|povezane vijesti|"
        # lt, lv, et
        "taip pat skaitykite|skaitykite taip pat|susiję straipsniai|lasiet arī|lasi arī|loe ka|loe lisaks|"
        # ar, fa, ur, he
        "اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ ايضاً|إقرأ أيضا|إقرأ أيضاً|شاهد أيضا|شاهد أيضاً|اقرأ المزيد|"
        "مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة|طالع أيضا|طالع أيضاً|بیشتر بخوانید|همچنین بخوانید|"
        "مطالب مرتبط|یہ بھی پڑھیں|مزید پڑھیں|קראו עוד|קראו גם|כתבות נוספות|כתבות קשורות|"
        # hi, mr, gu, bn, ta, te, ml, kn
        "यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|यह भी पढ़े|ये भी पढ़े|और पढ़ें|यह भी देखें|ये भी देखें|"
        "संबंधित खबरें|हेही वाचा|हे पण वाचा|आ पण वांचो|આ પણ વાંચો|আরও পড়ুন|আরো পড়ুন|இதையும் படிக்க|"
        "இதையும் படிங்க|மேலும் படிக்க|இதையும் படியுங்கள்|ఇది కూడా చదవండి|ఇవి కూడా చదవండి|ഇതും വായിക്കുക|"
        "ಇದನ್ನೂ ಓದಿ|"
        # id, ms, vi, th, tl, sw
        "baca juga|baca pula|simak juga|lihat juga|berita terkait|artikel terkait|baca lagi|xem thêm|đọc thêm|"
        "tin liên quan|bài liên quan|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|อ่านข่าวที่เกี่ยวข้อง|basahin din|"
        "soma pia|soma zaidi|habari zinazohusiana|"
        # ja, zh, ko
        "関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|相关阅读|相關閱讀|延伸阅读|延伸閱讀|"
        "相关新闻|相關新聞|推荐阅读|推薦閱讀|相关报道|相關報導|관련기사|관련 기사|함께 보면 좋은 기사|추천 기사|"
        # hy, ka, km, am
        "կարդացեք նաև|կարդալ նաև|ასევე წაიკითხეთ|წაიკითხეთ ასევე|អានបន្ថែម|អានផងដែរ|ተጨማሪ ያንብቡ|"
        # more wordings
        "approfondisci|meer over dit onderwerp|ezt is ajánljuk|articol similar|δείτε ακόμα|свързани|"
        "свързани новини|vezane vijesti|več o tem|susiję|rekomenduojame|saistīti raksti|lasi vēl|vaata ka|"
        "مطلب مرتبط|עוד בנושא|আরও খবর|এটাও পড়ুন|অবশ্যই পড়ুন|อ่านข่าวเพิ่มเติม|関連|함께 읽기|관련 뉴스"
    ).split("|")
)
#: Names a follow invitation (:data:`FOLLOW_US`) ends on besides the networks: "Google" (News).
FOLLOW_US_NETWORKS = ("google",)
SHARE_VERBS = tuple(
    (
        "share tweet follow teilen partager compartir condividi compartilhar compartilhe delen udostępnij поделиться "
        "dalintis dalīties jaga megosztás distribuie κοινοποίηση שתפו שתף поділитися сподели podijeli podeli "
        "zdieľať jaa del แชร์ শেয়ার பகிர் షేర్ शेअर გაზიარება կիսվել ចែករំលែក አጋራ shiriki ibahagi"
    ).split()
)
SHARE_BAR_WORDS = tuple(
    "shares sharing pin print copy link url click opens open in new window tab this article story page e line "
    "on via to with by and or the a an us auf per und sur par et en por y su no em op na в и".split()
)
#: What opens a picture credit ("Photo: Getty Images", "(Image credit: Capcom)", "Bild: dpa").
CREDIT_LABELS = (
    "photo|photos|photograph|image|images|picture|pictures|illustration|credit|credits|photo credit|"
    "photo credits|image credit|image credits|image source|picture credit|foto|fotos|bild|bilder|bildquelle|"
    "crédit photo|crédits photo|crédit|fuente|foto di|fotografía|zdjęcie|фото|photo courtesy|image courtesy|"
    "courtesy|file photo|file image|representational image|representative image|symbolbild|foto de archivo|"
    "imagen de archivo"
).split("|")
#: What opens a line of tags or categories ("Tags: RBI, repo rate", "Filed under: Economy").
TAG_LABELS = (
    "tags|tagged|tagged with|topics|filed under|posted in|categories|category|related topics|"
    "schlagwörter|stichwörter|themen|mots clés|étiquettes|thèmes|etiquetas|temas|tag|argomenti|"
    "tópicos|assuntos|onderwerpen|trefwoorden|tagi|tematy|etiketler|konular|теги|темы|метки|标签|タグ|태그|"
    "keywords|key words|schlagworte|stichworte|mots-clés|palabras clave|parole chiave|palavras-chave|"
    "słowa kluczowe|anahtar kelimeler|ключевые слова|kata kunci|topik|taggar|nyckelord|ämnen|štítky|témata|"
    "klíčová slova|từ khóa|chủ đề|टैग|टैग्स|कीवर्ड|키워드|관련 태그|الوسوم|وسوم|الكلمات المفتاحية|"
    "كلمات مفتاحية|关键词|關鍵詞|关键字|キーワード|関連キーワード|"
    "žymės|birkas|tēmas|tagid|teemad|märksõnad|címkék|témák|etichete|subiecte|ετικέτες|θέματα|תגיות|"
    "برچسب‌ها|برچسب ها|ٹیگز|мітки|теми|тагове|етикети|oznake|teme|značky|tagit|aiheet|asiasanat|emner|"
    "stikord|stikkord|แท็ก|ট্যাগ|குறிச்சொற்கள்|ტეგები|თემები|պիտակներ|թեգեր|ស្លាក|መለያዎች|mada|mga tag|žymos"
).split("|")
#: What opens a sponsor's line before a separator and a title ("Paid Post: How one bakery…",
#: "Anzeige | Die neue Küche").
SPONSOR_LABELS = (
    "paid post|paid content|sponsored|sponsored content|sponsored post|promoted|promoted content|advertorial|"
    "partner content|paid partnership|advertisement|anzeige|werbung|publicidad|publirreportaje|publicité|"
    "contenu sponsorisé|article sponsorisé|pubblicità|contenuto sponsorizzato|publicidade|conteúdo patrocinado|"
    "gesponsord|advertentie|materiał partnera|materiał sponsorowany|artykuł sponsorowany|reklama|реклама|"
    "партнерский материал|sponsorlu içerik|reklam|iklan|annons|広告|提供|赞助|广告|廣告|광고|إعلان|विज्ञापन"
).split("|")
#: What opens a sponsor's line before its name ("Promoted by Hearthline", "Präsentiert von …").
SPONSORED_BY = (
    "sponsored by|promoted by|presented by|brought to you by|paid for by|in partnership with|"
    "advertiser content from|paid content for|gesponsert von|präsentiert von|sponsorisé par|présenté par|"
    "en partenariat avec|patrocinado por|presentado por|sponsorizzato da|promosso da|in collaborazione con|"
    "apresentado por|em parceria com|gesponsord door|sponsorowane przez|при поддержке"
).split("|")
#: The shortest prefix of a calendar name that counts as that name.
MIN_CALENDAR_PREFIX = 3


#: Letters with a nukta that Unicode writes as one character (Devanagari and Bengali: "ज़", "য়"); its normal
#: forms leave them as written, so a rule reads them and their letter-and-nukta spelling alike.
NUKTA_LETTERS = "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u09dc\u09dd\u09df"


def alternatives(phrases: tuple[str, ...] | list[str]) -> str:
    """``phrases`` as one regular-expression alternation, longest first (so "reading time" beats "read")."""
    return "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))


@cache
def date_words() -> frozenset[str]:
    """Lower-cased words a date may hold: calendar names and their prefixes, fillers, dateline labels' words."""
    words = {
        name[:end]
        for names in CALENDAR_NAMES.values()
        for name in names
        for end in range(MIN_CALENDAR_PREFIX, len(name) + 1)
    }
    words.update(DATE_FILLERS)
    words.update(word for label in CUES["dateline"] for word in label.split())
    return frozenset(words)


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: Han and kana: scripts written without spaces between words (Hangul is spaced).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: Characters that are function words on their own in Chinese and Japanese (particles, pronouns,
#: copulas, aspect markers): the stop words of unspaced text.
CJK_FUNCTION_CHARS = "的了是在和也有就不都而及与與着著或之于於这這那个個们們我你他她它吗嗎吧呢很还還说說会會对對到被把从從为為以はがをにでとのもへやたてしすま"


#: Longest cue phrase, in words; longer phrases are ignored.
MAX_CUE_WORDS = 4
#: Cue phrases are written in the Basic Multilingual Plane: its marks are the ones they can hold.
BMP = 0x10000


def is_mark(char: str) -> bool:
    """A combining mark (vowel signs of Indic and Thai scripts, diacritics): part of the word it sits in."""
    return unicodedata.category(char).startswith("M")


@cache
def word_pattern() -> re.Pattern[str]:
    """A word: a run of ``\\w`` characters and combining marks.

    ``\\w`` alone lacks the marks, and cuts Hindi, Bengali or Thai words at every vowel sign
    (``में`` would be ``म``); the text statistics count words with the same definition.
    """
    marks = [chr(code) for code in range(BMP) if is_mark(chr(code))]
    return re.compile(f"[\\w{re.escape(''.join(marks))}]+")


@dataclass(frozen=True)
class CueIndex:
    """Cue phrases compiled for one pass over a batch's words.

    Word phrases are looked up as word n-grams in a dict (longer ones only after a word
    that starts one); CJK phrases and phrases made of symbols (``©``) are searched as
    substrings, the CJK ones only when the text has CJK.
    """

    kinds: tuple[str, ...]
    ngrams: dict[str, frozenset[int]]
    first_words: frozenset[str]
    cjk: tuple[tuple[str, int], ...]
    symbols: tuple[tuple[str, int], ...]
    max_words: int = MAX_CUE_WORDS

    def substring_patterns(self, has_cjk: bool) -> list[tuple[int, re.Pattern[str]]]:
        """One alternation per kind over its substring phrases (CJK ones only when ``has_cjk``)."""
        return _substring_patterns(self.symbols + self.cjk) if has_cjk else _substring_patterns(self.symbols)


@cache
def _substring_patterns(phrases: tuple[tuple[str, int], ...]) -> list[tuple[int, re.Pattern[str]]]:
    by_kind: dict[int, list[str]] = {}
    for phrase, k in phrases:
        by_kind.setdefault(k, []).append(re.escape(phrase))
    return [
        (k, re.compile("|".join(sorted(alts, key=len, reverse=True)), re.IGNORECASE)) for k, alts in by_kind.items()
    ]


@cache
def cue_index() -> CueIndex:
    """The cue vocabularies, compiled once."""
    ngrams: dict[str, set[int]] = {}
    cjk: list[tuple[str, int]] = []
    symbols: list[tuple[str, int]] = []
    for k, (kind, phrases) in enumerate(CUES.items()):
        if not phrases:
            raise ValueError(f"cue group {kind!r} is empty")
        for phrase in phrases:
            low = phrase.lower()
            words = word_pattern().findall(low)
            if CJK.search(low):
                cjk.append((low, k))
            elif not words:
                symbols.append((low, k))
            elif len(words) <= MAX_CUE_WORDS:
                ngrams.setdefault(" ".join(words), set()).add(k)
    first_words = frozenset(key.split(" ", 1)[0] for key in ngrams if " " in key)
    return CueIndex(
        tuple(CUES), {key: frozenset(v) for key, v in ngrams.items()}, first_words, tuple(cjk), tuple(symbols)
    )


@cache
def stopword_set() -> frozenset[str]:
    """Function words of every language, lower-cased."""
    return frozenset(w for words in STOPWORDS.values() for w in words)
