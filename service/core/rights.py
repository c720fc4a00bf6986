"""Rights lines: a page's copyright notice, and its words on copying the text.

Publishers close a story, a page or a photo with a rights line: a copyright notice ("© 2026 Harbour Media
Group. All rights reserved.", "Copyright ©2026 Liffey Times DAC"), a ban on copying ("No part of this
publication may be reproduced without prior written permission.", "Reproduction interdite") or a wire's
usage line ("This material may not be published, broadcast, rewritten or redistributed."). On the corpora's
pages such lines are chrome (of the lines holding "all rights reserved" or opening with a copyright sign,
1,729 are labelled chrome and 7 content, most of those headlines about copyright: 2026-12-07, train and dev
splits), but set alone between a story's paragraphs the model keeps some of them.

A publisher's registration belongs with them: its press regulator ("IPSO regulated"), its company's number
("Registered in England and Wales No. 04567812", "ABN 12 345 678 901", "Amtsgericht Bremen HRB 24680", "RCS Lyon
B 123 456 789") or its title's ("ISSN 1357-246X", "MCI (P) 077/03/2025"), a trademark notice, the responsible
editor's line ("Ansvarig utgivare: …"). Each names a register in a set form, and a number where it has one, which
must end the line or a footer's item (:data:`_END`); a number in a sentence that goes on ("Benue Tribune Ltd, RC
482913, was struck off …"), a citation's ISSN or a trademark owner's name followed by more of a sentence is not
one. A code review's 196 story lines in these words set the bounds (docs/model-history.md).

A line of :data:`MIN_RIGHTS_CHARS` to :data:`MAX_RIGHTS_CHARS` characters is a rights line when one of
:data:`RIGHTS`' patterns is found in it (:mod:`.phrases`: lower-cased, outside a quotation). Each pattern is a
set notice: "all rights reserved" in some forty languages, a line opening with a copyright sign (or the word
and a year or sign), or a ban on copying that speaks of permission or says "prohibited". A story that reports
on copyright ("The court ruled that the photos may not be reproduced without permission, …") says who
ruled (:data:`_SPEECH`); a headline on it ("Copyright Office weighs in on AI training") opens with the word and
no year.
"""

from __future__ import annotations

import re

from .phrases import PhraseRule, Phrases

#: Longest line (characters) that is tried as a rights line.
MAX_RIGHTS_CHARS = 300
#: Shortest line (characters) that is tried as a rights line ("© Reuters").
MIN_RIGHTS_CHARS = 6
#: The kind of chrome (:data:`~.kinds.KINDS`) a rights line is.
RIGHTS_KIND = "legal"

#: Copying, publishing or passing the text on, as a ban on it names it.
_COPY = (
    r"(?:re)?(?:published|produced|printed|distributed|broadcast|written|transmitted|posted|used|copied|stored"
    r"|shared|sold|displayed|modified|translated)"
)
#: Leave to do it.
_LEAVE = r"(?:permission|consent|authori[sz]ation|licen[cs]e|approval)"

#: A year that is the subject of a sentence, not a notice's ("Copyright 2024 was a record year for lawsuits").
_NO_VERB = r"(?!\s+(?:was|is|were|has|had|saw|will|brought|marked|became|proved)\b)"
#: Where a registration's number ends: the line, a separator, a full stop, or a comma before another of the
#: footer's items ("Amtsgericht Hamburg, HRB 12345, USt-IdNr. …"), not a sentence going on ("…, RC 482913, was").
_REG_WORDS = (
    r"(?:reg|registered|hr[ab]|ust|vat|btw|sitz|capital|rcs|siret|kvk|krs|nip|regon|cnpj|issn|p\.? ?iva|c\.?f\.|codice"
    r"|company|abn|acn|sede|capitale|geschäftsführ|all rights|©|copyright)"
)
_END = r"\)?(?=\W*$|\s*(?:[|·•;–—(/]|\.\s|,\s*" + _REG_WORDS + r"))"
#: The kinds of rights line, by what they say.
RIGHTS: dict[str, Phrases] = {
    # "All rights reserved", in the languages publishers print it
    "reserved": Phrases(
        triggers=(
            "reserved rechte réservés derechos diritti direitos rechten prawa práva práv rättigheter rettigheder"
            " rettigheter oikeudet drepturile jog δικαιώματος δικαιώματα права prava pravice hakları cipta"
            " teisės tiesības õigused drets всички"
        ),
        marks=(
            "جميع الحقوق",
            "כל הזכויות",
            "सर्वाधिकार",
            "สงวนลิขสิทธิ์",
            "版权所有",
            "版權所有",
            "保留所有权利",
            "無断転載",
            "無断複製",
            "کلیه حقوق",
            "সর্বস্বত্ব",
            "সর্বস্ব",
        ),
        patterns=(
            r"\ball rights reserved\b|\bsome rights reserved\b",
            r"\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b",
            r"\btutti i diritti (?:sono )?riservati\b|\btodos os direitos reservados\b|\balle rechten voorbehouden\b",
            r"\bwszelkie prawa zastrzeżone\b|\bvšechna práva vyhrazena\b|\bvšetky práva vyhradené\b",
            r"\balla rättigheter (?:förbehållna|reserverade)\b|\balle rettigheder forbeholdes\b",
            r"\balle rettigheter (?:reservert|forbeholdt)\b|\bkaikki oikeudet pidätetään\b",
            r"\btoate drepturile (?:sunt )?rezervate\b|\bminden jog fenntartva\b|\bvisos teisės saugomos\b",
            r"\bvisas tiesības (?:ir )?aizsargātas\b|\bkõik õigused (?:on )?kaitstud\b|\btots els drets reservats\b",
            r"όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα)",
            r"все права защищены|всички права запазени|усі права захищені|всі права захищені",
            r"\bsva prava (?:pridržana|zadržana|su zadržana)\b|\bvse pravice pridržane\b",
            r"\btüm hakları (?:saklıdır|mahfuzdur)\b|\bhak cipta dilindungi\b",
            r"جميع الحقوق محفوظة|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|^\W*(?:©\s*)?(?:\d{4}\s*)?สงวนลิขสิทธิ์"
            r"|کلیه حقوق[^.]{0,30}محفوظ",
            r"(?:版权所有|版權所有)(?!权|權)|保留所有权利|無断(?:転載|複製)(?:を)?(?:禁|お断り)",
            r"সর্বস্বত্ব সংরক্ষিত",
        ),
    ),
    # a Creative Commons licence named by its code alone ("Licensed under CC BY-ND 4.0", "CC BY-SA 4.0")
    "licence": Phrases(
        triggers="cc cc0",
        patterns=(
            r"^\W*(?:(?:licensed|published|available) under |licen[cs]e\s*[:：]\s*)?(?:the )?cc ?(?:by|0)"
            r"(?:[- ](?:nc|nd|sa))*(?: \d\.\d)?(?: international| deed)?\W*$",
        ),
    ),
    # a publisher's registration: its press regulator, its company's or its title's number
    "registration": Phrases(
        triggers=(
            "ipso impress wales abn acn issn mci cin rc company registration registered trademark trademarks printed"
            " handelsregister registergericht hrb amtsgericht rcs siret cppap paritaire depósito iva tribunale roc"
            " ansvarig kvk krs cnpj offenlegung impressum angaben vat trib"
        ),
        patterns=(
            r"^\W*(?:ipso|impress)[- ]regulated\W*$|^\W*(?:(?:this (?:newspaper|site|website|title|publication|magazine"
            r"|paper) is|we are) )?(?:regulated by|a member of) (?:the )?(?:ipso|impress"
            r"|independent press standards organisation)\b(?: \(ipso\))?" + _END,
            r"\bregistered (?:in|office in) england(?: (?:and|&) wales)?\b[^.]{0,40}\b(?:no\.?|number)\s*:?\s*"
            r"\d{6,8}\b" + _END,
            r"(?:^|[|·•,;.(]\s?)\W*(?:registered )?(?:company|registration) (?:registration )?(?:no\.?|number)\s*:?\s*"
            r"[a-z]{0,2}\d{6,12}\b" + _END,
            r"\bvat (?:reg(?:istration|\.)? )?(?:no\.?|number)\s*:?\s*gb ?\d{3} ?\d{4} ?\d{2}\b" + _END,
            r"^\W*(?:abn|acn)\s*:?\s*\d{2,3}(?: ?\d{3}){2,3}\b" + _END,
            r"(?:^|[|·•]\s*)\W*(?:print |online |e-)?issn(?: \((?:print|online)\))?\s*:?\s*\d{4}[- ]?\d{3}[\dx]\b"
            r"(?: \((?:print|online)\))?" + _END,
            r"(?:^\W*mci \(p\) \d{3}/\d{2}/\d{4}\b|\bcin\s*:?\s*[lu]\d{5}[a-z]{2}\d{4}[a-z]{3}\d{6}\b)" + _END,
            r"\b(?:ltd|limited|plc)\b\.?,? \(?rc\s*:?\s*\d{5,}\b" + _END,
            r"^\W*(?:printed and published|published and printed|printed|published) (?:for and on behalf of |by )"
            r"[^.]{0,60}\b(?:ltd|limited|plc|pvt|inc|llc|gmbh|sdn bhd|pty|s\.?a)\b",
            r"^[^.,;]{0,60}\b(?:is a|are) registered trade ?marks? of [^,;:.]{1,60}\.?\s*(?:$|[|·•]|all rights|©)",
            r"^\W*all (?:other )?trade ?marks (?:are|remain) the property of their respective owners\b",
            r"(?:\b(?:handelsregister|registergericht)\b[^.]{0,40}\bhr[ab]\s*\d{3,}"
            r"|\bamtsgericht \w+,? hr[ab]\s*\d{3,})"
            r"(?: [a-z]\b)?" + _END,
            r"(?:\brcs [a-zà-ÿ-]+ (?:[ab] )?\d{3} ?\d{3} ?\d{3}\b|\bsiret\s*:?\s*\d{3} ?\d{3} ?\d{3} ?\d{5}\b)" + _END,
            r"\b(?:(?:n°|numéro) (?:de )?)?(?:commission paritaire|cppap)\s*(?:n°|no\.?)?\s*:?\s*\d{4} ?[a-z] ?\d{5}\b",
            r"\bdepósito legal\s*:?\s*[a-z]{1,2}[- ]\d+[- ]\d{2,4}\b" + _END,
            r"\b(?:p\.? ?iva|partita iva)\s*:?\s*(?:it)?\d{11}\b" + _END,
            r"\b(?:registrazione (?:al|presso il) tribunale|reg\.? ?trib\.?)(?: di)? [\w' ]{2,30}? (?:n\.|n°|nr\.?"
            r"|numero)\s*\d|\biscrizione (?:al )?roc\s*(?:n\.|n°|nr\.?|numero)?\s*\d",
            r"^\W*(?:chefredaktör (?:och|&) )?ansvarig utgivare(?: (?:och|&) chefredaktör)?\s*:"
            r"|^\W*(?:offenlegung|impressum|angaben) (?:gemäß|nach|laut) §\s?(?:25|5|18)\b",
            r"(?:\bkvk(?:-nummer)?\s*:?\s*\d{8}\b|\bkrs\s*:?\s*\d{10}\b|\bcnpj\s*:?\s*\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}\b)"
            + _END,
        ),
    ),
    # a copyright notice: the sign or the word, and a year or a holder
    "notice": Phrases(
        triggers="c copyright copyrights",
        marks=("©",),
        patterns=(
            rf"^\W{{0,3}}(?:©|\(c\)(?= ?(?:19|20)\d\d\b)|copyright\s*(?:©|\(c\)|(?:19|20)\d\d\b{_NO_VERB}))",
            r"^\W{0,3}(?:all )?(?:content|text|photos?|images?|material)s? (?:©|copyright ©)",
            rf"^[^.]{{0,60}}\bcopyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d\b{_NO_VERB}",
        ),
    ),
    # a ban on copying: "may not be reproduced without permission", "reproduction prohibited"
    "copying": Phrases(
        triggers=(
            "part reproduced republished redistributed rewritten reproduction republication redistribution copying"
            " copied consent authorisation authorization przedruk использование kaynak"
            " republishing reproducing unauthorised unauthorized prohibited permission nachdruck vervielfältigung"
            " reproduction interdite reproducción prohibida riproduzione vietata reprodução proibida kopiowanie"
            " rozpowszechnianie перепечатка копирование izinsiz dilarang"
        ),
        marks=("未经", "未經", "転載", "전재", "複製", "無断", "무단"),
        patterns=(
            rf"\b(?:this|the|our) (?:material|content|article|story|publication|site|website|text|work|newspaper"
            rf"|magazine|photos?|images?|pictures?|video|footage)s?\b[^.]{{0,40}}\b(?:may|must|shall|can) not be"
            rf" {_COPY}\b[^.]{{0,100}}\b(?:without|in any form|in whole or in part)\b",
            rf"\bno part of (?:this|the|our) (?:publication|material|content|article|site|website|work|book|newspaper"
            rf"|magazine)\b[^.]{{0,40}}\b(?:may|must|shall|can) be {_COPY}\b",
            rf"\b(?:may|must|shall|can) not be (?:published|broadcast|rewritten|redistributed)\b(?:, {_COPY})*,? or"
            rf" {_COPY}\b",
            r"\b(?:reproduction|republication|redistribution|copying|republishing|reproducing|duplication)\b[^.]{0,80}"
            r"\b(?:is |are )?(?:strictly )?(?:prohibited|forbidden|not permitted|not allowed)\b",
            rf"^\W*(?:any |no )?(?:reproduction|republication|redistribution|copying)\b[^.]{{0,60}}\bwithout (?:the )?"
            rf"(?:prior |express |explicit )?(?:written )?{_LEAVE}\b",
            r"\bunauthori[sz]ed (?:reproduction|copying|distribution|republication|use of (?:this|our) (?:content"
            r"|material|articles?|website))\b[^.]{0,80}\b(?:prohibited|forbidden|an infringement)\b",
            r"^\W*(?:nachdruck|vervielfältigung)\b[^.:]{0,60}\b(?:nur mit|ohne|nicht gestattet|untersagt|verboten)"
            r"[^:]*$",
            r"^\W*(?:toute )?reproduction (?:interdite|strictement interdite|totale ou partielle interdite)\b[^:]*$"
            r"|\btoute reproduction\b[^.]{0,60}\binterdite\b",
            r"\b(?:queda )?prohibida (?:la|su) reproducción (?:total o parcial|parcial o total)\b|^\W*reproducción"
            r" prohibida\W*$",
            r"\bvietata la riproduzione (?:anche parziale|totale o parziale)\b|\briproduzione riservata\b",
            r"\bproibida a reprodução (?:total ou parcial|parcial ou total)\b|^\W*reprodução proibida\W*$",
            r"\b(?:kopiowanie|rozpowszechnianie|przedruk)\w*\b[^.]{0,30}\b(?:materiałów|treści|artykułów|tekstów"
            r"|zdjęć)\b[^.]{0,40}\b(?:zabronione|bez (?:pisemnej )?zgody)",
            r"(?:перепечатка|копирование|использование) материалов[^.]{0,60}(?:запрещен|без (?:письменного )?"
            r"(?:разрешения|согласия)|ссылка[^.]{0,30}обязательна)",
            r"\b(?:izinsiz|izin alınmadan)\b[^.]{0,40}\b(?:kullanılamaz|yayınlanamaz|alıntılanamaz)\b",
            r"\bdilarang (?:mengutip|menyalin|memperbanyak)\b[^.]{0,60}\btanpa izin\b",
            r"未经(?:授权|许可|允许)[^。]{0,20}(?:不得|禁止)(?:转载|复制)|未經(?:授權|許可)[^。]{0,20}(?:不得|禁止)(?:轉載|複製)",
            r"(?:無断|無許可)(?:転載|複製|使用)(?:を)?(?:禁|お断り)|무단 ?(?:전재|복제|배포)[^.]{0,20}금지",
        ),
    ),
}

#: Reported speech: who ruled, said or warned that the text may not be copied.
_SPEECH = re.compile(
    r"\b(?:said|says|ruled|warned|warns|argued|argues|claimed|noted|according to|told|sued|alleged|alleges)\b"
    r"|\bunder (?:the )?[^.]{0,40}\b(?:act|law|code|regulations?)\b"
)
#: A headline on rights (the line asks, or a colon follows the phrase: "All rights reserved: inside the fight
#: over …", "Nachdruck verboten? Warum …").
_HEADLINE = re.compile(
    r"\?|(?:reserved|vorbehalten|réservés|reservados|riservati|voorbehouden|zastrzeżone|защищены)\s*:"
)
_RULE = PhraseRule(RIGHTS, MIN_RIGHTS_CHARS, MAX_RIGHTS_CHARS, unless=(_HEADLINE, _SPEECH))
#: The phrase rules this module tries (:class:`~.phrases.PhraseGate` reads them all at once).
PHRASE_RULES = (_RULE,)


def rights_of(text: str) -> str | None:
    """What kind of rights line ``text`` is (a key of :data:`RIGHTS`), or None when it is none (or when the
    line reports who said it)."""
    return _RULE.kind_of(text)
