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
DEPUTY [ ~LEG]
SHEPHERD {SHEPHERDS HERDSMEN} [~AGR]
CAVALRY {} [~MILCAV]
WITNESS [~CVL]
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
    assert agents["foreign minister"].code == "GOVFRM"  # the whole code, not its head
    assert {"congressman", "congressmen"} <= set(agents)
    assert "congressmans" not in agents  # a macro's words take no plural


def test_agent_plurals(tmp_path: Path) -> None:
    (tmp_path / "x.agents").write_text(AGENTS)
    _, agents = read_dictionaries([tmp_path / "x.agents"])
    assert agents["foreign ministers"].code == "GOVFRM"  # a regular plural is formed
    assert agents["deputies"].code == "LEG" and agents["witnesses"].code == "CVL"
    assert {"shepherds", "herdsmen"} <= set(agents)  # irregular plurals as listed
    assert "cavalrys" not in agents and agents["cavalry"].code == "MILCAV"  # {}: none


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


def test_spaced_date_restrictions(tmp_path: Path) -> None:
    (tmp_path / "x.actors").write_text(
        "THORIN\n+OAKENSHIELD\n\t[DWF < 900101]\n\t[DWFGOV 19900101 - 19991231]\n"
        "\t[DWFREB > 000101]\n")
    users, _ = read_dictionaries([tmp_path / "x.actors"])
    thorin = users["user:thorin"]
    assert thorin.code_on(date(1985, 5, 1)) == "DWF"
    assert thorin.code_on(date(1995, 5, 1)) == "DWFGOV"
    assert thorin.code_on(date(2005, 5, 1)) == "DWFREB"
