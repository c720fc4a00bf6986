"""Editorial notes: a line that speaks of the text it sits by, not of the news.

Publishers set a note above or below a story on where it came from or how it was made, and scrapers
keep it with the article: a syndication note ("This story has not been edited by our staff and is
auto-generated from a syndicated feed."), a line under a disclaimer label ("Disclaimer: …"), a note
on whose views these are ("Views expressed are personal"), an affiliate note ("We may earn a
commission when you buy through links on this page."), a note that a machine wrote or translated the
text ("This article was generated with the help of AI and reviewed by an editor."), a notice that the
text is not investment advice, a republication note ("This article is republished from … under a
Creative Commons licence.") or a sponsor's note that the newsroom had no part in it.

Such a line reads like prose and sits in the article's run of paragraphs; the model, which reads its
neighbours' scores, keeps many of them (docs/model-history.md, "editorial notes"), and lines in their
words taught at training time did not hold them. Their wordings are set enough for a rule: a line of
:data:`MIN_NOTE_CHARS` to :data:`MAX_NOTE_CHARS` characters is a note when one of :data:`NOTES`'
patterns is found in it, lower-cased, outside a quotation ("'This is not financial advice,' he said"
is speech). Each pattern names the text itself ("this article", "the views expressed"), opens with a
label, or holds words a story seldom says of itself ("we may earn a commission" with a link named),
so that a story that reports on such notes is not one (`datasets/notes/` holds the lines the rule
was written against, and lines of stories it must leave alone). Corrections, editor's notes and
"originally published in" lines are left to the model: truths count them as article.
"""

from __future__ import annotations

import re

from .phrases import PhraseRule, Phrases, speech_after_comma

#: Longest line (characters) that is tried as a note.
MAX_NOTE_CHARS = 400
#: Shortest line (characters) that is tried as a note ("Views are personal").
MIN_NOTE_CHARS = 12
#: The kind of chrome (:data:`~.kinds.KINDS`) a note is.
NOTE_KIND = "disclaimer"

#: What a note calls the text it sits by.
_TEXT = (
    r"(?:article|story|report|post|piece|text|content|column|page|summary|news|video|copy|blog post|transcript"
    r"|item|release|zusammenfassung|résumé|resumen|riassunto|resumo|artikeln|texten|článek|zpráva|noticia"
    r"|artikel|beitrag|bericht|inhalt|texte|contenu|artículo|articulo|nota|texto|contenido|articolo|testo"
    r"|contenuto|artigo|matéria|conteúdo|tekst|inhoud|artykuł|treść|статья|статью|текст|материал|материалы"
    r"|makale|haber|içerik|metin|berita|tulisan)"
)
#: A sponsor's label that opens a short line, alone or with the sponsor's name ("ANNONSSAMARBETE med …",
#: "KAUPALLINEN YHTEISTYÖ: …", "Contenu proposé par notre partenaire …", "Партнёрский материал").
_SPONSOR_LABELS = (
    r"sponsored content|paid content|paid post|partner content|branded content|promoted content|advertorial"
    r"|advertisement feature|publireportage|contenu sponsorisé|contenu partenaire"
    r"|contenido patrocinado|contenido de marca|publirreportaje|contenuto sponsorizzato|informazione pubblicitaria"
    r"|publieditorial|conteúdo patrocinado|conteúdo de marca|gesponsorde inhoud"
    r"|artykuł sponsorowany|materiał sponsorowany|komerční sdělení|sponzorovaný obsah|sponzorovaný článek"
    r"|sponsrat innehåll|annonssamarbete|sponsoreret indhold|annoncørbetalt|sponset innhold|annonsørinnhold"
    r"|kaupallinen yhteistyö|sponsoroitu sisältö|szponzorált tartalom|fizetett tartalom|conținut sponsorizat"
    r"|χορηγούμενο περιεχόμενο|партнёрский материал|партнерский материал|на правах рекламы|на правах реклами"
    r"|спонсорский материал|партнерський матеріал|sponsorlu içerik|konten bersponsor|nội dung tài trợ"
    r"|บทความประชาสัมพันธ์|เนื้อหาได้รับการสนับสนุน|محتوى مدفوع|محتوى برعاية|प्रायोजित सामग्री|स्पॉन्सर्ड कंटेंट"
    r"|スポンサーコンテンツ|広告企画|赞助内容|商业推广|推广内容|애드버토리얼|\[광고\]|\[협찬\]"
)
#: A sponsor's name after its label: four words at most, and the line ends ("… med Fjällgården").
_SPONSOR_NAME = r"[^.,;:?!\s]+(?:\s+[^.,;:?!\s]+){0,3}\W*$"
#: The text, as a line that opens on it names it in languages that mark it with an ending or an article
#: ("Artiklen er oversat …", "Το κείμενο μεταφράστηκε …", "Tento článek byl přeložen …").
_OPENING_TEXT = (
    r"(?:artiklen|teksten|artikeln|texten|artikkeli|tämä (?:artikkeli|juttu|teksti)|a cikk(?:et)?|a szöveg(?:et)?"
    r"|acest (?:articol|text)|articolul|textul|το (?:άρθρο|κείμενο)|tento (?:článek|text)|článek"
    r"|(?:цей|цю|даний) (?:текст|матеріал|статтю)|текст|матеріал|bài viết|bản tin|บทความนี้|ข่าวนี้"
    r"|(?:이|본) (?:기사|글|칼럼)(?:는|은)?|(?:この|本)記事(?:は)?|本文|dit artikel|deze (?:tekst|samenvatting)"
    r"|resumo|texto|testo|bu (?:metin|haber|yazı|içerik))"
)
#: Making, translating or summing up a text, in those languages ("oversat", "přeložen", "μεταφράστηκε").
_MACHINE_MADE = (
    r"(?:oversat|oversætt\w*|översatt|sammanfattats|sammanfattad|käännetty|tiivistetty|fordítottuk|fordította"
    r"|fordítás\w*|tradus|rezumat|μεταφράστηκε|μεταφρασμένο|přeložen\w*|shrnut\w*|перекладено|підготовлено|створено"
    r"|dịch|tóm tắt|แปล|สรุป|번역|작성|요약|翻訳|要約|作成|生成|翻译|摘要|traduzid\w*|gerad\w*|resumid\w*|tradott\w*"
    r"|generat\w*|riassunt\w*|vertaald|gemaakt|samengevat|gegenereerd|übersetzt|generiert|erstellt|zusammengefasst"
    r"|çevril\w*|özetlen\w*|oluşturul\w*|translated|generated|summari[sz]ed|written|created)"
)
#: A machine, or a machine's work, in those languages ("maskinoversættelse", "umělé inteligence", "AI").
_MACHINE = (
    r"(?:ai|a\.i\.|kunstig intelligens|maskinoversættelse|maskinoversat|maskinöversatt|maskinöversättning"
    r"|artificiell intelligens|tekoäly\w*|koneellisesti|konekäännös\w*|mesterséges intelligencia|gépi fordítás\w*"
    r"|inteligenț\w+ artificial\w*|tradus automat|traducere automată|τεχνητής νοημοσύνης|αυτόματα|αυτόματη μετάφραση"
    r"|umělé inteligence|strojov\w+ překlad\w*|штучного інтелекту|машинного перекладу|нейромереж\w*"
    r"|trí tuệ nhân tạo|dịch tự động|ปัญญาประดิษฐ์|แปลภาษาอัตโนมัติ|แปลอัตโนมัติ|인공지능|자동 번역|기계 번역"
    r"|機械翻訳|自動翻訳|aiによる|人工智能|机器翻译|機器翻譯|inteligência artificial|intelligenza artificiale"
    r"|traduzione automatica|yapay zeka|kunstmatige intelligentie)"
)
#: What a note calls the text before its noun ("this", "diese", "cet", "ten", …).
_THIS = (
    r"(?:this|these|the above|the following|dieser|diese|dieses|der vorstehende|cet|cette|ce|este|esta|questo"
    r"|questa|dit|deze|ten|ta|niniejszy|niniejsza|этот|эта|это|данный|данная|данные|bu|ini|tento|tato|toto"
    r"|denna|detta|den här)"
)
#: A machine that wrote or translated the text.
_AI = (
    r"(?:ai|a\.i\.|artificial intelligence|generative ai|an ai tool|ai tools?|a language model"
    r"|ki|künstliche[rn]? intelligenz|ia|l'ia|l’ia|intelligence artificielle|inteligencia artificial"
    r"|intelligenza artificiale|inteligência artificial|kunstmatige intelligentie|sztuczn\w+ inteligencj\w+"
    r"|ии|искусственного интеллекта|нейросет\w+|yapay zeka|kecerdasan buatan)"
)
#: What the machine did to the text.
_MADE = (
    r"(?:generated|written|created|produced|drafted|prepared|summari[sz]ed|translated|compiled|assisted"
    r"|erstellt|generiert|geschrieben|verfasst|übersetzt|généré|rédigé|écrit|traduit|produit|creado|generado"
    r"|redactado|escrito|traducido|elaborado|generato|scritto|redatto|tradotto|gerado|traduzido"
    r"|gegenereerd|geschreven|vertaald|gemaakt|wygenerowan\w*|napisan\w*|przetłumaczon\w*|сгенерирован\w*"
    r"|написан\w*|переведен\w*|подготовлен\w*|oluşturul\w*|yazıl\w*|çevril\w*|dibuat|ditulis|diterjemahkan)"
)


#: One kind of note (:class:`~.phrases.Phrases`: its trigger words, wordings and marks).
Note = Phrases

#: The notes, by what they say.
NOTES: dict[str, Note] = {
    # a label, then the note ("Disclaimer: …", "Haftungsausschluss: …")
    "label": Note(
        triggers=(
            "disclaimer disclaimers haftungsausschluss avertissement clause aviso descargo exención"
            " esclusione isenção zastrzeżenie отказ дисклеймер 면책 면책조항 sorumluluk penafian ansvarsfriskrivning"
            " vyloučení transparenzhinweis declaración disclosure"
        ),
        marks=("免责", "免責", "声明", "अस्वीकरण", "डिस्क्लेमर"),
        patterns=(
            r"^[\s(\[*_]*(?:disclaimer|haftungsausschluss|avertissement|clause de non-responsabilité"
            r"|aviso legal|descargo de responsabilidad|exención de responsabilidad"
            r"|esclusione di responsabilità|isenção de responsabilidade|zastrzeżenie"
            r"|отказ от ответственности|дисклеймер|अस्वीकरण|डिस्क्लेमर|免责声明|免責事項|면책 ?조항"
            r"|sorumluluk reddi|penafian|ansvarsfriskrivning|vyloučení odpovědnosti|transparenzhinweis"
            r"|declaración de intereses|声明)\s*[:：\-–—|]",
            r"^[\s(\[*_]*(?:\w+ )?(?:disclosure|disclaimer|transparency note|legal disclaimer|advertising disclosure"
            r"|affiliate disclosure|sponsored post|editorial disclaimer)\s*[:：\-–—|]",
        ),
    ),
    # a syndicated or agency copy, not edited by the publisher's staff
    "syndication": Note(
        triggers=(
            "auto autogenerated syndicated feed copy edited unedited changed reworked modified reviewed"
            " automatically supplied received automatisch redaktionell bearbeitet übernommen automatiquement"
            " publié publiée modification automáticamente publicada publicado editada editado automaticamente"
            " automatico pubblicato pubblicata redazione overgenomen gepubliceerd bewerkt automatycznie"
            " opublikowany opublikowana ingerencji redagowany publiceras redigerats granskats neupravovala"
            " otomatik yayımlanmıştır yayımlandı verbatim alterations modifications intervention redaktionelle"
            " agenturmeldung diffusée modifiée relue forma manera íntegra título заголовок müdahale"
            " edilmemiştir servis otomatis disunting منقول تلقائيا تلقائياً يخضع"
            " sharing exchange syndication aggregated responsible agency wire checked verified published posted"
            " sourced carried content"
        ),
        marks=(
            "सिंडिकेट",
            "ऑटो",
            "自動掲載",
            "配信元",
            "未经编辑",
            "自动抓取",
            "제휴에",
            "配信記事",
            "仅修改",
            "僅修改",
            "本站仅",
            "本文转载",
            "本文轉載",
            "本文转自",
            "本文来源",
            "本文來源",
        ),
        patterns=(
            r"\bauto-?generated from\b",
            r"\b(?:syndicated|agency|wire) (?:feed|copy)\b.{0,40}\b(?:not been edited|unedited|as is|published)",
            r"\b(?:has|have|had) not been edited by\b",
            r"\bnot been (?:edited|modified|changed|reworked) by [^.]{0,40}\b(?:staff|team|desk|newsroom|editors?)\b",
            r"^(?=.*\b(?:staff|feed|syndicated|desk)\b).*\b(?:only|except for) the (?:headline|heading|title)\b"
            r"[^.]{0,60}\b(?:changed|edited|reworked|modified)\b",
            r"\bpublished from a syndicated feed\b",
            r"\b(?:automatically|auto-?)[ -]?(?:published|generated|posted|imported)\b[^.]{0,60}"
            r"\b(?:feed|wire|agency|syndicat\w*|news service|partner)\b",
            r"\b(?:published|posted|generated|imported) automatically\b[^.]{0,60}\b(?:feed|wire|agency|syndicat\w*"
            r"|news service|partner)\b",
            r"\b(?:journalists|editors?|staff|newsroom|desk) (?:have|has) not (?:edited|reviewed|modified|changed)\b",
            r"\bno [^.]{0,30}\b(?:editor|journalist)s? (?:has|have) (?:reviewed|edited|checked)\b",
            r"\bpublished unedited\b",
            r"^\W*this (?:[\w-]+ )?(?:report|story|article|copy|item|piece) (?:is|was|has been) (?:carried|run"
            r"|reproduced|printed) unedited (?:from|via) (?:the |a |an )?[\w\s'’-]{0,20}\b(?:wire|feed|agency"
            r"|news service)\b",
            # an agency's copy, in the wordings of publishers that re-publish wires (from the writer's knowledge)
            r"\b(?:published|republished|appears?|syndicated|shared|carried|reproduced)\b[^.]{0,40}\b(?:as part of"
            r"|under|through) (?:an? |our |the |its )?[\w\s-]{0,30}\b(?:content|news)[- ](?:sharing|exchange"
            r"|syndication)\b",
            r"\bthis (?:story|article|report|piece)\b[^.]{0,20}\bpart of (?:an? |our |the )?[\w\s-]{0,30}\b(?:content"
            r"|news)[- ](?:sharing|exchange|syndication)\b",
            r"^\W*syndicated (?:from|by|via|through)\b",
            r"^\W*(?:agency|wire) (?:report|copy)\s*[;:.|–—-]",
            r"^\W*(?:copy|content|text|story) (?:supplied|provided|sourced) by (?:the )?[^.]{1,40}\b(?:news agency"
            r"|wire service|wire|agency|feed)\b",
            r"^\W*(?:this (?:story|article|report|copy) (?:is|was|has been) )?(?:published|posted|sourced|taken"
            r"|carried) (?:directly )?(?:from|via) (?:the |a |an )?[\w\s-]{0,20}\b(?:wire|feed|news agency|wire"
            r" service)\b",
            r"^(?=.*\b(?:agency|agencies|wire|feed|syndicat\w*|supplied|copy)\b).*\b(?:is|are|holds?|bears?|takes?)"
            r" (?:not|no) (?:responsible|responsibility) for (?:the |its |this |their )?(?:content|contents"
            r"|accuracy)\b",
            r"^(?=.*\b(?:agency|agencies|wire|feed|syndicat\w*|supplied)\b).*\bnot (?:been )?(?:checked|verified"
            r"|reviewed|fact-checked) by\b",
            r"\bauto-?aggregated\b|\bhas not been (?:created|written) or edited by\b",
            r"\bautomatisch\b[^.]{0,60}\b(?:übernommen|veröffentlicht)\b",
            r"\bnicht redaktionell bearbeitet\b",
            r"\bredaktion hat (?:ihn|sie|es|den text|den beitrag|den artikel) nicht bearbeitet\b",
            r"\bsans modification de la rédaction\b",
            r"\bpublicad[oa] automáticamente\b",
            r"\bgenerad[oa] automáticamente\b",
            r"\bno ha sido (?:editad[oa]|revisad[oa]|modificad[oa]) por (?:nuestra|la) redacción\b",
            r"\bpubblicat[oa] (?:automaticamente|in automatico)\b",
            r"\bsenza interventi della redazione\b",
            r"\bnon modificat[oa] dalla redazione\b",
            r"\bpublicad[oa] automaticamente\b",
            r"\bsem (?:revisão|edição) da redação\b",
            r"\bautomatisch (?:overgenomen|gepubliceerd)\b",
            r"\bniet door (?:onze|de) redactie (?:bewerkt|aangepast|gecontroleerd)\b",
            r"\bopublikowan[ya] automatycznie\b",
            r"\bbez ingerencji redakcji\b",
            r"\bnie (?:był|była|było) redagowan[ya]\b",
            r"\bpubliceras automatiskt\b",
            r"\binte (?:granskats|redigerats)\b[^.]{0,40}\bredaktion\b",
            r"\bredakce\b[^.]{0,60}\bneupravoval\w*",
            r"\botomatik olarak yayımlan\w*",
            r"自動掲載|配信元の責任|未经编辑|自动抓取|제휴에 따라 게재",
            r"सिंडिकेट फ़?ीड",
            r"ऑटो-?जे?नरेटेड",
            r"^\W*(?:syndicated|auto-?feed|agency|wire)\b[^.]{0,30}\bunedited\b",
            r"^(?=.*\b(?:syndicat\w*|feed|agency|wire|partner|headline)\b).*\b(?:verbatim"
            r"|without (?:any )?(?:alterations?"
            r"|modifications?|changes|edits|editing|editorial intervention)|as received|as supplied)\b",
            r"\b(?:published|carried|run|reproduced|printed) (?:as received|as supplied|verbatim"
            r"|without (?:any )?(?:alterations?"
            r"|modifications?|changes|edits|editing|editorial intervention))\b",
            r"\bautomatisch (?:generiert|erstellt)\w* agenturmeldung\b",
            r"\bkeine redaktionelle (?:prüfung|bearbeitung|kontrolle)\b",
            r"\b(?:diffusée?s?|publiée?s?|mise? en ligne) automatiquement\b",
            r"\bn['’]a pas été (?:modifiée?|relue?|éditée?|vérifiée?) par (?:la|notre) rédaction\b",
            r"\bpublicad[oa]s? de (?:forma|manera) automática\b",
            r"\bapenas o título foi (?:alterado|modificado)\b",
            r"\breproduzid[oa] na íntegra\b",
            r"изменил[аи]? только заголовок",
            r"\bmüdahale edilmemiştir\b",
            r"\btarafından servis edilmiş\w*",
            r"\bsecara otomatis\b[^.]{0,40}\b(?:kantor berita|antara|feed|sindikasi)\b",
            r"\btidak disunting\b",
            r"منقول تلقائي|لم يخضع لتحرير",
            r"配信記事を(?:自動で)?掲載|(?:仅|僅)修改(?:了)?(?:标题|標題)|本文(?:经授权)?(?:转载|轉載|转自)|本文(?:来源|來源)[:：]",
        ),
    ),
    # whose views these are
    "views": Note(
        triggers=(
            "expressed necessarily views geäußerten meinung engage engagent opinions propos opiniones"
            " represent stance reflect"
            " necesariamente opinioni necessariamente opiniões mening odzwierciedlać мнение تعبر يعبر yazarın"
            " politikasını zwingend unbedingt ansicht signataire noodzakelijk noodzakelijkerwijs автора"
            " endorse capacity responsable responsabilidade позицию görüşler aittir opini pribadi mencerminkan"
        ),
        marks=(
            "विचार",
            "代表",
            "筆者個人",
            "個人の見解",
            "編集部の見解",
            "作者個人",
            "作者个人",
            "不代表本",
            "विचार लेखक",
        ),
        patterns=(
            r"\b(?:views?|opinions?)(?: and (?:views?|opinions?))? expressed\b[^.]{0,120}\b(?:are|is)"
            r" (?:solely |entirely |strictly )?(?:those of (?:the |its |their |our )?(?:authors?|writers?"
            r"|contributors?|columnists?|users|readers|commenters)|the (?:authors?|writers?)\b|personal"
            r"|(?:his|her|their|my) own)",
            r"\b(?:views?|opinions?)(?: and (?:views?|opinions?))? expressed\b[^.]{0,160}\bdo(?:es)? not necessarily\b",
            r"\bdo(?:es)? not necessarily (?:reflect|represent) the (?:views?|opinions?|position|policy|stance"
            r"|editorial)",
            r"^\W*(?:the )?views (?:expressed )?(?:here |above )?are (?:personal|the author'?s own|my own"
            r"|the writer'?s own)\W*$",
            r"\bgeäußerten (?:meinungen|ansichten)\b",
            r"\bgibt nicht (?:unbedingt |notwendigerweise |zwingend )?die meinung der redaktion wieder\b",
            r"\bn['’]engage(?:nt)? que (?:son|leur|ses) auteur",
            r"\bles (?:opinions|propos) (?:exprimée?s|tenus)\b",
            r"\blas opiniones (?:expresadas|vertidas)\b",
            r"\bno (?:reflejan|refleja) necesariamente\b",
            r"\ble opinioni espresse\b",
            r"\bnon (?:riflettono|rispecchiano) necessariamente\b",
            r"\bas opiniões expressas\b",
            r"\bnão (?:refletem|reflete)[,\s]+necessariamente\b",
            r"\bnicht (?:zwingend|unbedingt|notwendigerweise) (?:die )?(?:der|die meinung der|die der) redaktion\b",
            r"\b(?:ansicht|meinung) (?:des|der) (?:verfassers|verfasserin|autors|autorin)\b",
            r"\bsignataire et non celle (?:du journal|de la rédaction)\b",
            r"\bet non celle (?:du journal|de la rédaction)\b",
            r"\bniet (?:noodzakelijk|noodzakelijkerwijs) (?:die van|de mening van) de redactie\b",
            r"мнение (?:автора|редакции) (?:может )?не (?:совпадать|совпадает) с (?:мнением|позицией)",
            r"仅代表作者(?:本人)?(?:的)?观点|不代表本(?:站|网|报|刊)(?:的)?(?:观点|立场)",
            r"\bmening van de redactie\b",
            r"\bnie (?:musi|muszą) odzwierciedlać\b",
            r"мнение редакции (?:может )?не (?:совпадать|совпадает)",
            r"لا (?:تعبر|يعبر) (?:بالضرورة )?عن",
            r"\byazarın kendi görüş",
            r"\byayın politikasını yansıtmaz",
            r"लेखक के (?:निजी|अपने) विचार",
            r"\b(?:views?|opinions?)\b[^.]{0,80}\b(?:are|is|remain) (?:solely |entirely |strictly "
            r"|only )?(?:those of (?:the |its |their"
            r" |our )?(?:authors?|writers?|contributors?|columnists?|users|readers|commenters|blog owner)"
            r"|(?:the )?(?:author|writer"
            r"|columnist|contributor|blogger)(?:['’]s)? (?:own|alone)|personal|(?:his|her|their|my) own|mine)\b",
            r"\bdoes not (?:necessarily )?(?:endorse|share) (?:the |any )?(?:views?|opinions?) (?:expressed|published"
            r"|in this|here"
            r"|of (?:its|our) (?:authors|contributors|columnists|readers))",
            r"\b(?:the )?(?:author|writer|columnist)['’]s (?:views?|opinions?) are (?:personal|(?:his|her"
            r"|their) own)\b",
            r"\breflects? (?:only )?the (?:views?|opinions?) of (?:their|its|the) (?:authors?|writers?)\b",
            r"\bwrites? in (?:a |his |her |their )?personal capacity\b",
            r"\bthese are the (?:author|writer|columnist)['’]s (?:own )?(?:views|opinions)\b",
            r"\bthis (?:piece|column|article|post|essay|op-ed|opinion piece) (?:is|reflects) (?:the )?(?:author|writer"
            r"|columnist|contributor)['’]s (?:own |personal )(?:views?|opinions?)\b",
            r"^(?=.*\b(?:author|writer|columnist|contributor|views? expressed|opinions? expressed)\b).*\bdo(?:es)? not"
            r" (?:necessarily )?represent the (?:views?|opinions?|stance|position|policy) of\b",
            r"\breflect the (?:opinions|views) of (?:the |their |its )?(?:readers|writers|authors|contributors)\b"
            r"[^.]{0,20}\bnot (?:of |those of )?(?:this|the|our)\b",
            r"\bno se hace responsable de (?:las )?opiniones\b",
            r"\bde (?:inteira|exclusiva) responsabilidade d[oa]s? (?:autor|autora|autores|colunista)\b",
            r"(?:личную|личное) (?:позицию|мнение) автора",
            r"\bgörüşler(?:i)? yazar(?:ın|a|ına) ait",
            r"\bopini pribadi penulis\b|\btidak mencerminkan (?:pandangan|sikap) redaksi\b",
            r"विचार लेखक के (?:निजी|अपने)",
            r"筆者個人の見解|個人の見解であり|編集部の見解を代表するものではありません",
            r"作者(?:個人|个人)(?:意見|意见|觀點|观点)|不代表本(?:站|网|網|报|報|刊)",
        ),
    ),
    # an affiliate note
    "affiliate": Note(
        triggers=(
            "fee commission commissions compensation purchases affiliate links affiliés affilié affiliation"
            " afiliados afiliadas affiliazione afiliacyjne afiliacyjnych afiliacyjny партнёрские партнерские"
            " earns associates provisions provision comisión commissie vergoeding komisyon tautan afiliasi"
            " komisi عمولة"
        ),
        marks=(
            "売上の一部",
            "एफिलिएट",
            "कमीशन",
        ),
        patterns=(
            r"^(?=.*\b(?:links?|purchases?|purchasing|buy|buying|click|clicking|retailers?|affiliate)\b)"
            r".*\b(?:may|might|could|will|do) (?:earn|receive|get|make|collect) (?:a |an )?(?:small )?"
            r"(?:share of (?:sales|revenue)|(?:affiliate )?commissions?|compensation|a fee)\b",
            r"\bearn from qualifying purchases\b",
            r"\b(?:contains?|includes?|may contain|uses?) affiliate links?\b",
            r"\baffiliate links?\b[^.]{0,80}\b(?:commission|earn|compensat)",
            r"\bthrough (?:affiliate )?links (?:on|in) (?:our site|this (?:page|article|post|story))",
            r"^(?=.*(?:provision|sternchen|\*|enthält|enthalten|kauf)).*\baffiliate-links?\b",
            r"\bliens? (?:affiliés?|d['’]affiliation)\b",
            r"\benlaces? de afiliad[oa]s?\b",
            r"\blink di affiliazione\b",
            r"\blinks? de afiliad[oa]s?\b",
            r"\blinki? afiliacyjn\w*",
            r"партнёрские ссылки|партнерские ссылки",
            r"^(?=.*\b(?:links?|purchases?|purchasing|buy|buying|click|clicking|retailers?|affiliate)\b).*\b(?:may"
            r"|might|could|will"
            r"|do|does|can) (?:earn|receive|get|make|collect|be paid|get paid)(?: us| them)? (?:a "
            r"|an )?(?:small )?(?:cut|share"
            r"|fee|commissions?|compensation|portion)\b",
            r"^(?=.*\b(?:links?|purchases?)\b).*\bearns? (?:a |an )?(?:small )?(?:affiliate )?commissions?\b",
            r"^\W*affiliate links?\b",
            r"\bparticipates? in (?:various |several )?affiliate (?:marketing |advertising )?programs?\b",
            r"\bamazon (?:services llc )?associates? program\b",
            r"\bprovisions-?links?\b|\b(?:erhalten|bekommen) wir (?:eine |ggf\. |gegebenenfalls "
            r"|unter umständen )?(?:kleine )?provision\b",
            r"\b(?:obtenemos|recibimos|podemos recibir|podríamos recibir|ganamos) (?:una )?(?:pequeña )?comisión\b",
            r"\bontvangen (?:wij|we) (?:mogelijk )?(?:een )?(?:kleine )?(?:commissie|vergoeding)\b",
            r"\bkomisyon (?:kazanabiliriz|alabiliriz|alıyoruz)\b",
            r"\btautan afiliasi\b|\bmendapat(?:kan)? komisi\b",
            r"نحصل على عمولة",
            r"एफिलिएट लिंक|कमीशन मिल",
            r"売上の一部が[^。]{0,20}還元",
        ),
    ),
    # a machine wrote or translated the text
    "machine": Note(
        triggers=(
            "artificielle artificiale ai translation traduction traducción traduzione tradução překladu"
            " generated autogenerated auto transcribed summary summaries recap transcript captions"
            " kunstig maskinoversættelse maskinoversat maskinöversatt maskinöversättning artificiell tekoäly"
            " tekoälyn tekoälyä koneellisesti konekäännös mesterséges gépi inteligenței inteligența tradus"
            " automată τεχνητής αυτόματα αυτόματη umělé strojového strojový штучного машинного нейромережі"
            " trí dịch 인공지능 자동 기계 기자가 inteligência intelligenza automatica yapay kunstmatige"
            " artificial generative ki künstliche künstlicher künstlichen ia kunstmatige sztucznej sztuczna"
            " sztuczną ии искусственного нейросети нейросеть нейросетью yapay kecerdasan translated übersetzt"
            " traduit traduite traducido traducida tradotto tradotta traduzido traduzida vertaald"
            " przetłumaczony przetłumaczona przetłumaczone переведен переведена переведено переведён çevrildi"
            " diterjemahkan voice automated computer algorithm ringkasan maszynowo машинного перевода الذكاء"
            " الاصطناعي آليا آلياً"
        ),
        patterns=(
            rf"\b{_THIS} (?:\w+ )?{_TEXT}\b[^.]{{0,40}}\b{_MADE}\b[^.]{{0,40}}\b{_AI}(?![\w-])",
            rf"\b{_THIS} (?:\w+ )?{_TEXT}\b[^.]{{0,40}}\b{_AI}\b[^.]{{0,40}}\b{_MADE}\b",
            rf"\b{_THIS} (?:\w+ )?{_TEXT}\b[^.]{{0,40}}\b(?:machine|automatically)[ -]translated\b",
            rf"\b{_THIS} (?:\w+ )?{_TEXT}\b[^.]{{0,40}}\b(?:translated|übersetzt|traduit|traducido|tradotto"
            r"|traduzido|vertaald|przetłumaczon\w*|переведен\w*|çevril\w*|diterjemahkan) (?:automatically"
            r"|by machine|automatisch|maschinell|automatiquement|automáticamente|automaticamente|automatycznie"
            r"|автоматически|otomatik olarak|secara otomatis)\b",
            rf"\b{_AI}[ -](?:generated|assisted|written|translated|gestützt|generiert|unterstützt) "
            rf"(?:{_TEXT}|translation|summary)\b[^.]{{0,80}}\b(?:reviewed|checked|edited|verified)\b",
            r"\b(?:with the (?:help|assistance|aid) of|with assistance from|using|assisted by) (?:an? )?"
            r"(?:ai|artificial intelligence|generative ai|ai tools?)\b[^.]{0,80}\b(?:reviewed|checked|edited"
            r"|verified|fact-checked) by (?:an? |our |the )?(?:human )?(?:editor|journalist|editorial|newsroom"
            r"|staff|reporter)",
            rf"\b{_THIS} (?:\w+ )?{_TEXT}\b[^.]{{0,60}}\b(?:machine translation|automatic translation|traduction"
            r" automatique|traducción automática|traduzione automatica|tradução automática|strojového překladu"
            r"|ai translation)\b",
            rf"\b{_THIS} (?:\w+ )?{_TEXT}\b[^.]{{0,40}}\b(?:machine-generated|produced automatically|generated"
            r" automatically|created automatically)\b",
            r"本文由(?:ai|人工智能|机器)|この記事は[^。]{0,30}(?:機械翻訳|自動翻訳)|(?:이|본) 기사는[^.]{0,40}"
            r"(?:ai 번역|자동 번역|기계 번역)",
            r"\btranslated (?:by|using|with) (?:a )?(?:machine|ai|software|an? (?:automatic|automated) (?:tool"
            r"|system))\b",
            r"^\W*machine[ -]translated\b",
            rf"^\W*{_OPENING_TEXT}\b[^.!?。]{{0,40}}{_MACHINE_MADE}[^.!?。]{{0,40}}{_MACHINE}(?!\w)",
            rf"^\W*{_OPENING_TEXT}\b[^.!?。]{{0,40}}{_MACHINE}[^.!?。]{{0,40}}{_MACHINE_MADE}",
            r"^\W*(?:[\w ]{1,20}:\s*)?ai[- ]generated (?:summary|summaries|recap|transcript|translation|captions?"
            r"|key points)\b(?! (?:of|is|are|was|were|has|have|for)\b)",
            r"^\W*(?:[\w ]{1,20}:\s*)?(?:this |the )?(?:summary|summaries|recap|transcript|captions?|translation|key"
            r" points)\b[^.]{0,30}\b(?:auto-?generated|generated|created|produced|written|compiled) (?:by|with|using)"
            r" (?:the (?:help|assistance) of )?(?:an? )?(?:ai|artificial intelligence|generative (?:ai|tools)"
            r"|automated (?:system|tool)s?|software|a computer)\b",
            r"\b(?:read|narrated|voiced|spoken) (?:aloud )?(?:by|with|using) (?:an? )?(?:computer|ai|machine"
            r"|synthetic)-generated voice\b|^\W*(?:this |the )?(?:audio|narration)\b[^.]{0,40}\b(?:is|was|uses)"
            r" (?:an? )?(?:computer|ai|machine|synthetic)-generated\b",
            r"^\W*auto-?transcribed\b|^\W*auto-?generated (?:transcript|captions?|summary)\b"
            r"|^\W*captions (?:are |were )?auto-?generated\W*$",
            r"^\W*(?:note\W+)?ai (?:was|has been) used to (?:help )?(?:research|write|draft|outline|summari[sz]e"
            r"|translate|produce|edit)(?: and \w+)? (?:this|the) (?:story|article|report|piece|summary|explainer"
            r"|text)\b",
            r"^\W*ai[- ]?(?:generated )?summar(?:y|ies) (?:can|may|might) (?:contain|include|make|have) (?:mistakes"
            r"|errors|inaccuracies)\b",
            r"^\W*generated by an? (?:automated|automatic|ai) (?:system|tool)\b",
            r"\bthis (?:recap|summary|transcript|article|story)\b[^.]{0,30}\b(?:created|generated|written|produced)"
            r" with (?:the )?(?:assistance|help) (?:from|of) (?:generative|ai)\b",
            r"^\W*(?:automated|automatic|machine) translation\b",
            r"^(?=.*\b(?:audio|narration|narrated)\b).*\b(?:synthetic|computer-generated|ai-generated|artificial"
            r"|automated)"
            r" voice\b",
            r"^\W*ai[ -](?:assisted|generated|written|produced) (?:content|summary|article|story|text)\W*(?:$|[.:"
            r"|—–-])",
            r"\b(?:summary|summaries|headline|bullet points?|key points|highlights)\b[^.]{0,40}\b(?:were|was|is"
            r"|are) (?:generated"
            r"|written|created|produced) (?:by|with|using) (?:an? )?(?:ai|artificial intelligence"
            r"|a large language model"
            r"|a language model)\b",
            rf"\b{_THIS} (?:\w+ )?{_TEXT}\b[^.]{{0,40}}\b{_MADE}\b[^.]{{0,40}}\b(?:an automated system"
            r"|a computer program"
            r"|software|an algorithm|a bot)\b",
            r"\bprzetłumaczon\w* maszynowo\b",
            r"машинного перевода|машинный перевод",
            r"\b(?:ringkasan|artikel|berita|tulisan) ini\b[^.]{0,40}\b(?:dibuat|ditulis|disusun"
            r"|diterjemahkan)\b[^.]{0,30}\b(?:ai"
            r"|kecerdasan buatan|mesin)\b",
            r"هذا (?:الملخص|المقال|النص|الخبر|التقرير)[^.]{0,40}الذكاء الاصطناعي|(?:تُرجم|ترجم|تمت ترجمة)[^.]{0,40}آلي",
        ),
        marks=("本文由", "この記事は", "기사는", "機械翻訳", "自動翻訳", "による要約", "ปัญญาประดิษฐ์", "แปล", "机器翻译"),
    ),
    # the text is not advice to invest (or a doctor's)
    "advice": Note(
        triggers=(
            "advice substitute recommendation solicitation inducement advised requested urged securities"
            " risk risks capital investors investments investment investing trading performance disclaimer invest"
            " fdic crypto cryptoassets cryptocurrency cryptocurrencies retail cfds informational educational"
            " positions position stocks shares research diligence repossessed debts treatment prices price"
            " gambling betting"
            " kapitalanlagen geldanlagen investitionen wertentwicklung performances investir rentabilidad"
            " rentabilidades rentabilidade rendimenti lenen beleggen avkastning afkast inwestowanie investasi"
            " anlageberatung anlageempfehlung finanzberatung kaufempfehlung stellt constitue constituent"
            " constituye constituyen costituisce costituiscono constitui constituem advies beleggingsadvies"
            " stanowi stanowią рекомендацией tavsiyesi ajakan rekomendasi saran recomendação danışmanlığı"
            " traktowany traktowana ersetzen ersetzt sostituiscono sostituisce losing relied consultation"
            " objectives rekomendacji يغني"
        ),
        marks=(
            "不构成",
            "不構成",
            "सलाह",
            "投資勧誘",
            "การลงทุนมีความเสี่ยง",
            "投資は自己責任",
            "最終的な投資判断",
            "有风险",
            "有風險",
            "투자 판단",
            "म्यूचुअल फंड",
        ),
        patterns=(
            r"\b(?:not|no) (?:an? )?(?:recommendation|solicitation|offer|inducement) to (?:buy|sell|invest)\b",
            r"\b(?:readers|investors|users|viewers) are (?:advised|requested|urged) to (?:consult|check with"
            r"|seek (?:the )?advice|do their own research)",
            r"\bnão (?:é|constitui) (?:uma )?recomendação de investimento\b",
            r"\byatırım danışmanlığı kapsamında değil",
            r"\b(?:traktowany|traktowana|traktowane) jako porada (?:inwestycyjna|finansowa|podatkowa)\b",
            r"\bersetz\w* keine\b[^.]{0,60}\b(?:beratung|untersuchung|behandlung)\b",
            r"\bnon sostituisc\w*\b[^.]{0,40}\b(?:parere|consulto) (?:del|di un) medico\b",
            r"投資勧誘を目的と",
            r"\b(?:not|never) (?:be )?(?:a |an )?substitute for (?:professional )?(?:medical |financial |legal )?"
            r"(?:advice|diagnosis)",
            r"\binvestments? in (?:the )?securities markets? (?:are|is) subject to market risks?\b",
            r"\bkeine (?:anlageberatung|anlageempfehlung|finanzberatung|kaufempfehlung)\b",
            r"\bstellt keine (?:anlage|finanz|kauf)\w* dar\b",
            r"\bne (?:constitue|constituent) pas (?:un |une |des )?(?:conseils?|recommandations?) "
            r"(?:en investissement|financi|d['’]investissement|d['’]achat)",
            r"\bno (?:constituye|constituyen) (?:una |un )?(?:recomendación|asesoramiento|consejo) "
            r"(?:de inversión|financier|de compra)",
            r"\bnon (?:costituisce|costituiscono) (?:una |un )?(?:consulenza|sollecitazione|raccomandazione) "
            r"(?:finanziaria|all['’]investimento|d['’]investimento|di investimento)",
            r"\bnão (?:constitui|constituem) (?:uma |um )?(?:recomendação|aconselhamento|consultoria) "
            r"(?:de investimento|financeir)",
            r"\bgeen (?:beleggings|financieel |financiële |belegging)advies\b",
            r"не является (?:индивидуальной )?инвестиционной рекомендацией",
            r"\byatırım tavsiyesi değildir\b",
            r"निवेश (?:की )?सलाह नहीं",
            r"不构成(?:任何)?投资建议|不構成(?:任何)?投資建議",
            r"\bbukan (?:merupakan )?(?:ajakan|rekomendasi|saran) (?:untuk )?(?:membeli|menjual|investasi)",
            r"^\W*not (?:investment|financial|legal|medical|tax) advice\b",
            r"\b(?:is|are|does|do|should|must) not (?:constitute |intended (?:as|to be) |meant (?:as|to be) "
            r"|(?:to )?be (?:construed"
            r"|considered|taken|treated|relied (?:up)?on|used) as (?:a substitute for )?)?(?:an? )?(?:(?:investment"
            r"|financial|legal"
            r"|tax|trading|medical|health|professional),? (?:or |and )?)*(?:investment|financial|legal|tax|trading"
            r"|medical|health"
            r"|professional) (?:advice|recommendations?)\b",
            r"\b(?:taken|construed|considered|treated|regarded) as (?:an? )?(?:recommendation|solicitation|offer"
            r"|inducement) to"
            r" (?:buy|sell|invest)\b",
            r"\bthis is not (?:a|an) (?:investment )?(?:recommendation|solicitation)\b",
            r"\bhigh risk of losing money\b",
            r"\bshould not (?:replace|substitute for) (?:a |an |the )?(?:consultation|visit|advice"
            r"|appointment) (?:with|from|of)"
            r" (?:your |a |an )?(?:gp|doctor|physician|clinician|healthcare|health care|medical|qualified)",
            r"\bdoes not take into account your (?:personal )?(?:objectives|financial situation)\b",
            r"\bnie (?:stanowi|stanowią) (?:porady|rekomendacji)\b",
            r"لا (?:يغني|تغني) عن استشارة",
            # a risk warning, as a line of its own ("Capital at risk.", "Investing involves risk, …")
            r"^\W*(?:(?:investing|trading)(?: in)?(?: (?:leveraged|derivative|crypto|cfd|forex|margin|options?|futures"
            r"|foreign exchange))?(?: products| instruments| assets)?|investments?|(?:crypto|cfd|forex|leveraged"
            r"|spread betting) (?:trading|products|assets|instruments)) (?:involves?|carr(?:y|ies)) (?:a )?(?:high "
            r"|significant |substantial )?(?:level of |degree of )?risks?\b[^,;:?]{0,80}$",
            r"^\W*(?:your )?capital (?:is )?at risk\W*(?:$|\.\s+\w)",
            r"\b(?:the )?(?:value of )?(?:your )?investments? (?:and the income from (?:them|it) )?(?:can|may|could)"
            r" (?:go down as well as up|go up or down|go up as well as down|fall as well as rise|rise as well as fall"
            r"|fall or rise|rise or fall)\b[^,;:?]*$",
            r"\bmay not be suitable for all investors\W*$",
            r"^\W*past performance (?:is not|is no|isn't|does not|doesn't) (?:a )?(?:reliable )?(?:guarantee"
            r"|indicat\w+|guide to future)\b[^,;:?]*$",
            # regulators' set warnings, as publishers print them under a story on money or health
            r"\binvestments?(?: in [^.,]{1,30})? (?:are|is) subject to market risks?\b(?:[,.;]\s*read\b|\W*$)",
            r"^\W*(?:do not|don't) invest unless you(?: are|'re) prepared to lose\b",
            r"\bnot fdic insured\W+(?:\w+\W+){0,3}(?:may lose value|no bank guarantee)|^\W*(?:are )?not fdic"
            r" insured\W*$",
            r"^\W*crypto ?(?:assets?|currenc(?:y|ies)|products?)(?: and nfts)? (?:are|is) (?:a )?(?:highly |very )?"
            r"(?:volatile|unregulated|high[- ]risk|risky)(?: investments?)?(?: and (?:largely |highly |very )?"
            r"(?:unregulated|volatile|risky))?\W*$",
            r"\b\d+(?:[.,]\d+)?\s?% of retail (?:investor|cfd) accounts lose money\b",
            r"\byou should consider whether you understand how (?:cfds|spread bets|contracts for difference) work\b",
            r"^\W*(?:the )?(?:information|content) (?:on this (?:page|site)|in this (?:article|story|post)|provided"
            r"|above) is (?:for|of) (?:general )?(?:information(?:al)?|educational)(?: purposes)?(?: only)?\W*$",
            # the same in other languages, as a line of its own (no clause after a comma)
            r"^\W*(?:(?:kapitalanlagen|geldanlagen|investitionen) (?:sind|ist) mit risiken verbunden|vergangene"
            r" wertentwicklung (?:ist|lässt) kein)[^,;:?]*$",
            r"^\W*(?:les performances passées ne (?:préjugent|présagent|sont pas)|investir comporte des risques)"
            r"[^,;:?]*$",
            r"^\W*(?:las )?rentabilidades? pasadas? no (?:garantiza|garantizan|presupone)[^,;:?]*$|^\W*(?:a )?"
            r"rentabilidade passada não[^,;:?]*$",
            r"^\W*i rendimenti passati non sono (?:indicativi|garanzia)[^,;:?]*$",
            r"^\W*(?:let op\W+)?(?:geld lenen kost geld|beleggen (?:brengt|gaat gepaard met) risico)[^,;:?]*$",
            r"^\W*(?:historisk avkastning är|historiske afkast er) ingen garanti[^,;:?]*$",
            r"^\W*inwestowanie wiąże się z ryzykiem[^,;:?]*$",
            r"^\W*การลงทุนมีความเสี่ยง|투자 판단의 (?:최종 )?책임은 (?:투자자 )?본인에게|投資は自己責任(?:で|でお願い)"
            r"|最終的な投資判断は(?:お客様)?ご自身",
            r"^\W*(?:温馨提示[:：]\s*)?(?:股市|投资|投資|市场|市場)有(?:风险|風險)[，,]\s*(?:投资|入市|投資)需谨慎",
            r"^\W*investasi mengandung risiko[^,;:?]*$|^\W*म्यूचुअल फंड निवेश बाजार जोखिम",
            # a writer's positions, mandated lines under money stories, and gambling's warning
            r"\b(?:the )?(?:author|writer|columnist|we)\b[^.]{0,30}\b(?:holds?|has|have|owns?|may (?:hold|own|have))"
            r" (?:no |a |long |short )?(?:positions?|shares|stakes?|investments?) in (?:the |any (?:of the )?)?"
            r"(?:stocks?|shares|companies|securities|coins?|assets|tokens) (?:mentioned|discussed|named)\b",
            r"^\W*(?:always )?(?:do|conduct) your own (?:research|due diligence)\b[^,;]*$",
            r"\byour home (?:may|might|could) be repossessed if you do not keep up\b",
            r"\bthink carefully before securing (?:other )?debts against your home\b",
            r"\btax treatment depends on (?:your |the )?individual circumstances\b",
            r"^\W*(?:all )?prices? (?:(?:are|were) )?(?:correct|accurate) (?:at|as of) (?:the )?time of (?:publication"
            r"|publishing|writing|going to press)\b",
            r"^\W*(?:gambling|betting) can be addictive\b",
        ),
    ),
    # the text is republished from elsewhere
    "republished": Note(
        triggers=(
            "republished reproduced reprinted syndicated creative tayang reproduzida reproduzido genehmigung"
            " permission zgodą разрешения授权 المشاع согласия"
        ),
        marks=(
            "经授权",
            "經授權",
            "転載",
        ),
        patterns=(
            rf"\b{_THIS} (?:\w+ )?{_TEXT} (?:is|was|has been) (?:republished|reproduced|reprinted|syndicated)"
            r" (?:from|with (?:the )?permission|under|courtesy)\b",
            r"\b(?:published|republished|reproduced|reprinted|shared|licensed)\b[^.]{0,80}\bunder (?:a|the)"
            r" creative commons\b",
            r"\btelah tayang di\b",
            r"\b(?:é|foi) reproduzid[ao] aqui\b",
            r"\bhier mit freundlicher genehmigung\b",
            r"\b(?:reprinted|reproduced|republished|used|published|excerpted) with (?:the )?(?:kind )?permission\b",
            r"\bza zgodą (?:redakcji|autora|wydawcy)\b",
            r"публикуется с разрешения|с согласия редакции",
            r"(?<!未)经授权转载|(?<!未)經授權轉載|転載(?:した|して)",
            r"المشاع الإبداعي",
        ),
    ),
    # a sponsor's or a press office's text, not the newsroom's
    "sponsored": Note(
        triggers=(
            "editorial patrocinado involved involvement input participation beteiligt advertiser sponsor"
            " association presented brought funded paid advertorial underwritten issuer partner advertisement"
            " proposé samarbete samarbejde współpracy kooperation präsentiert collaborazione oferecido"
            " publireportage contenu contenido"
            " publirreportaje contenuto informazione publieditorial"
            " conteúdo gesponsorde samenwerking artykuł materiał komerční sponzorovaný sponsrat annonssamarbete"
            " sponsoreret annoncørbetalt sponset annonsørinnhold kaupallinen sponsoroitu szponzorált fizetett conținut"
            " χορηγούμενο партнёрский партнерский правах спонсорский партнерський sponsorlu konten nội"
            " responsibility partnership collaboration sponsored branded promoted release publication"
            " initiative influence inhalt reçu responsabilité redacción comunicato responsabilità redação"
            " samenwerking redactie materiał erid bülten bültenidir sorumlu kerja kerjasama مسؤول"
        ),
        marks=(
            "प्रायोजित",
            "プレスリリース",
            "企业供稿",
            "บทความประชาสัมพันธ์",
            "เนื้อหาได้รับการสนับสนุน",
            "スポンサーコンテンツ",
            "広告企画",
            "赞助内容",
            "商业推广",
            "推广内容",
            "애드버토리얼",
            "[광고]",
            "[협찬]",
            "स्पॉन्सर्ड",
            "محتوى",
            "企業供稿",
            "本站不对",
        ),
        patterns=(
            r"^(?=.*\b(?:content|article|story|advertis\w*|sponsor\w*|partner\w*|paid)\b).*\b(?:editorial|news)"
            r" (?:team|staff|department|desk|board)(?: of [^.]{1,30})? (?:was|were|is|are|had) not involved\b",
            r"\b(?:no|without) (?:involvement|input|participation) (?:from|of|by) (?:the |our |its )?"
            r"(?:editorial|newsroom|news)\b",
            rf"\b{_THIS} (?:\w+ )?{_TEXT} (?:is|was|has been) (?:paid for|funded|produced|created|written|provided"
            r"|sponsored) by (?:an? |our |the )?(?:advertiser|sponsor)\b",
            r"\bredaktion (?:war|ist) (?:daran )?nicht beteiligt\b",
            r"\b(?:takes?|accepts?|bears?|assumes?) no (?:editorial )?responsibility for (?:the |this |its |any )?"
            r"(?:content|same|accuracy|views|opinions|article|information)\b",
            r"^\W*paid (?:partnership|collaboration|content|post|promotion)\b(?:\W*$|\s*(?:with|by|from|[:|–—-]))",
            r"\b(?:this|the following) (?:is|was) (?:a )?(?:partner|sponsored|paid|branded|promoted) (?:post|content"
            r"|article|feature"
            r"|story)\b",
            r"\bpart of a paid (?:collaboration|partnership)\b",
            r"\b(?:content|article|story|series|feature) (?:is |was )?(?:produced|created|written"
            r"|published) in (?:partnership"
            r"|association|collaboration) with\b",
            r"\b(?:the )?(?:above|following|this) (?:content|article|text|story) is a press release\b",
            r"\b(?:above|following) press release\b",
            r"\b(?:holds?|takes?|accepts?|bears?|assumes?) no (?:editorial )?responsibility for (?:the )?(?:same"
            r"|above|this)\b",
            r"\bpaid publication\b|\bconsumer connect initiative\b",
            r"^\W*in (?:association|partnership|collaboration) with [^.,;:?!]{2,50}\.?\W*$",
            rf"^\W*(?:{_SPONSOR_LABELS})(?![\w-])(?:\W*$|(?:\s*[:|–—-]|\s+(?:by|from|with|von|mit|par|de|con|di|da"
            rf"|van|door|med|från|fra|z|ze|от|với|in collaborazione con|en collaboration avec|en colaboración con"
            rf"|em parceria com))\s*{_SPONSOR_NAME})",
            rf"^\W*(?:contenu proposé par|in samenwerking met|i samarbete med|i samarbejde med|we współpracy z"
            rf"|in kooperation mit|präsentiert von|con la collaborazione di|patrocinado por|oferecido por)"
            rf"\s+{_SPONSOR_NAME}",
            r"^\W*(?:presented|brought to you|sponsored) by (?!.*\band\b)[^.,;:?!]{2,40}\.?\W*$",
            r"\b(?:this|the above|the following) (?:content|article|post|feature|story|piece|advertorial) (?:is|was)"
            r" (?:a )?(?:paid|sponsored) (?:advertorial|promotion|feature|post|content|partnership|article|story)\b"
            r"|^\W*this is a (?:paid|sponsored) (?:advertorial|promotion|feature|post|partnership)\b",
            r"\bpaid advertorial\b|\bthis (?:is|was) a partner (?:story|post|content|feature)\b",
            r"\bthis (?:feature|article|content|story|supplement|post) (?:is|was|has been) (?:paid for|funded"
            r"|sponsored|underwritten) by\b",
            r"\b(?:press release|this release)\b[^.]{0,80}\b(?:sole )?responsibility of the (?:issuing|issuer|company"
            r"|sender|organi[sz]ation)",
            r"\b(?:supplied|provided) by the issuer\b",
            r"\b(?:journalists|editorial (?:team|staff)|newsroom|reporters)(?: of [^.]{1,30})? (?:were|was|are|is"
            r"|had) not involved"
            r" in (?:the )?(?:its |their )?(?:creation|production|writing|making)\b",
            r"\bnot involved in (?:the )?(?:production|creation|writing|making) of (?:this|the) (?:content|article"
            r"|story|feature"
            r"|supplement)\b",
            r"\bno (?:say|influence|control|input) (?:over|on|in) (?:the |our )?editorial (?:content|decisions"
            r"|coverage)\b",
            r"\bfür den inhalt (?:der pressemitteilung |dieses beitrags |des beitrags )?(?:ist|sind) (?:allein"
            r"|ausschließlich)\b",
            r"\bpublié tel que reçu\b|\bsous la seule responsabilité de\b",
            r"\bla redacción (?:de [^.]{1,30} )?no ha (?:intervenido|participado)\b|^\W*contenido patrocinado\b",
            r"\bcomunicato stampa pubblicato\b|\bla responsabilità dei contenuti è\b",
            r"\ba redação (?:d[oa] [^.]{1,30} )?não participou\b|^\W*conteúdo patrocinado\b",
            r"\bbetaalde samenwerking\b|\bde redactie (?:was|is) niet betrokken\b",
            r"^\W*materiał (?:prasowy|partnera|sponsorowany|promocyjny)\b",
            r"\berid\s*[:：]",
            r"\bbasın bültenidir\b|\b(?:sitemiz|gazetemiz|yayın kuruluşumuz) sorumlu değildir\b",
            r"\b(?:artikel|tulisan|konten) ini merupakan (?:kerja sama|kerjasama|konten bersponsor|advertorial)\b",
            r"غير مسؤول عن محتوا",
            r"प्रायोजित (?:लेख|सामग्री)",
            r"プレスリリース(?:の内容)?をそのまま掲載|(?:企业|企業)供稿|本站不对其真实性负责",
        ),
    ),
}


#: A story telling of a note, not the note: "The show begins with a disclaimer stating that it is not financial
#: advice.", "Readers complained that the audio was read by an artificial voice.", "El medio admitió que sus
#: reseñas incluían enlaces de afiliados." Searched in the folded line (:func:`~.phrases.fold`).
_SPEECH_AFTER_COMMA = speech_after_comma(
    "said|says|warned|warns|cautioned|cautions|told|added|argued|ruled|found|finds|sagt|sagte|warnt|warnte|dit"
    "|a dit|affirme|avertit|dice|dijo|afirma|advierte|afferma|avverte|diz|disse|alerta|zegt|waarschuwt|mówi"
    "|powiedział|ostrzega|kata|ujar|говорит|сказал|предупреждает|diyor|dedi|uyardı"
)
#: A question, the line's only sentence or a headline's first words ("Capital at risk? How the new rules …"):
#: notes tell, they do not ask ("… We may earn a commission. Why trust us?" tells, then asks).
_QUESTION = re.compile(r"^[^.!?]*\?\W*$|^(?=[^?]{0,40}\?)\W*(?:[^\W\d_]+\W+){2,6}?[^\W\d_]+\?\s+\w")
_REPORTED = re.compile(
    r"\b(?:stating|saying|claiming|noting|warning|insisting) (?:that )?(?:it|this|they|the)\b"
    r"|\b(?:complained|said|says|reported|argued|claimed|found|warned|noted|admitted|admits|acknowledged) that\b"
    r"|\b(?:admitió|dijo|afirmó|reconoció|señaló|explicó|aseguró) que\b|\ba (?:déclaré|reconnu|admis|expliqué) que\b"
    r"|\b(?:disse|admitiu|afirmou|reconheceu) que\b|\bha (?:detto|ammesso|spiegato) che\b"
    r"|\b(?:sagte|räumte ein|erklärte|gab zu), dass\b"
)
_RULE = PhraseRule(NOTES, MIN_NOTE_CHARS, MAX_NOTE_CHARS, unless=(_REPORTED, _SPEECH_AFTER_COMMA, _QUESTION))
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE,)


def note_of(text: str) -> str | None:
    """What editorial note ``text`` is (a key of :data:`NOTES`), or None when it is none (or when the line tells
    of a note, :data:`_REPORTED`)."""
    return _RULE.kind_of(text)
