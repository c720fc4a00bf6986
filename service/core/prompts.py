"""Reader prompts: a line that asks something of the reader or tells them about the page, not the news.

Publishers set small lines between and around a story's paragraphs that speak to the reader about the
page: a call for tips ("Got a tip? Email tips@…"), an invitation to report an error ("Spotted a mistake?
Let us know", "Select the text and press Ctrl+Enter"), a request for feedback ("Was this article
helpful? Yes / No", "Take our reader survey"), an audio player's text ("Listen to this article · 6 min",
"00:00 / 03:12"), a loading state or an embed's placeholder ("Loading the rest of the article", "Your
browser does not support the video tag"), an ad slot's line that is more than a label ("La suite après
cette publicité", "Go ad-free for $2 a month"), a note on other editions ("This article is also
available in Spanish", "A version of this article appears in print on …"), an invitation to the
publisher's channel on a messaging app ("Join our WhatsApp channel and get …", "… के व्हाट्सऐप चैनल से
जुड़ें"), a poll's question ("Have your say: should the depot be built?"), an error or unavailable state in place of a
page's part ("This embed is no longer available.", "Something went wrong. Please try again.", and in sixteen
more languages with their request to try again), a comment section's rules ("Kindly refrain from posting
obscene or defamatory comments", "Comments are moderated", "We reserve the right to remove comments"; read on
lines of up to :data:`MAX_SMALL_PRINT_CHARS` characters too), an ask to pass the article on ("Found this useful?
Send it to a friend."), a newsletter box's small print ("No spam. Unsubscribe at any time.", "Almost there! Click
the link in the email we just sent you."), a live page's count of new posts ("3 new posts") and a
betting ad's small print
("18+ only. New customers. Min odds 1/2. …", read on lines of up to :data:`MAX_SMALL_PRINT_CHARS`
characters). The model, which reads its
neighbours' scores, keeps some of them when they sit inside the story (docs/model-history.md, "reader
prompts").

Their wordings are set enough for a rule (:mod:`.phrases`): a line of :data:`MIN_PROMPT_CHARS` to
:data:`MAX_PROMPT_CHARS` characters is a prompt line when one of :data:`PROMPTS`' patterns is found in
it, lower-cased, outside a quotation, and it reports no speech (:data:`_SPEECH`). A pattern opens the
line with a control's words ("Report an error", "Listen to this article") and most take the whole line;
a question to the reader counts only with what follows it ("Were you there? Send us your photos", not
"Did you witness the collision? Contact the police"); a sentence in the middle of a line names the
reader or the page ("let us know", "our newsroom", "this article"). So a story's sentence about tips,
errors, polls, audio, loading, advertising or editions ("A tip from a neighbour led police to the
warehouse", "Auditors found an error in the report") is not one. Bare labels ("Print", "Loading",
"Advertisement") are the control rule's (:mod:`.controls`).
"""

from __future__ import annotations

import re
import unicodedata

from .lexicon import NUKTA_LETTERS
from .phrases import PhraseRule, Phrases, marks_of, speech_after_comma

#: Longest line (characters) that is tried as a prompt line.
MAX_PROMPT_CHARS = 160
#: Longest line (characters) that is tried as a betting ad's small print (:data:`SMALL_PRINT`).
MAX_SMALL_PRINT_CHARS = 300
#: Shortest line (characters) that is tried as a prompt line ("Lees voor", "我要纠错").
MIN_PROMPT_CHARS = 4
#: The kind of chrome a prompt line is (:data:`~.kinds.KINDS`): an ad slot's line is an ad, a comment section's
#: rules are comments, an ask to pass the article on is share, a newsletter box's small print is newsletter, the
#: rest are the library's "other" (tips, corrections, feedback, players, placeholders, editions).
PROMPT_KINDS = {
    "ad": "ad", "channel": "promo", "gambling": "ad", "guidelines": "comments", "forward": "share",
    "signup": "newsletter", "notify": "promo",
}  # fmt: skip
OTHER_KIND = "other"

#: What a page calls its text.
_TEXT = r"(?:article|story|report|piece|post|page|content|news item)"
#: A duration ("6 min", "4:31", "02:40").
_DURATION = (
    r"(?:\d{1,2}:\d\d(?::\d\d)?(?:\s?min\.?)?|\d+\s?(?:min(?:ute)?s?|mins?\.?|minuten|minutes|minutos|minuti|мин\.?|dk"
    r"|dakika|menit|phút|分))"
)
#: What may follow a player's label on its line: a duration and nothing else ("Écouter cet article (4 min)").
_LISTEN_TAIL = r"\W*(?:[·|•\-–—(:]\s*)?(?:" + _DURATION + r")?\W*$"
#: What follows an error's message on its line: a request to try again, in the languages of :data:`PROMPTS`'s
#: ``broken`` kind, and nothing else (without it the message is a subhead's or a quote's words as well: "Ein
#: Fehler ist aufgetreten", "Произошла ошибка").
_TRY_AGAIN = (
    r"[.!,。！，]?\s*(?:please |bitte |por favor,? |vui lòng |silakan |lütfen |пожалуйста,? )?(?:try again"
    r"|refresh|reload|versuchen sie es (?:später )?(?:noch einmal|erneut)|veuillez réessayer|réessayez"
    r"|(?:inténtalo|vuelve a intentarlo|inténtelo)(?: de nuevo| nuevamente)?|riprova|tente novamente"
    r"|probeer het (?:later )?(?:opnieuw|nog eens)|spróbuj ponownie|попробуйте (?:ещё раз|еще раз|снова)"
    r"|tekrar deneyin|coba lagi|thử lại"
    r"|försök igen|zkuste to (?:znovu|později)|δοκιμάστε (?:ξανά|αργότερα)|请稍后重试|请重试|もう一度お試しください"
    r"|다시 시도해 주세요|يرجى المحاولة مرة أخرى|कृपया फिर से प्रयास करें)(?: later| plus tard| más tarde| più tardi"
    r"| mais tarde| später| później| позже| senare)?[.!。！]?\W*$"
)
#: An error in the text, as a reader's question names it ("Spotted a mistake?", "Found any typos?").
_ERROR = r"(?:mistakes?|errors?|typos?|inaccurac(?:y|ies)|factual errors?|spelling mistakes?|something wrong)"
#: "ख़बर" (news), its nukta precomposed or combining, or left out.
_KHABAR = "(?:\u0959|\u0916\u093c?)बर"
#: "ग़लती" (a mistake), likewise.
_GALTI = "(?:\u095a|\u0917\u093c?)लती"
#: A messaging app a publisher runs a channel or group on, in the scripts its readers write it in.
_MESSENGER = (
    r"(?:whats ?app|telegram|viber|kakaotalk|واتس ?[اآ]ب|واتساب|تيليجرام|تلغرام|تليجرام|واٹس ?ایپ|ٹیلی ?گرام"
    r"|تلگرام|واتس‌اپ|ватсап|вотсап|телеграм|व्हाट्स|वॉट्स|वाट्स|व्हॉट्स|टेलीग्राम|টেলিগ্রাম|হোয়াটসঅ্যাপ|வாட்ஸ்"
    r"|டெலிகிராம்|వాట్సాప్|టెలిగ్రామ్)"
)
#: A channel or a group on one.
_CHANNEL = (
    r"(?:channel|group|community|chaîne|canal|kanal|kanaal|canale|grupo|gruppo|grupa|grup|saluran|kênh|قناة"
    r"|قناتنا|مجموعة|مجموعتنا|کانال|گروه|چینل|канал|групп|चैनल|ग्रुप|চ্যানেল|சேனல|குழு|ఛానల్|ఛానెల్|గ్రూప్)"
)
#: Google News, which a publisher asks to be followed on as on a channel.
_NEWS_FEED = (
    r"(?:google (?:news|actualités|noticias|notícias|nachrichten|notizie|новост)|гугл новост"
    r"|गुगल न्यू(?:ज|\u095b)|गूगल न्यू(?:ज|\u095b)|گوگل نیوز|கூகுள் நியூஸ்|গুগল নিউজ)"
)
#: An invitation to join it: an imperative at the line's start or after its lead ("Stay updated: join …",
#: "Click here to join …"), or one of other languages' imperatives, "our channel" in Arabic. A story's
#: sentence about the apps holds none ("Residents joined WhatsApp groups", "… were urged to join WhatsApp
#: groups", "Ribuan warga bergabung dengan grup WhatsApp", "… से न जुड़ें": do not join).
_JOIN_CHANNEL = (
    r"(?:^\W*|: |\b(?:click|tap) (?:here )?to )(?:join|follow|subscribe to|sign up (?:to|for))\b"
    r"|\b(?:únete|unete|suscríbete|síguenos|sigue (?:nuestro|el canal)|siga o|inscreva-se|entre no canal"
    r"|participe do nosso|yuk,? (?:bergabung|gabung|ikuti)"
    r"|acesse o canal|rejoignez|suivez|abonnez-vous|unisciti|iscriviti|segui il|folgen sie|folge unserem"
    r"|abonnieren sie|treten sie|volg ons|word lid|katılın|katıl|takip edin|abone olun|gabung|ikuti|sertai"
    r"|dołącz|obserwuj|subskrybuj|hãy tham gia|hãy theo dõi|подписывайтесь|подпишитесь|присоединяйтесь"
    r"|підписуйтесь|приєднуйтесь)\b|\bнаш(?:его|ем|ему|им)? (?:telegram|канал)|تابعونا"
    r"|(?:انضم|انضموا|اشترك|اشتركوا)[^.،]{0,20}(?:قناتنا|مجموعتنا)|بپیوندید|عضو شوید|دنبال کنید|شامل ہوں"
    r"|جوائن کریں"
    r"|(?<!न )(?<!ना )(?<!मत )जु(?:\u095c|\u0921\u093c)(?:ें|िए)|ज्वाइन करें|जॉइन करें|(?<!को )फॉलो करें"
    r"|सब्सक्राइब करें|सामील व्हा|फॉलो करा|যোগ দিন|যুক্ত হোন|ফলো করুন|இணையுங்கள்|இணைந்திடுங்கள்"
    r"|பின்தொடருங்கள்|சப்ஸ்கிரைப் செய்யுங்கள்|చేరండి|ఫాలో అవ్వండి|సబ్‌స్క్రైబ్ చేసుకో|читайте нас"
)


def _nukta_forms(pattern: str) -> str:
    """``pattern`` with each letter that carries a nukta matching both ways it is written: as one character
    ("ज़", U+095B) and as the letter and the nukta (U+091C U+093C). Unicode's normal forms leave the first as
    it is written."""
    for composed in NUKTA_LETTERS:
        pair = unicodedata.normalize("NFD", composed)
        pattern = pattern.replace(pair, f"(?:{pair}|{composed})").replace(composed, f"(?:{pair}|{composed})")
    return pattern


def _with_composed(marks: tuple[str, ...]) -> tuple[str, ...]:
    """``marks`` and each of them written with its nukta letters as one character (:func:`_nukta_forms`)."""
    composed = []
    for mark in marks:
        for letter in NUKTA_LETTERS:
            mark = mark.replace(unicodedata.normalize("NFD", letter), letter)
        composed.append(mark)
    return tuple(dict.fromkeys(marks + tuple(composed)))


#: What a line that points the reader somewhere may end with ("Report an error ›").
_POINTER = r"\s*(?:here|now|›|»|→|>)?\W*$"


#: The kinds of prompt line, by what they ask or say.
PROMPTS: dict[str, Phrases] = {
    # a call for tips, testimony, photos or contact with the newsroom
    "tip": Phrases(
        triggers=(
            "tip tips hinweis hinweise témoin info informations información denuncia segnalazione segnalazioni"
            " pauta denúncia sugestão weet heb masz есть пишите ihbar ihbarlarınız ihbarları tipstelefon"
            " tipstelefonen tipsa nyhetstips víte máte story touch newsroom newsdesk desk footage photo photos"
            " video videos picture pictures stories securedrop investigate contact witnessed witness affected"
            " author reporter redaktion rédaction redacción redazione redação redactie redakcji редакцию"
            " redaksi soạn informasi thông letter idea hear mande envie tienes escríbenos"
        ),
        marks=marks_of("情報提供|新闻线索|新聞線索|爆料|제보|لديك معلوم|فريق التحرير|راسلنا|सूचना देने|बर भेज|कोई ख"),
        patterns=(
            r"^\W*(?:got|have you got|have|do you have|any) (?:a |any )?(?:news |story )?tips?\s*(?:\?|for us\b)",
            r"^\W*(?:news )?tips?\s*\?",
            r"^\W*(?:submit|share|send us) (?:a|your) (?:news )?tip\b",
            r"^\W*do you (?:know|have) (?:more|anything|something|information)\b[^.!?]{0,40}\b(?:about|on)"
            r" (?:this|the)\b[^.!?]{0,40}\?",
            r"^\W*(?:please )?(?:get in touch|contact|reach|message|call|email|e-mail|write to)(?: with)? (?:our|the)"
            r" (?:newsroom|news ?desk|editorial team|investigations? team)\b"
            r"|\b(?:get in touch|contact|reach|message|call|email|e-mail|write to)(?: with)? our (?:newsroom|news ?desk"
            r"|editorial team|investigations? team|reporters|journalists)\b",
            r"^\W*(?:send|share|submit|upload|email|e-mail) us (?:your )?(?:own )?(?:photos?|videos?|pictures?"
            r"|footage|stories|story|tips?|news tips?)\b"
            r"|^\W*(?:send|share|submit|upload) your (?:own )?(?:photos?|videos?|pictures?|footage|story|stories)"
            r"\b[^.!?]{0,40}(?:→|›|»|:|@|\bhere\b|\bwith us\b)",
            r"^\W*(?:have|got|do you have|have you got) (?:a|an) (?:story|news) (?:idea|tip|to tell|to share)\b"
            r"|^\W*have you been affected by (?:the issues|anything) (?:raised )?in this (?:story|article)\b",
            r"^\W*tell us your story\b|^\W*submit your (?:footage|photos?|videos?|story)\b|^\W*tell us about your"
            r" (?:experience|story)\b|^\W*(?:share your story with us|we want to hear from you)\b",
            r"^\W*(?:want to |would you like to )?(?:submit|write|send) (?:us )?(?:a )?letter to the editor\b",
            r"^\W*(?:witnessed|did you witness|did you see|were you|are you|have you been) [^?]{0,60}\?\s*(?:(?:tell"
            r"|contact|email|send|write to|message) us|share (?:it|them|your)|get in touch|let us know|send (?:us|your)"
            r"|submit (?:it|them|your))\b",
            r"^\W*(?:share|send|submit|contact us)\b[^.!?]{0,60}\bsecuredrop\b|^\W*call (?:the|our) newsroom\b",
            r"^\W*contact the (?:author|reporter|writer|journalist)\s*:",
            r"^\W*(?:know|have) something we should (?:know|investigate|look into|cover)\b",
            r"\bhaben sie (?:einen |weitere )?(?:hinweis|hinweise|informationen)(?: zu diesem (?:thema|fall|artikel))?"
            r"\s*\?|\b(?:hinweise?|tipps?) (?:an|für) (?:die|unsere) redaktion\b|^\W*sie haben einen hinweis\b",
            r"\bvous avez (?:été témoin|une info|des informations)\b[^?]{0,40}\?\s*(?:contactez|écrivez|envoyez"
            r"|signalez|partagez|racontez|appelez)|\bun témoignage,? une info\b|^\W*contactez (?:notre |la )rédaction\b"
            r"|^\W*écrivez-nous\b",
            r"\btienes (?:información|una historia|una noticia|algo que contar|una denuncia)\b[^?]{0,40}\?\s*"
            r"(?:escríbenos|contáctanos|contacta con (?:nosotros|la redacción|nuestra redacción)|envíanos|cuéntanos)"
            r"|^\W*escríbenos\b|^\W*contacta (?:con )?(?:nuestra |la )redacción\b",
            r"^\W*hai una segnalazione\b[^?]{0,20}\?\s*(?:scrivi|contatta|invia|manda|segnala)"
            r"|^\W*hai una segnalazione\W*$|^\W*scrivi (?:a|alla) (?:redazione|segnalazioni)\b",
            r"^\W*tem uma (?:sugestão de pauta|denúncia|informação)\b[^.!?]{0,30}\?|^\W*fale com a (?:gente|redação)\b"
            r"|^\W*(?:mande|envie) (?:sua|uma) (?:denúncia|sugestão)\b",
            r"\bweet (?:jij|je|u) meer\s*\?\s*(?:mail|bel|tip|laat|stuur|neem|app|meld)|^\W*tip (?:de|onze) redactie\b"
            r"|^\W*mail de redactie\b|\bheb je een tip\s*\?",
            r"^\W*masz (?:\w+ )?(?:temat|informacje|newsa|sygnał)\b[^.!?]{0,30}\?|^\W*napisz do (?:nas|redakcji)\b",
            r"^\W*есть (?:новость|информация|тема)\s*\?\s*(?:пишите|сообщите|присылайте|напишите)"
            r"|^\W*пишите (?:нам|в редакцию)\b|^\W*сообщите в редакцию\b",
            r"\bhaber ihbar(?:ları|larınız)\w* için\b|\bihbar hattımız\b",
            r"^\W*har du (?:ett )?(?:nyhets)?tips\s*\?|\b(?:ring|sms:?a|mejla|kontakta)\b[^.!?]{0,30}\btipstelefon"
            r"|^\W*tipsa (?:oss|redaktionen)\b",
            r"\bvíte o (?:něčem|tématu)\b[^.!?]{0,30}\?\s*napište|\bmáte tip na zprávu\b"
            r"|^\W*máte (?:tip|informace)\s*\?",
            r"^\W*punya informasi\b[^.!?]{0,40}\?|\bkirim (?:ke|kepada) redaksi\b",
            r"^\W*bạn có thông tin\b|\bgửi (?:cho )?tòa soạn\b",
            r"情報提供(?:は|を)(?:こちら|お願い|お寄せ)|情報提供窓口|新闻线索(?:请|請|可"
            r"|欢迎)|新聞線索(?:請|可)|我要爆料"
            r"|爆料(?:请|請|热线|熱線|邮箱|郵箱)|^\W*제보하기|제보(?:는|해 ?주세요)|(?:기사|뉴스) ?제보"
            r"|لديك معلوم\w*[^.]{0,60}(?:تواصل|راسلنا|أرسل|اتصل)|تواصل مع فريق التحرير"
            r"|सूचना देने के लिए हमें|" + _KHABAR + " भेज|कोई " + _KHABAR + " है",
        ),
    ),
    # an invitation to report an error in the article
    "correction": Phrases(
        triggers=(
            "mistake mistakes error errors typo typos inaccuracy inaccuracies inaccurate correction corrections"
            " ctrl strg cmd wrong fehler tippfehler erreur erreurs faute coquille errores errore erro fout typfout"
            " encontraste viste błąd błędy опечатку ошибку ошибке hata fel chybu kesalahan lỗi"
        ),
        marks=marks_of("誤り|誤字|纠错|糾錯|发现错误|發現錯誤|오류|오타|خطأ|त्रुटि|लती"),
        patterns=(
            r"^\W*(?:have you |did you )?(?:spotted|spot|found|find|seen|see|noticed|notice) (?:a|an|any|some) "
            + _ERROR
            + r"\b[^.!?]{0,40}\?",
            r"^\W*(?:did we get something wrong|see something inaccurate)\b",
            r"^\W*(?:report|flag|suggest|submit|send|request) (?:a |an )?(?:factual )?(?:error|mistake|typo|inaccuracy"
            r"|correction)s?(?: request)?(?: or (?:a )?typo)?" + _POINTER,
            r"\bif you\b[^.!?]{0,80}\b" + _ERROR + r"\b[^.!?]{0,60}\b(?:let us know|tell us|contact us|email us"
            r"|write to us|get in touch)\b",
            r"\b(?:" + _ERROR + r"|fehler|tippfehler|ошибк\w*|опечатк\w*|błąd|błędy|chyb\w*|hata\w*|erreur|errore|erro"
            r"|fout|fel)\b[^\n]{0,80}\b(?:ctrl|strg|cmd)\s*\+\s*enter\b"
            r"|\b(?:ctrl|strg|cmd)\s*\+\s*enter\b[^\n]{0,60}\b(?:" + _ERROR + r"|editors?|redaktion|rédaction|redakc\w*"
            r"|редакци\w*)\b",
            r"^\W*help us get it right\b|^\W*(?:is there )?something wrong (?:with|in) this " + _TEXT + r"\s*\?"
            r"|^\W*(?:our |read our |see our )?corrections? policy\b",
            r"^\W*(?:einen |ein )?(?:tipp)?fehler (?:gefunden|entdeckt)\s*\?|^\W*fehler melden"
            + _POINTER
            + r"|\bhaben sie einen"
            r" fehler (?:gefunden|entdeckt|bemerkt)\b[^.!]{0,40}\?",
            r"\bvous avez repéré une (?:erreur|faute|coquille)\b|^\W*signale[rz] une (?:erreur"
            r"|faute|coquille)(?: dans (?:cet|l')article)?" + _POINTER,
            r"\b(?:has visto|has encontrado|has detectado|encontraste|viste) (?:un|algún) error\s*\?"
            r"|^\W*(?:reportar|notificar|comunicar) (?:un )?error\b",
            r"\bhai (?:trovato|notato|visto) un errore\s*\?|^\W*segnala(?:re|ci)? un errore\b",
            r"\bencontrou (?:um|algum) erro\s*\?|^\W*(?:comunicar|reportar|informar) (?:um )?erro\b",
            r"\b(?:typ)?fout gezien\s*\?|^\W*zag je een fout\b|^\W*fout (?:gevonden\s*\?|melden\b)",
            r"\bzauważył\w* błąd\s*\?|^\W*zgłoś błąd\b",
            r"\b(?:нашли|заметили) (?:опечатку|ошибку)\s*\?|^\W*сообщить об ошибке\b",
            r"\bhata (?:mı )?(?:fark ettiniz|gördünüz|buldunuz)\s*\?|^\W*hata bildir\w*",
            r"\bhittat (?:ett |något )?fel\b[^.!]{0,20}\?|^\W*rapportera (?:ett )?fel\b",
            r"\bnašli jste (?:v článku )?chybu\b|^\W*nahlásit chybu" + _POINTER,
            r"\bmenemukan kesalahan\b[^.!?]{0,40}\?|^\W*laporkan kesalahan\b",
            r"^\W*báo lỗi\b",
            r"(?:記事の)?誤りを報告|誤字(?:・脱字)?(?:を)?(?:報告|連絡)|^\W*(?:我要)?纠错"
            r"|^\W*(?:我要)?糾錯|点击(?:此处)?纠错"
            r"|发现错误[？?]|發現錯誤[？?]|^\W*(?:기사 )?오류 신고\W*$|오타 (?:신고|제보)"
            r"|هل لاحظت خطأ في (?:هذا )?(?:المقال|الخبر)|أبلغنا عن خطأ|त्रुटि की सूचना दें|" + _GALTI + " की सूचना दें"
            r"|कोई " + _GALTI + " दिखी",
        ),
    ),
    # a request for the reader's opinion of the page: helpful or not, ratings, surveys
    "feedback": Phrases(
        triggers=(
            "helpful useful rate survey satisfied happy feedback think recommend feel improve poll looking enjoy"
            " hilfreich bewerten gefallen utile avis notez plu útil valora gustado parecido piaciuto voto valuta"
            " pesquisa avalie nuttig handig vind oceń pomocny оцените полезной понравилась buldunuz faydalı yararlı"
            " tyckte betyg užitečný ohodnoťte reaksi bermanfaat membantu đánh giá thế encuesta ayúdanos"
        ),
        marks=marks_of(
            "役に立ちましたか|この記事を評価|アンケート|对本文的评价|有帮助吗|有幫助嗎|도움이"
            " 되었|도움이 되셨|شاركنا رأيك|هل كان هذا|कैसा लगा|अपनी राय"
        ),
        patterns=(
            r"\b(?:was|is) this (?:article|story|page|content|information|answer|post) (?:helpful|useful)\b",
            r"\bdid you find (?:this (?:article|story|page|content|information)|what you were looking for)\b",
            r"^\W*rate (?:this|the) (?:article|story|page|post)(?:\W*$|\s*[:★☆\d])|^\W*how would you rate this "
            + _TEXT
            + r"\b",
            r"^\W*(?:please )?(?:take|complete|answer|fill (?:in|out)) (?:our|this) (?:short"
            r" |quick |brief |\w+-minute )?"
            r"(?:reader |readers' |user )?survey\b",
            r"\bhow (?:satisfied|happy) are you with (?:this|our) (?:article|story|coverage|site|website|app"
            r"|newsletter|experience)\b|^\W*(?:what did you think of|did you enjoy) this (?:article|story)\b",
            r"\btell us what you think (?:of|about) (?:this|our|the new)\b|\byour feedback helps\b"
            r"|\b(?:share|give|send|leave) (?:us )?your feedback\b|^\W*(?:give|send|share) feedback\W*$"
            r"|\bthanks? (?:you )?for your feedback\b",
            r"^\W*how likely are you to recommend\b|\bhow did this " + _TEXT + r" make you feel\b",
            r"^\W*help us improve(?:\W*$|\s*:| (?:our|this) (?:site|website|app|coverage"
            r"|journalism|newsletter))|^\W*quick poll\s*:\s*(?:how|what|which|do|did|are|is|should|would|will)\b",
            r"\bwar (?:dieser|der) (?:artikel|beitrag) hilfreich\b|\bwie (?:hat|gefällt) ihnen (?:dieser|der)"
            r" (?:artikel|beitrag)\b|^\W*(?:artikel|beitrag) bewerten\b|\bbewerten sie (?:diesen"
            r"|den) (?:artikel|beitrag)\b",
            r"\bcet article vous a-t-il (?:été utile|plu)\b|^\W*donnez(?:-nous)? votre avis(?:\W*$"
            r"| sur (?:cet|l')article\b)|^\W*notez cet article\b",
            r"\b(?:te|le) (?:ha )?(?:resultado|parecido) útil (?:esta|este) (?:noticia|artículo"
            r"|contenido|información)\b"
            r"|^\W*valora (?:esta|este) (?:noticia|artículo)\b|\bte ha gustado (?:esta|este) (?:noticia|artículo)\b"
            r"|\bresponde a nuestra encuesta\b|\bayúdanos a mejorar\b|\bqué te ha parecido"
            r" (?:esta|este) (?:noticia|artículo)\b",
            r"\bti è (?:piaciuto|stato utile) questo articolo\b|^\W*valuta (?:questo |l')articolo\b|\blascia un voto\b",
            r"\b(?:esta|este) (?:matéria|conteúdo|reportagem|notícia) foi útil\b|\bresponda (?:à|a) nossa pesquisa\b"
            r"|^\W*avalie (?:esta|este) (?:matéria|conteúdo|reportagem|notícia)\b",
            r"\bwas dit artikel (?:nuttig|handig)\b|\bwat vind je van (?:onze|deze|dit|de"
            r" nieuwe) (?:nieuwe )?(?:website"
            r"|site|artikel|app|vormgeving|ontwerp)\b",
            r"^\W*oceń (?:artykuł|tekst|materiał)\b|\bczy ten (?:artykuł|tekst) był pomocny\b",
            r"^\W*оцените (?:материал|статью|новость)\b|\bбыла ли (?:эта )?статья полезной\b"
            r"|^\W*понравилась статья\s*\?",
            r"\bbu haberi nasıl buldunuz\b|\bbu haber(?:i)? (?:faydalı|yararlı)\b",
            r"\bvad tyckte du om (?:artikeln|texten)\b|\bge betyg \d",
            r"\bbyl (?:pro vás )?tento článek užitečný\b|^\W*ohodnoťte článek\b",
            r"\bbagaimana reaksi anda (?:setelah membaca|terhadap) (?:berita|artikel) ini\b|\bapakah (?:artikel|berita)"
            r" ini (?:bermanfaat|membantu)\b",
            r"\bbạn thấy bài viết (?:này )?thế nào\b|^\W*đánh giá bài viết\b",
            r"役に立ちましたか|この記事を評価|アンケートにご協力|对本文的评价|(?:本文|这篇文章"
            r"|此文|这篇报道)(?:对您)?有帮助吗|有幫助嗎"
            r"|도움이 되었나요|도움이 되셨나요|شاركنا رأيك|هل كان هذا المقال مفيد|(?:यह|ये) (?:लेख|" + _KHABAR + ")"
            r" आपको कैसा लगा|अपनी राय दें",
        ),
    ),
    # an audio or video player's text, or a read-aloud tool's
    "audio": Phrases(
        triggers=(
            "listen play playing press narrated narration voice voiced audio autoplay speech playback unmute next"
            " duration watch 00 speed generated anhören vorlesen vorgelesen gelesen écouter escucha escuchar ascolta"
            " ouvir ouça voor luister beluister posłuchaj lektor слушать прослушать dinle lyssna uppläst poslechněte"
            " poslechnout přehrát dengarkan nghe lettura"
        ),
        marks=marks_of(
            "音声で聞く|音声で聴く|音声読み上げ|收听本文|收聽本文|听本文|음성으로 듣기|기사"
            " 듣기|استمع إلى|استمع ل|बर सुनें|बर को सुनें|🔊|🎧"
        ),
        patterns=(
            r"^\W*listen(?: now| to (?:this|the) (?:article|story|report|piece))?\W*(?:[·|•\-–—(:]\s*)?"
            + _DURATION
            + r"(?: listen)?\W*$",
            r"^\W*(?:listen to (?:this|the audio version of this) (?:article|story|report"
            r"|piece)|listen to the (?:article"
            r"|story)|(?:artikel|beitrag) (?:anhören|vorlesen(?: lassen)?)|écouter (?:cet"
            r" |l')article|escucha(?:r)? (?:esta"
            r"|la) noticia|escuchar (?:este|el) artículo|ascolta (?:l'|questo )articolo|(?:ouvir|ouça) (?:esta |a )?"
            r"(?:matéria|reportagem|notícia)|lees voor|(?:luister naar|beluister) (?:dit"
            r"|het) artikel|posłuchaj artykułu"
            r"|(?:слушать|прослушать) (?:статью|материал|новость)|haberi dinle|lyssna på (?:artikeln|texten)"
            r"|poslechn(?:ěte|out) si článek|přehrát audio(?: verzi článku)?|dengarkan (?:berita|artikel)(?: ini)?"
            r"|nghe (?:bài viết|đọc))" + _LISTEN_TAIL,
            r"(?:^|[.·|•]\s*)\d+\s?min(?:ute)?s? listen\W*$",
            r"^\W*press play to (?:hear|listen)\b|^\W*(?:click|tap) (?:here )?to (?:unmute"
            r"|listen|play)(?: (?:to )?(?:this|the)"
            r" (?:article|story|audio))?\W*$",
            r"\b(?:this|the) (?:article|story|piece|report) (?:is|was|has been) (?:narrated|read aloud|read|voiced) by"
            r" (?:an? )?(?:ai|automated|artificial|synthetic|computer[- ]generated|digital)\b"
            r"|^\W*(?:narrated|read aloud|voiced) by (?:an? )?(?:ai|automated|artificial|synthetic"
            r"|computer[- ]generated|digital)(?:[- ]\w+)?(?: voice| intelligence)?\W*$",
            r"^\W*(?:audio|voice|narration)(?: version)? (?:is )?(?:not |un)available\b|\bpowered by text-to-speech\b"
            r"|^\W*audio generated by ai\b|\bplayback speed:? \d|(?:^|[.·|•]\s*)speed:? \d(?:\.\d+)?x\W*$",
            r"^\W*0?0:\d\d\s*/\s*\d{1,2}:\d\d\W*$",
            r"^\W*(?:play|watch)(?: the)? (?:video|audio|clip)\W*\d{1,2}:\d\d\W*$",
            # a player's countdown to the next clip ("Up next in 5"): one or two figures (a year is a headline's)
            r"^\W*autoplay\s*[:\-]?\s*(?:on|off)\W*$|^\W*now playing\s*(?:[:·|•]|$)|^\W*up next in \d{1,2}\s*(?:s|sec"
            r"|seconds?)?\W*$",
            r"^\W*(?:video |audio |clip )duration\s*[:·|•-]?\s*\d{1,2}:\d\d(?::\d\d)?\W*$",
            r"^\W*(?:dieser (?:artikel|text|beitrag) wird )?(?:vor)?gelesen von einer (?:künstlichen"
            r"|ki-|synthetischen)",
            r"\b(?:lettura|letto) con (?:una )?voce sintetica\b|\blektor\s*:\s*syntezator mowy\b"
            r"|\buppläst av en (?:ai|syntetisk|datorgenererad)",
            r"音声で聞く|音声で聴く|音声読み上げ|收听本文|收聽本文|听本文|^\W*(?:기사를?"
            r" )?음성으로 듣기\W*$|^\W*기사 듣기\W*$"
            r"|استمع (?:إلى ال|لل)(?:مقال|خبر)(?!\w)|^\W*[🔊🎧]\W*\d{1,2}:\d\d\W*$|" + _KHABAR + " (?:को )?सुनें",
        ),
    ),
    # a loading state, an embed's placeholder, a browser or script notice, a live page's refresh prompt
    "loading": Phrases(
        triggers=(
            "loading wait load loaded expand browser javascript refresh show third cookies displayed fetching graphic"
            " click tap geladen laden inhalte inhalt chargement cargando caricamento visualizzare"
            " carregando klik ładowanie przeglądarka загрузка браузер yükleniyor tarayıcınız laddar visa načítání"
            " načítám memuat muat tải aggiorna navegador navigateur posts updates entries comments beiträge einträge"
            " kommentare billets messages entradas publicaciones actualizaciones comentarios aggiornamenti"
            " atualizações berichten wpisy wpisów posty postów записей записи сообщений сообщения"
        ),
        marks=marks_of(
            "読み込み中|加载中|載入中|جار التحميل|جارٍ التحميل|جاري التحميل|लोड हो रहा|展开全文|展開全文|下滑继续阅读"
        ),
        patterns=(
            r"^\W*(?:loading|please wait|fetching|wird geladen|werden geladen|chargement(?: en cours)?|cargando"
            r"|caricamento(?: in corso)?|carregando|(?:bezig met )?laden|ładowanie|trwa ładowanie|загрузка"
            r"|yükleniyor|laddar|načítání|načítám|memuat|đang tải)\b(?:(?:\s+\S+){0,3}\s*(?:…|\.{2,})|(?: more)?"
            r"(?: the rest of (?:the|this))? (?:content|article|story|comments|video|map|chart|results|posts|stories"
            r"|page|contenido|conteúdo|contenuto|contenu|inhalte))?\W*$",
            r"\bplease wait while\b[^.!?]{0,40}\bloads?\b",
            r"^\W*(?:click|tap|klik)(?: here)? (?:to|om) (?:load|view|show|expand|see|display|reveal|open|de|het)"
            r" (?:the |this )?(?:interactive|embedded|external|externe|content|inhoud|map|chart|graphic"
            r"|video|gallery|poll|comments|tweet|post)\b",
            r"^\W*tap to expand\W*$",
            r"^\W*(?:sorry,? )?your browser does(?:n't| not) support (?:the |this |html5"
            r" |embedded )?(?:video|audio|iframe|element"
            r"|tag|player|content|javascript|map|media|playback)|^\W*(?:please )?(?:enable|turn on|activate)"
            r" javascript\b|\bplease enable javascript\b|\benable javascript to (?:view|see|use|watch|read)\b"
            r"|^\W*javascript (?:is )?(?:required|disabled|must be enabled)\b",
            # a live page's count of new posts: bare only with the loanword "posts" (a dictionary's "690 new entries"
            # or a decree's "12 nuovi articoli" is a story's line), else after "Live:" or a verb to show or load
            r"^\W*\d{1,3} (?:new posts|nouveaux posts|novos posts|nowe posty)\W*$",
            r"^\W*(?:(?:live ?blog|live ?ticker|live)\s*[:·|–-]\s*(?:show |load )?|show |load |mostra |afficher |ver )"
            r"\d{1,3} (?:new (?:posts?|updates?|entries|comments)|neue (?:beiträge|einträge|kommentare)|nouveaux?"
            r" (?:posts?|messages?|billets?)|nuev[oa]s (?:entradas|publicaciones|actualizaciones|comentarios)|nuovi"
            r" (?:post|aggiornamenti)|nov[oa]s (?:posts|atualizações)|nieuwe (?:berichten|updates)|now(?:e|ych)"
            r" (?:wpisy|wpisów|posty|postów)|нов(?:ых|ые) (?:записей|записи|сообщений|сообщения))\W*$",
            r"\brefresh (?:the page )?for (?:the )?latest\b|^\W*aggiorna la diretta\b|^\W*show \d+ new (?:posts?"
            r"|updates?|comments?|entries)\b",
            r"^\W*this content is (?:hosted|provided) by a third party\b|\ballow (?:all )?(?:third-party )?cookies to"
            r" (?:view|see|load|display)\b",
            r"^\W*(?:this |the )?(?:embedded )?(?:post|content|tweet|video|graphic) could"
            r" not be (?:displayed|loaded)\W*$",
            r"^\W*graphic loading\b|\bif (?:the|this) (?:graphic|chart|map|video) does(?:n't"
            r"| not) (?:appear|load|display)\b",
            r"\bexterne (?:inhalte|inhalt)\b[^.!?]{0,40}\b(?:laden|anzeigen|aktivieren|zustimmen)\b"
            r"|^\W*um (?:diesen|den) inhalt (?:zu sehen|anzuzeigen)\b|^\W*bitte aktivieren sie javascript\b",
            r"^\W*active[zr] (?:le )?javascript\b|^\W*activa javascript\b|^\W*per visualizzare"
            r" (?:questo|il) contenuto\b",
            r"^\W*(?:tu|su) navegador no (?:soporta|admite) (?:el |la |los )?(?:vídeo|video"
            r"|audio|elemento|reproducción)"
            r"|^\W*votre navigateur ne (?:prend pas en charge|supporte pas) (?:la lecture|les vidéos|la vidéo|l'audio"
            r"|cet élément|javascript)",
            r"^\W*klik om de (?:externe )?inhoud te laden\b",
            r"^\W*twoja przeglądarka nie obsługuje\b|^\W*ваш браузер не поддерживает\b|\bвключите javascript\b",
            r"^\W*tarayıcınız\b[^.!?]{0,30}\bdesteklemiyor\b",
            r"^\W*visa \d+ nya inlägg\b",
            r"^\W*muat lebih banyak\W*$",
            r"^\W*(?:読み込み中|加载中|載入中|جار[ٍي]? التحميل|लोड हो रहा है)(?:[，,]?\s*(?:请稍候"
            r"|請稍候|しばらくお待ちください))?"
            r"\W*$|^\W*展开全文|^\W*展開全文|下滑继续阅读",
        ),
    ),
    # an error or an unavailable embed in place of a page's part: "Something went wrong. Please try again.",
    # "This embed is no longer available.", "Inhalt konnte nicht geladen werden." (the writer's knowledge of
    # publishers' and players' messages); whole lines, so a story's "Something went wrong at the plant" is none
    "broken": Phrases(
        triggers=(
            "unavailable available wrong error retry again played loaded displayed display load play reload"
            " fehler geladen abgespielt angezeigt verfügbar erneut erreur indisponible disponible réessayer"
            " intentarlo nuevamente errore disponibile riprova erro indisponível disponível novamente"
            " mis misgegaan opnieuw beschikbaar błąd ponownie niedostępna niedostępne niedostępny ошибка недоступен"
            " недоступно снова hata oluştu tekrar kullanılamıyor kesalahan lagi lỗi thử gick fel igen chybě"
            " pokazilo znovu σφάλμα ξανά"
        ),
        marks=marks_of(
            "エラーが発生|表示できません|再読み込み|加载失败|載入失敗|出错了|出錯了|重试|重試|内容不可用|오류가 발생"
            "|다시 시도|حدث خطأ|حاول مرة أخرى|غير متاح|कुछ गलत|फिर से प्रयास|उपलब्ध नहीं"
        ),
        patterns=(
            r"^\W*(?:sorry,?\s*)?this (?:embed|embedded content|video|content|post|tweet|media|image|audio"
            r"|podcast|player|item|gallery|graphic|map|chart|interactive|clip|stream) (?:is )?(?:no longer|not"
            r"|currently not|temporarily not|currently un|temporarily un|un)(?: )?available(?: (?:in|from) your"
            r" (?:region|country|location|area))?[.!]?\W*$",
            r"^\W*(?:sorry,?\s*)?this (?:video|audio|media|content|embed|clip|file|stream|podcast)"
            r" (?:could not|cannot|can't|couldn't|can not|failed to) (?:be )?(?:played|loaded|displayed|play|load"
            r"|display)(?: (?:right now|at the moment|at this time))?[.!]?\W*$",
            r"^\W*(?:content|video|image|media|embed|audio|photo) (?:unavailable|not available"
            r"|failed to load)[.!]?\W*$",
            r"^\W*(?:oops[!,.]?\s*)?something went wrong[.!,]?\s*(?:please )?(?:try again|refresh|reload)"
            r"(?: (?:later|the page|in a (?:few )?(?:moment|minute)s?))?[.!]?\W*$|^\W*oops[!,.]?\s*something went"
            r" wrong[.!]?\W*$",
            r"^\W*(?:an? )?(?:unexpected )?error (?:has )?occurred[.!,]?\s*(?:please )?(?:try again|refresh"
            r"|reload)(?: later| the page)?[.!]?\W*$|^\W*error loading (?:the )?(?:content|video|comments|page"
            r"|player|media|data)\W*$",
            r"^\W*(?:tap|click|press) (?:here )?to (?:retry|try again|reload)\W*$",
            r"^\W*(?:der |dieser )?(?:inhalt|beitrag) (?:konnte|kann) nicht (?:geladen|angezeigt) werden\W*$"
            r"|^\W*(?:das )?video (?:konnte|kann) nicht (?:abgespielt|geladen) werden\W*$|^\W*(?:ein )?fehler ist"
            r" aufgetreten"
            + _TRY_AGAIN
            + r"|^\W*(?:inhalt|video) (?:ist )?(?:nicht mehr|derzeit nicht|nicht) verfügbar\W*$",
            r"^\W*une erreur (?:est survenue|s'est produite)" + _TRY_AGAIN + r"|^\W*(?:ce )?(?:contenu|vidéo|média)"
            r" (?:n'est (?:pas|plus) disponible|indisponible)\W*$",
            r"^\W*(?:se ha producido|ha ocurrido|ocurrió) un error" + _TRY_AGAIN + r"|^\W*(?:contenido|vídeo|video)"
            r" no disponible\W*$",
            r"^\W*si è verificato un errore" + _TRY_AGAIN + r"|^\W*(?:contenuto|video) non (?:più )?disponibile\W*$",
            r"^\W*ocorreu um erro" + _TRY_AGAIN + r"|^\W*(?:conteúdo|vídeo) (?:indisponível|não disponível)\W*$",
            r"^\W*er (?:ging|is) iets (?:mis|misgegaan)" + _TRY_AGAIN + r"|^\W*(?:inhoud|video) (?:niet|niet meer)"
            r" beschikbaar\W*$",
            r"^\W*wystąpił błąd" + _TRY_AGAIN + r"|^\W*(?:treść|wideo|materiał) (?:jest )?niedostępn[aey]\W*$",
            r"^\W*произошла ошибка" + _TRY_AGAIN + r"|^\W*(?:контент|видео|материал) (?:временно )?недоступ\w*\W*$",
            r"^\W*bir hata oluştu" + _TRY_AGAIN + r"|^\W*(?:içerik|video) (?:şu anda )?kullanılamıyor\W*$",
            r"^\W*terjadi kesalahan" + _TRY_AGAIN + r"|^\W*đã (?:xảy ra|có) lỗi" + _TRY_AGAIN,
            r"^\W*något gick fel" + _TRY_AGAIN + r"|^\W*(?:něco se pokazilo|došlo k chybě)" + _TRY_AGAIN,
            r"^\W*(?:παρουσιάστηκε|προέκυψε) (?:ένα )?σφάλμα" + _TRY_AGAIN,
            r"^\W*(?:エラーが発生しました|このコンテンツは表示できません|加载失败|載入失敗|出错了|出錯了"
            r"|内容不可用|오류가 발생했습니다|حدث خطأ|कुछ गलत हो गया)" + _TRY_AGAIN,
        ),
    ),
    # an ad slot's line that is more than its label, ad-free offers, native ads' headings
    "ad": Phrases(
        triggers=(
            "ad ads adfree advertisement advertiser advertise advertising promoted sponsored recommended partners"
            " sponsors paid promotion scroll resumes main seeing anzeige werbung publicité publicidad pubblicità"
            " publicidade"
            " advertentie reklamą reklamy рекламы reklamdan annonsen reklamou reklamu reklamě reklamę iklan quảng"
            " berbayar advertorial gesponsert sponsorisé patrocinado adchoices debajo werbebanner brand commercial"
            " partnerships leyendo"
        ),
        marks=marks_of(
            "広告の後|広告の下|広告を閉じる|この広告について|去广告|关闭广告|以下为广告|以下為廣告"
            "|광고 없이|يتابع المقال|يتبع الخبر|विज्ञापन के नीचे|विज्ञापन के बाद|नीचे स्क्रॉल करें"
        ),
        patterns=(
            r"^\W*(?:weiter(?:lesen)?|lesen sie weiter) nach der (?:anzeige|werbung)\W*$"
            r"|\b(?:artikel|text|beitrag) (?:wird|geht) (?:unter|unterhalb|nach) der (?:anzeige|werbung)"
            r" (?:fortgesetzt|weiter)\b",
            r"^\W*la suite (?:de (?:l'|cet )article )?après (?:cette|la) publicité\W*$|\bl'article (?:continue|se"
            r" poursuit) (?:après|sous) (?:cette|la) publicité\b",
            r"\b(?:sigue|continúa) leyendo (?:después|tras|debajo) (?:del|de la) (?:anuncio|publicidad)\b"
            r"|\b(?:la noticia|el artículo) (?:sigue|continúa) (?:después|tras|debajo) (?:del|de la) (?:anuncio"
            r"|publicidad)\b|^\W*(?:sigue|continúa) (?:después|tras) (?:del anuncio|de la publicidad)\W*$"
            r"|\bsigue leyendo debajo\b",
            r"\bcontinua (?:a leggere )?dopo (?:la|questa) pubblicità\b|\bleggere senza pubblicità\b",
            r"\bcontinua (?:após|depois d)(?:a)? (?:a )?publicidade\b",
            r"\bgaat verder (?:onder|na) (?:de|deze) advertentie\b",
            r"\b(?:dalsza część|ciąg dalszy)\b[^.!?]{0,20}\bpod reklamą\b|\bdalsza część artykułu pod\b"
            r"|^\W*zgłoś reklamę\b",
            r"\bпродолжение (?:статьи |материала )?после рекламы\b",
            r"\bdevamı reklamdan sonra\b",
            r"\bfortsätter (?:efter|under) annonsen\b",
            r"\bpokračování (?:článku )?(?:pod|po) reklam\w*\b|\bčlánek pokračuje pod reklamou\b",
            r"\b(?:berita|artikel) berlanjut (?:setelah|di bawah) iklan\b",
            r"\b(?:bài viết|nội dung) tiếp tục (?:sau|bên dưới) quảng cáo\b",
            r"広告の後に記事|広告の下|広告を閉じる|この広告について|去广告|关闭广告|以下为广告"
            r"|以下為廣告|광고 없이 보기"
            r"|(?:يتابع|يتبع|تابع) (?:المقال|الخبر|القراءة) (?:بعد|أسفل) الإعلان"
            r"|विज्ञापन के (?:नीचे|बाद) (?:" + _KHABAR + r"|लेख) जारी|नीचे स्क्रॉल करें",
            r"\b(?:our |the )?(?:story|article) resumes after (?:this|these|a|the following) (?:short )?(?:message"
            r"|ad|ads|advertisement|break)\b|\bwill play after (?:this|the) ad\b|^\W*ads by \S+\W*$"
            r"|^\W*why am i seeing this(?: ad)?\s*\?|\b(?:lesen|surfen) sie\b[^.!?]{0,40}\bohne werbe(?:banner|ung)?\b",
            r"^\W*continue reading the main story\W*$|^\W*advertise with us\b|^\W*(?:report"
            r"|hide|close) (?:this |an )?ad"
            r"\W*$|\bwhy (?:am i|are you) seeing this ad\b|^\W*ad ?choices\b",
            r"^\W*(?:go|read|browse|get|enjoy|try|switch to|upgrade to) (?:\w+ )?ad[- ]?free(?: (?:for|with|today|now"
            r"|from)\b|\W*$)|^\W*remove (?:all )?ads(?: for \W?\d| with (?:a |an )?(?:subscription|premium"
            r"|membership))?\W*$|\bad-free reading\b",
            r"^\W*(?:promoted|sponsored|recommended) (?:stories|links|content|posts)(?: by \S+)?\W*$|^\W*from our"
            r" (?:partners|sponsors)\W*$",
            r"^\W*(?:sponsored|promoted|paid|ad|advertisement)\s*[·|•]\s*\S",
            r"^\W*(?:ad|advertisement) (?:loading|feedback)\b|^\W*scroll (?:down )?to continue (?:with|reading)\b",
            r"^\W*the following is (?:a )?(?:paid|sponsored) (?:promotion|content|post|advertisement"
            r"|message|feature)\b|^\W*this (?:content|article|story|page) (?:is|was)"
            r" (?:paid for|sponsored|funded) by an advertiser\b|\bproduced by our (?:commercial|advertising|brand"
            r"|partnerships?|sponsored content) (?:team|studio|department|desk)\b",
            r"^\W*konten berbayar\b|[·|•]\s*(?:advertorial|sponsored|gesponsert|sponsorisé|patrocinado)\W*$",
        ),
    ),
    # an invitation to join the publisher's channel or group on a messaging app ("Join our WhatsApp channel
    # for the day's top stories", "… के व्हाट्सऐप चैनल से जुड़ें"); short ones are the control rule's follow lines
    "channel": Phrases(
        triggers=(
            "whatsapp whats telegram viber kakaotalk google гугл واتساب واتس تيليجرام تلغرام تليجرام واٹس ٹیلی"
            " ٹیلیگرام تلگرام گوگل ватсап вотсап телеграм"
        ),
        marks=_with_composed(
            marks_of("व्हाट्स|वॉट्स|वाट्स|व्हॉट्स|टेलीग्राम|গুগল|টেলিগ্রাম|হোয়াটসঅ্যাপ|வாட்ஸ்|டெலிகிராம்|கூகுள்|వాట్సాప్|టెలిగ్రామ్|गूगल|गुगल")
        ),
        patterns=(
            _nukta_forms(rf"^(?=.*{_MESSENGER})(?=.*{_CHANNEL})(?=.*(?:{_JOIN_CHANNEL}))"),
            _nukta_forms(rf"^(?=.*{_NEWS_FEED})(?=.*(?:{_JOIN_CHANNEL}))"),
        ),
    ),
    # a poll's question to the reader ("Have your say: should the depot be built?", "आपकी राय: क्या …?")
    "poll": Phrases(
        triggers=(
            "say view views opinion vote tell poll opinión avis meinung opinione opinião mening zdanie мнение"
            " sondage sondaggio umfrage encuesta enquete ankieta опрос tua"
        ),
        marks=marks_of("आपकी राय|आप क्या सोचते|あなたの意見|你怎么看|여러분의 생각|رأيك"),
        patterns=(
            r"^\W*(?:have your say|your say|your view|your views|your opinion|tell us|vote|quick poll|reader poll"
            r"|our poll|tu opinión|votre avis|deine meinung|ihre meinung|la tua opinione|sua opinião|jouw mening"
            r"|twoje zdanie|ваше мнение|आपकी राय|आप क्या सोचते हैं|あなたの意見|你怎么看|여러분의 생각|رأيك"
            r"|donnez votre avis|dì la tua|di la tua|vote now|take our poll)\s*[:?：]\s*\S[^\n]*[?？]\W*$",
            # a poll's label before a question to the reader (a story's headline on a poll asks no "you")
            r"^\W*(?:poll|quick poll|sondage|sondaggio|umfrage|encuesta|enquete|ankieta|опрос)\s*[:：]\s*(?=[^\n]*\b"
            r"(?:you|your|vous|votre|tu|du|dir|dich|ihr|ihre|usted|você|voi|ty|вы)\b)[^\n]*[?？]\W*$",
        ),
    ),
    # a betting ad's small print ("18+ only. New customers. Min odds 1/2.", "T&Cs apply", "BeGambleAware.org")
    "gambling": Phrases(
        triggers=(
            "18 gamble gambling gambler gambleaware begambleaware gamcare cs fun responsibly responsable"
            " responsabilidad responsabilidade responsabilmente verantwortungsvoll"
        ),
        patterns=(
            # an age limit with the ad's words after it; terms that apply, ending a sentence; a helpline's address
            # ending the line; a slogan alone or before more small print
            r"^\W*(?:18\s?\+|\+\s?18\b)(?=.*\b(?:new customers|t\s?&\s?cs?|gambl\w*|bet|bets|betting|odds|wager"
            r"|casino|responsib\w*|juega|jogue|apuestas|apostas|scommesse|wetten|glücksspiel)\b)"
            r"|\bt\s?&\s?cs? apply(?:\W*$|\s*[.|•·])|\bfull t\s?&\s?cs?\b|\bbegambleaware\.org\W*$"
            r"|\b(?:juega con responsabilidad|jogue com responsabilidade|gioca responsabilmente"
            r"|spiele verantwortungsvoll|jouez (?:de manière )?responsable)"
            r"|^\W*(?:please )?(?:gamble|bet) responsibly\b|^\W*when the fun stops,? stop(?:\W*$|\.\s)"
            r"|\bgambling problem\?\s*(?:call|text|visit)\b|\b1-800-gambler\W*$"
            r"|^\W*(?:juega|jogue|jouez|gioca|spiele) (?:con|com|avec|in modo)? ?responsabl",
        ),
    ),
    # a comment section's rules ("Kindly refrain from posting obscene or defamatory comments", "Comments are
    # moderated", "Please keep comments civil", "We reserve the right to remove comments")
    "guidelines": Phrases(
        triggers=(
            "refrain comment comments commenting discussion obscene abusive defamatory reserve netiquette kommentare"
            " commentaires comentarios commenti comentários reacties kommentarer komentarze"
        ),
        patterns=(
            r"^\W*(?:please|kindly) (?:refrain from|avoid|do not|don't|never) (?:post(?:ing)?|us(?:e|ing)|mak(?:e|ing)"
            r"|writ(?:e|ing)|submit(?:ting)?|leav(?:e|ing)|indulg(?:e|ing) in)\b[^.!?]{0,100}\b(?:obscene|defamatory"
            r"|abusive|offensive|inflammatory|vulgar|foul|profan\w*|personal attacks?|hate speech|casteist|communal"
            r"|racist|spam|off-topic)\b",
            r"^\W*(?:all |your )?comments? (?:are|is|will be|may be) (?:(?:pre-?)?moderated|reviewed|screened|checked)"
            r"(?: (?:before|prior to) (?:they (?:are|appear)|it (?:is|appears)|publication|publishing|posting|appearing"
            r"|going live)\b[^.!?]*| and (?:may|will|might|can)\b[^.!?]*)?\W*$",
            r"^\W*(?:please )?keep (?:your |the |all )?(?:comments?|discussion|conversation|debate) (?:civil|respectful"
            r"|polite|clean|on[- ]topic|constructive|relevant)(?:(?:,| and| &) (?:civil|respectful|polite|clean"
            r"|on[- ]topic|constructive|relevant))*\W*$",
            r"^\W*we reserve the right to (?:remove|delete|edit|moderate|block|ban)\b[^.:]{0,60}\b(?:comments?"
            r"|posts?|contributions?)\b[^.:,]{0,60}(?:\.|$)",
            r"^\W*by (?:commenting|(?:posting|submitting|leaving) (?:a |your )?comments?),? you (?:agree|accept)\b"
            r"[^.,]{0,60}(?:\.|$)",
            r"^\W*comments? (?:that|which)\b[^.!?]{0,80}\bwill be (?:removed|deleted)\W*$",
            r"^\W*(?:bitte )?(?:beachten sie|halten sie sich an) (?:unsere |die )?(?:netiquette|community-richtlinien"
            r"|kommentarrichtlinien|diskussionsregeln)\W*$|^\W*(?:alle )?kommentare werden (?:vor (?:der|ihrer)"
            r" (?:veröffentlichung|freischaltung) )?(?:moderiert|geprüft)\W*$",
            r"^\W*(?:les )?commentaires (?:sont|seront) (?:modérés|soumis à (?:une )?modération|validés)"
            r"(?: (?:avant|a priori)\b[^.!?]*)?\W*$"
            r"|^\W*(?:los )?comentarios (?:están|son|serán) moderados(?: antes de\b[^.!?]*)?\W*$"
            r"|^\W*(?:i )?commenti (?:sono|saranno|vengono) moderati(?: prima\b[^.!?]*)?\W*$"
            r"|^\W*(?:os )?comentários (?:são|serão) moderados\W*$|^\W*reacties worden (?:vooraf )?gemodereerd\W*$"
            r"|^\W*kommentarer (?:modereras|granskas)(?: innan\b[^.!?]*)?\W*$|^\W*komentarze (?:są"
            r"|będą) moderowane\W*$",
        ),
    ),
    # an ask to turn on the site's notifications ("Tap here to turn on desktop notifications to get the news")
    "notify": Phrases(
        triggers="tap click notifications alerts",
        patterns=(
            r"^\W*(?:tap|click) here to (?:turn on|enable|get|allow|receive) (?:desktop |push |browser "
            r"|breaking news )?(?:notifications|alerts)\b",
        ),
    ),
    # an ask to pass the article on ("Know someone who'd enjoy this? Forward it on.")
    "forward": Phrases(
        triggers="know found enjoyed enjoy liked useful helpful",
        patterns=(
            r"^\W*(?:know (?:someone|somebody|a friend|anyone)|found this (?:useful|helpful|interesting)|enjoyed"
            r" (?:this|reading this)|enjoying this|liked this(?: story| article)?)\b[^.!?]{0,50}[?!.]\s*(?:forward|send"
            r"|share|pass|email)\b[^.!?]{0,40}[.!]?\W*$",
        ),
    ),
    # a newsletter box's small print and its answer ("No spam. Unsubscribe at any time.", "Almost there! Click
    # the link in the email we just sent you.")
    "signup": Phrases(
        triggers="spam unsubscribe inbox email e-mail link almost",
        patterns=(
            r"\bclick (?:on )?the (?:link|button) in the (?:e-?mail|message) (?:we(?:'ve| have)? (?:just )?sent"
            r"|we've sent)\b|^\W*(?:almost (?:there|done)|one more step)\W+(?:check your (?:inbox|e-?mail)|click"
            r" the link|confirm your)\b|^\W*(?:please )?check your (?:inbox|e-?mail) (?:to|and) confirm\b",
            r"^\W*no spam\W*$|^\W*no spam[.,!]\s*(?:just|only|ever|promise|unsubscribe)\b|^\W*we(?: will|'ll)? never"
            r" spam you\b|^\W*(?:you can )?unsubscribe (?:at any time|anytime)\W*$",
        ),
    ),
    # a note on other editions, formats and languages of the article
    "edition": Phrases(
        triggers=(
            "available read download pdf print edition paper epaper switch version desktop site appears appeared"
            " translated erschien printausgabe lire paru impresa lee sfoglia leggi leia verscheen wydanie версия"
            " haberin publicerad přepnout baca đọc leer originally"
        ),
        marks=marks_of("英語版|本文刊|本文原载|버전으로 보기|اقرأ هذا الخبر|ई-पेपर"),
        patterns=(
            r"^\W*this (?:article|story|piece) is (?:also )?available in\b",
            r"^\W*read (?:this|the) (?:article|story|report) in (?!full\b)\w+\W*$|^\W*read in\s*:|^\W*read in \w+\W*$",
            r"^\W*(?:download|save) (?:this|the) (?:article|story|page|issue) (?:as (?:a )?)?pdf\W*(?:\(\d[^)]*\))?\W*$"
            r"|\bcan download (?:this|the) (?:article|story) as a pdf\b",
            r"^\W*print edition\s*[:\-–]\s*(?:page|p\.|\d|\w+ \d)|^\W*(?:view|read|browse|open) (?:the|our|today's)"
            r" e-?(?:paper|edition)\W*$",
            r"^\W*switch to (?:the )?(?:mobile|desktop|text-only|full) (?:version|site)\W*$|^\W*view (?:the )?"
            r"(?:desktop|mobile|full) (?:site|version)\W*$",
            r"^\W*(?:a version of this (?:article|story) )?appear(?:s|ed) in (?:the )?(?:print|[^.!?]{0,40} print"
            r" edition)\b",
            r"^\W*switch edition\b|^\W*today's paper\W*$",
            r"^\W*this (?:article|story) (?:was|has been) (?:machine[- ])?translated from \w+\W*$"
            r"|^\W*this (?:article|story) was originally published in \w+\W*$",
            r"^\W*(?:dieser artikel|dieser beitrag) erschien (?:zuerst |auch )?in der \w*ausgabe\b",
            r"^\W*lire (?:cet |l')article en \w+\W*$|^\W*lire en \w+\W*$|^\W*cet article (?:est paru|a été publié) dans"
            r" (?:l'édition|le journal) (?:papier|imprimée?)\b",
            r"^\W*lee (?:esta noticia|este artículo) en \w+\W*$|^\W*leer en \w+\W*$|^\W*este artículo (?:se publicó"
            r"|fue publicado|apareció) en la edición impresa\b",
            r"^\W*sfoglia (?:l')?(?:edizione digitale|il giornale)\b"
            r"|^\W*leggi (?:l'articolo|questo articolo) in \w+\W*$",
            r"^\W*leia (?:esta reportagem|esta matéria|este artigo|esta notícia) em \w+\W*$",
            r"^\W*dit artikel verscheen (?:ook )?in (?:de )?(?:papieren krant|krant van)\b",
            r"^\W*pobierz e-wydanie\b",
            r"^\W*версия для печати\W*$",
            r"\bhaberin \S+(?:cesini|çesini|casını|çasını) oku",
            r"^\W*publicerad i papperstidningen\b",
            r"^\W*přepnout na (?:mobilní|plnou|desktopovou) verzi\b",
            r"^\W*baca versi cetak\b",
            r"^\W*đọc bản tiếng \w+\W*$",
            r"英語版を読む|この記事の英語版|本文(?:刊载于|刊載於|刊登于|原载于)|버전으로 보기"
            r"|اقرأ هذا الخبر بال|ई-पेपर पढ़ें",
        ),
    ),
}


#: Small print that may run longer than a prompt line (a betting ad's), read on lines of up to
#: :data:`MAX_SMALL_PRINT_CHARS` characters as well.
SMALL_PRINT: dict[str, Phrases] = {"gambling": PROMPTS["gambling"], "guidelines": PROMPTS["guidelines"]}

#: What every line of small print holds somewhere: a line without it is not split into words for that rule.
_SMALL_PRINT_HINT = re.compile(
    r"18|gamb|t\s?&\s?c|responsab|responsib|fun stops|verantwort|comment|coment|refrain|kommentar|moderat",
    re.IGNORECASE,
)


#: Reported speech without quotation marks ("Help us improve the park, the council said"; "…, lança
#: l'animateur"): a verb of saying after a comma. A prompt speaks to the reader; it never reports who spoke.
_SPEECH = speech_after_comma(
    r"said|says|told|asked|warned|added|urged|wrote|admitted|complained|prompts|sagte"
    r"|fragte|erklärte|warnte|dijo|afirmó|advirtió|disse|afirmou|lança|a déclaré|prévient|invite|disait|chiese"
    r"|ha detto"
    r"|zei|vroeg|powiedział[a]?|сказал[а]?|отметил[а]?|sa|säger|řekl[a]?|kata"
)
_RULE = PhraseRule(PROMPTS, MIN_PROMPT_CHARS, MAX_PROMPT_CHARS, unless=(_SPEECH,))
_SMALL_PRINT = PhraseRule(SMALL_PRINT, MIN_PROMPT_CHARS, MAX_SMALL_PRINT_CHARS, unless=(_SPEECH,))
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE, _SMALL_PRINT)


def prompt_of(text: str) -> str | None:
    """What kind of reader prompt ``text`` is (a key of :data:`PROMPTS` or :data:`SMALL_PRINT`), or None when
    it is none (or when the line reports who spoke, :data:`_SPEECH`)."""
    what = _RULE.kind_of(text)
    if what is None and MAX_PROMPT_CHARS < len(text) <= MAX_SMALL_PRINT_CHARS and _SMALL_PRINT_HINT.search(text):
        return _SMALL_PRINT.kind_of(text)
    return what


def prompt_kind(what: str) -> str:
    """The kind of chrome (:data:`~.kinds.KINDS`) a prompt line of kind ``what`` is."""
    return PROMPT_KINDS.get(what, OTHER_KIND)
