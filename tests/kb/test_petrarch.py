from datetime import date
from pathlib import Path

import pytest

from tacitus.kb.petrarch import read_dictionaries

from ..conftest import SHARED, needs_shared

ACTORS = """\
<!-- a comment block
 spanning lines -->
ARNOR_  [ARN]
+ARNORIAN
VLADIMIR_PUTIN_  # a comment
+PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV >080508]
GONDOR [GON]
"""
AGENTS = """\
!PERSON! = MAN, MEN
FOREIGN_MINISTER [~GOVFRM]
CONGRESS!PERSON! [~LEG]
"""


def test_actors_with_dated_codes(tmp_path: Path) -> None:
    (tmp_path / "x.actors").write_text(ACTORS)
    users, _ = read_dictionaries([tmp_path / "x.actors"])
    putin = users["user:vladimir-putin"]
    assert putin.aliases == ("PUTIN",)
    assert putin.code_on(date(2010, 1, 1)) == "RUSGOV"
    assert putin.code_on(date(1990, 1, 1)) == "RUSELI"
    assert users["user:arnor"].code_on(None) == "ARN"
    assert users["user:arnor"].aliases == ("ARNORIAN",)


def test_agents_with_macros(tmp_path: Path) -> None:
    (tmp_path / "x.agents").write_text(AGENTS)
    _, agents = read_dictionaries([tmp_path / "x.agents"])
    assert agents["foreign minister"].code == "GOV"
    assert {"congressman", "congressmen"} <= set(agents)


def test_overlay_takes_precedence(kb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "x.actors").write_text("RUSSIA [XXX]\n")
    users, _ = read_dictionaries([tmp_path / "x.actors"])
    assert kb.with_users(users).hits("russia")[0].kind == "user"


@needs_shared()
@pytest.mark.parametrize("name", ["Phoenix.Countries.actors.txt",
                                  "Phoenix.International.actors.txt",
                                  "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"])
def test_phoenix_dictionaries_import(name: str) -> None:
    users, agents = read_dictionaries([SHARED / "reference" / "phoenix" / name])
    assert len(users) + len(agents) > 100
