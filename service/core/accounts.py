"""Account prompts: a line that asks the reader to sign in, register or mind their account.

Publishers scatter account prompts around and inside a story: a perk behind a sign-in ("Sign in to save
this article", "Create a free account to follow topics you care about"), an invitation to register
("Don't have an account? Register for free"), a social log-in ("Sign in with Google"), the small lines of
a log-in box ("Forgot your password?", "Keep me signed in", "Your session has expired") and a comment
box's prompt ("You must be logged in to post a comment"). The model, which reads its neighbours'
scores, keeps some of them when they sit among the story's paragraphs: the library's log-in prompts
leak inside the article more than any other kind (docs/model-history.md, "account prompts").

Their wordings are set enough for a rule (:mod:`.phrases`): a line of :data:`MIN_ACCOUNT_CHARS` to
:data:`MAX_ACCOUNT_CHARS` characters is an account prompt when one of :data:`ACCOUNTS`' patterns is found
in it, lower-cased, outside a quotation, and it reports no speech. Every pattern opens the line with
what a prompt says to the reader (an imperative, "don't have an account?", "forgot your password?") or
names the reader's account, so that a story about log-ins ("Customers could not log in to their
accounts for three days", "Users can now sign in with a passkey") is not one. Bare labels ("Sign in",
"Register") are the control rule's (:mod:`.controls`); "subscribe to keep reading" is the reading
walls' (:mod:`.walls`).
"""

from __future__ import annotations

import re

from .phrases import PhraseRule, Phrases, fold

#: Longest line (characters) that is tried as an account prompt.
MAX_ACCOUNT_CHARS = 200
#: Shortest line (characters) that is tried as an account prompt ("使用微信登录", "sign in with Google").
MIN_ACCOUNT_CHARS = 5
#: Signing in, in English.
_SIGN_IN = r"(?:sign(?:-| )?in|log(?:-| )?in|log on|logon)"
#: Registering, in English.
_REGISTER = (
    r"(?:sign(?:-| )?up|register|join (?:for )?free|create (?:a |an |your |my )?(?:free |new )?(?:\w+ )?"
    r"(?:account|profile)|get (?:a |your )?free account)"
)
#: What a sign-in lets the reader do.
_PERK = (
    r"(?:save|bookmark|follow|get|receive|personali[sz]e|customi[sz]e|comment|react|like|vote|listen|download"
    r"|access|manage|see|view|keep|sync|share|gift|add|track|unlock|enjoy|continue|create|start|set|use|join"
    r"|read|build|curate|never miss|stay|check|favou?rite|rate|reply|post|participate|take part|sign up|discover"
    r"|edit|update|change|redeem|claim|activate|complete|finish|play|solve|submit|upload|send|turn)"
)
#: A provider a reader signs in with.
_PROVIDER = (
    r"(?:google|apple|facebook|twitter|x|microsoft|linkedin|yahoo|amazon|github|email|e-mail|your email|your e-mail"
    r"|(?:a |your )?(?:magic link|passkey|phone(?: number)?|mobile number|email address|e-mail address)"
    r"|sso|bankid|vk|вконтакте|яндекс|yandex"
    r"|mail\.ru|госуслуг\w*|seznam|itsme|line|wechat|微信|naver|kakao)"
)
#: Where a prompt may start: the line's start, or a sentence's within it ("Read later? Sign in to add it
#: to your queue", "Follow this author — sign in to get notified").
_START = r"(?:^|[.!?:;—–|›»]\s*)\W*"
#: What a reader's words to a comment box name.
_DISCUSSION = r"(?:comments?|a reply|replies|the discussion|the conversation|the debate)"


def _any(marks: str) -> tuple[str, ...]:
    """Marks given as one string, separated by "|"."""
    return tuple(marks.split("|"))


#: The kinds of account prompt, by what they ask. Comments come first: "log in to comment" is theirs.
ACCOUNTS: dict[str, Phrases] = {
    # a comment box's prompt to sign in
    "comments": Phrases(
        triggers=(
            "comment comments commenting reply discussion conversation debate kommentar kommentieren kommentare"
            " commenter commentaire commentaires réagir comentar comentario comentarios commentare commento commenti"
            " comentários reageren reactie komentarz komentować komentowania комментарии комментарий"
            " комментировать yorum komentar berkomentar komentovat komentáře kommentera kommentarer"
        ),
        marks=_any("コメント|评论|評論|टिप्पणी"),
        patterns=(
            r"^\W*(?:you (?:must|need to|have to|will need to)|please) (?:be )?(?:" + _SIGN_IN + r"|logged in"
            r"|signed in|registered|register|a registered (?:user|member)|a (?:member|subscriber))\b[^.!?]{0,40}"
            r"\b(?:comment|reply|post|join|participate|take part)",
            _START
            + r"(?:please )?(?:"
            + _SIGN_IN
            + r"|register|sign up|subscribe)(?: or (?:register|sign up|create an account|"
            + _SIGN_IN
            + r"))? (?:to|and) (?:comment\b|(?:post|leave|write|add|make|join|read|see|view|start)"
            r" (?:a |your |the |in the )?" + _DISCUSSION + r"\b)",
            r"^\W*(?:only )?(?:registered|logged[- ]in|signed[- ]in|subscribed) (?:users|readers|members"
            r"|subscribers) (?:can|may) (?:comment|post|reply|join|take part|participate)\b",
            r"^\W*(?:comments?|commenting) (?:are|is) (?:open|available|reserved|restricted|limited|only open)"
            r" (?:only )?(?:to|for) (?:registered|logged[- ]in|signed[- ]in|subscribers|members|subscribed)\b",
            r"^\W*(?:um (?:zu )?kommentieren|zum kommentieren)\b[^.!?]{0,40}\b(?:anmelden|angemeldet|einloggen"
            r"|eingeloggt|registrieren|registriert)"
            r"|^\W*(?:bitte )?(?:melden sie sich an|loggen sie sich ein|registrieren sie sich)\b[^.!?]{0,30}"
            r"\bkommentar|\bum (?:einen )?kommentar(?:e)? (?:zu )?(?:schreiben|verfassen|abgeben)"
            r"|^\W*(?:sie müssen|du musst) (?:angemeldet|eingeloggt|registriert)[^.!?]{0,40}kommentar",
            r"^\W*(?:connectez-vous|identifiez-vous|inscrivez-vous|abonnez-vous) pour (?:commenter|réagir|laisser"
            r" un commentaire|publier un commentaire)|^\W*vous devez être (?:connecté|inscrit|abonné)e?s? pour"
            r" (?:commenter|réagir|publier)",
            r"^\W*(?:inicia sesión|regístrate|suscríbete|identifícate) para (?:comentar|dejar un comentario"
            r"|participar)|^\W*(?:debes|tienes que) (?:estar registrado|iniciar sesión|identificarte)"
            r" para (?:comentar|participar)",
            r"^\W*(?:accedi|registrati|abbonati) per (?:commentare|lasciare un commento)"
            r"|^\W*per commentare (?:devi|è necessario)|^\W*devi (?:essere"
            r" registrato|effettuare l'accesso|accedere) per (?:commentare|lasciare)",
            r"^\W*(?:faça login|entre|cadastre-se|inicie sessão|registe-se) para (?:comentar|deixar"
            r" (?:um|seu|o seu) comentário)|^\W*(?:você precisa|é preciso|precisa) (?:estar logado|fazer login"
            r"|entrar) para comentar",
            r"^\W*(?:log in|meld je aan|registreer je) om te (?:reageren|reageren op)"
            r"|^\W*(?:je moet|u moet) (?:ingelogd|aangemeld) zijn om te reageren",
            r"^\W*(?:zaloguj się|zarejestruj się),? (?:aby|by) (?:skomentować|komentować|dodać komentarz)"
            r"|^\W*musisz być zalogowan\w* ?,? (?:aby|by) (?:skomentować|komentować|dodać)",
            r"^\W*(?:войдите|авторизуйтесь|зарегистрируйтесь),? чтобы (?:оставить комментарий|комментировать"
            r"|оставлять комментарии)|^\W*(?:комментировать|оставлять комментарии) могут только",
            r"^\W*yorum (?:yapmak|yazmak|yapabilmek) için (?:giriş|üye|oturum)",
            r"^\W*(?:silakan )?(?:masuk|login|daftar) untuk (?:berkomentar|memberi komentar|menulis komentar)",
            r"^\W*(?:pro (?:přidání )?komentář\w*|chcete-li komentovat)[^.!?]{0,30}\bpřihlás"
            r"|^\W*přihlaste se,? (?:abyste mohl[ia]? komentovat|pro komentování)",
            r"^\W*(?:logga in|registrera dig) för att (?:kommentera|skriva en kommentar)"
            r"|^\W*du måste vara inloggad för att kommentera",
            r"ログインしてコメント|コメントするには(?:ログイン|会員登録)|登录(?:后|後)(?:评论|評論|发表评论|發表評論)"
            r"|टिप्पणी करने के लिए (?:लॉग इन|लॉगिन)",
        ),
    ),
    # a perk behind a sign-in or a free account
    "feature": Phrases(
        triggers=(
            "sign signin signed login log logged logon register registered signup join create account members"
            " anmelden einloggen registrieren registrierung konto melden loggen melde logge registriere nutzerkonto"
            " benutzerkonto kundenkonto connectez connectez-vous inscrivez inscrivez-vous"
            " compte créez inicia regístrate registrate cuenta accede accedi registrati account faça entre cadastre"
            " cadastre-se inicie crie"
            " conta log meld registreer zaloguj zarejestruj konta войдите зарегистрируйтесь авторизуйтесь аккаунт"
            " giriş üye hesap oturum masuk daftar akun přihlaste zaregistrujte založte účet logga registrera konto"
            " skapa gratiskonto создайте"
        ),
        marks=_any("ログイン|会員登録|登录|登入|注册|註冊|लॉग इन|लॉगिन|रजिस्टर"),
        patterns=(
            _START
            + r"(?:please )?(?:"
            + _SIGN_IN
            + r"|"
            + _REGISTER
            + r")(?: (?:or|and|/) (?:"
            + _SIGN_IN
            + r"|"
            + _REGISTER
            + r"))?(?: (?:for free|free|now|today|here|in seconds))?\W{0,3} ?(?:to|and) "
            r"(?:(?:easily|quickly|instantly|also|then|now|start to) )?" + _PERK + r"\b",
            r"^\W*(?:only )?(?:registered|logged[- ]in|signed[- ]in) (?:users|readers|members|visitors) (?:can|may"
            r"|get) (?:save|follow|comment|read|access|enjoy|see|view|download|bookmark|listen|use this|receive)\b",
            r"^\W*you (?:need|have|must) (?:to )?be (?:signed|logged) in to\b|^\W*become a registered (?:reader|user"
            r"|member)\b|" + _START + r"(?:sign|log) ?in to your (?:[\w' ]{1,30} )?account\b"
            r"|^\W*use your (?:google|apple|facebook|microsoft) account to (?:sign|log) ?in\b",
            r"^\W*with (?:a|your) (?:free )?(?:\w+ )?(?:account|profile|registration),? you(?:'ll| will)? (?:can|get"
            r"|be able)\b",
            r"^\W*(?:get|enjoy|unlock|access|read|save|follow|never miss)\b[^.!?]{0,60}\bwith (?:a|your) free"
            r" (?:\w+ )?(?:account|registration|profile)\b",
            r"^\W*(?:jetzt )?(?:kostenlos )?(?:anmelden|einloggen|registrieren)(?: und|,) (?:\w+ ){0,4}"
            r"(?:speichern|folgen|merken|nutzen|erhalten|lesen|hören|entdecken)\b",
            r"^\W*(?:bitte )?(?:melden sie sich|loggen sie sich|registrieren sie sich|melde dich|logge dich"
            r"|registriere dich)(?: kostenlos| jetzt| hier)* (?:an|ein)?,? ?um\b",
            r"^\W*(?:kostenlose[sn]? )?\w*konto (?:anlegen|erstellen|eröffnen) (?:und|,)",
            r"^\W*(?:mit (?:einem|ihrem) (?:kostenlosen )?(?:\w+)?konto|als registrierte[rn]? (?:nutzer|leser)\w*)"
            r" (?:können|erhalten|haben)\b",
            r"^\W*(?:connectez-vous|identifiez-vous|inscrivez-vous|créez (?:votre|un) compte)"
            r"(?: gratuit| gratuitement)? (?:pour|afin de|et)\b",
            r"^\W*(?:inicia sesión|regístrate|registrate|crea (?:tu|una) cuenta|identifícate|accede a tu cuenta)"
            r"(?: gratis| gratuita)?"
            r" (?:para|y)\b",
            r"^\W*(?:accedi|registrati|crea (?:il tuo|un) account)(?: gratuitamente| gratis)? (?:per|e)\b",
            _START + r"(?:faça (?:o )?login|entre|cadastre-se|inicie sessão|registe-se|crie (?:a sua|sua|uma) conta)"
            r"(?: gratuita| gratuitamente| grátis)? (?:para|e)\b",
            r"^\W*(?:log in|meld je aan|registreer (?:je|u)|maak (?:een|je) (?:gratis )?account aan)(?: gratis)?"
            r" (?:om|en)\b",
            r"^\W*(?:zaloguj się|zarejestruj się|załóż (?:darmowe |bezpłatne )?konto),? (?:aby|by|i)\b",
            r"^\W*(?:войдите|зарегистрируйтесь|авторизуйтесь|создайте (?:бесплатный )?(?:профиль|аккаунт))"
            r"(?: в (?:свой )?аккаунт)?,? (?:чтобы|и)\b",
            r"^\W*(?:giriş yapın|oturum açın|üye olun|ücretsiz üye olun)\b|\b(?:için|için lütfen) (?:giriş yapın"
            r"|oturum açın|üye olun)\W*$",
            r"^\W*(?:masuk|login|daftar|buat akun)(?: gratis| sekarang)? (?:untuk|dan)\b",
            r"^\W*(?:přihlaste se|zaregistrujte se|registrujte se|založte si(?: zdarma)? účet)(?: zdarma)?,?"
            r" (?:abyste|a|pro|k)\b",
            r"^\W*(?:logga in|registrera dig|skapa (?:ett )?(?:gratis ?)?konto) (?:för att|och)\b",
            r"ログイン(?:して|すると|すれば)|会員登録(?:して|すると|で)|(?:登录|登入)(?:后|後)?(?:即可|可以|查看|收藏|关注)"
            r"|(?:注册|註冊)(?:后|後)?(?:即可|可以)|(?:लॉग इन|लॉगिन|रजिस्टर) करें और|के लिए (?:लॉग इन|लॉगिन) करें",
        ),
    ),
    # an invitation to register, or to sign in for those who have an account
    "join": Phrases(
        triggers=(
            "account registered registration member new create register sign join log login konto"
            " kundenkonto benutzerkonto"
            " registriert compte inscrit membre cuenta registrado account registrato conta cadastro registado"
            " nieuw lid konta аккаунта аккаунт учётной учетной зарегистрированы hesabınız üye akun účet účtu konto"
            " medlem inget cadastro accedi registrati masuk daftar anmelden einloggen connexion entrar войти вход giriş"
        ),
        marks=_any("アカウント|会員登録|账号|帐号|賬號|账户|खाता"),
        patterns=(
            r"^\W*(?:don't|do not|dont|don’t) (?:yet )?have an? (?:\w+ )?account\b",
            r"^\W*(?:no account|not (?:yet )?a (?:member|subscriber|registered user)|not (?:yet )?registered"
            r"|new (?:here|user|reader))(?: yet)?\s*\?",
            r"^\W*new to [^?]{1,30}\?\s*(?:sign up|register|create|join|get started|start here|subscribe)\b",
            r"^\W*already (?:have an? (?:\w+ )?account|registered|a (?:registered )?(?:member|user)|signed up)\s*\?",
            r"^\W*already have an? (?:\w+ )?account\b",
            _START + r"(?:create|open) (?:a |an |your |my )?(?:free |new )?(?:\w+ )?(?:account|profile)(?: today"
            r"| now| for free)?\W*$",
            r"^\W*(?:sign up|register|join)\W+(?:it's|it’s|it is) (?:free|quick|easy)\b",
            r"^\W*(?:register|sign up|create (?:a |an )?(?:free )?account)(?: now| today)? for (?:free|unlimited|full)"
            r" (?:\w+ )?access\b",
            r"^\W*(?:log ?in|sign ?in)\s*(?:/|\||or|&)\s*(?:register|sign ?up|subscribe|join|create an account)\W*$"
            r"|^\W*(?:anmelden|einloggen)\s*(?:/|\||oder)\s*registrieren\W*$|^\W*(?:connexion|se connecter)"
            r"\s*(?:/|\||ou)\s*(?:inscription|s'inscrire|créer un compte)\W*$|^\W*(?:accedi|entra)\s*(?:/|\||o)"
            r"\s*registrati\W*$|^\W*(?:iniciar sesión|entrar)\s*(?:/|\||o)\s*(?:registrarse|regístrate)\W*$"
            r"|^\W*(?:entrar|login)\s*(?:/|\||ou)\s*(?:cadastrar|cadastre-se|registar)\W*$|^\W*(?:masuk|login)"
            r"\s*(?:/|\||atau)\s*daftar\W*$|^\W*(?:войти|вход)\s*(?:/|\||или)\s*(?:регистрация"
            r"|зарегистрироваться)\W*$|^\W*(?:giriş yap|giriş)\s*(?:/|\||ya da|veya)\s*(?:üye ol|kayıt ol)\W*$",
            r"^\W*(?:register|sign up|join)(?: (?:for free|now|today|here|free|in seconds|it's free|it’s free))+\W*$",
            r"^\W*(?:sign up|register|create (?:a|an|your) (?:free )?account) (?:with|using) (?:your )?"
            r"(?:email|e-mail)\b",
            _START + r"(?:registration|signing up|creating an account) (?:is|takes) (?:free|quick|fast|easy|only|less"
            r" than|just)\b",
            r"^\W*noch (?:kein|nicht) (?:\w+)?(?:konto|registriert|mitglied)\b|^\W*(?:sie haben|du hast) noch"
            r" kein (?:\w+)?konto\b|^\W*(?:kostenloses )?(?:\w+)?konto (?:erstellen|anlegen)\W*$"
            r"|^\W*bereits (?:registriert|ein konto)\b|^\W*jetzt kostenlos registrieren\W*$",
            r"^\W*pas encore (?:de compte|inscrit|membre|abonné)\b|^\W*(?:vous n'avez pas|vous n’avez pas) (?:encore )?"
            r"de compte\b|^\W*(?:créer|créez) (?:un|mon|votre) compte\W*$|^\W*déjà (?:inscrit|un compte|membre)\b",
            r"^\W*¿?(?:no tienes|aún no tienes|todavía no tienes) (?:una )?cuenta\b|^\W*crear (?:una )?cuenta\W*$"
            r"|^\W*¿?ya (?:tienes|tiene) (?:una )?cuenta\b|^\W*¿?(?:eres nuevo|nuevo usuario)\b",
            r"^\W*non hai (?:ancora )?un account\b|^\W*crea (?:un )?account\W*$|^\W*hai già un account\b"
            r"|^\W*non sei (?:ancora )?registrato\b|^\W*sei già registrato\b",
            r"^\W*(?:não tem|ainda não tem|não possui) (?:uma )?conta\b|^\W*(?:criar|crie) (?:uma |sua )?conta\W*$"
            r"|^\W*já (?:tem|possui|é) (?:uma conta|cadastro|cadastrado|registado|assinante)\b",
            r"^\W*(?:nog geen|heb je nog geen|heeft u nog geen) (?:\w+)?account\b|^\W*account aanmaken\W*$"
            r"|^\W*(?:heb je|heeft u) al een account\b|^\W*nieuw (?:hier|bij)\b",
            r"^\W*nie masz (?:jeszcze )?konta\b|^\W*(?:załóż|utwórz) (?:darmowe |bezpłatne )?konto\W*$"
            r"|^\W*masz już konto\b",
            r"^\W*(?:нет|ещё нет|еще нет) (?:аккаунта|учётной записи|учетной записи)\b|^\W*(?:создать|создайте)"
            r" (?:аккаунт|учётную запись|учетную запись)\W*$|^\W*уже (?:есть аккаунт|зарегистрированы)\b",
            r"^\W*(?:henüz )?(?:hesabınız|üyeliğiniz) yok mu\b|^\W*(?:zaten )?(?:hesabınız|üyeliğiniz) var mı\b"
            r"|^\W*(?:hesap oluştur|üye ol)\W*$|^\W*zaten üye misiniz\b",
            r"^\W*belum punya akun\b|^\W*sudah punya akun\b|^\W*buat akun\W*$",
            r"^\W*(?:ještě )?nemáte (?:\w+ )?účet\b|^\W*(?:už|již) máte účet\b|^\W*(?:vytvořit|založit) účet\W*$",
            r"^\W*(?:har du inget|har du inte ett|saknar du|inget) konto\b|^\W*(?:har du redan|redan) (?:ett )?konto\b"
            r"|^\W*skapa (?:ett )?konto\W*$",
            r"アカウントをお持ちでない|アカウントをお持ちの方|(?:还没有|還沒有|没有|沒有)(?:账号|帳號|賬號|账户)|已有(?:账号|帳號|賬號)"
            r"|खाता नहीं है|^\W*会員登録\W*(?:無料)?\W*$",
        ),
    ),
    # signing in with a provider
    "social": Phrases(
        triggers=(
            "sign signin login log logon continue register signup anmelden einloggen fortfahren weiter connexion"
            " connecter continuer iniciar continuar accedi continua entrar continuar inloggen doorgaan zaloguj"
            " kontynuuj войти продолжить giriş devam masuk lanjutkan přihlásit pokračovat logga fortsätt"
        ),
        marks=_any("でログイン|で続ける|登录|登入|से लॉग इन|से जारी"),
        patterns=(
            r"^\W*(?:or )?(?:" + _SIGN_IN + r"|continue|register|sign up|join|create an account) (?:with|using|via"
            r"|through) " + _PROVIDER + r"\W*$",
            r"^\W*(?:or )?(?:" + _SIGN_IN + r"|continue|register|sign up) (?:with|using|via|through) (?:google"
            r"|apple|facebook|microsoft|linkedin)\b",
            r"^\W*(?:mit|über) (?:google|apple|facebook|microsoft|e-mail)\b[^.!?]{0,20}\b(?:anmelden|einloggen"
            r"|fortfahren|registrieren|weiter)\b|^\W*(?:anmelden|einloggen|weiter) mit (?:google|apple|facebook"
            r"|microsoft|e-mail)\b",
            r"^\W*(?:se connecter|connexion|continuer|s'inscrire|s’inscrire|connectez-vous) (?:avec|via) (?:google"
            r"|apple|facebook|microsoft|e-mail|votre e-mail)\b",
            r"^\W*(?:iniciar sesión|inicia sesión|continuar|regístrate|acceder|entrar) con (?:google|apple"
            r"|facebook|microsoft|tu correo|e-mail)\b",
            r"^\W*(?:accedi|continua|registrati|entra) con (?:google|apple|facebook|microsoft|e-mail|la tua email)\b",
            r"^\W*(?:entrar|continuar|cadastre-se|fazer login|iniciar sessão) com (?:o )?(?:google|apple|facebook"
            r"|microsoft|e-mail)\b",
            r"^\W*(?:inloggen|doorgaan|log in|registreren) met (?:google|apple|facebook|microsoft|e-mail|itsme)\b",
            r"^\W*(?:zaloguj(?: się)?|kontynuuj|zarejestruj się) (?:przez|z|za pomocą) (?:google|apple|facebook"
            r"|microsoft|e-mail)\w*\b",
            r"^\W*(?:войти|продолжить|зарегистрироваться|вход) (?:через|с помощью) ",
            r"^\W*(?:google|apple|facebook|e-posta) ile (?:giriş|devam|oturum)",
            r"^\W*(?:masuk|lanjutkan|daftar) (?:dengan|melalui) (?:google|apple|facebook|email)\b",
            r"^\W*(?:přihlásit se|pokračovat|přihlášení) (?:přes|pomocí|s) (?:google|apple|facebook|seznam|e-mail)",
            r"^\W*(?:logga in|fortsätt|registrera dig) med (?:google|apple|facebook|bankid|e-post)\b",
            r"(?:google|apple|facebook|line|yahoo! ?japan) ?(?:でログイン|で続ける|アカウントでログイン)"
            r"|(?:使用|用)?(?:微信|qq|微博|google|apple) ?(?:账号|帳號)?(?:登录|登入)"
            r"|(?:google|फेसबुक|facebook) से (?:लॉग इन|जारी)",
        ),
    ),
    # a log-in box's small lines: passwords, sessions, verification
    "password": Phrases(
        triggers=(
            "password passwort mot passe contraseña clave password senha palavra-passe wachtwoord hasło hasła"
            " пароль şifre şifremi parola sandi heslo lösenord lösenordet session sitzung sesión sessão sessione"
            " sessie сессия oturum sesi relace remember signed logged angemeldet verify confirm activate bestätigen"
            " vérifiez confirmez verifica conferma confirme verifique bevestig potwierdź подтвердите doğrulayın"
            " verifikasi ověřte bekräfta expired welcome resend digit verification confirmation activation sesja"
            " přihlášení"
            " vypršelo süresi oturumunuzun"
        ),
        marks=_any("パスワード|ログイン状態|密码|密碼|पासवर्ड"),
        patterns=(
            r"^\W*(?:forgot(?:ten)?|lost|forget) (?:your |my |the )?password\b",
            r"^\W*(?:reset|recover|show|hide|change|create|confirm|enter) (?:your |a )?(?:new )?password\W*$",
            r"^\W*(?:remember me|keep me (?:signed|logged) in|stay (?:signed|logged) in)\b",
            r"^\W*(?:your )?(?:session|login) (?:has )?(?:expired|timed out)\b",
            r"^\W*(?:please )?(?:verify|confirm|activate) your (?:email|e-mail|email address|account"
            r"|registration)\b",
            r"^\W*(?:welcome back|hello again)\W+(?:please )?(?:" + _SIGN_IN + r")\b",
            r"^\W*we(?:'ve|’ve| have) (?:just )?sent (?:you )?(?:a|an) (?:verification|confirmation|activation"
            r"|login|log-in|sign-in|magic) (?:link|code|e-?mail)\b|\bresend (?:the )?(?:verification|confirmation"
            r"|activation) (?:link|code|e-?mail)\b|^\W*enter the (?:\d+-digit |verification |security |one-time )?"
            r"code (?:we|that we) sent\b",
            r"^\W*(?:passwort vergessen|kennwort vergessen|angemeldet bleiben|eingeloggt bleiben|ihre sitzung ist"
            r" abgelaufen|bitte bestätigen sie ihre e-mail)",
            r"^\W*(?:mot de passe oublié|rester connecté|se souvenir de moi|votre session a expiré|(?:veuillez )?"
            r"(?:vérifiez|confirmez|valider|validez) (?:votre|l'|l’)(?:adresse )?e-?mail)",
            r"^\W*¿?(?:olvidaste|has olvidado|olvidó|olvido|recuperar) (?:tu |su )?contraseña|^\W*(?:mantener"
            r" (?:la )?sesión iniciada|recordarme|tu sesión (?:ha )?(?:expirado|caducado)|(?:verifica|confirma) tu"
            r" (?:correo|email|e-mail|cuenta))",
            r"^\W*(?:password dimenticata|hai dimenticato la password|recupera password|ricordami|resta connesso"
            r"|la tua sessione è scaduta)",
            r"^\W*(?:esqueceu (?:sua |a )?senha|esqueci (?:minha |a )?senha|esqueceu-se da palavra-passe"
            r"|manter(?:-me)? conectado|lembrar-me|sua sessão expirou|a sua sessão expirou|confirme (?:o )?(?:seu |o )?"
            r"e-?mail)",
            r"^\W*(?:wachtwoord vergeten|ingelogd blijven|onthoud mij|je sessie is verlopen"
            r"|bevestig (?:je|uw) e-?mail)",
            r"^\W*(?:nie pamiętasz hasła|zapomniałeś hasła|zapomniałem hasła|przypomnij hasło|zapamiętaj mnie"
            r"|nie wylogowuj|twoja sesja wygasła|witaj ponownie\W+zaloguj)",
            r"^\W*(?:забыли пароль|восстановить пароль|запомнить меня|не выходить|сессия истекла|ваша сессия истекла"
            r"|подтвердите (?:адрес )?(?:электронной почты|e-?mail|почту))",
            r"^\W*(?:şifremi unuttum|şifrenizi mi unuttunuz|parolanızı mı unuttunuz|beni hatırla|oturumunuz"
            r" sona erdi|oturumunuzun süresi doldu)",
            r"^\W*(?:lupa (?:kata sandi|password)|ingat saya|sesi anda telah berakhir|verifikasi (?:alamat )?e-?mail)",
            r"^\W*(?:zapomenuté heslo|zapomněli jste heslo|zapomněl\w* jste heslo|zůstat přihlášen|pamatovat si mě"
            r"|vaše přihlášení vypršelo|ověřte (?:svůj )?e-?mail)",
            r"^\W*(?:glömt (?:ditt )?lösenord(?:et)?|kom ihåg mig|förbli inloggad|din session har gått ut|bekräfta"
            r" din e-?post)",
            r"パスワードを(?:お)?忘れ|ログイン状態を保持|(?:忘记|忘記)(?:密码|密碼)|(?:记住|記住)(?:我|密码|密碼)"
            r"|पासवर्ड भूल गए",
        ),
    ),
}


_RULE = PhraseRule(ACCOUNTS, MIN_ACCOUNT_CHARS, MAX_ACCOUNT_CHARS)

#: Reported speech without quotation marks ("Sign in to vote early, the council urged"): a verb of saying
#: after a comma. A prompt speaks to the reader; it never reports who spoke.
_SPEECH = re.compile(
    r",\s*(?:[^\W\d_]+\s+){0,4}(?:said|says|told|asked|warned|added|urged|wrote|advised|sagte|fragte|erklärte"
    r"|warnte|dijo|afirmó|advirtió|disse|afirmou|a déclaré|prévient|ha detto|zei|powiedział[a]?|сказал[а]?"
    r"|säger|řekl[a]?|kata)\b",
)


def account_of(text: str) -> str | None:
    """What kind of account prompt ``text`` is (a key of :data:`ACCOUNTS`), or None when it is none (or when
    the line reports who spoke)."""
    what = _RULE.kind_of(text)
    return what if what is None or _SPEECH.search(fold(text)) is None else None
