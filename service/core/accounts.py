"""Account prompts: a line that asks the reader to sign in, register or mind their account.

Publishers scatter account prompts around and inside a story: a perk behind a sign-in ("Sign in to save
this article", "Create a free account to follow the topics you care about"), an invitation to register
("Don't have an account? Register for free"), a social log-in ("Sign in with Google"), the small lines of
a log-in box ("Forgot your password?", "Keep me signed in", "Your session has expired") and a comment
box's prompt ("You must be logged in to post a comment"). The model, which reads its neighbours'
scores, keeps some of them when they sit among the story's paragraphs (docs/model-history.md, "account
prompts").

Their wordings are set enough for a rule (:mod:`.phrases`): a line of :data:`MIN_ACCOUNT_CHARS` to
:data:`MAX_ACCOUNT_CHARS` characters is an account prompt when one of :data:`ACCOUNTS`' patterns is found
in it, lower-cased, outside a quotation, and it reports no speech. Service journalism speaks the same
words ("Log in to your tax account and download your P60", "Register to vote by Friday", "Don't have a
bank account? Here's how to get paid"), so every pattern takes the whole line and holds what only a
prompt says: a perk names the page's own things (an article, a topic, an author, a newsletter, the
comments), a question to the reader ends the line or is followed by nothing but a button's words, and a
log-in box's line is its label alone. Bare labels ("Sign in", "Register") are the control rule's
(:mod:`.controls`); "subscribe to keep reading" is the reading walls' (:mod:`.walls`).
"""

from __future__ import annotations

from .phrases import PhraseRule, Phrases, marks_of, speech_after_comma

#: Longest line (characters) that is tried as an account prompt.
MAX_ACCOUNT_CHARS = 200
#: Shortest line (characters) that is tried as an account prompt ("使用微信登录").
MIN_ACCOUNT_CHARS = 5

#: The line ends: nothing but punctuation, arrows or emoji after.
_END = r"\W*$"
#: Signing in, in English.
_SIGN_IN = r"(?:sign(?:-| )?in|log(?:-| )?in|log on)"
#: Registering, in English.
_REGISTER = (
    r"(?:sign(?:-| )?up|register|join (?:for )?free|create (?:a |an |your )?(?:free )?account"
    r"|create (?:a |your )?free profile)"
)
#: A sign-in or a registration.
_ONE = r"(?:" + _SIGN_IN + r"|" + _REGISTER + r")"
#: A sign-in or a registration, or both, as a prompt opens.
_EITHER = r"(?:please )?" + _ONE + r"(?: (?:or|and|/) " + _ONE + r")?(?: (?:for free|free|now|today|here))?"
#: The page's own things, which a sign-in's perk names (in the languages the rule reads).
_PAGE = (
    r"(?:articles?|stor(?:y|ies)|pieces?|topics?|authors?|writers?|journalists?|columnists?|reporters?"
    r"|newsletters?|reading list|bookmarks|favou?rites|saved (?:articles|stories)|(?:news|breaking news)"
    r" alerts|feed|homepage|preferences|reading history|(?:print )?edition|puzzles?|crosswords?|podcasts?"
    r"|episodes?|e-?paper|comments?"
    r"|artikel\w*|beitr[aä]g\w*|themen?|autor\w*|merkliste|leseliste|favoriten|kommentar\w*|r[aä]tsel"
    r"|sujets?|th[eè]mes?|auteur\w*|lettres? d'information|alertes|favoris|liste de lecture|commentaires?"
    r"|art[ií]culos?|noticias?|reportajes?|temas?|bolet[ií]n\w*|alertas|favoritos|comentarios?|articol[oi]|notizie"
    r"|argomenti|autor[ei]|avvisi|notifiche|preferiti|comment[oi]|artigos?|mat[ée]rias?|not[ií]cias"
    r"|reportagens?|coment[aá]rios?|onderwerpen|nieuwsbrie\w+|meldingen|favorieten|leeslijst|reacties?"
    r"|artyku[lł]\w*|temat\w*|powiadomie\w*|ulubion\w*|komentarz\w*|стат\w+|тем[аыу]?|автор\w*|рассылк\w*"
    r"|уведомлени\w*|избранн\w*|новост\w*|комментари\w*|закладк\w*|haber\w*|makale\w*|yazar\w*|b[uü]lten\w*"
    r"|bildirim\w*|konu\w*|yorum\w*|berita|topik|penulis|buletin|notifikasi|favorit|komentar|[cč]l[aá]n\w*"
    r"|t[eé]mat\w*|upozorn[eě]n[ií]|obl[ií]ben\w*|koment[aá][rř]\w*|artiklar\w*|[aä]mnen|skribent\w*"
    r"|nyhetsbrev|notiser|favoriter|l[aä]slista)"
)
#: What a sign-in lets the reader do with the page's things.
_PERK = (
    r"(?:save|bookmark|follow|listen to|read|add|gift|share|download|personali[sz]e|customi[sz]e|manage|access"
    r"|unlock|keep track of|track|get|receive|see|view|comment on|react to|rate|like|enjoy|discover|sync|play)"
)
#: A perk as a sign-in prompt gives it: a verb, then the page's things within a few words, and the line ends.
_PERK_LINE = r"(?:" + _PERK + r") (?:[\w'-]+ ){0,3}?(?:" + _PAGE + r")\b[^.!?]{0,40}" + _END
#: Going on, after a sign-in, with nothing more said.
_GO_ON = (
    r"(?:continue(?: reading)?|keep reading|read more|read on|read the full (?:article|story)|unlock (?:this|more))"
    + _END
)
#: What a sign-in prompt offers: a perk, or going on.
_AFTER_SIGN_IN = r"(?:" + _PERK_LINE + r"|" + _GO_ON + r")"
#: A button's words after a question to the reader ("Don't have an account? Register for free").
_BUTTON = (
    r"(?:sign up|signup|register|create (?:an |one |a |your )?(?:free )?account|create one|join(?: now| us)?"
    r"|subscribe|get started|start here|sign in|log in|login|registrieren|anmelden|einloggen|konto (?:erstellen"
    r"|anlegen)|inscrivez-vous|s'inscrire|inscription|cr[ée]er un compte|cr[ée]ez (?:un|votre) compte"
    r"|connectez-vous|se connecter|connexion|reg[ií]strate|registrarse|crea (?:una|tu) cuenta|crear (?:una )?cuenta"
    r"|inicia sesi[oó]n|iniciar sesi[oó]n|entra|registrati|crea (?:un )?account|accedi|iscriviti|cadastre-se"
    r"|cadastrar|registe-se|crie (?:sua|uma) conta|criar (?:uma )?conta|entre|entrar|fa[cç]a login|registreer"
    r"|maak (?:een|je) account(?: aan)?|account aanmaken|inloggen|zarejestruj si[eę]|za[lł][oó][zż] konto"
    r"|zaloguj si[eę]|зарегистрируйтесь|зарегистрироваться|создайте аккаунт|создать аккаунт|войти|войдите"
    r"|регистрация|[uü]ye ol|kaydol|hesap olu[sş]tur|giri[sş] yap|daftar|buat akun|masuk|zaregistrujte se"
    r"|registrace|vytvo[rř]te [uú][cč]et|vytvo[rř]it [uú][cč]et|p[rř]ihlaste se|p[rř]ihl[aá]sit|registrera dig"
    r"|skapa konto|logga in|登录|登入|注册|註冊|ログイン|会員登録|रजिस्टर करें|लॉग इन करें)"
)
#: Words that hurry a button ("Jetzt registrieren", "立即注册").
_NOW = (
    r"(?:now|here|jetzt|hier|maintenant|ici|ahora|aquí|ora|qui|agora|aqui|nu|teraz|tutaj|сейчас|hemen|sekarang"
    r"|nyní|zde|här|立即|现在|अभी)"
)
#: A question to the reader ends the line, or a button's words follow it.
_ASKED = r"\s*[?？](?:\s*(?:" + _NOW + r"\s*)?" + _BUTTON + r"\w*(?:\s+[\w'-]+){0,3})?" + _END
#: A provider a reader signs in with.
_PROVIDER = (
    r"(?:google|apple|facebook|twitter|x|microsoft|linkedin|yahoo|amazon|github|email|e-mail|your email"
    r"|your e-mail|(?:a |your )?(?:magic link|passkey|phone(?: number)?|mobile number|email address"
    r"|e-mail address)|sso|bankid|itsme|seznam|vk|вконтакте|яндекс|yandex|mail\.ru|госуслуг\w*|telegram"
    r"|e-post|e-posta|la tua email|tu correo|votre e-mail)(?: id| account| konto)?"
)


#: The kinds of account prompt, by what they ask. Comments come first: "log in to comment" is theirs.
ACCOUNTS: dict[str, Phrases] = {
    # a comment box's prompt to sign in
    "comments": Phrases(
        triggers=(
            "comment comments commenting reply conversation discussion kommentieren kommentar kommentare commenter"
            " commentaire réagir comentar comentario commentare commento commenti comentário reageren komentować"
            " skomentować komentarz комментарий комментарии комментировать yorum berkomentar komentar"
            " komentovat komentáře komentování kommentera kommentar"
        ),
        marks=marks_of("コメント|评论|評論|टिप्पणी"),
        patterns=(
            r"^\W*(?:you (?:must|need to|have to)|please) (?:be )?(?:logged in|signed in|log in|sign in"
            r"|register(?:ed)?|a registered (?:user|member)|a (?:subscriber|member))(?: first)? (?:to|in order to"
            r"|before you can) (?:comment|reply|(?:post|leave|write|add) (?:a |your )?(?:comment|reply)s?"
            r"|join the (?:conversation|discussion))" + _END,
            r"^\W*(?:please )?(?:" + _SIGN_IN + r"|register|sign up|subscribe)(?: or (?:register|sign up|create an"
            r" account|" + _SIGN_IN + r"))? (?:to|and) (?:comment|reply|(?:post|leave|write|add|see|read)"
            r" (?:a |the )?(?:comment|reply)s?|join the (?:conversation|discussion|debate))" + _END,
            r"^\W*(?:only )?(?:registered|logged[- ]in|signed[- ]in|subscribed) (?:users|readers|members"
            r"|subscribers) (?:can|may) (?:comment|reply|post comments|leave comments)" + _END,
            r"^\W*(?:comments?|commenting) (?:are|is) (?:only )?(?:open|available|reserved|restricted|limited)"
            r" (?:only )?(?:to|for) (?:registered (?:users|readers|members)|logged[- ]in (?:users|readers)"
            r"|signed[- ]in (?:users|readers)|(?:our )?subscribers|(?:our )?members)(?: only)?" + _END,
            r"^\W*(?:(?:um|zum) (?:zu )?kommentieren|um (?:einen )?kommentar (?:zu )?(?:schreiben|verfassen)),?"
            r" (?:müssen sie (?:sich )?(?:angemeldet sein|anmelden|einloggen|registriert sein)|melden sie sich an"
            r"|loggen sie sich ein|bitte (?:anmelden|einloggen))" + _END,
            r"^\W*(?:bitte )?(?:melden sie sich an|loggen sie sich ein|anmelden|einloggen|registrieren),? um"
            r" (?:zu kommentieren|(?:einen )?kommentar(?:e)? (?:zu )?(?:schreiben|verfassen))" + _END,
            r"^\W*(?:sie müssen|du musst) (?:angemeldet|eingeloggt|registriert) sein,? um (?:zu kommentieren"
            r"|(?:einen )?kommentar\w* (?:zu )?(?:schreiben|verfassen|abzugeben))" + _END,
            r"^\W*(?:connectez-vous|identifiez-vous|inscrivez-vous|abonnez-vous) pour (?:commenter|réagir"
            r"|laisser un commentaire|publier un commentaire)(?: (?:à )?cet article)?" + _END,
            r"^\W*vous devez être (?:connecté|inscrit|abonné)e?s? pour (?:commenter|réagir|publier un"
            r" commentaire)(?: (?:à )?cet article)?" + _END,
            r"^\W*(?:inicia sesión|regístrate|suscríbete|identifícate) para (?:comentar|dejar (?:un|tu) comentario"
            r"|participar en la conversación)" + _END,
            r"^\W*(?:debes|tienes que) (?:estar registrado|iniciar sesión|identificarte) para (?:comentar|dejar"
            r" (?:un|tu) comentario)" + _END,
            r"^\W*(?:accedi|registrati|abbonati) per (?:commentare|lasciare un commento)" + _END,
            r"^\W*(?:per commentare (?:devi|è necessario) (?:essere registrat[oa]|effettuare l'accesso|accedere"
            r"|registrarti)|devi (?:essere registrat[oa]|effettuare l'accesso|accedere) per (?:commentare"
            r"|lasciare un commento))[^.!?]{0,40}" + _END,
            r"^\W*(?:faça login|entre|cadastre-se|inicie sessão|registe-se) para (?:comentar|deixar (?:um|seu"
            r"|o seu) comentário)" + _END,
            r"^\W*(?:você precisa|é preciso|precisa) (?:estar logado|fazer login|entrar) para comentar" + _END,
            r"^\W*(?:(?:log in|meld je aan|registreer je) om te reageren|(?:je moet|u moet) (?:ingelogd"
            r"|aangemeld) zijn om te reageren)" + _END,
            r"^\W*(?:zaloguj się|zarejestruj się|musisz być zalogowan\w*),? (?:aby|by) (?:skomentować|komentować"
            r"|dodać komentarz)" + _END,
            r"^\W*(?:(?:войдите|авторизуйтесь|зарегистрируйтесь),? чтобы (?:оставить комментарий|комментировать"
            r"|оставлять комментарии)|(?:комментировать|оставлять комментарии) могут только"
            r" (?:зарегистрированные|авторизованные) пользователи)" + _END,
            r"^\W*yorum (?:yapmak|yazmak|yapabilmek) için (?:lütfen )?(?:giriş yap\w*|üye ol\w*|oturum aç\w*)" + _END,
            r"^\W*(?:silakan )?(?:masuk|login|daftar) (?:untuk|agar bisa|dulu untuk) (?:berkomentar"
            r"|memberi komentar|menulis komentar)" + _END,
            r"^\W*(?:(?:pro (?:přidání )?komentáře|chcete-li komentovat|pro komentování)[^.!?]{0,30}"
            r"\bpřihlás\w*|přihlaste se,? (?:abyste mohl[ia]? komentovat|pro komentování|k (?:přidání )?"
            r"komentáři))" + _END,
            r"^\W*(?:(?:logga in|registrera dig)|du måste vara inloggad) för att (?:kommentera|skriva en"
            r" kommentar)" + _END,
            r"^\W*(?:ログインして(?:コメント|コメントする)|コメントするには(?:ログイン|会員登録)(?:が必要です|してください)?"
            r"|(?:登录|登入)(?:后|後)(?:评论|評論|发表评论|發表評論)|टिप्पणी करने के लिए (?:लॉग इन|लॉगिन) करें)" + _END,
        ),
    ),
    # a perk behind a sign-in or a free account
    "feature": Phrases(
        triggers=(
            "sign signin signed login log logged logon register registered signup join create account"
            " anmelden einloggen registrieren melden loggen melde logge registriere konto nutzerkonto"
            " benutzerkonto kundenkonto connectez identifiez inscrivez créez compte inicia sesión regístrate"
            " registrate identifícate accede cuenta crea accedi registrati iscriviti faça login entre cadastre"
            " inicie registe crie conta meld registreer maak zaloguj zarejestruj załóż konto войдите"
            " зарегистрируйтесь авторизуйтесь создайте giriş oturum üye hesap masuk daftar buat přihlaste"
            " zaregistrujte registrujte založte logga registrera skapa gratiskonto"
        ),
        marks=marks_of("ログイン|会員登録|登录|登入|注册|註冊|लॉग इन|लॉगिन|रजिस्टर"),
        patterns=(
            r"^\W*" + _EITHER + r"\W{0,3} (?:to|and) (?:easily |quickly |also |then )?" + _AFTER_SIGN_IN,
            r"^\W*(?:only )?(?:registered|logged[- ]in|signed[- ]in) (?:users|readers|members) (?:can|may) "
            + _PERK_LINE,
            r"^\W*with (?:a|your) free (?:account|profile|registration),? you(?: can|'ll be able to| will be able to) "
            + _PERK_LINE,
            r"^\W*(?:get|enjoy|unlock|save|follow|never miss)\b[^.!?]{0,60}\bwith (?:a|your) free (?:account"
            r"|registration|profile)" + _END,
            r"^\W*you (?:need|have|must) (?:to )?be (?:signed|logged) in to (?:use|access|see|view) (?:this|that)"
            r"(?: feature| page| content| section| article| story)?" + _END,
            # the languages but English: an imperative opens the line, and the page's things are named
            r"^\W*(?:(?:jetzt |bitte )?(?:kostenlos )?(?:anmelden|einloggen|registrieren|melden sie sich"
            r"(?: kostenlos| jetzt)? an|loggen sie sich ein|registrieren sie sich|melde dich an|logge dich ein"
            r"|registriere dich|(?:kostenloses )?\w*konto (?:anlegen|erstellen))"
            r"|connectez-vous|identifiez-vous|inscrivez-vous|créez (?:votre|un) compte(?: gratuit)?|se connecter"
            r"|s'inscrire|inicia sesión|regístrate|registrate|crea (?:tu|una) cuenta(?: gratis| gratuita)?"
            r"|identifícate|accede a tu cuenta|accedi|registrati|crea (?:il tuo|un) account|iscriviti"
            r"|faça (?:o )?login|entre|cadastre-se|inicie sessão|registe-se|crie (?:a sua|sua|uma) conta"
            r"(?: gratuita)?|log in|meld je aan|registreer (?:je|u)|maak (?:een|je) (?:gratis )?account aan"
            r"|zaloguj się|zarejestruj się|załóż (?:darmowe |bezpłatne )?konto|войдите|зарегистрируйтесь"
            r"|авторизуйтесь|создайте (?:бесплатный )?(?:профиль|аккаунт)|giriş yapın|oturum açın"
            r"|(?:ücretsiz )?üye olun"
            r"|masuk|login|daftar|buat akun|přihlaste se|zaregistrujte se|registrujte se|založte si(?: zdarma)?"
            r" účet|logga in|registrera dig|skapa (?:ett )?(?:gratis ?)?konto)(?: gratis| gratuitamente"
            r"| gratuitement| zdarma| kostenlos)?,?[^.!?]{0,80}?\b" + _PAGE + r"\b[^.!?]{0,50}" + _END,
            r"^[^.!?]{0,60}\b" + _PAGE + r"[^.!?]{0,40}\biçin (?:lütfen )?(?:giriş yapın|oturum açın|üye olun)" + _END,
            r"^\W*(?:ログインして|会員登録(?:して|すると|で))[^。]{0,30}(?:記事|保存|フォロー|コメント|ニュース)"
            r"|^\W*(?:登录|登入|注册|註冊)(?:后|後)?(?:即可|可以)?[^。]{0,20}(?:收藏|关注|關注|评论|評論|阅读|閱讀|文章"
            r"|新闻|新聞)|^\W*(?:लॉग इन|लॉगिन|रजिस्टर) करें और[^।]{0,40}(?:लेख|ख़बर|खबर|न्यूज़)"
            r"|^\W*(?:लेख|ख़बर|खबर)[^।]{0,30}के लिए (?:लॉग इन|लॉगिन) करें\W*$",
        ),
    ),
    # an invitation to register, or to sign in for those who have an account
    "join": Phrases(
        triggers=(
            "account accounts registered registration signing member subscriber new here already create register"
            " sign signup join log login konto kundenkonto benutzerkonto registriert mitglied neu compte inscrit"
            " membre abonné nouveau cuenta registrado eres nuevo account registrato utente conta cadastro"
            " cadastrado registado assinante nieuw konta nowy аккаунта аккаунт учётной учетной зарегистрированы"
            " hesabınız üyeliğiniz üye akun účet účtu konto inget anmelden einloggen registrieren connexion"
            " inscription entrar войти вход giriş masuk daftar accedi registrati"
        ),
        marks=marks_of("アカウント|会員登録|账号|帐号|帳號|賬號|账户|खाता"),
        patterns=(
            r"^\W*(?:(?:don't|do not|dont) have an account(?: yet)?|no account(?: yet)?|not (?:yet )?(?:a member"
            r"|registered|a subscriber|signed up)(?: yet)?|(?:are you )?new (?:here|user|reader)|already (?:have an"
            r" account|registered|a member|a subscriber|signed up|a registered user)|are you a (?:subscriber|member))"
            + _ASKED,
            r"^\W*(?:noch kein (?:\w*konto|mitglied)|noch nicht registriert|(?:sie haben|du hast) noch kein"
            r" \w*konto|bereits registriert|(?:haben sie|hast du) (?:schon|bereits) ein \w*konto|neu hier)" + _ASKED,
            r"^\W*(?:pas encore (?:de compte|inscrite?|membre|abonnée?)|vous n'avez pas (?:encore )?de compte"
            r"|déjà (?:inscrite?|un compte|membre|abonnée?)|nouveau (?:ici|sur \S+))" + _ASKED,
            r"^\W*¿?(?:(?:no tienes|aún no tienes|todavía no tienes) (?:una )?cuenta|ya (?:tienes|tiene) (?:una )?"
            r"cuenta|ya estás registrado|eres nuevo|nuevo usuario)" + _ASKED,
            r"^\W*(?:non hai (?:ancora )?un account|hai già un account|non sei (?:ancora )?registrato|sei già"
            r" registrato|nuovo utente)" + _ASKED,
            r"^\W*(?:(?:não tem|ainda não tem|não possui) (?:uma )?conta|já (?:tem|possui) (?:uma )?conta"
            r"|já (?:tem|possui) cadastro|já é (?:cadastrado|registado|assinante)|(?:ainda )?não é cadastrado)"
            + _ASKED,
            r"^\W*(?:(?:nog geen|heb je nog geen|heeft u nog geen) account|(?:heb je|heeft u) al een account"
            r"|nieuw hier)" + _ASKED,
            r"^\W*(?:nie masz (?:jeszcze )?konta|masz już konto|jesteś nowy)" + _ASKED,
            r"^\W*(?:(?:нет|ещё нет|еще нет) (?:аккаунта|учётной записи|учетной записи)|уже (?:есть аккаунт"
            r"|зарегистрированы))" + _ASKED,
            r"^\W*(?:(?:henüz )?(?:hesabınız|üyeliğiniz) yok mu|(?:zaten )?(?:hesabınız|üyeliğiniz) var mı"
            r"|zaten üye misiniz)" + _ASKED,
            r"^\W*(?:belum punya akun|sudah punya akun)" + _ASKED,
            r"^\W*(?:(?:ještě )?nemáte účet|(?:už|již) máte účet)" + _ASKED,
            r"^\W*(?:(?:har du inget|har du inte ett|saknar du|inget) konto|har du redan (?:ett )?konto)" + _ASKED,
            r"^\W*(?:アカウントをお持ちでない方?|アカウントをお持ちの方|(?:还没有|還沒有|没有|沒有)(?:账号|帐号|帳號|賬號|账户)"
            r"|已有(?:账号|帐号|帳號|賬號)|खाता नहीं है)(?:\s*[?？])?(?:\s*" + _BUTTON + r")?" + _END,
            # a button's words alone, and what registering costs
            r"^\W*create (?:a |an |your )?(?:free )?(?:account|profile)(?: today| now| for free)?" + _END,
            r"^\W*(?:register|sign up|join)(?: (?:for free|now|today|here|free|in seconds))+" + _END,
            r"^\W*(?:sign up|register|join)\W+(?:it's|it is) (?:free|quick|easy)(?: and (?:only )?takes"
            r" [^.!?]{1,30})?" + _END,
            r"^\W*(?:registration|signing up) is (?:free|quick|easy|quick and free|free and quick)" + _END,
            r"^\W*(?:sign up|register|create (?:a|an|your) (?:free )?account) (?:with|using) (?:your )?"
            r"(?:email|e-mail)(?: address)?" + _END,
            r"^\W*" + _SIGN_IN + r" to your (?:[\w'.-]+ ){0,3}account" + _END,
            r"^\W*(?:log ?in|sign ?in)\s*(?:/|\||or|&)\s*(?:register|sign ?up|subscribe|join|create an account)" + _END,
            r"^\W*(?:(?:kostenloses )?\w*konto (?:erstellen|anlegen)|jetzt kostenlos registrieren|(?:anmelden"
            r"|einloggen)\s*(?:/|\||oder)\s*registrieren)" + _END,
            r"^\W*(?:(?:créer|créez) (?:un|mon|votre) compte(?: gratuit)?|(?:connexion|se connecter)\s*(?:/|\||ou)"
            r"\s*(?:inscription|s'inscrire|créer un compte))" + _END,
            r"^\W*(?:crear (?:una )?cuenta|(?:iniciar sesión|entrar)\s*(?:/|\||o)\s*(?:registrarse|regístrate)"
            r"|crea (?:un )?account|(?:accedi|entra)\s*(?:/|\||o)\s*registrati)" + _END,
            r"^\W*(?:(?:criar|crie) (?:uma |sua )?conta|(?:entrar|login)\s*(?:/|\||ou)\s*(?:cadastrar|cadastre-se"
            r"|registar)|account aanmaken)" + _END,
            r"^\W*(?:(?:załóż|utwórz) (?:darmowe |bezpłatne )?konto|(?:создать|создайте) (?:аккаунт|учётную"
            r" запись|учетную запись)|(?:войти|вход)\s*(?:/|\||или)\s*(?:регистрация|зарегистрироваться))" + _END,
            r"^\W*(?:hesap oluştur|üye ol|(?:giriş yap|giriş)\s*(?:/|\||ya da|veya)\s*(?:üye ol|kayıt ol)|buat akun"
            r"|(?:masuk|login)\s*(?:/|\||atau)\s*daftar|(?:vytvořit|založit) účet|skapa (?:ett )?konto)" + _END,
            r"^\W*会員登録\W*(?:無料)?" + _END,
        ),
    ),
    # signing in with a provider
    "social": Phrases(
        triggers=(
            "sign signin login log logon continue register signup join create use anmelden einloggen registrieren"
            " fortfahren weiter mit connexion connecter connectez continuer inscrire iniciar inicia continuar"
            " regístrate acceder accedi continua registrati entra entrar cadastre inloggen doorgaan registreren"
            " zaloguj kontynuuj zarejestruj войти продолжить зарегистрироваться вход giriş devam oturum"
            " masuk lanjutkan daftar přihlásit pokračovat přihlášení logga fortsätt registrera"
        ),
        marks=marks_of("でログイン|で続ける|登录|登入|से लॉग इन|से जारी"),
        patterns=(
            r"^\W*(?:or )?(?:" + _SIGN_IN + r"|continue|register|sign up|join|create an account) (?:with|using|via"
            r"|through) " + _PROVIDER + _END,
            r"^\W*use your (?:google|apple|facebook|microsoft) account to (?:sign|log) ?in\b[^.!?]{0,50}" + _END,
            r"^\W*(?:(?:mit|über) (?:google|apple|facebook|microsoft|e-mail) (?:anmelden|einloggen|fortfahren"
            r"|registrieren|weiter)|(?:anmelden|einloggen|registrieren|weiter) mit (?:google|apple|facebook"
            r"|microsoft|e-mail))" + _END,
            r"^\W*(?:se connecter|connexion|continuer|s'inscrire|connectez-vous) (?:avec|via) (?:google|apple"
            r"|facebook|microsoft|e-mail|votre e-mail)" + _END,
            r"^\W*(?:iniciar sesión|inicia sesión|continuar|regístrate|acceder|entrar) con (?:google|apple"
            r"|facebook|microsoft|tu correo|e-mail)" + _END,
            r"^\W*(?:accedi|continua|registrati|entra) con (?:google|apple|facebook|microsoft|e-mail"
            r"|la tua email)" + _END,
            r"^\W*(?:entrar|continuar|cadastre-se|fazer login|iniciar sessão) com (?:o )?(?:google|apple"
            r"|facebook|microsoft|e-mail)" + _END,
            r"^\W*(?:inloggen|doorgaan|log in|registreren) met (?:google|apple|facebook|microsoft|e-mail"
            r"|itsme)" + _END,
            r"^\W*(?:zaloguj(?: się)?|kontynuuj|zarejestruj się) (?:przez|z|za pomocą) (?:google|apple|facebook"
            r"|microsoft|e-mail)\w*" + _END,
            r"^\W*(?:войти|продолжить|зарегистрироваться|вход) (?:через|с помощью) (?:google|apple|vk"
            r"|вконтакте|яндекс|yandex|госуслуг\w*|mail\.ru|одноклассники|telegram|телеграм)(?: id)?" + _END,
            r"^\W*(?:google|apple|facebook|e-posta) ile (?:giriş yap(?:ın)?|devam et|oturum aç(?:ın)?|kaydol"
            r"|üye ol)" + _END,
            r"^\W*(?:masuk|lanjutkan|daftar) (?:dengan|melalui) (?:google|apple|facebook|email)" + _END,
            r"^\W*(?:přihlásit se|pokračovat|přihlášení) (?:přes|pomocí|s) (?:google|apple|facebook|seznam"
            r"|e-mail)\w*" + _END,
            r"^\W*(?:logga in|fortsätt|registrera dig) med (?:google|apple|facebook|bankid|e-post)" + _END,
            r"^\W*(?:(?:google|apple|facebook|line|yahoo! ?japan) ?(?:アカウント)?で(?:ログイン|続ける)"
            r"|(?:使用|用)?(?:微信|qq|微博|google|apple) ?(?:账号|帳號)?(?:登录|登入)"
            r"|(?:google|गूगल|फेसबुक|facebook) से (?:लॉग इन|जारी) (?:करें|रखें))" + _END,
        ),
    ),
    # a log-in box's small lines: passwords, sessions, verification
    "password": Phrases(
        triggers=(
            "password passwort kennwort passe contraseña senha palavra wachtwoord hasła hasło пароль şifremi"
            " şifrenizi parolanızı sandi heslo lösenord lösenordet session login sitzung sesión sessão sessione"
            " sessie sesja сессия oturumunuz oturumunuzun sesi přihlášení remember signed logged angemeldet"
            " eingeloggt connecté souvenir recordarme mantener ricordami connesso lembrar manter ingelogd onthoud"
            " zapamiętaj wylogowuj запомнить выходить hatırla ingat zůstat pamatovat kom förbli verify confirm"
            " bestätigen vérifiez confirmez validez verifica confirma confirme bevestig подтвердите verifikasi"
            " ověřte bekräfta welcome hello witaj willkommen retour bienvenido bienvenida bentornato bem welkom"
            " возвращением hoş selamat vítejte välkommen sent resend digit code"
        ),
        marks=marks_of("パスワード|ログイン状態|密码|密碼|记住我|記住我|पासवर्ड"),
        patterns=(
            r"^\W*(?:forgot(?:ten)?|lost|forget) (?:your |my )?password\s*\??(?:\s*(?:reset|recover|click|get"
            r"|request)\b[^.!?]{0,30})?" + _END,
            r"^\W*(?:reset|recover|show|hide|change|create|confirm|enter) (?:your |a )?(?:new )?password" + _END,
            r"^\W*(?:remember me|keep me (?:signed|logged) in|stay (?:signed|logged) in)" + _END,
            r"^\W*(?:your )?(?:session|login) (?:has )?(?:expired|timed out)(?:\W+(?:please )?(?:sign|log) ?in"
            r"(?: again)?)?" + _END,
            r"^\W*(?:please )?(?:verify|confirm|activate) your (?:email|e-mail)(?: address)?(?: to (?:continue"
            r"|finish|complete (?:your )?(?:registration|sign-up)|activate your account))?" + _END,
            r"^\W*(?:welcome back|hello again|willkommen zurück|bon retour|bienvenid[oa] de nuevo|bentornat[oa]"
            r"|bem-vind[oa] de volta|welkom terug|witaj ponownie|с возвращением|tekrar hoş geldiniz|selamat datang"
            r" kembali|vítejte zpět|välkommen tillbaka)\W+(?:please |bitte |veuillez |por favor )?(?:"
            + _SIGN_IN
            + r"|anmelden|einloggen|connectez-vous|inicia sesión|accedi|faça login|log in|inloggen|zaloguj się"
            r"|войдите|giriş yapın|masuk|přihlaste se|logga in)(?: (?:to continue|para continuar|um fortzufahren"
            r"|pour continuer|per continuare|om verder te gaan))?" + _END,
            r"^\W*we(?:'ve| have) (?:just )?sent (?:you )?(?:a|an) (?:verification|confirmation|activation|login"
            r"|log-in|sign-in|magic) (?:link|code|e-?mail)(?: to [^.!?]{1,30})?(?:\.\s*(?:click|check|open"
            r"|follow) [^.!?]{1,50})?" + _END,
            r"^\W*(?:(?:didn't|did not) (?:get|receive) (?:the|an|our) (?:e-?mail|code|link)\s*\?\s*)?resend (?:the )?"
            r"(?:verification |confirmation |activation )?(?:link|code|e-?mail)" + _END,
            r"^\W*enter the (?:\d+-digit |verification |security |one-time )?code (?:we|that we) sent\b[^.!?]{0,60}"
            + _END,
            r"^\W*(?:(?:passwort|kennwort) vergessen|(?:angemeldet|eingeloggt) bleiben|ihre sitzung ist"
            r" abgelaufen(?:\W+bitte melden sie sich (?:erneut|neu) an)?|bitte bestätigen sie ihre"
            r" e-mail(?:-adresse)?(?:,? um fortzufahren)?)" + _END,
            r"^\W*(?:mot de passe oublié|rester connectée?|se souvenir de moi|votre session a expiré(?:\W+veuillez vous"
            r" reconnecter)?"
            r"|(?:veuillez )?(?:vérifiez|confirmez|validez) (?:votre |l')(?:adresse )?e-?mail)" + _END,
            r"^\W*¿?(?:(?:olvidaste|has olvidado|olvidó) (?:tu |su )?contraseña|recuperar contraseña|mantener"
            r" (?:la )?sesión iniciada|recordarme|tu sesión (?:ha )?(?:expirado|caducado)|(?:verifica|confirma)"
            r" tu (?:correo(?: electrónico)?|email|e-mail))(?: para (?:activar tu cuenta|continuar))?" + _END,
            r"^\W*(?:password dimenticata|hai dimenticato la password|recupera password|ricordami|resta connesso"
            r"|la tua sessione è scaduta(?:\W+effettua (?:di nuovo|nuovamente) l'accesso)?)" + _END,
            r"^\W*(?:esqueceu (?:sua |a )?senha|esqueci (?:minha |a )?senha|esqueceu-se da palavra-passe"
            r"|manter(?:-me)? conectado|lembrar-me|(?:a )?sua sessão expirou|confirme (?:o )?(?:seu )?e-?mail"
            r"(?: para concluir o cadastro)?)" + _END,
            r"^\W*(?:wachtwoord vergeten|ingelogd blijven|onthoud mij|je sessie is verlopen|bevestig (?:je|uw)"
            r" e-?mail(?:adres)?(?: om verder te gaan)?)" + _END,
            r"^\W*(?:nie pamiętasz hasła|zapomniałeś hasła|zapomniałem hasła|przypomnij hasło|zapamiętaj mnie"
            r"|nie wylogowuj(?: mnie)?|twoja sesja wygasła(?:\W+zaloguj się ponownie)?|witaj ponownie\W+zaloguj"
            r" się)" + _END,
            r"^\W*(?:забыли пароль|восстановить пароль|запомнить меня|не выходить(?: из системы)?|(?:ваша )?сессия"
            r" истекла|подтвердите (?:адрес )?(?:электронной почты|e-?mail|почту)(?:,? чтобы продолжить)?)" + _END,
            r"^\W*(?:şifremi unuttum|şifrenizi mi unuttunuz|parolanızı mı unuttunuz|beni hatırla|oturumunuz"
            r" sona erdi|oturumunuzun süresi doldu(?:\W+lütfen tekrar giriş yapın)?)" + _END,
            r"^\W*(?:lupa (?:kata sandi|password)|ingat saya|sesi anda telah berakhir|verifikasi (?:alamat )?"
            r"e-?mail(?: kamu| anda)?(?: untuk melanjutkan)?)" + _END,
            r"^\W*(?:zapomenuté heslo|zapomněli jste heslo|zůstat přihlášen|pamatovat si mě|vaše přihlášení"
            r" vypršelo(?:\W+přihlaste se (?:prosím )?znovu)?|ověřte (?:svůj )?e-?mail)" + _END,
            r"^\W*(?:glömt (?:ditt )?lösenord(?:et)?|kom ihåg mig|förbli inloggad|din session har gått ut"
            r"|bekräfta din e-?post(?:adress)?(?: för att fortsätta)?)" + _END,
            r"^\W*(?:パスワードを(?:お)?忘れ(?:た方|ました|の方)?|ログイン状態を保持(?:する)?|(?:忘记|忘記)(?:密码|密碼)"
            r"|(?:记住|記住)(?:我|密码|密碼)|पासवर्ड भूल गए)" + _END,
        ),
    ),
}


#: Reported speech without quotation marks ("Sign in to vote early, the council urged"): a verb of saying
#: after a comma. A prompt speaks to the reader; it never reports who spoke.
_SPEECH = speech_after_comma(
    r"said|says?|told|asked|warned?|warns|added|urged|wrote|advised|claims?"
    r"|admitted|explained|promised|reads?|according|sagte|fragte|erklärte|warnte|forderte|hieß es|dijo|afirmó"
    r"|advirtió|recomienda|decía|disse|afirmou|alerta|dizia|a déclaré|prévient|indique|affichait|exige"
    r"|ha detto|recitava|zei|meldde|powiedział[a]?|wymaga|informował|сказал[а]?|заявил[а]?|считают|гласило"
    r"|dedi|diyor|säger|řekl[a]?|kata"
)
_RULE = PhraseRule(ACCOUNTS, MIN_ACCOUNT_CHARS, MAX_ACCOUNT_CHARS, unless=(_SPEECH,))
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE,)


#: The kinds of account prompt that stand on every page of a site (an invitation to register or to sign
#: in, a social log-in, a log-in box's line, a comment box's prompt): unlike a perk behind a sign-in, which
#: may be a wall's ("登录后继续阅读全文": log in to read the full text), none says this page is walled
#: (:attr:`~.scoring.FixedChrome.standing`).
STANDING_PROMPTS = frozenset({"join", "social", "password", "comments"})


def account_of(text: str) -> str | None:
    """What kind of account prompt ``text`` is (a key of :data:`ACCOUNTS`), or None when it is none (or when
    the line reports who spoke)."""
    return _RULE.kind_of(text)
