"""Mode on a table of sentences written for tacitus, covering every mode."""

import pytest

CASES = [
    # asserted
    ("Russia accused Ukraine of shelling the city.", "accused", "asserted"),
    ("The United States imposed sanctions on Iran on Monday.", "imposed", "asserted"),
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.", "met", "asserted"),
    ("Israeli police arrested dozens of protesters in Jerusalem.", "arrested", "asserted"),
    ("Japan criticized North Korea for the launch.", "criticized", "asserted"),
    ("Turkey has condemned the attack on its embassy.", "condemned", "asserted"),
    ("Pakistan rejected India's proposal.", "rejected", "asserted"),
    ("Germany sent aid to Ukraine.", "sent", "asserted"),
    ("Iran threatened Israel with retaliation.", "threatened", "asserted"),
    ("Egypt hosted Sudanese leaders in Cairo.", "hosted", "asserted"),
    # planned
    ("Putin will meet Xi next month.", "meet", "planned"),
    ("North Korea and South Korea agreed to hold talks on Friday.", "hold", "planned"),
    ("France plans to impose sanctions on Russia.", "impose", "planned"),
    ("The two leaders are scheduled to meet in Geneva.", "meet", "planned"),
    ("Japan is going to send aid to the Philippines.", "send", "planned"),
    ("India intends to sign a deal with France.", "sign", "planned"),
    ("Kremlin aide Yuri Ushakov said the leaders would hold talks.", "hold", "planned"),
    ("Iran is expected to host Iraqi officials next week.", "host", "planned"),
    ("Brazil promised to help Bolivia.", "help", "planned"),
    ("China is preparing to visit Russia.", "visit", "planned"),
    # negated
    ("Russia did not attack Ukraine on Tuesday.", "attack", "negated"),
    ("Israel never accused Iran of the attack.", "accused", "negated"),
    ("China has not condemned Russia.", "condemned", "negated"),
    ("Germany failed to persuade Turkey.", "persuade", "negated"),
    ("Venezuela refused to release the prisoners.", "release", "negated"),
    ("North Korea didn't meet South Korea.", "meet", "negated"),
    ("Japan will not visit China.", "visit", "negated"),
    # alleged
    ("The United States accused Moscow of providing aid to North Korea.", "providing", "alleged"),
    ("India accused Pakistan of sheltering militants.", "sheltering", "alleged"),
    ("Ukraine accused Russia of attacking civilians.", "attacking", "alleged"),
    ("Israel blamed Iran for arming Hezbollah.", "arming", "alleged"),
    ("Syria charged Turkey with supporting rebels.", "supporting", "alleged"),
    ("Officials alleged that Iran had attacked the tanker.", "attacked", "alleged"),
    # denied
    ("Russia denied sending troops to Ukraine.", "sending", "denied"),
    ("Pakistan denied attacking Indian troops.", "attacking", "denied"),
    ("Iran denied supplying weapons to Yemen.", "supplying", "denied"),
    ("China denied that it had detained the activists.", "detained", "denied"),
    # hypothetical
    ("If sanctions are eased, North Korea will talk to the United States.", "eased", "hypothetical"),
    ("Russia could attack Ukraine again.", "attack", "hypothetical"),
    ("Iran might retaliate against Israel.", "retaliate", "hypothetical"),
    ("Turkey may invade Syria unless the Kurds withdraw.", "invade", "hypothetical"),
    ("If Russia attacks, NATO will respond.", "attacks", "hypothetical"),
]


@pytest.mark.parametrize("sentence,trigger,mode", CASES)
def test_mode(nlp, sentence: str, trigger: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    from tacitus.coding.mode import event_mode

    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert event_mode(tok) == mode


def test_table_covers_every_mode() -> None:
    assert len(CASES) >= 40
    assert {m for _, _, m in CASES} == {"asserted", "planned", "negated", "alleged", "denied",
                                        "hypothetical"}


def test_a_later_denial_marks_the_alleged_act_denied(code_text) -> None:  # type: ignore[no-untyped-def]
    rec = code_text("The United States has accused Moscow of providing food aid to North "
                    "Korea, although Moscow later denied the allegations.")
    modes = {e.cameo[:2]: e.mode for e in rec.events}
    assert modes.get("11") == "asserted"
    assert modes.get("07") == "denied"
    denial = next(e for e in rec.events if e.cameo == "016")
    assert denial.mode == "asserted" and denial.target is not None
    assert denial.target.country == "USA"
