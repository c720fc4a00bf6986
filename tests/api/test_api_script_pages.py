"""The pages the load, soak and SIGTERM scripts send reach the service as it reads them."""

from __future__ import annotations

import httpx
import pytest

from tests.reliability.test_scripts import load_script

pytestmark = pytest.mark.anyio


async def test_every_fixture_page_is_sent_as_the_service_reads_it(client: httpx.AsyncClient) -> None:
    """Without ../shared the scripts send the fixture pages, one of them windows-1252: the bytes go without a
    charset, as a scraper forwards them, and the service reads their encoding (a claimed utf-8 made it a 400)."""
    loadtest = load_script("loadtest")
    headers = {"Content-Type": loadtest.HTML}
    statuses = [
        (await client.post(loadtest.CLASSIFY, content=page, headers=headers)).status_code
        for page in loadtest.fixture_pages()
    ]
    assert len(statuses) >= 10 and statuses == [200] * len(statuses)
