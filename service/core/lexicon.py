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
    # with a word of estimate ("Estimated reading time: 7 minutes")
    "estimated reading time",
    "est. reading time",
    "approx. reading time",
    "approximate reading time",
    "average reading time",
    "geschätzte lesezeit",
    "ungefähre lesezeit",
    "temps de lecture estimé",
    "tiempo estimado de lectura",
    "tiempo de lectura estimado",
    "tempo di lettura stimato",
    "tempo estimado de leitura",
)
#: A reading time's "about" ("Reading time: approx. 9 minutes", "ca. 4 Minuten Lesezeit").
ABOUT_WORDS = (
    "approx.", "approx", "approximately", "about", "around", "roughly", "ca.", "ca", "circa", "~", "ungefähr", "etwa",
    "environ", "aprox.", "aprox", "aproximadamente", "około", "ok.", "примерно", "около", "yaklaşık", "sekitar",
    "khoảng", "cirka", "ongeveer",
)  # fmt: skip
#: A word count's label ("Length: 1,240 words", "Word count: 850").
WORD_COUNT_LABELS = ("length", "word count", "words", "wortanzahl", "länge", "nombre de mots", "longueur")
#: A word count's unit ("1.240 Wörter").
WORD_WORDS = ("words", "wörter", "worte", "mots", "palabras", "parole", "palavras", "woorden", "słów", "слов", "ord")
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
        "promoted stories|promoted links|sponsored stories|sponsored links|paid links|ads by",
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
    # Tools of the article itself (print, save, copy link, text size: the chrome library files them under
    # `share`) and buttons of any box (close, expand, loading): the kind model reads these, as a box may hold them.
    "tools": (
        "print|print this article|print this page|print article|font size|text size|change text size|a a a|a a|aa|"
        "save|save article|save story|save for later|bookmark|copy link|copy url|link copied|gift article|"
        "gift this article|embed from getty images|expand|collapse|close|loading|loading comments|zoom|"
        "view gallery|view slideshow|enlarge this image|toggle caption|hide caption|show caption|"
        "view source|view fullsize|view full size|view larger image|enlarge image|click to enlarge|view image|"
        "view photos|more photos|swipe to scroll horizontally|hide|toggle|skip ad|download|print friendly|"
        "printer friendly|email to a friend|send to a friend",
        "drucken|artikel drucken|seite drucken|schriftgröße|textgröße|merken|artikel merken|link kopieren|"
        "link kopiert|wird geladen|schließen|vergrößern|bildergalerie öffnen",
        "imprimer|imprimer l'article|taille du texte|taille de police|enregistrer|sauvegarder|copier le lien|"
        "lien copié|chargement|chargement en cours|fermer|agrandir",
        "imprimir|imprimir artículo|tamaño de letra|tamaño del texto|guardar|copiar enlace|enlace copiado|"
        "cargando|cerrar|ampliar",
        "stampa|stampa articolo|dimensione testo|salva|copia link|link copiato|caricamento|chiudi|ingrandisci",
        "imprimir matéria|tamanho da fonte|tamanho do texto|salvar|copiar link|link copiado|carregando|fechar",
        "afdrukken|printen|lettergrootte|opslaan|link kopiëren|laden|sluiten",
        "drukuj|rozmiar czcionki|zapisz|kopiuj link|ładowanie|zamknij|yazdır|kaydet|yükleniyor|kapat|"
        "печать|распечатать|размер шрифта|сохранить|скопировать ссылку|загрузка|закрыть|印刷|打印|列印|保存|收藏",
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
        "text size a a|font size a a|reprints and permissions|reprints permissions|reprint rights|"
        "cỡ chữ|lưu bài viết|sao chép liên kết|đóng|đang tải|ukuran huruf|ukuran teks|salin tautan|salin link|"
        "tutup|memuat|yazı boyutu|bağlantıyı kopyala|linki kopyala|büyüt|طباعة|حجم الخط|نسخ الرابط|إغلاق|"
        "جار التحميل|인쇄|글자 크기|글자크기|글자 크기 변경|저장|링크 복사|닫기|文字サイズ|印刷する|保存する|"
        "リンクをコピー|閉じる|読み込み中|字号|字体大小|关闭|加载中|复制链接|प्रिंट|फ़ॉन्ट साइज़|फॉन्ट साइज|"
        "लिंक कॉपी करें|बंद करें|skriv ut|textstorlek|spara|kopiera länk|stäng|laddar|tisk|vytisknout|"
        "velikost písma|uložit|kopírovat odkaz|zavřít|načítání",
        # reading and accessibility tools (a review's "Dark mode", "Reading mode" or "High contrast" subheads stay)
        "increase font size|decrease font size|increase text size|decrease text size|read later|"
        "save to read later|save for later reading|später lesen|lire plus tard|leer más tarde|leggi dopo|"
        "ler depois|lees later|zapisz artykuł|zapisz na później|сохранить статью|читать позже|daha sonra oku|"
        "baca nanti|đọc sau|läs senare|přečíst později|"
        "μέγεθος γραμματοσειράς|μέγεθος κειμένου|문자 크기|文字サイズ 小 中 大|文字サイズ 小 大|字号 小 中 大",
    ),
    # A page's own links: skip links, back to top, the menu and search buttons (the library's `navigation`).
    "page": (
        "back to top|scroll to top|skip to content|skip to main content|menu|search",
        "jump to recipe|skip to recipe|print recipe|rate this recipe|jump to video|skip to navigation|skip to footer|skip to search",
        "nach oben|zum inhalt springen|zum hauptinhalt springen|suche|retour en haut|aller au contenu|"
        "aller au contenu principal|rechercher|volver arriba|ir al contenido|ir al contenido principal|buscar|"
        "torna su|vai al contenuto|vai al contenuto principale|cerca|voltar ao topo|ir para o conteúdo|"
        "ir para o conteúdo principal|terug naar boven|ga naar inhoud|ga naar de hoofdinhoud|zoeken|do góry|"
        "przejdź do treści|przejdź do głównej treści|szukaj|наверх|перейти к основному содержанию|поиск|"
        "ana içeriğe geç|搜索|検索|tìm kiếm|cari|بحث|검색|खोजें|sök|hledat",
    ),
    # The publisher's app (the library's `promo`).
    "app": (
        "open in app|open in the app|read in app|read in the app|get the app",
        "in der app öffnen|in app öffnen|ouvrir dans l'application|abrir en la app|apri nell'app|abrir no app|"
        "open in de app|otwórz w aplikacji|открыть в приложении",
        "turn on desktop notifications|enable notifications|enable push notifications|allow notifications|"
        "push benachrichtigungen aktivieren|benachrichtigungen aktivieren|activer les notifications|"
        "activar notificaciones|attiva le notifiche",
    ),
    # A player's buttons and a listen-to-article player (the library's `other`).
    "media": (
        "listen|listen to this article|listen to this story|listen to article|listen now|watch now|pause|mute|"
        "unmute|replay|autoplay|fullscreen|full screen",
        "vorlesen|artikel anhören|anhören|écouter|écouter cet article|écouter l'article|escuchar|"
        "escuchar artículo|escuchar noticia|ascolta|ascolta l'articolo|ouvir|ouça|ouvir matéria|luister|"
        "voorlezen|posłuchaj|słuchaj|dinle|haberi dinle|слушать|nghe bài viết|dengarkan|dengarkan artikel|"
        "استمع|استمع للمقال|기사 듣기|듣기|音声で聞く|सुनें|lyssna|poslechnout si článek",
        "play video|video abspielen|lire la vidéo|regarder la vidéo|reproducir vídeo|reproducir video|ver vídeo|"
        "riproduci video|guarda il video|reproduzir vídeo|assistir ao vídeo|video afspelen|odtwórz wideo|"
        "смотреть видео|videoyu oynat|videoyu izle|putar video|tonton video|phát video|xem video|spela video|"
        "přehrát video|動画を再生|播放视频|동영상 재생|تشغيل الفيديو|वीडियो देखें|यह लेख सुनें|इस लेख को सुनें|"
        "ακούστε το άρθρο",
    ),
    # A live page's controls and labels (the library's `other`; no word a story's subhead, a TV listing's or an
    # album's title is as well: "Live", "En direct", "Ao vivo", "Diretta", "Refresh", an imperative
    # "Aktualisieren" heading a step).
    "live": (
        "auto refresh|live auto refresh on|live auto refresh off|autorefresh",
        "live blog|liveblog|live ticker|liveticker|live coverage|live updates|relacja na żywo|online reportáž|"
        "canlı anlatım|direktrapport|live rapportage|key events|show latest updates|show more updates|"
        "load newer posts|pinned post|auto update|"
        "load earlier posts|load older posts|load more posts|show older posts|show earlier posts|load more updates|"
        "show more posts|show all posts|refresh page|auto refresh on|auto refresh off|auto update on|"
        "auto update off|show key events only|key events only|filter by all|newest first|oldest first|"
        "latest first|ältere einträge laden|ältere einträge anzeigen|neueste einträge anzeigen|"
        "afficher les anciens posts|cargar más entradas|carica altri post|carregar mais posts|laad meer berichten|"
        "załaduj więcej wpisów|загрузить ещё записи|daha fazla yükle|tải thêm|ladda fler inlägg|načíst další příspěvky|"
        "ライブ更新中|实时更新|تحديثات مباشرة|लाइव अपडेट",
    ),
    # A line asking readers to report an error or send a tip (the library's `other`).
    "feedback": ("report an error|suggest a correction|got a tip|send us a tip",),
    "share": (
        "share|share this|share this article|share this story|share this page|share article|share story|"
        "share full article|share via|share on|tweet|tweet this|pin it|email|e mail|mail|email this|"
        "email this article|email article|send|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit|"
        "flipboard|messenger|bluesky|threads|mastodon|tumblr|xing|google news|"
        "follow|follow us|follow us on|follow us on google news|add us on google|"
        "comment|comments|leave a comment|view comments|show comments|join the conversation",
        "send to whatsapp|pin it for later|pin for later|save to pinterest|pin this recipe",
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
        # a consent dialog's other buttons and links, and the purposes of the IAB's framework that it lists
        "allow selection|reject non essential|reject non essential cookies|accept necessary|accept necessary cookies|"
        "accept only necessary|accept only necessary cookies|necessary cookies only|save and exit|save exit|"
        "accept and close|accept close|agree and close|agree close|agree and proceed|accept and continue|"
        "agree and continue|continue without accepting|your california privacy rights|agree proceed|"
        "do not sell or share my personal information|do not sell or share my info|do not sell my info|"
        "limit the use of my sensitive personal information|manage consent|manage options|show purposes|"
        "view purposes|vendor list|view vendors|view partners|list of partners vendors|object to legitimate interest|"
        "reject all non essential cookies|accept only essential cookies|accept essential cookies|essential cookies only|"
        "do not sell or share my personal info|ensure security prevent and detect fraud and fix errors|"
        "store and or access information on a device|use limited data to select advertising|"
        "use limited data to select content|create profiles for personalised advertising|"
        "create profiles for personalized advertising|use profiles to select personalised advertising|"
        "use profiles to select personalized advertising|create profiles to personalise content|"
        "create profiles to personalize content|use profiles to select personalised content|"
        "use profiles to select personalized content|measure advertising performance|measure content performance|"
        "develop and improve services|use precise geolocation data|deliver and present advertising and content|"
        "save and communicate privacy choices|link different devices|match and combine data from other data sources",
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
        "manage subscription|manage my subscription|manage your subscription|my subscription|switch account|"
        "not you switch account|manage account|redeem code|redeem voucher|redeem a voucher|redeem gift|redeem a gift|"
        "redeem your gift|redeem a gift subscription|redeem it here|redeem here|redeem now",
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
        # a closed comment section's line
        "comments are closed|comments closed|commenting is closed|comments are disabled|commenting has been disabled|"
        "comments are now closed|kommentare sind geschlossen|kommentarfunktion geschlossen|"
        "die kommentarfunktion ist geschlossen|les commentaires sont fermés|commentaires fermés|"
        "los comentarios están cerrados|comentarios cerrados|i commenti sono chiusi|commenti chiusi|"
        "os comentários estão fechados|comentários encerrados|reacties zijn gesloten|komentarze są wyłączone|"
        "комментарии закрыты|yorumlar kapalı|yorumlara kapatılmıştır|komentar ditutup",
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
        "more coverage|from around the web|more from around the web|more to explore|you may have missed|"
        "stories you may like|stories you might like|you might have missed",
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
    "have a voucher code|have a promo code|have a gift code|have a discount code|have a coupon code|got a code|"
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
    "imagen de archivo|main picture|main image|main photo|top image|top photo|header image|lead image|lead photo|"
    "feature image|featured image|cover image|hero image|titelbild|aufmacherfoto|image d'illustration|foto de portada"
).split("|")
#: Headings of a box of other stories, beside the list headings of :data:`CONTROL_LABELS` ("lists"): they name
#: the kind of the chrome lines under them (:mod:`~.service.core.boxes`), and make no line chrome.
BOX_HEADINGS: tuple[str, ...] = (
    # en
    "just in|news feed|breaking news|more from this section",
    # de
    "verwandte artikel|ähnliche artikel|am meisten gelesen|beliebteste "
    "artikel|meistgeteilt|meistkommentiert|im trend|neueste nachrichten|aktuelle "
    "nachrichten|eilmeldung|newsticker|weitere nachrichten|mehr aus diesem ressort|empfehlungen der "
    "redaktion|redaktionsempfehlungen|nicht verpassen|top-themen|top-nachrichten",
    # fr
    "articles liés|les plus populaires|les plus commentés|les plus vus|tendances|en ce moment|dernières "
    "actualités|dernières infos|dernières nouvelles|fil d'actu|fil info|en continu|dernière minute|flash "
    "info|plus d'articles|autres actualités|le choix de la rédaction|sélection de la rédaction|recommandé "
    "pour vous|à ne pas manquer|à la une|vous aimerez aussi",
    # es
    "artículos relacionados|más sobre este tema|lo más popular|lo más compartido|lo más "
    "comentado|tendencias|lo último|última hora|al minuto|más noticias|más en esta sección|otras "
    "noticias|recomendados|selección del editor|no te pierdas|destacados|noticias destacadas",
    # it
    "notizie correlate|potrebbe interessarti anche|i più visti|i più condivisi|i più commentati|più "
    "popolari|di tendenza|ultim'ora|ultima ora|le ultime notizie|altre notizie|altri articoli|dalla "
    "stessa sezione|scelti per te|consigliati|in evidenza|primo piano",
    # pt
    "notícias relacionadas|artigos relacionados|mais sobre o assunto|leia mais|as mais lidas|mais "
    "populares|mais partilhadas|mais compartilhadas|em alta|tendências|últimas|urgente|mais "
    "notícias|outras notícias|mais desta secção|destaques|escolha do editor|recomendados|recomendadas "
    "para você|não perca|principais notícias",
    # nl
    "gerelateerde artikelen|meer over dit onderwerp|meest bekeken|meest gedeeld|populair|het laatste "
    "nieuws|net binnen|nieuwsoverzicht|breaking|meer nieuws|ander nieuws|meer uit deze rubriek|aanbevolen "
    "voor jou|niet te missen|topverhalen|uitgelicht|tip van de redactie",
    # pl
    "przeczytaj również|więcej na ten temat|najchętniej czytane|najczęściej komentowane|popularne|na "
    "czasie|najnowsze|najnowsze wiadomości|najświeższe informacje|pilne|z ostatniej chwili|więcej "
    "wiadomości|inne artykuły|więcej z działu|wybór redakcji|polecamy|nie przegap|najważniejsze "
    "wiadomości",
    # cs
    "související|další články k tématu|přečtěte si také|nejčtenější "
    "články|nejsledovanější|nejkomentovanější|populární|nejnovější|aktuálně|právě teď|zpravodajství|další "
    "zprávy|další z rubriky|z rubriky|doporučujeme|výběr redakce|nenechte si ujít|hlavní zprávy",
    # sk
    "súvisiace články|súvisiace|čítajte aj|prečítajte si aj|viac k téme|najčítanejšie "
    "články|najpopulárnejšie|najkomentovanejšie|populárne|najnovšie|najnovšie správy|aktuálne|práve "
    "teraz|ďalšie správy|ďalšie články|z rubriky|odporúčame|výber redakcie|nenechajte si ujsť|hlavné "
    "správy|mohlo by vás zaujímať",
    # hu
    "kapcsolódó|kapcsolódó hírek|ezek is érdekelhetik|ajánljuk még|legolvasottabb "
    "cikkek|legnépszerűbb|legnézettebb|legfrissebb|legfrissebb hírek|friss hírek|hírfolyam|percről "
    "percre|rendkívüli|további hírek|további cikkek|a rovat további hírei|szerkesztőink ajánlják|a "
    "szerkesztőség ajánlja|ne hagyja ki|kiemelt hírek|címlapról",
    # ro
    "articole asemănătoare|știri similare|citește și|cele mai populare|cele mai vizualizate|cele mai "
    "comentate|cele mai distribuite|în trend|ultimele știri|ultima oră|știri de ultimă oră|flux de "
    "știri|alte știri|mai multe știri|din aceeași categorie|recomandări|recomandările editorului|alegerea "
    "editorului|nu rata|știrile zilei|top știri",
    # sv
    "relaterade artiklar|relaterat|mer om ämnet|läs mer|mest delade|mest kommenterade|populärt|populärt "
    "just nu|mest läst just nu|senaste nyheterna|just nu|nyhetsflöde|direktrapport|fler nyheter|fler "
    "artiklar|mer från avdelningen|redaktionen rekommenderar|rekommenderat|missa inte|toppnyheter",
    # da
    "relateret|mere om emnet|læs også|læs mere|mest læst|mest delte|mest populære|populært lige "
    "nu|seneste nyt|seneste nyheder|lige nu|netop nu|nyhedsstrøm|flere nyheder|andre nyheder|mere fra "
    "sektionen|redaktionen anbefaler|anbefalet|anbefalet til dig|gå ikke glip af|tophistorier|vigtigste "
    "nyheder",
    # nb
    "relatert|mer om saken|les også|les mer|mest delt|mest populære|populært nå|siste nytt|siste "
    "nyheter|siste saker|akkurat nå|nyhetsstrøm|flere nyheter|andre nyheter|mer fra seksjonen|redaksjonen "
    "anbefaler|anbefalt|anbefalt for deg|ikke gå glipp av|toppsaker|viktigste nyheter",
    # fi
    "aiheeseen liittyviä artikkeleita|lue myös|lisää aiheesta|luetuimmat "
    "uutiset|suosituimmat|katsotuimmat|jaetuimmat|kommentoiduimmat|tuoreimmat|tuoreimmat "
    "uutiset|uusimmat|uusimmat uutiset|viimeisimmät|muut uutiset|lisää uutisia|lisää osastolta|toimitus "
    "suosittelee|suosittelemme|älä missaa|pääuutiset|tärkeimmät uutiset",
    # et
    "seotud lood|loe ka|loe lisaks|veel sel teemal|sel teemal|enimloetud|populaarseimad|enim "
    "kommenteeritud|viimased uudised|värsked uudised|värskeimad|uudisvoog|veel uudiseid|teised "
    "uudised|toimetaja valik|soovitame|ära jäta vahele|peauudised|päeva tähtsamad",
    # lv
    "saistītās ziņas|lasi arī|lasiet arī|vairāk par tēmu|lasītākās ziņas|populārākie|populārākās "
    "ziņas|visvairāk komentētie|jaunākās ziņas|jaunākais|svaigākās ziņas|ziņu lenta|citas ziņas|vēl "
    "ziņas|redakcija iesaka|iesakām|nepalaid garām|galvenās ziņas|aktuāli",
    # lt
    "susijusios naujienos|taip pat skaitykite|skaitykite taip pat|daugiau šia tema|skaitomiausios "
    "naujienos|populiariausios|daugiausiai komentuojami|naujausi|naujausios naujienos|karščiausios "
    "naujienos|naujienų srautas|kitos naujienos|daugiau naujienų|redakcija "
    "rekomenduoja|rekomenduojame|nepraleiskite|svarbiausios naujienos|svarbiausia",
    # el
    "σχετικά θέματα|σχετικές ειδήσεις|διαβάστε επίσης|διαβάστε ακόμη|περισσότερα για το θέμα|δημοφιλή|πιο "
    "δημοφιλή|πιο διαβασμένα|τα πιο διαβασμένα|τελευταία νέα|τελευταίες ειδήσεις|ροή "
    "ειδήσεων|έκτακτο|άλλες ειδήσεις|περισσότερα άρθρα|επιλογές σύνταξης|προτεινόμενα|μην χάσετε|κύριες "
    "ειδήσεις|κορυφαία θέματα|επικαιρότητα",
    # ru
    "читайте еще|читайте ещё|материалы по теме|новости по теме|связанные материалы|популярное|самые "
    "читаемые|самое обсуждаемое|обсуждаемое|сейчас читают|лента новостей|срочно|только что|другие "
    "новости|еще новости|ещё по теме|все новости раздела|выбор редакции|не пропустите|главное|главное "
    "сегодня|главные новости|топ новостей",
    # uk
    "читайте також|читайте ще|по темі|матеріали за темою|новини за темою|пов'язані "
    "матеріали|популярне|найчитаніше|найбільш читані|обговорюване|зараз читають|останні новини|стрічка "
    "новин|головне|головне за день|терміново|щойно|інші новини|більше новин|вибір "
    "редакції|рекомендуємо|не пропустіть|головні новини",
    # bg
    "свързани статии|още по темата|по темата|прочетете още|четете "
    "още|най-четено|най-популярни|най-коментирани|най-гледани|последни "
    "новини|най-новото|горещо|извънредно|още новини|други новини|още от рубриката|избрано от "
    "редакцията|препоръчано|препоръчваме|не пропускайте|водещи новини|акценти",
    # sr
    "povezane vesti|povezani tekstovi|pročitajte i|pročitajte još|više o "
    "temi|najpopularnije|najgledanije|najkomentarisanije|najnovije|najnovije vesti|najnovije "
    "vijesti|udarne vesti|hitno|ostale vesti|još vesti|još iz rubrike|izbor urednika|preporučujemo|ne "
    "propustite|glavne vesti|top vesti|повезане вести|повезани текстови|прочитајте и|прочитајте још|више "
    "о теми|најчитаније|најпопуларније|најгледаније|најновије|најновије вести|ударне вести|остале "
    "вести|још вести|још из рубрике|избор уредника|препоручујемо|не пропустите|главне вести",
    # hr
    "povezane vijesti|pročitajte i|pročitajte još|više o "
    "temi|najpopularnije|najgledanije|najkomentiranije|najnovije|najnovije vijesti|udarne vijesti|ostale "
    "vijesti|još vijesti|još iz rubrike|izbor urednika|preporučujemo|ne propustite|glavne "
    "vijesti|izdvojeno|moglo bi vas zanimati",
    # sl
    "sorodni članki|sorodne novice|preberite tudi|več o temi|najbolj brano|najbolj brane|najbolj "
    "priljubljeno|najbolj komentirano|najnovejše|najnovejše novice|zadnje novice|sveže|druge novice|več "
    "novic|več iz rubrike|izbor urednikov|priporočamo|ne spreglejte|glavne novice|izpostavljeno",
    # tr
    "konuyla ilgili haberler|bunlar da ilginizi çekebilir|okumadan geçmeyin|en çok okunan haberler|en "
    "popüler|en çok izlenenler|en çok paylaşılanlar|en çok yorumlananlar|gündem|trend haberler|son "
    "dakika|son dakika haberleri|son haberler|haber akışı|diğer haberler|daha fazla haber|editörün "
    "seçimi|editörün seçtikleri|önerilen haberler|sizin için seçtiklerimiz|manşet",
    # ar
    "مواضيع ذات صلة|اقرأ أيضاً|المزيد حول هذا الموضوع|الأكثر شعبية|الأكثر تداولا|الأكثر مشاركة|الأكثر "
    "تعليقا|الرائج الآن|أحدث الأخبار|عاجل|الأخبار العاجلة|شريط الأخبار|أخبار أخرى|المزيد من "
    "الأخبار|اختيارات المحرر|مختارات|موصى به|لا تفوتك|أهم الأخبار|قد يهمك أيضا|قد يعجبك أيضا",
    # he
    "כתבות נוספות|עוד בנושא|קראו גם|מומלצים|הנקראות ביותר|הכתבות הנקראות ביותר|הכי נקראים|הנצפים "
    "ביותר|הכי פופולרי|הכי חם|חדשות אחרונות|החדשות האחרונות|מבזקים|מבזקי חדשות|עוד חדשות|עוד במדור|בחירת "
    "העורכים|המלצות העורכים|אל תפספסו|כותרות ראשיות|אולי יעניין אותך",
    # fa
    "اخبار مرتبط|بیشتر بخوانید|در همین زمینه|پربیننده‌ترین|پرخواننده‌ترین|محبوب‌ترین|داغ‌ترین|آخرین "
    "اخبار|تازه‌ترین اخبار|تازه‌ها|خبر فوری|فوری|اخبار دیگر|سایر اخبار|اخبار بیشتر|پیشنهاد سردبیر|انتخاب "
    "سردبیر|از دست ندهید|پیشنهاد ما|مهم‌ترین اخبار|عناوین مهم",
    # ur
    "متعلقہ خبریں|متعلقہ مضامین|یہ بھی پڑھیں|مزید پڑھیں|اس موضوع پر مزید|سب سے زیادہ پڑھی جانے والی|سب سے "
    "زیادہ پڑھی گئی|مقبول ترین|سب سے زیادہ دیکھی جانے والی|ٹرینڈنگ|تازہ ترین|تازہ ترین خبریں|بریکنگ "
    "نیوز|اہم خبریں|مزید خبریں|دیگر خبریں|ایڈیٹر کی پسند|تجویز کردہ|ضرور پڑھیں|نمایاں خبریں|شہ سرخیاں",
    # hi
    "संबंधित ख़बरें|संबंधित लेख|इस विषय पर और|सबसे ज़्यादा पढ़ी गईं|सबसे लोकप्रिय|लोकप्रिय|सबसे ज्यादा "
    "देखी गई|ट्रेंडिंग|ट्रेंडिंग न्यूज़|ताजा खबरें|ताज़ा ख़बरें|लेटेस्ट न्यूज़|ब्रेकिंग न्यूज़|बड़ी "
    "खबरें|अन्य खबरें|और खबरें|संपादक की पसंद|मिस न करें|टॉप न्यूज़|प्रमुख खबरें",
    # bn
    "সংশ্লিষ্ট খবর|আরও পড়ুন|এ সম্পর্কিত আরও খবর|এই বিষয়ে আরও|সর্বাধিক পঠিত খবর|সবচেয়ে বেশি "
    "পড়া|জনপ্রিয়|সর্বাধিক জনপ্রিয়|ট্রেন্ডিং|সর্বশেষ|সর্বশেষ খবর|সর্বশেষ সংবাদ|তাজা খবর|ব্রেকিং "
    "নিউজ|শিরোনাম|অন্যান্য খবর|আরও খবর|এই বিভাগের আরও খবর|সম্পাদকের পছন্দ|বাছাই করা খবর|মিস করবেন "
    "না|শীর্ষ খবর|প্রধান খবর",
    # ta
    "தொடர்புடையவை|இதையும் படிக்கவும்|இதையும் படியுங்கள்|மேலும் படிக்க|அதிகம் படிக்கப்பட்டவை|அதிகம் "
    "வாசிக்கப்பட்டவை|பிரபலமானவை|அதிகம் பார்க்கப்பட்டவை|டிரெண்டிங்|சமீபத்திய செய்திகள்|லேட்டஸ்ட்|உடனடி "
    "செய்திகள்|பிரேக்கிங் நியூஸ்|முக்கிய செய்திகள்|மற்ற செய்திகள்|மேலும் செய்திகள்|ஆசிரியர் "
    "தேர்வு|பரிந்துரைக்கப்பட்டவை|தவறவிடாதீர்கள்|டாப் செய்திகள்",
    # te
    "సంబంధిత వార్తలు|ఇవి కూడా చదవండి|ఇది కూడా చదవండి|మరిన్ని వార్తలు|ఎక్కువ మంది "
    "చదివినవి|పాపులర్|ట్రెండింగ్|తాజా వార్తలు|లేటెస్ట్ న్యూస్|బ్రేకింగ్ న్యూస్|ముఖ్యాంశాలు|ఇతర "
    "వార్తలు|ఎడిటర్ ఎంపిక|మిస్ అవ్వకండి|టాప్ స్టోరీస్|ప్రధాన వార్తలు",
    # mr
    "संबंधित बातम्या|हेही वाचा|हे पण वाचा|अधिक वाचा|या विषयावरील आणखी|सर्वाधिक वाचलेल्या|सर्वाधिक "
    "वाचलेले|लोकप्रिय|सर्वाधिक लोकप्रिय|ट्रेंडिंग|ताज्या बातम्या|ताजी बातमी|लेटेस्ट न्यूज|ब्रेकिंग "
    "न्यूज|महत्त्वाच्या बातम्या|इतर बातम्या|आणखी बातम्या|संपादकांची निवड|चुकवू नका|टॉप न्यूज|मुख्य "
    "बातम्या",
    # ml
    "ബന്ധപ്പെട്ട വാർത്തകൾ|അനുബന്ധ വാർത്തകൾ|ഇതും വായിക്കുക|കൂടുതൽ വായിക്കുക|കൂടുതൽ വാർത്തകൾ|ഏറ്റവും കൂടുതൽ "
    "വായിച്ചത്|കൂടുതൽ വായിക്കപ്പെട്ടവ|ജനപ്രിയം|ട്രെൻഡിങ്|പുതിയ വാർത്തകൾ|ഏറ്റവും പുതിയ|ഏറ്റവും പുതിയ "
    "വാർത്തകൾ|തത്സമയം|ബ്രേക്കിങ് ന്യൂസ്|പ്രധാന വാർത്തകൾ|മറ്റ് വാർത്തകൾ|എഡിറ്റേഴ്സ് പിക്ക്|എഡിറ്ററുടെ "
    "തിരഞ്ഞെടുപ്പ്|മിസ് ചെയ്യരുത്|ടോപ് സ്റ്റോറീസ്",
    # kn
    "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು|ಸಂಬಂಧಿತ ಸುದ್ದಿ|ಇದನ್ನೂ ಓದಿ|ಇವುಗಳನ್ನೂ ಓದಿ|ಹೆಚ್ಚಿನ ಸುದ್ದಿ|ಇನ್ನಷ್ಟು ಸುದ್ದಿಗಳು|ಹೆಚ್ಚು "
    "ಓದಿದ|ಹೆಚ್ಚು ಓದಿದ ಸುದ್ದಿ|ಜನಪ್ರಿಯ|ಟ್ರೆಂಡಿಂಗ್|ಇತ್ತೀಚಿನ ಸುದ್ದಿ|ಇತ್ತೀಚಿನ ಸುದ್ದಿಗಳು|ತಾಜಾ ಸುದ್ದಿ|ಬ್ರೇಕಿಂಗ್ "
    "ನ್ಯೂಸ್|ಪ್ರಮುಖ ಸುದ್ದಿ|ಮುಖ್ಯಾಂಶಗಳು|ಇತರ ಸುದ್ದಿಗಳು|ಸಂಪಾದಕರ ಆಯ್ಕೆ|ತಪ್ಪದೇ ಓದಿ|ಟಾಪ್ ಸ್ಟೋರೀಸ್",
    # gu
    "સંબંધિત સમાચાર|આ પણ વાંચો|વધુ વાંચો|વધુ સમાચાર|સૌથી વધુ વંચાયેલા|સૌથી વધુ "
    "વાંચેલા|લોકપ્રિય|ટ્રેન્ડિંગ|તાજા સમાચાર|તાજેતરના સમાચાર|લેટેસ્ટ ન્યૂઝ|બ્રેકિંગ ન્યૂઝ|મુખ્ય "
    "સમાચાર|અન્ય સમાચાર|એડિટર્સ ચોઈસ|ચૂકશો નહીં|ટોપ ન્યૂઝ|મહત્વના સમાચાર",
    # pa
    "ਸਬੰਧਤ ਖ਼ਬਰਾਂ|ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ|ਇਹ ਵੀ ਪੜ੍ਹੋ|ਹੋਰ ਪੜ੍ਹੋ|ਹੋਰ ਖ਼ਬਰਾਂ|ਹੋਰ ਖਬਰਾਂ|ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ|ਸਭ ਤੋਂ ਵੱਧ "
    "ਪੜ੍ਹੀਆਂ ਗਈਆਂ|ਮਸ਼ਹੂਰ|ਪ੍ਰਸਿੱਧ|ਟ੍ਰੈਂਡਿੰਗ|ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ|ਤਾਜ਼ਾ ਖਬਰਾਂ|ਬ੍ਰੇਕਿੰਗ ਨਿਊਜ਼|ਮੁੱਖ ਖ਼ਬਰਾਂ|ਅਹਿਮ "
    "ਖ਼ਬਰਾਂ|ਸੰਪਾਦਕ ਦੀ ਪਸੰਦ|ਟੌਪ ਨਿਊਜ਼",
    # ne
    "सम्बन्धित समाचार|यो पनि पढ्नुहोस्|यो पनि पढ्नुस्|थप पढ्नुहोस्|थप समाचार|धेरै पढिएको|धेरै "
    "पढिएका|लोकप्रिय|ट्रेन्डिङ|ताजा समाचार|पछिल्लो समाचार|पछिल्ला समाचार|भर्खरै|ब्रेकिङ न्युज|मुख्य "
    "समाचार|प्रमुख समाचार|अन्य समाचार|सम्पादकको रोजाइ|नछुटाउनुहोस्",
    # si
    "ආශ්‍රිත පුවත්|සම්බන්ධිත පුවත්|මේවාත් කියවන්න|මෙයත් කියවන්න|තවත් පුවත්|වැඩිපුරම කියවූ|වැඩිපුරම කියවූ "
    "පුවත්|ජනප්‍රිය|ජනප්‍රියම|නවතම පුවත්|නවතම|උණුසුම් පුවත්|ප්‍රධාන පුවත්|වෙනත් පුවත්|කතුවරයාගේ තේරීම|මග "
    "නොහරින්න",
    # th
    "บทความที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|อ่านเพิ่มเติม|อ่านต่อ|อ่านมากที่สุด|ข่าวที่มีผู้อ่านมากที่สุด|เป็นกระแส|มาแรง|ข่าวล่าสุด|ล่าสุด|ข่าวด่วน|ข่าวเด่น|ข่าวอื่นๆ|ข่าวอื่น "
    "ๆ|ข่าวที่น่าสนใจ|บรรณาธิการแนะนำ|แนะนำ|ห้ามพลาด|ไม่ควรพลาด",
    # vi
    "xem thêm|đọc thêm|đọc nhiều|xem nhiều|được quan tâm|nổi bật|tin mới|mới nhất|tin nóng|tin khác|tin "
    "tức khác|tin cùng chuyên mục|biên tập viên chọn|gợi ý cho bạn|đừng bỏ lỡ|tiêu điểm",
    # id
    "berita terpopuler|populer|terbanyak dibaca|paling populer|sedang tren|terkini|terbaru|berita "
    "terbaru|berita lainnya|lainnya|pilihan redaksi|rekomendasi|jangan lewatkan|berita utama|topik "
    "pilihan",
    # ms
    "berita berkaitan|artikel berkaitan|lagi berkaitan|terpopular|paling ramai dibaca|sohor "
    "kini|terkini|terbaru|berita terbaru|berita lain|lagi berita|pilihan pengarang|disyorkan|jangan "
    "lepaskan|berita utama|tajuk utama",
    # tl
    "kaugnay na balita|mga kaugnay na balita|basahin din|basahin "
    "pa|pinakabinabasa|pinakapopular|pinakasikat|pinakabagong balita|mga pinakabagong "
    "balita|pinakabago|pinakahuling balita|breaking news|iba pang balita|iba pang mga balita|higit pang "
    "balita|pinili ng editor|huwag palampasin|nangungunang balita|mga tampok na balita",
    # sw
    "habari zaidi|soma pia|soma zaidi|zaidi kuhusu habari hii|habari zinazosomwa zaidi|maarufu|habari "
    "maarufu|zinazovuma|habari mpya|habari za hivi punde|habari za punde|habari kuu|habari "
    "nyingine|chaguo la mhariri|usikose|habari motomoto",
    # am
    "ተያያዥ ዜናዎች|ተጨማሪ ያንብቡ|ይህንንም ያንብቡ|ተጨማሪ ዜናዎች|በጣም የተነበቡ|ተወዳጅ|የቅርብ ጊዜ ዜናዎች|ወቅታዊ ዜናዎች|አዳዲስ ዜናዎች|ሰበር ዜና|ዋና "
    "ዋና ዜናዎች|ሌሎች ዜናዎች|የአርታኢ ምርጫ|እንዳያመልጥዎ",
    # ka
    "მსგავსი სიახლეები|დაკავშირებული სიახლეები|ასევე წაიკითხეთ|წაიკითხეთ ასევე|მეტი ამ თემაზე|ყველაზე "
    "წაკითხული|პოპულარული|ყველაზე პოპულარული|ყველაზე ნანახი|ბოლო სიახლეები|უახლესი ამბები|სიახლეების "
    "ლენტი|ცხელი ამბები|სხვა სიახლეები|მეტი სიახლე|რედაქტორის არჩევანი|გირჩევთ|არ გამოტოვოთ|მთავარი "
    "ამბები",
    # hy
    "առնչվող նյութեր|նմանատիպ նյութեր|կարդացեք նաև|կարդալ նաև|այս թեմայով|նույն "
    "թեմայով|ամենադիտված|հանրաճանաչ|վերջին լուրեր|վերջին նորություններ|լրահոս|շտապ|այլ լուրեր|այլ "
    "նորություններ|խմբագրի ընտրությունը|առաջարկում ենք|բաց մի թողեք|գլխավոր լուրեր",
    # km
    "ព័ត៌មានពាក់ព័ន្ធ|អានបន្ថែម|សូមអានផងដែរ|ព័ត៌មានដែលមានអ្នកអានច្រើនជាងគេ|ពេញនិយម|ពេញនិយមបំផុត|ព័ត៌មានថ្មីៗ|ព័ត៌មានចុងក្រោយ|ថ្មីៗ|ព័ត៌មានទាន់ហេតុការណ៍|ព័ត៌មានបន្ទាន់|ព័ត៌មានផ្សេងទៀត|អត្ថបទផ្សេងទៀត|ជម្រើសរបស់អ្នកនិពន្ធ|កុំរំលង|ព័ត៌មានសំខាន់ៗ|ព័ត៌មានលេចធ្លោ",
    # my
    "ဆက်စပ်သတင်းများ|ဆက်စပ်ဆောင်းပါးများ|ဆက်လက်ဖတ်ရှုရန်|ဖတ်ရှုရန်|လူဖတ်အများဆုံး|အများဆုံးဖတ်ရှုသော|လူကြိုက်များသော|ရေပန်းစား|နောက်ဆုံးရသတင်းများ|နောက်ဆုံးရ|သတင်းထူး|အရေးပေါ်သတင်း|အခြားသတင်းများ|နောက်ထပ်သတင်းများ|အယ်ဒီတာရွေးချယ်မှု|ထိပ်တန်းသတင်းများ|အဓိကသတင်းများ",
    # lo
    "ຂ່າວທີ່ກ່ຽວຂ້ອງ|ບົດຄວາມທີ່ກ່ຽວຂ້ອງ|ອ່ານຕື່ມ|ອ່ານເພີ່ມເຕີມ|ຍອດນິຍົມ|ຂ່າວຍອດນິຍົມ|ອ່ານຫຼາຍທີ່ສຸດ|ຂ່າວລ່າສຸດ|ລ່າສຸດ|ຂ່າວໃໝ່|ຂ່າວດ່ວນ|ຂ່າວເດັ່ນ|ຂ່າວອື່ນໆ|ບັນນາທິການແນະນຳ|ແນະນຳ|ບໍ່ຄວນພາດ",
    # zh
    "相关报道|最受欢迎|阅读排行|排行榜|热点|最新消息|即时新闻|滚动新闻|快讯|突发|更多新闻|其他新闻|编辑推荐|编辑精选|为你推荐|不容错过|头条|要闻|相關閱讀|相關文章|相關報導|延伸閱讀|熱門文章|熱門新聞|最受歡迎|閱讀排行|即時新聞|即時|最新新聞|快訊|更多新聞|其他新聞|編輯推薦|編輯精選|推薦閱讀|為你推薦|不容錯過|頭條|要聞|焦點新聞|熱搜|猜你喜歡",
    # ja
    "こちらもおすすめ|こちらも読まれています|よく読まれている記事|人気記事ランキング|ランキング|最も読まれた記事|話題のニュース|トレンド|新着記事|新着ニュース|速報|ニュース速報|その他のニュース|主要ニュース|編集部のおすすめ|注目記事|注目のニュース|トップニュース",
    # ko
    "관련 뉴스|함께 보면 좋은 기사|이 기사와 함께 많이 본 뉴스|가장 많이 본 뉴스|많이 본 기사|인기 뉴스|실시간 인기|화제의 뉴스|최신 기사|실시간 뉴스|속보|주요 뉴스|다른 "
    "기사|이 섹션의 다른 기사|에디터 추천|헤드라인|오늘의 주요뉴스",
)
#: Openings of a box heading that names a section after them ("Latest in | Mining", "Mehr aus | Bayern").
BOX_TEMPLATES: tuple[str, ...] = (
    # en
    "latest in|more from|most read in|more in|popular in|top stories in|latest|more on|more stories "
    "from|trending in|most popular in|most viewed in|also in|recommended in|latest from|editor's picks "
    "in|more news from",
    # de
    "mehr aus|neueste aus|meistgelesen in|mehr zum thema|weitere artikel aus|weitere nachrichten aus|mehr "
    "artikel aus|meistgelesen aus|aktuelles aus|das neueste aus|neues aus|top-themen aus|beliebt "
    "in|weitere artikel zum thema|alle artikel zu|alles zum thema",
    # fr
    "dernières actualités|dernières infos|derniers articles|les plus lus en|les plus lus|plus "
    "d'articles|plus d'infos|toute l'actualité|toute l'actu|autres articles|d'autres articles|sur le même "
    "thème|à lire aussi|à la une|l'actualité de la rubrique|les plus populaires en",
    # es
    "más noticias de|más noticias sobre|más sobre|lo último en|lo último de|lo más leído en|lo más visto "
    "en|lo más popular en|últimas noticias de|últimas noticias sobre|últimas noticias en|otras noticias "
    "de|más en|tendencias en|toda la actualidad de",
    # it
    "altre notizie da|altre notizie su|altre notizie di|ultime notizie da|ultime notizie su|ultime "
    "notizie di|i più letti di|i più letti in|più letti in|altro da|altri articoli di|altri articoli "
    "su|tutte le notizie di|le ultime da|ultime da|in evidenza in",
    # pt
    "mais notícias de|mais notícias sobre|mais sobre|últimas de|últimas notícias de|últimas notícias "
    "sobre|mais lidas em|mais lidas de|mais em|outras notícias de|destaques de|veja mais sobre|leia mais "
    "sobre|tudo sobre|em alta em",
    # nl
    "meer over|meer uit|meer nieuws over|meer nieuws uit|laatste nieuws over|laatste nieuws uit|meest "
    "gelezen in|meest gelezen uit|populair in|het laatste uit|het laatste over|alles over|meer van|ook in",
    # pl
    "więcej z|więcej o|najnowsze z|najnowsze w|najczęściej czytane w|najczęściej czytane "
    "z|najpopularniejsze w|więcej wiadomości z|inne artykuły z|polecane z|wszystko o|czytaj więcej "
    "o|najważniejsze z|najnowsze wiadomości z",
    # cs
    "další z|více z|nejnovější z|nejčtenější z|nejčtenější v|další zprávy z|další články z|další články "
    "o|vše o|více o|aktuálně z|z rubriky|všechny zprávy z",
    # sk
    "viac z|ďalšie z|najnovšie z|najčítanejšie z|najčítanejšie v|ďalšie správy z|ďalšie články z|všetko "
    "o|viac o|aktuálne z|všetky správy z",
    # hu
    "további hírek|további cikkek|még több|legfrissebb|legolvasottabb|legnépszerűbb|friss "
    "hírek|kapcsolódó cikkek|összes hír|legfrissebb hírek",
    # ro
    "mai multe din|mai multe despre|mai multe știri din|ultimele știri din|ultimele știri despre|ultimele "
    "din|cele mai citite din|cele mai citite în|alte știri din|top știri din|totul despre|toate știrile "
    "din",
    # sv
    "mer från|mer om|mer inom|senaste från|senaste om|senaste inom|senaste nytt om|mest läst i|mest läst "
    "inom|fler nyheter från|fler artiklar om|allt om|populärt inom",
    # da
    "mere fra|mere om|seneste fra|seneste om|seneste nyt fra|seneste nyt om|mest læste i|mest læste "
    "fra|flere nyheder fra|flere artikler om|alt om|populært i",
    # nb
    "mer fra|mer om|siste fra|siste om|siste nytt fra|siste nytt om|mest lest i|mest lest på|flere saker "
    "fra|flere nyheter om|alt om|populært i",
    # fi
    "lisää aiheesta|lisää uutisia|uusimmat|luetuimmat|tuoreimmat|viimeisimmät|suosituimmat|lue lisää "
    "aiheesta|kaikki uutiset|muut uutiset",
    # et
    "veel rubriigist|veel teemal|veel uudiseid|loetuimad|viimased uudised|värskeimad|kõik uudised|enimloetud",
    # lv
    "vairāk no|vairāk par|jaunākais no|jaunākās ziņas no|lasītākie|lasītākās|citas ziņas no|visas ziņas "
    "par|populārākie",
    # lt
    "daugiau iš|daugiau apie|daugiau naujienų iš|naujausi|naujausios|skaitomiausi|populiariausi|kitos "
    "naujienos iš|visos naujienos apie",
    # el
    "περισσότερα από|περισσότερα για|περισσότερα στο|τελευταία νέα από|τελευταίες ειδήσεις από|δημοφιλή "
    "σε|τα πιο διαβασμένα στο|όλα για|άλλες ειδήσεις από|όλες οι ειδήσεις από",
    # ru
    "ещё из|еще из|ещё о|еще по теме|ещё по теме|другие новости|последние новости|самое читаемое в|самое "
    "популярное в|все новости|больше новостей|больше материалов|популярное в|главное в|свежее в|новости "
    "раздела",
    # uk
    "ще з|ще про|більше з|більше новин|інші новини|останні новини|найпопулярніше в|найчитаніше в|всі "
    "новини|усі новини|популярне в|головне в",
    # bg
    "още от|още за|още по темата|последни от|последни новини от|най-четени в|най-четено в|всички новини "
    "от|други новини от|популярни в|най-новото от|водещи в",
    # sr
    "još iz|više iz|više o|najnovije iz|najčitanije iz|najčitanije u|ostale vesti iz|sve vesti iz|sve "
    "o|još vesti iz|још из|више из|више о|најновије из|најчитаније из|најчитаније у|остале вести из|све "
    "вести из|све о|још вести из",
    # hr
    "još iz|više iz|više o|najnovije iz|najčitanije iz|najčitanije u|ostale vijesti iz|sve vijesti iz|sve "
    "o|još vijesti iz",
    # sl
    "več iz|več o|najnovejše iz|najbolj brano v|najbolj brano iz|druge novice iz|vse novice iz|vse o|zadnje iz",
    # tr
    "son dakika|son haberler|en çok okunan|en çok okunanlar|diğer haberler|daha fazla|tüm haberler|ilgili "
    "haberler|öne çıkan",
    # ar
    "المزيد من|المزيد في|المزيد عن|آخر أخبار|أحدث أخبار|الأكثر قراءة في|الأكثر قراءة من|أخبار أخرى من|كل "
    "أخبار|جميع أخبار|أهم أخبار|الأكثر مشاهدة في",
    # he
    "עוד ב|עוד מ|עוד על|עוד בנושא|עוד כתבות ב|הנקראות ביותר ב|חדשות אחרונות ב|כל הכתבות ב|כל החדשות ב|מבזקי",
    # fa
    "بیشتر از|بیشتر در|آخرین اخبار|تازه‌ترین|پربازدیدترین|سایر اخبار|همه اخبار|اخبار بیشتر از|مطالب "
    "بیشتر|مطالب بیشتر از",
    # ur
    "تازہ ترین|مزید خبریں|سب سے زیادہ پڑھی جانے والی|دیگر خبریں|مزید|تمام خبریں",
    # hi
    "ताजा खबरें|ताज़ा ख़बरें|लेटेस्ट|टॉप|और खबरें|अन्य खबरें|सबसे ज्यादा पढ़ी गई|ट्रेंडिंग|सभी खबरें",
    # bn
    "সর্বশেষ|আরও খবর|সর্বাধিক পঠিত|সব খবর|অন্যান্য খবর|শীর্ষ",
    # ta
    "மேலும் செய்திகள்|சமீபத்திய|அதிகம் படிக்கப்பட்டவை|மற்ற செய்திகள்|டாப்|அனைத்து செய்திகள்",
    # te
    "తాజా|మరిన్ని|ఇతర వార్తలు|టాప్|ఎక్కువగా చదివినవి",
    # mr
    "ताज्या|आणखी|इतर बातम्या|सर्वाधिक वाचलेल्या|टॉप|सर्व बातम्या",
    # ml
    "കൂടുതൽ വാർത്തകൾ|ഏറ്റവും പുതിയ|മറ്റ് വാർത്തകൾ|പുതിയ വാർത്തകൾ|ടോപ്",
    # kn
    "ಇತ್ತೀಚಿನ|ಹೆಚ್ಚಿನ|ಇನ್ನಷ್ಟು|ತಾಜಾ|ಟಾಪ್|ಇತರ ಸುದ್ದಿಗಳು",
    # gu
    "તાજા|વધુ|અન્ય સમાચાર|ટોપ|તાજેતરના|બધા સમાચાર",
    # pa
    "ਤਾਜ਼ਾ|ਹੋਰ ਖ਼ਬਰਾਂ|ਹੋਰ ਖਬਰਾਂ|ਟੌਪ|ਸਾਰੀਆਂ ਖ਼ਬਰਾਂ",
    # ne
    "थप|ताजा|पछिल्लो|अन्य समाचार|धेरै पढिएको|सबै समाचार",
    # si
    "නවතම|තවත්|වැඩිපුරම කියවූ|වෙනත් පුවත්|සියලු පුවත්",
    # th
    "ข่าวล่าสุด|ล่าสุด|ข่าวอื่นๆ ใน|ข่าวอื่นๆ|ยอดนิยมใน|ยอดนิยม|อ่านเพิ่มเติมเกี่ยวกับ|เพิ่มเติมจาก|ข่าวเด่น|ข่าวที่เกี่ยวข้องกับ",
    # vi
    "tin mới|tin nóng|tin khác|tin cùng chuyên mục|xem thêm|đọc thêm|đọc nhiều|xem nhiều|mới nhất|tiêu "
    "điểm|tin tức khác|tin nổi bật",
    # id
    "lainnya di|berita lainnya dari|berita lainnya di|terbaru dari|terbaru di|terpopuler di|terkini "
    "dari|berita terkini|berita terbaru|selengkapnya tentang|lebih banyak dari|artikel lainnya|semua "
    "berita",
    # ms
    "lagi dari|lagi di|lagi berita|terkini dari|terkini di|terbaru dari|paling popular di|berita lain "
    "dari|semua berita",
    # tl
    "iba pang balita sa|higit pa mula sa|iba pa mula sa|pinakabago sa|pinakabagong balita sa|pinakahuling "
    "balita sa|pinakabinabasa sa|lahat ng balita sa",
    # sw
    "zaidi kutoka|zaidi kuhusu|habari zaidi za|habari mpya za|habari nyingine za|zinazosomwa zaidi|habari "
    "za hivi punde za",
    # am
    "ተጨማሪ|ሌሎች ዜናዎች|የቅርብ ጊዜ|በብዛት የተነበቡ",
    # ka
    "მეტი|ბოლო სიახლეები|სხვა სიახლეები|ყველაზე კითხვადი|ყველა სიახლე",
    # hy
    "ավելին|վերջին լուրեր|այլ նորություններ|ամենաընթերցված|բոլոր նորությունները",
    # km
    "ព័ត៌មានថ្មីៗ|បន្ថែមពី|ព័ត៌មានផ្សេងទៀត|ពេញនិយម|អានច្រើនជាងគេ",
    # my
    "နောက်ဆုံးရ|အခြား|နောက်ထပ်|လူဖတ်အများဆုံး",
    # lo
    "ຂ່າວລ່າສຸດ|ລ່າສຸດ|ຂ່າວອື່ນໆ|ຍອດນິຍົມ|ເພີ່ມເຕີມຈາກ",
    # zh
    "更多|最新|热门|相关|推荐|本栏目|熱門|相關|推薦|本欄目|更多相关|更多相關",
    # ja
    "最新|新着|その他の|人気の|関連|もっと見る|注目の|おすすめの",
    # ko
    "최신|많이 본|인기|더 보기|다른|주요|추천",
)
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
#: What opens a picture's credit without a colon ("Courtesy of Marc Jacobs", "Photo courtesy Getty", "Cortesía de
#: la familia"); a picture's kind may stand before it (:data:`CREDIT_MEDIA`).
COURTESY_LABELS = (
    "courtesy of|courtesy|cortesía de|cortesía del|cortesia de|cortesia da|cortesia do|"
    "avec l'aimable autorisation de|avec l’aimable autorisation de|per gentile concessione di|"
    "per gentile concessione del|per gentile concessione della|mit freundlicher genehmigung von"
).split("|")
#: Who a credit names besides a name ("Courtesy of the family", "Photo courtesy of the artist").
CREDIT_NOUNS = (
    "family|artist|artists|estate|archive|archives|museum|collection|gallery|photographer|author|owner|owners|brand|"
    "brands|company|photo|photos|familia|família|famille|famiglia|familie|artista|artiste|künstler|künstlerin|archivo|archivio|"
    "arquivo|archiv|museo|musée"
).split("|")
CREDIT_MEDIA = "photo|photos|image|images|picture|pictures|video|illustration|foto|fotos|bild".split("|")
#: A footer's links to the publisher's legal pages: privacy, terms, cookies, imprint, accessibility, editorial
#: policies (the chrome library's ``legal`` kind: "terms/privacy/imprint links", footers). A chrome line that is one
#: of them, or a bar of footer links holding one, is ``legal`` (:func:`~.controls.footer_link`).
FOOTER_LEGAL_LINKS = (
    "privacy|privacy policy|privacy notice|privacy statement|cookie policy|cookies policy|cookie notice|"
    "cookie statement|terms|terms of use|terms of service|terms and conditions|terms & conditions|"
    "privacy & cookies|conditions of use|user agreement|legal|legal notice|imprint|accessibility|"
    "accessibility statement|corrections policy|editorial policy|editorial standards|editorial guidelines|"
    "ethics policy|code of ethics|code of conduct|copyright policy|do not sell my personal information|"
    "do not sell or share my personal information|modern slavery statement|ownership and funding|"
    "fcc public inspection file|public inspection file|fcc applications|eeo public file report|eeo report|"
    "closed captioning contact|"
    "subscriber terms|subscription terms|impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|agb|"
    "allgemeine geschäftsbedingungen|nutzungsbedingungen|barrierefreiheit|erklärung zur barrierefreiheit|"
    "redaktionsrichtlinien|cookie richtlinie|mentions légales|politique de confidentialité|confidentialité|"
    "données personnelles|politique de cookies|cgu|cgv|conditions générales|"
    "conditions générales d'utilisation|conditions d'utilisation|accessibilité|charte éditoriale|déontologie|"
    "aviso legal|política de privacidad|privacidad|política de cookies|términos y condiciones|"
    "condiciones de uso|términos de uso|accesibilidad|código ético|normas editoriales|note legali|"
    "informativa privacy|termini e condizioni|condizioni d'uso|termini di utilizzo|accessibilità|"
    "codice etico|política de privacidade|privacidade|termos de uso|termos e condições|acessibilidade|"
    "princípios editoriais|estatuto editorial|colofon|privacybeleid|privacyverklaring|cookiebeleid|"
    "cookieverklaring|algemene voorwaarden|gebruiksvoorwaarden|toegankelijkheid|polityka prywatności|"
    "polityka cookies|regulamin|dostępność|integritetspolicy|personuppgiftspolicy|cookiepolicy|"
    "användarvillkor|tillgänglighet|privatlivspolitik|cookiepolitik|handelsbetingelser|personvern|"
    "personvernerklæring|tietosuoja|tietosuojaseloste|evästekäytäntö|käyttöehdot|saavutettavuus|"
    "ochrana osobních údajů|zásady cookies|podmínky užívání|impresszum|adatvédelem|adatvédelmi tájékoztató|"
    "felhasználási feltételek|politica de confidențialitate|termeni și condiții|πολιτική απορρήτου|"
    "όροι χρήσης|künye|gizlilik politikası|gizlilik|çerez politikası|kullanım koşulları|kvkk|"
    "политика конфиденциальности|пользовательское соглашение|політика конфіденційності|سياسة الخصوصية|"
    "شروط الاستخدام|الشروط والأحكام|حریم خصوصی|מדיניות פרטיות|תנאי שימוש|गोपनीयता नीति|नियम और शर्तें|"
    "kebijakan privasi|syarat dan ketentuan|pedoman media siber|chính sách bảo mật|điều khoản sử dụng|"
    "นโยบายความเป็นส่วนตัว|プライバシーポリシー|利用規約|個人情報保護方針|隐私政策|用户协议|服务条款|隱私權政策|개인정보처리방침|이용약관"
).split("|")
#: A footer's links to the publisher's other pages (about, contact, advertising, jobs, help), which a site's menu
#: may hold too ("Jobs", "Karriere", "Help"): ``legal`` in a footer's list or bar of them, beside another one.
FOOTER_LINKS = (
    "about|about us|who we are|our team|contact|contact us|get in touch|advertise|advertise with us|"
    "media kit|careers|jobs|work with us|work for us|sitemap|site map|help|faq|faqs|help centre|help center|"
    "customer service|customer support|corrections|complaints|syndication|licensing|reprints|rss|rss feeds|"
    "masthead|kontakt|über uns|wir über uns|mediadaten|werben|jobs und karriere|karriere|stellenangebote|"
    "hilfe|kundenservice|leserservice|presse|à propos|qui sommes nous|nous contacter|contactez nous|"
    "recrutement|carrières|nous rejoindre|plan du site|aide|quiénes somos|sobre nosotros|contacto|"
    "contáctenos|contáctanos|anúnciate|trabaja con nosotros|mapa del sitio|ayuda|preguntas frecuentes|"
    "chi siamo|contatti|contattaci|lavora con noi|mappa del sito|aiuto|quem somos|sobre nós|contato|"
    "fale conosco|expediente|trabalhe conosco|anuncie|mapa do site|ajuda|over ons|vacatures|werken bij|"
    "adverteren|klantenservice|veelgestelde vragen|o nas|kariera|mapa strony|pomoc|om oss|kontakta oss|"
    "annonsera|jobba hos oss|lediga jobb|kundservice|kundtjänst|om os|kontakt os|kontakt oss|"
    "annonser hos oss|tietoa meistä|yhteystiedot|ota yhteyttä|asiakaspalvelu|avoimet työpaikat|o nás|"
    "kontakty|inzerce|kariéra|kapcsolat|rólunk|médiaajánlat|despre noi|σχετικά με εμάς|επικοινωνία|"
    "hakkımızda|iletişim|kariyer|о нас|контакты|о проекте|вакансии|про нас|контакти|من نحن|اتصل بنا|"
    "أعلن معنا|وظائف|درباره ما|تماس با ما|אודות|צור קשר|हमारे बारे में|संपर्क करें|संपर्क|विज्ञापन दें|"
    "tentang kami|kontak|hubungi kami|karir|giới thiệu|liên hệ|liên hệ quảng cáo|เกี่ยวกับเรา|ติดต่อเรา|会社概要|"
    "お問い合わせ|サイトマップ|広告掲載|採用情報|关于我们|联系我们|广告服务|關於我們|聯絡我們|회사소개|문의하기|광고문의"
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


#: A line that ends a sentence: a full stop, question or exclamation mark of any script, then closing quotes.
SENTENCE_END = re.compile(r"[.!?…。！？؟।።။][\"'”’»)」』]*\s*$")
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
