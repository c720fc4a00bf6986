"""Rights lines (copyright notices, "all rights reserved", bans on copying) are fixed chrome of the legal kind;
stories and headlines about copyright are not. Every line here was written for this test."""

from __future__ import annotations

import pytest

from service.core.rights import MAX_RIGHTS_CHARS, RIGHTS_KIND, rights_of
from service.core.scoring import FIXED_CHROME_MAX_SCORE, fixed_chrome_of
from tests.builders import capped

#: (line, what rights line it is)
RIGHTS_LINES = (
    ("Offenlegung gemäß § 25 Mediengesetz", "registration"),
    ("This newspaper is regulated by IPSO.", "registration"),
    ("VAT registration number: GB 123 4567 89", "registration"),
    ("All trademarks are the property of their respective owners.", "registration"),
    ("Reg. Trib. di Roma n. 456/2003", "registration"),
    ("Printed and published by Harbourside Newspapers (Pvt) Ltd, 12 Quay Road.", "registration"),
    ("Northgate Media is part of Northgate Holdings Sdn Bhd (Company No. 202001034567).", "registration"),
    ("Regulated by IPSO", "registration"),
    ("IPSO Regulated", "registration"),
    ("Harbour Media Group Ltd. Registered in England and Wales No. 04567812", "registration"),
    ("ABN 12 345 678 901", "registration"),
    ("ISSN 1357-246X", "registration"),
    ("MCI (P) 077/03/2025", "registration"),
    ("Benue Tribune Ltd, RC 482913", "registration"),
    ("Amtsgericht Bremen HRB 24680", "registration"),
    ("RCS Lyon B 123 456 789", "registration"),
    ("P.IVA 01234567890", "registration"),
    ("Ansvarig utgivare: Lena Holm", "registration"),
    ("KvK-nummer 12345678", "registration"),
    ("Coastline is a registered trademark of Coastline Media Inc.", "registration"),
    ("Licensed under CC BY-ND 4.0", "licence"),
    ("CC BY-SA 4.0", "licence"),
    ("CC0 1.0", "licence"),
    ("License: CC BY 4.0 International", "licence"),
    ("© 2026 Eastbrook Media Ltd. All rights reserved.", "reserved"),
    ("ALL RIGHTS RESERVED.", "reserved"),
    ("Copyright 2025 Harbour Wire. Alle Rechte vorbehalten.", "reserved"),
    ("© Journal du Val 2026 – Tous droits réservés", "reserved"),
    ("Todos los derechos reservados. Diario del Sur S.A.", "reserved"),
    ("Wszelkie prawa zastrzeżone", "reserved"),
    ("Все права защищены © «Северная газета», 2026", "reserved"),
    ("Tüm hakları saklıdır.", "reserved"),
    ("جميع الحقوق محفوظة لصحيفة الوادي 2026", "reserved"),
    ("版权所有 © 2026 南方晨报", "reserved"),
    ("© Lakeside Photo Agency", "notice"),
    ("(c) 2024 Valley Courier", "notice"),
    ("Copyright © 2026 The Coast Sentinel | Powered by Pressline", "notice"),
    ("All content © Riverside Broadcasting unless stated otherwise", "notice"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "copying"),
    ("No part of this site may be reproduced in any form without our written permission.", "copying"),
    ("Reproduction in whole or in part is strictly prohibited.", "copying"),
    ("Unauthorised reproduction of this article is an infringement of copyright.", "copying"),
    ("Nachdruck nur mit Genehmigung des Verlags.", "copying"),
    ("Reproduction interdite sans autorisation.", "copying"),
    ("Riproduzione riservata", "copying"),
    ("Перепечатка материалов без письменного разрешения редакции запрещена.", "copying"),
    ("未经授权不得转载", "copying"),
    ("Всички права запазени.", "reserved"),
    ("Text copyright 2025 Northgate Books", "notice"),
    ("Any reproduction without prior written consent is forbidden by law.", "copying"),
    ("Toute reproduction, même partielle, est interdite.", "copying"),
    ("Queda prohibida su reproducción total o parcial.", "copying"),
    ("Kopiowanie treści bez pisemnej zgody redakcji zabronione.", "copying"),
    ("Dilarang mengutip atau menyalin tulisan ini tanpa izin redaksi.", "copying"),
    ("無断転載を禁じます", "reserved"),
)

#: Lines of stories and headlines in the same words, which the rule must leave alone.
NOT_RIGHTS = (
    "Published by Penguin, the memoir sold 2 million copies.",
    "Regulated by IPSO: what the press watchdog can and cannot do",
    "A member of IPSO since 2014, the Chronicle has published three corrections this year.",
    "The firm, registered in England and Wales under number 04567812, went into administration on Monday.",
    "Benue Tribune Ltd, RC 482913, was struck off the register by the CAC on Monday.",
    "Die Firma ist beim Amtsgericht München, HRB 123456, eingetragen und meldete am Montag Insolvenz an.",
    "Kleenex is a registered trademark of Kimberly-Clark, yet many people use the name for any tissue.",
    "ISSN 0028-0836 is the print identifier of the journal Nature.",
    "Ansvarig utgivare avgår efter avslöjandet",
    "The company registration number 01234567 appeared on the invoice.",
    "He said the logo is a registered trademark of the club.",
    "The CC BY licence lets anyone reuse the text.",
    "CC 2024",
    "Copyright Office weighs in on AI training",
    "Copyright law of 1976, explained for musicians",
    "The court ruled that the photographs may not be reproduced without the family's permission.",
    "Reproduction of the coin's design without a licence is prohibited under the Currency Act.",
    "The band said all rights reserved by the label would pass back to them in 2030.",
    "Critics argued that copying the design was prohibited, but the judge disagreed.",
    "Vitamin C (c) and zinc are often sold together.",
    "© PR",
)


@pytest.mark.parametrize(("line", "what"), RIGHTS_LINES)
def test_rights_lines_are_found(line: str, what: str) -> None:
    assert rights_of(line) == what


@pytest.mark.parametrize("line", NOT_RIGHTS)
def test_stories_and_headlines_about_copyright_are_not_rights_lines(line: str) -> None:
    assert rights_of(line) is None


def test_a_rights_line_inside_a_quotation_is_speech() -> None:
    assert rights_of('"All rights reserved," the notice read, in small type.') is None


def test_a_long_paragraph_is_not_tried() -> None:
    long = "All rights reserved. " + "The rest of this paragraph tells a story at length. " * 8
    assert len(long) > MAX_RIGHTS_CHARS and rights_of(long) is None


def test_a_rights_line_is_fixed_chrome_of_the_legal_kind_and_its_score_is_capped() -> None:
    line = RIGHTS_LINES[0][0]
    assert fixed_chrome_of(line).chrome and fixed_chrome_of(line).kind == RIGHTS_KIND == "legal"
    assert capped([line, NOT_RIGHTS[2]]) == [FIXED_CHROME_MAX_SCORE, 0.9]
