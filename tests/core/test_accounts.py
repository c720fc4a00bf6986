"""Account prompts (a perk behind a sign-in, invitations to register, social log-ins, a log-in box's small
lines, a comment box's prompt) are fixed chrome; stories about accounts and log-ins are not. Every line here
was written for this project."""

from __future__ import annotations

import pytest

from service.core.accounts import MAX_ACCOUNT_CHARS, account_of
from tests.builders import assert_capped_fixed_chrome, assert_found_share, written_lines, written_texts

#: (line, what account prompt it is)
ACCOUNT_LINES = (
    ("Sign in to save this article for later.", "feature"),
    ("Create a free account to follow the topics you care about.", "feature"),
    ("Log in to add this article to your reading list.", "feature"),
    ("Melden Sie sich an, um dem Autor zu folgen.", "feature"),
    ("Connectez-vous pour recevoir nos alertes.", "feature"),
    ("Don't have an account? Register for free", "join"),
    ("Already have an account? Sign in", "join"),
    ("Noch kein Konto? Jetzt registrieren", "join"),
    ("¿No tienes cuenta? Regístrate", "join"),
    ("Sign in with Google", "social"),
    ("Continuer avec Facebook", "social"),
    ("Forgot your password?", "password"),
    ("Keep me signed in", "password"),
    ("Your session has expired. Please log in again.", "password"),
    ("Passwort vergessen?", "password"),
    ("パスワードをお忘れの方", "password"),
    ("You must be logged in to post a comment.", "comments"),
    ("Connectez-vous pour commenter cet article.", "comments"),
)

#: Stories and quotes about accounts, passwords and log-ins.
STORY_LINES = (
    "Customers could not log in to their accounts for three days after the update.",
    "Users can now sign in with a passkey instead of a password.",
    '"I forgot my password and the bank locked me out," she said.',
    "Voters have until Friday to register to vote in the local election.",
    "The company said 2 million passwords were exposed in the breach.",
    "Registered users can now join public chat rooms from day one.",
    "Sign up for the scheme, the council urged residents, before the deadline.",
    "Log in to your bank's app and change your password, experts advised.",
    "Mehr als eine Million Nutzer konnten sich am Montag nicht anmelden.",
    "Les électeurs doivent s'inscrire sur les listes avant le 10 mars.",
    "Log in to your tax account and download your P60 before you file.",
    "Don't have a bank account? Here is how to get the payment.",
    "Already registered? Check your polling station on the council's website.",
    "Forgot your password? You are not alone: most users reset one every month.",
    "Sign in with Google or Facebook, then pick a username.",
    "Registration is free and open to every resident over 16.",
    "Your session has expired, the fake page told customers.",
)


@pytest.mark.parametrize(("text", "what"), ACCOUNT_LINES)
def test_account_prompts_are_found_with_what_they_ask(text: str, what: str) -> None:
    assert account_of(text) == what


@pytest.mark.parametrize("text", STORY_LINES)
def test_stories_about_accounts_are_not_account_prompts(text: str) -> None:
    assert account_of(text) is None


def test_a_line_longer_than_a_prompt_is_left_to_the_model() -> None:
    line = "Sign in to save this article. " + "The council met on Tuesday to discuss the budget. " * 4
    assert len(line) > MAX_ACCOUNT_CHARS
    assert account_of(line) is None


def test_an_account_prompt_is_fixed_chrome_left_to_the_kind_model_and_its_score_is_capped() -> None:
    # left to the kind model: a log-in prompt under a paywall notice is read as part of the wall
    assert_capped_fixed_chrome("Sign in to save this article for later.")


@pytest.fixture(scope="module")
def written() -> dict[str, list[dict[str, str]]]:
    return written_lines("accounts")


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.8), ("check", 0.35)])
def test_the_account_prompts_the_rule_was_written_against_are_found(
    written: dict[str, list[dict[str, str]]], split: str, floor: float
) -> None:
    assert_found_share(written_texts(written, "prompts", split), account_of, floor, f"{split} account prompts")


def test_stories_about_accounts_are_left_alone(written: dict[str, list[dict[str, str]]]) -> None:
    dev = written_texts(written, "stories", "dev")
    check = written_texts(written, "stories", "check")
    assert [text for text in dev if account_of(text) is not None] == []
    # the check stories were never read: none of their 119 lines is matched (docs/model-history.md)
    assert [text for text in check if account_of(text) is not None] == []
