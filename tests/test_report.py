"""The verification report (summarizer/verify/report.py): its JSON is the contract the pydantic models
wrote, byte for byte; reading one back validates it as strictly; the classes work as they did."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import SEED_004
from summarizer.errors import InputError
from summarizer.sources import load_sources
from summarizer.verify import (AlignedWord, ClaimReport, NonClaimReport, Reason, Stats, VerificationReport, Verifier,
                               VerifierConfig, verify)

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture_builders():
    # The functions that wrote the stored JSON with the pydantic models (tests/fixtures is no package).
    spec = importlib.util.spec_from_file_location("make_report_json", FIXTURES / "make_report_json.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_MAKE = _fixture_builders()


# -- the JSON is what the pydantic models wrote ----------------------------------------------------

@pytest.mark.parametrize("name", sorted(_MAKE.REPORTS))
def test_a_report_read_back_is_written_byte_for_byte_as_the_pydantic_models_wrote_it(name):
    # Read back, not built again: the verifier's own reports change with its rules, the contract must not.
    _, indented = _MAKE.REPORTS[name]
    expected = (FIXTURES / "reports" / name).read_text(encoding="utf-8")
    assert _MAKE.report_text(VerificationReport.from_json(expected), indented) == expected


@pytest.mark.parametrize("name", ["odd-values.json", "odd-values-compact.json"])
def test_a_report_built_by_hand_is_written_as_the_pydantic_models_wrote_it(name):
    # Built afresh (no verifier rule is involved): values a JSON file read back cannot hold, a tuple, inf.
    build, indented = _MAKE.REPORTS[name]
    assert _MAKE.report_text(build(), indented) == (FIXTURES / "reports" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("attribute", [False, True])
def test_todays_reports_are_written_as_pydantic_writes_the_same_classes(attribute):
    # pydantic serialising these dataclasses writes what its models wrote (the fixtures above show it, on
    # the pydantic models' output): so it checks the writer on the verifier's reports as they are today.
    from pydantic import TypeAdapter

    adapter = TypeAdapter(VerificationReport)
    for report in (_MAKE.demo(attribute), verify(_MAKE.SUMMARY, _MAKE.SOURCES, attribute=attribute),
                   Verifier(load_sources([str(p) for p in _MAKE.SEEDS]), VerifierConfig(attribute=attribute))
                   .check(SEED_004.read_text(encoding="utf-8"))):
        assert report.claims
        assert report.to_json(indent=2) == adapter.dump_json(report, indent=2).decode()
        assert report.to_json() == adapter.dump_json(report).decode()


def test_the_stored_json_covers_what_it_is_meant_to():
    # The fixtures are worth comparing against only if they hold the awkward cases.
    odd = (FIXTURES / "reports" / "odd-values-compact.json").read_text(encoding="utf-8")
    for piece in ('"tiny":1.5e-7', '"five":-0.000025', '"big":1e+16', '"nan":null', '"pair":[1,"a"]',
                  '"min_support":1.0', "\\u0000", "\u00e9"):
        assert piece in odd, piece
    demo = json.loads((FIXTURES / "reports" / "demo-attribute.json").read_text(encoding="utf-8"))
    assert demo["verifier"]["attribute"] is True and demo["stats"]["rejected"] > 0
    assert all(c["alignment"] for c in demo["claims"])
    compact = json.loads((FIXTURES / "reports" / "non-claims-compact.json").read_text(encoding="utf-8"))
    assert {n["kind"] for n in compact["non_claims"]} == {"heading", "reference"}


def _pydantic_json(value) -> str:
    """How a pydantic model wrote one value of a reason's details (the field was ``dict[str, Any]``)."""
    from typing import Any

    from pydantic import BaseModel

    class Details(BaseModel):
        value: Any

    return Details(value=value).model_dump_json()[len('{"value":'):-1]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.floats(allow_nan=True, allow_infinity=True) | st.floats(min_value=-1e-3, max_value=1e-3))
def test_every_float_in_a_report_is_written_as_pydantic_wrote_it(number):
    reason = Reason(code="unsupported_detail", message="m", details={"x": number, "in": ["a\"e-05", number]})
    text = reason.to_json()
    written = _pydantic_json(number)
    assert text == f'{{"code":"unsupported_detail","message":"m","details":{{"x":{written},"in":["a\\"e-05",{written}]}}}}'


@pytest.mark.parametrize("indent", [None, 2])
def test_details_of_any_shape_are_written_as_pydantic_wrote_them(indent):
    from typing import Any

    from pydantic import BaseModel

    class OldReason(BaseModel):  # the details field as the pydantic model had it
        code: str
        message: str
        details: dict[str, Any]

    details = {"set": {3}, "frozen": frozenset({"a"}), "keys": {1: "int", True: "bool", None: "none", 2.5: "float"},
               "empty": [[], {}, [{}]], "text": "\u00e9\u2028\x1f\\\"/", "deep": [[[1, [2.0, -0.0, 1e300]]]], "int": -(10 ** 20)}
    mine = Reason(code="uncited", message="\u201cm\u201d", details=details).to_json(indent=indent)
    theirs = OldReason(code="uncited", message="\u201cm\u201d", details=details).model_dump_json(indent=indent)
    assert mine == theirs


def test_a_value_with_no_json_form_is_a_type_error_not_a_silent_string():
    with pytest.raises(TypeError):
        Reason(code="uncited", message="m", details={"when": object()}).to_json()


def test_to_dict_is_the_plain_data_of_to_json():
    report = verify("Lee met Xi on Monday [1.1]. Kim left [1.1].", ["Lee met Xi on Monday."])
    data = report.to_dict()
    assert json.loads(report.to_json()) == json.loads(json.dumps(data))
    assert list(data) == ["claims", "stats", "non_claims", "verifier"]
    assert list(data["claims"][0]) == [f.name for f in dataclasses.fields(ClaimReport)]
    # A copy: changing it leaves the report as it was.
    data["claims"][0]["reasons"].append("x")
    assert report.claims[0].reasons != data["claims"][0]["reasons"]


# -- reading a report back ----------------------------------------------------------------------------

def _report_dict() -> dict:
    return json.loads(verify("Lee met Xi on Monday [1.1]. Kim left [1.1].", ["Lee met Xi on Monday."]).to_json())


def test_a_report_read_back_equals_the_report():
    report = verify("Lee met Xi on Monday [1.1]. Kim left [1.1].", ["Lee met Xi on Monday."], attribute=True)
    assert VerificationReport.from_json(report.to_json()) == report
    assert VerificationReport.from_dict(json.loads(report.to_json())) == report
    back = VerificationReport.from_dict(json.loads(report.to_json()))
    assert isinstance(back.claims[0].alignment[0], AlignedWord) and isinstance(back.verifier, VerifierConfig)


def _broken(change) -> dict:
    data = _report_dict()
    change(data)
    return data


@pytest.mark.parametrize("change, where", [
    (lambda d: d["claims"][1]["reasons"][0].update(code="made_up"), "claims.1.reasons.0.code"),
    (lambda d: d["claims"][0]["alignment"][0].update(relation="kinda"), "claims.0.alignment.0.relation"),
    (lambda d: d["claims"][0].update(verdict="maybe"), "claims.0.verdict"),
    (lambda d: d["non_claims"].append({"kind": "footnote", "text": "x", "start": 0, "end": 1}), "non_claims.0.kind"),
    (lambda d: d.update(extra=1), "extra"),
    (lambda d: d["claims"][0].update(score=0.5), "claims.0.score"),
    (lambda d: d["claims"][1]["reasons"][0].update(hint="x"), "claims.1.reasons.0.hint"),
    (lambda d: d["verifier"].update(temperature=0), "verifier.temperature"),
    (lambda d: d["stats"].update(flagged=0), "stats.flagged"),
    (lambda d: d["claims"][0]["alignment"][0].update(score=1), "claims.0.alignment.0.score"),
    (lambda d: d.pop("stats"), "stats"),
    (lambda d: d["claims"][0].update(start="early"), "claims.0.start"),
    (lambda d: d["verifier"].update(min_support="high"), "verifier.min_support"),
])
def test_a_report_the_contract_does_not_allow_is_refused_in_one_line(change, where):
    with pytest.raises(InputError) as excinfo:
        VerificationReport.from_dict(_broken(change))
    message = str(excinfo.value)
    assert message.startswith(f"not a valid VerificationReport: {where}: ") and "\n" not in message


def test_the_run_records_validate_the_reasons_and_settings_they_hold():
    # SummaryResult (a pydantic model) holds Reason and VerifierConfig as fields: same checks there.
    from pydantic import ValidationError

    from summarizer.records import ClaimOutcome, SummaryResult

    outcome = {"id": 1, "text": "t", "citations": [], "line": "t", "status": "rejected", "stage": "draft",
               "reasons": [{"code": "uncited", "message": "m", "details": {}}], "evidence": []}
    assert ClaimOutcome.model_validate(outcome).reasons == [Reason(code="uncited", message="m")]
    for bad in ({"code": "made_up", "message": "m"}, {"code": "uncited", "message": "m", "hint": 1}):
        with pytest.raises(ValidationError):
            ClaimOutcome.model_validate({**outcome, "reasons": [bad]})
    config = VerifierConfig().settings().to_dict()
    result = {"shape": "summary", "model": "m", "prompts": {}, "options": None, "verifier": config, "sources": []}
    assert SummaryResult.model_validate(result).verifier == VerifierConfig().settings()
    with pytest.raises(ValidationError):
        SummaryResult.model_validate({**result, "verifier": {**config, "temperature": 0}})
    dumped = SummaryResult.model_validate(result).model_dump(mode="json")["verifier"]
    assert dumped == config


# -- the classes -------------------------------------------------------------------------------------

def test_verifier_config_is_frozen_and_records_its_version_and_lexicon():
    config = VerifierConfig(attribute=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.attribute = False  # type: ignore[misc]
    recorded = config.settings()
    assert recorded.attribute is True and recorded.lexicon and recorded.version == VerifierConfig().version
    assert config.lexicon == "" and recorded != config and recorded == config.settings()
    assert hash(recorded) == hash(config.settings())


def test_verifier_config_keeps_min_support_a_float():
    config = VerifierConfig(min_support=1)
    assert config.min_support == 1.0 and type(config.min_support) is float
    assert '"min_support":1.0' in config.to_json()


@pytest.mark.parametrize("kwargs", [{"attribute": "yes"}, {"min_support": "0.5"}, {"shortlist": 2.5},
                                    {"max_evidence": True}, {"min_support": None}])
def test_a_verifier_setting_of_the_wrong_type_is_one_clear_input_error(kwargs):
    with pytest.raises(InputError) as excinfo:
        VerifierConfig(**kwargs)
    assert "\n" not in str(excinfo.value) and next(iter(kwargs)) in str(excinfo.value)


def test_a_reason_code_outside_the_closed_set_is_refused():
    with pytest.raises(InputError):
        Reason(code="made_up", message="m")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Reason("uncited", "m")  # type: ignore[misc]  # keyword arguments only, as with the models


def test_reports_compare_by_value_and_say_when_all_claims_are_supported():
    sources = ["Lee met Xi on Monday."]
    assert verify("Lee met Xi on Monday [1.1].", sources) == verify("Lee met Xi on Monday [1.1].", sources)
    assert verify("Lee met Xi on Monday [1.1].", sources).all_supported
    rejected = verify("Kim met Xi on Monday [1.1].", sources)
    assert not rejected.all_supported and rejected != verify("Lee met Xi on Monday [1.1].", sources)
    assert rejected.claims[0].reasons[0].claim_words == ["Kim"]
    stats = rejected.stats
    assert stats == Stats(claims=1, supported=0, rejected=1)
    assert NonClaimReport(kind="marker", text="[2]", start=0, end=3).to_dict() == {
        "kind": "marker", "text": "[2]", "start": 0, "end": 3}


def test_the_report_classes_have_slots():
    # About fifteen alignment entries per claim: no per-instance __dict__.
    report = verify("Lee met Xi on Monday [1.1].", ["Lee met Xi on Monday."])
    for thing in (report, report.claims[0], report.claims[0].alignment[0], report.stats, report.verifier):
        assert not hasattr(thing, "__dict__"), type(thing).__name__
