"""Axis and status models: predictions, evidence, reproducibility, safe persistence, CLI."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import FunctionTransformer
from typer.testing import CliRunner

from oficio.annotations.bundled import BUNDLED_PATH, load_bundled
from oficio.cli.main import app
from oficio.errors import ModelFileError, ModelHashError, UntrustedModelError
from oficio.extract.read.document import Document, Page
from oficio.labels import AXES
from oficio.models.calibration import SigmoidLinear, calibrated_proba
from oficio.models.features import HAND_FEATURES, HandFeatures, make_sample, requested_axes
from oficio.models.persistence import load_model, save_model
from oficio.models.registry import DEFAULT_MODEL, ModelRegistry, load_default
from oficio.models.shortcut import Shortcut
from oficio.models.training import build_examples, cross_validate, evaluate_model, fit_model
from oficio.models.union import direct_union, twins, union_features
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "replies.jsonl"

REFUSAL = (
    "MINISTERIO DEL INTERIOR\n\nLima, 3 de abril de 2019\n\nOFICIO N° 0311-2019-IN/DGSD\n\n"
    "Señor\nCARLOS RUIZ\nPresente.-\n\nTengo el agrado de dirigirme a usted en atención a su "
    "solicitud.\n\nAl respecto, se informa que no se cuenta con la información solicitada en "
    "los archivos de esta dependencia.\n\nAtentamente,\n\nJOSÉ LÓPEZ\nDirector General"
)
ACTIVITIES = (
    "GOBIERNO REGIONAL DEL CUSCO\n\nCusco, 5 de mayo de 2019\n\nOFICIO N° 0101-2019-GR-CUSCO\n\n"
    "Señora\nANA DÍAZ\nPresente.-\n\nEn atención a su solicitud le informamos lo siguiente."
    "\n\nEn el año 2015 se realizaron 45 talleres de sensibilización en colegios.\n\n"
    "La campaña informativa sobre la línea 1818 alcanzó a 300 personas en 2015."
    "\n\nAtentamente,\n\nROSA QUISPE\nGerente Regional"
)


def document(*pages: str) -> Document:
    return Document("test", "test.txt", "txt", [Page(i + 1, t) for i, t in enumerate(pages)])


@pytest.fixture(scope="module")
def examples():
    return build_examples(load_bundled(FIXTURE))


@pytest.fixture(scope="module")
def model(examples):
    return fit_model([e for e in examples if e.split == "train"])


def test_a_refusal_is_missing_and_the_refusal_sentence_is_the_evidence(model):
    doc = document(REFUSAL)
    prediction = model.predict_document(doc, (date(2017, 1, 1), date(2018, 12, 31)), "v1")
    assert prediction.status == "missing"
    status_evidence = [e for e in prediction.evidence if e.label == "status:missing"]
    assert status_evidence
    assert "no se cuenta con la información" in status_evidence[0].text
    for item in prediction.evidence:
        assert doc.pages[item.page - 1].text[item.start : item.end] == item.text


def test_the_requested_period_decides_answered_or_out_of_period(model):
    doc = document(ACTIVITIES)
    inside = model.predict_document(doc, (date(2015, 1, 1), date(2015, 12, 31)))
    after = model.predict_document(doc, (date(2017, 1, 1), date(2018, 12, 31)))
    assert inside.status == "answered"
    assert after.status == "out_of_period"
    assert inside.axes == ["prevention"]
    assert any(e.label == "prevention" and "talleres" in e.text for e in inside.evidence)


def test_probabilities_are_probabilities(model):
    prediction = model.predict_document(document(ACTIVITIES, REFUSAL))
    assert set(prediction.p) == set(AXES)
    assert all(0.0 <= p <= 1.0 for p in prediction.p.values())
    assert sum(prediction.status_p.values()) == pytest.approx(1.0, abs=1e-3)
    assert prediction.status_confidence == max(prediction.status_p.values())
    assert prediction.axes == sorted(a for a, p in prediction.p.items() if p >= 0.5)


def test_a_documents_probabilities_are_those_of_its_whole_text(model):
    """predict_document computes features with the passages; the text's row is the same."""
    doc, period = document(ACTIVITIES, REFUSAL), (date(2015, 1, 1), date(2015, 12, 31))
    prediction = model.predict_document(doc, period)
    sample = make_sample(doc.text, period)
    axes_p = model.predict_axes_proba([sample])[0]
    status_p = model.predict_proba([sample])[0]
    assert list(prediction.p.values()) == [round(float(p), 4) for p in axes_p]
    assert list(prediction.status_p.values()) == [round(float(p), 4) for p in status_p]


def test_held_out_fixture_replies_are_mostly_right(model, examples):
    metrics = evaluate_model(model, [e for e in examples if e.split == "heldout"])
    assert metrics["status_macro_f1"] >= 0.9
    assert metrics["axes_micro_f1"] >= 0.8


def test_training_is_reproducible(examples):
    subset = [e for e in examples if e.split == "train"][:60]
    first = cross_validate(subset, seed=7, folds=3)
    second = cross_validate(subset, seed=7, folds=3)
    assert first == second
    samples = [e.sample for e in examples if e.split == "heldout"]
    a, b = fit_model(subset), fit_model(subset)
    assert np.array_equal(a.predict_axes_proba(samples), b.predict_axes_proba(samples))
    assert np.array_equal(a.predict_proba(samples), b.predict_proba(samples))


def test_a_saved_model_loads_and_predicts_the_same(model, examples, tmp_path):
    path = save_model(model, tmp_path / "model.skops")
    loaded = load_model(path)
    samples = [e.sample for e in examples[:10]]
    assert np.allclose(loaded.predict_axes_proba(samples), model.predict_axes_proba(samples))
    assert np.allclose(loaded.predict_proba(samples), model.predict_proba(samples))


def test_a_pickle_renamed_to_skops_is_refused(model, tmp_path):
    path = tmp_path / "model.skops"
    path.write_bytes(pickle.dumps(model))
    with pytest.raises(ModelFileError) as error:
        load_model(path)
    assert error.value.code == "E102"


class Intruder:
    """A type no oficio model holds."""

    def __init__(self) -> None:
        self.payload = "x"


def test_a_skops_file_with_an_unexpected_type_is_refused(model, tmp_path):
    path = tmp_path / "model.skops"
    sio.dump({"model": model, "extra": Intruder()}, path)
    with pytest.raises(UntrustedModelError) as error:
        load_model(path)
    assert error.value.code == "E101"
    assert "Intruder" in str(error.value)


def test_a_skops_file_holding_something_else_is_refused(tmp_path):
    path = tmp_path / "model.skops"
    sio.dump({"weights": [1, 2, 3]}, path)
    with pytest.raises(UntrustedModelError):
        load_model(path)


def test_the_registry_keeps_versions_and_the_active_one(model, tmp_path):
    registry = ModelRegistry(tmp_path)
    first = registry.save(model, {"metrics": {}})
    second = registry.save(model, {"metrics": {}})
    assert registry.versions() == [first, second] and first != second
    assert registry.active_version() is None
    registry.activate(first)
    loaded = registry.load_active()
    assert (loaded.version, loaded.origin) == (first, "workspace")
    with pytest.raises(ModelFileError):
        registry.activate("2000.01.01-9")


TRAIN_AT_ONCE = """
import sys, time
from pathlib import Path
from oficio.models.persistence import load_model
from oficio.models.registry import ModelRegistry
model = load_model(sys.argv[2])
while time.time() < float(sys.argv[3]):  # all start saving at the same moment
    time.sleep(0.001)
registry = ModelRegistry(Path(sys.argv[1]))
version = registry.save(model, {"metrics": {}})
registry.activate(version)
print(version)
"""


def test_trainings_at_once_save_every_model_under_its_own_name(model, tmp_path):
    """Two `oficio train` at once both chose `2026.12.06-2`, and one model was lost.

    Four real processes (not forks of the test's, which may hold other threads' locks)
    load the same model, then save and activate it at the same moment."""
    path = save_model(model, tmp_path / "model.skops")
    workspace = tmp_path / "models"
    start = time.time() + 8
    workers = [subprocess.Popen([sys.executable, "-c", TRAIN_AT_ONCE, str(workspace), str(path),
                                 str(start)], stdout=subprocess.PIPE, text=True)
               for _ in range(4)]
    saved = sorted(worker.communicate(timeout=180)[0].strip() for worker in workers)
    assert all(worker.returncode == 0 for worker in workers)
    registry = ModelRegistry(workspace)
    assert len(set(saved)) == 4 and registry.versions() == sorted(saved)
    for version in saved:
        assert registry.load(version).version == version
    assert registry.active_version() in saved


def _weights_times(model, factor: float):
    """The model with every learned coefficient of its status classifier multiplied."""
    tampered = sio.loads(sio.dumps(model), trusted=sio.get_untrusted_types(data=sio.dumps(model)))
    for step in tampered.status_model_.steps:
        for calibrated in getattr(step[1], "calibrated_classifiers_", []):
            calibrated.estimator.coef_ *= factor
    return tampered


def test_a_model_file_changed_after_training_is_refused(model, tmp_path):
    """Weights multiplied by -50 loaded without complaint, and `models list` showed the old
    metrics beside them."""
    registry = ModelRegistry(tmp_path)
    version = registry.save(model, {"metrics": {"cv": {}}})
    path = registry.root / version / "model.skops"
    assert registry.metadata(version)["model_sha256"] == hashlib.sha256(
        path.read_bytes()).hexdigest()
    assert registry.load(version).version == version
    registry.activate(version)  # changed after it was made active

    save_model(_weights_times(model, -50), path)  # a valid skops file, other weights
    assert load_model(path)  # the file itself is still a loadable model
    with pytest.raises(ModelHashError) as error:
        registry.load(version)
    assert error.value.code == "E108" and str(path) in str(error.value)
    listing = CliRunner().invoke(app, ["models", "list", "--workspace", str(tmp_path)])
    assert "E108" in listing.output
    classify = CliRunner().invoke(app, ["classify", str(FIXTURE), "--workspace",
                                        str(tmp_path)])
    assert isinstance(classify.exception, ModelHashError)  # `oficio` prints it, exits 1


def test_the_default_model_matches_its_recorded_hash():
    assert load_default().metadata["model_sha256"]


@pytest.mark.skipif(not DEFAULT_MODEL.is_file(), reason="no default model shipped yet")
def test_an_empty_workspace_falls_back_to_the_default_model(tmp_path):
    loaded = ModelRegistry(tmp_path).load_active()
    assert loaded.origin == "default"
    assert loaded.metadata["training_data_hash"]
    assert loaded.model.predict_document(document(REFUSAL)).status == "missing"


# The bundled set ships with the package; OFICIO_BUNDLED points at another copy.
BUNDLED = Path(os.environ.get("OFICIO_BUNDLED", str(BUNDLED_PATH)))
needs_bundled = pytest.mark.skipif(
    not (DEFAULT_MODEL.is_file() and BUNDLED.is_file()),
    reason="needs the default model and the bundled set",
)


@pytest.fixture(scope="module")
def bundled_heldout_metrics():
    heldout = build_examples(load_bundled(BUNDLED, split="heldout"))
    return evaluate_model(load_default().model, heldout)


@needs_bundled
def test_the_default_model_keeps_its_measured_held_out_level(bundled_heldout_metrics):
    # Floors a little under the figures measured (axes micro-F1 0.9563, status macro-F1
    # 0.9101): a regression guard. The axes were 0.957 before off-topic documents got no
    # axis: five held-out missing replies never name the topic (CHANGELOG, oficio.models.topic).
    # Status was 0.9326 before a no-information statement's years stopped counting as
    # information: one held-out acknowledgment turned answered, for +0.06 to +0.11 on the
    # sets written by others (CHANGELOG). Status went 0.9318 -> 0.9101 and axes 0.9427 ->
    # 0.9563 when the third file of written replies joined the training data and short
    # texts went to the topic model: a short English answer is judged off topic (0.53) and
    # an acknowledgment out of period, for +0.02 to +0.12 status on the development sets.
    assert bundled_heldout_metrics["status_macro_f1"] >= 0.905
    assert bundled_heldout_metrics["axes_micro_f1"] >= 0.945


@needs_bundled
def test_the_default_model_meets_the_axis_target_on_the_held_out_split(bundled_heldout_metrics):
    assert bundled_heldout_metrics["axes_micro_f1"] >= 0.92


def test_cli_trains_lists_and_classifies(tmp_path):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()[:60]
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(lines) + "\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    runner = CliRunner()
    result = runner.invoke(
        app, ["train", "--workspace", str(workspace), "--bundled", str(small), "--activate"]
    )
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output
    active = (workspace / "models" / "ACTIVE").read_text().strip()
    listing = runner.invoke(app, ["models", "list", "--workspace", str(workspace)])
    assert active in listing.output
    letter = tmp_path / "letter.txt"
    letter.write_text(REFUSAL, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "classify",
            str(letter),
            "--period",
            "2017-01-01:2018-12-31",
            "--json",
            "--workspace",
            str(workspace),
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["status"] == "missing" and data["model_version"] == active


def test_cli_refuses_a_bad_period(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text(REFUSAL, encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", str(letter), "--period", "2018:2017"])
    assert result.exception is not None and "E105" in str(result.exception)


def test_a_missing_reply_is_about_the_axes_its_text_says_were_asked():
    about = requested_axes(
        "Se comunica que no se cuenta con información sobre las denuncias y operativos "
        "policiales por trata de personas.\n\nAtentamente,\nDirección de Asistencia"
    )
    acknowledged = requested_axes(
        "Acusamos recibo de su solicitud, que ha sido derivada al área competente."
    )
    assert about == ["prosecution"]
    assert acknowledged == []


def test_a_body_saying_it_does_not_do_what_was_asked_names_the_axes_asked():
    referred = requested_axes(
        "Esta Gerencia tiene a su cargo el transporte regional y no realiza actividades de "
        "sensibilización sobre trata ni brinda servicios de acogida a víctimas. Se trasladó su "
        "pedido a la entidad competente."
    )
    assert referred == ["prevention", "protection"]
    denied = requested_axes(
        "Usted pide las actas de las investigaciones contra bandas criminales de explotación "
        "laboral; dicha información es reservada."
    )
    assert "prosecution" in denied


def test_a_sentence_on_the_bodys_own_functions_is_not_what_was_asked():
    # Its "fiscalización" is the regulator's own work, not the prosecution of the crime.
    asked = requested_axes(
        "Usted solicita información sobre las campañas de sensibilización contra la trata de "
        "personas. Al respecto, sus funciones se circunscriben a la regulación, supervisión y "
        "fiscalización de los servicios de saneamiento, por lo que no posee la información."
    )
    assert asked == ["prevention"]


def test_an_institution_named_in_a_reply_is_not_an_axis_it_informs_about():
    # The office a request was sent on to, named in full, holds the word "Prevención";
    # the reply says nothing about prevention.
    referred = requested_axes(
        "Su solicitud ha sido derivada al Programa Nacional para la Prevención y Erradicación"
        " de la Violencia contra las Mujeres, entidad competente para atenderla."
    )
    assert referred == []


def test_a_request_restated_in_other_words_still_gives_its_axes():
    asked = requested_axes(
        "En su consulta, usted desea conocer datos acerca de los albergues para víctimas de "
        "trata.\n\nAl respecto, no se cuenta con dicha información."
    )
    assert asked == ["protection"]


def test_words_of_another_axis_used_in_passing_do_not_name_it():
    # Victims rescued earlier, and work done "in coordination with" others: the request is
    # about care for victims only.
    asked = requested_axes(
        "Su pedido se refiere a la atención psicológica brindada a las víctimas rescatadas, "
        "en articulación con otras entidades del sector."
    )
    assert asked == ["protection"]


def test_direct_calibrated_probabilities_are_scikit_learns(model, examples):
    """The batch computes the probabilities itself once they matched scikit-learn's."""
    samples = [e.sample for e in examples if e.split == "heldout"]
    axes_features = model.axes_model_.named_steps["features"].transform(samples)
    status_features = model.status_model_.named_steps["features"].transform(samples)
    pairs = [(c, axes_features) for c in model.axes_model_.named_steps["clf"].estimators_]
    pairs.append((model.status_model_.named_steps["clf"], status_features))
    for calibrated, features in pairs:
        expected = calibrated.predict_proba(features)
        direct = SigmoidLinear.of(calibrated).predict_proba(features)
        np.testing.assert_allclose(direct, expected, rtol=0, atol=1e-12)
        calibrated_proba(calibrated, features[:1])  # checked against scikit-learn here
        np.testing.assert_allclose(calibrated_proba(calibrated, features), expected, rtol=0,
                                   atol=1e-12)


def test_another_calibration_method_uses_scikit_learn(examples):
    features = np.array([[float(i % 7), float(i % 3)] for i in range(40)])
    labels = np.array([i % 2 for i in range(40)])
    isotonic = CalibratedClassifierCV(LogisticRegression(), method="isotonic", cv=2,
                                      ensemble=False).fit(features, labels)
    assert SigmoidLinear.of(isotonic) is None
    for _ in range(2):
        np.testing.assert_array_equal(calibrated_proba(isotonic, features),
                                      isotonic.predict_proba(features))


def test_direct_features_are_scikit_learns(model, examples):
    """The batch computes the features of a reply and its passages itself once they matched
    scikit-learn's: the same matrix, entry for entry."""
    samples = [e.sample for e in examples if e.split == "heldout"]
    for pipeline in (model.axes_model_, model.status_model_):
        union = pipeline.named_steps["features"]
        expected = union.transform(samples)
        direct = direct_union(union)(samples)
        assert direct.shape == expected.shape and direct.format == "csr"
        assert abs(direct - expected).max() <= 1e-12
        union_features(union, samples[:1])  # checked against scikit-learn here
        assert abs(union_features(union, samples) - expected).max() <= 1e-12


def test_a_union_of_other_steps_uses_scikit_learn():
    union = FeatureUnion([("words", CountVectorizer()), ("lengths", FunctionTransformer(
        lambda texts: np.array([[len(t)] for t in texts])))]).fit(["uno dos", "dos tres"])
    texts = ["uno tres tres", "cuatro"]
    assert direct_union(union) is None
    for _ in range(2):
        assert (union_features(union, texts) != union.transform(texts)).nnz == 0


def test_a_shortcut_that_disagrees_or_fails_is_not_used(caplog):
    calls = []

    def general(model, X):
        calls.append(X)
        return np.array([X * 2.0])

    wrong = Shortcut("doubles", lambda model: lambda X: np.array([X * 3.0]), general)
    broken = Shortcut("doubles", lambda model: lambda X: 1 / 0, general)
    for shortcut in (wrong, broken):
        model = LogisticRegression()  # any object that can be weakly referenced
        assert [float(shortcut(model, x)[0]) for x in (1, 2, 3)] == [2.0, 4.0, 6.0]
    assert len(calls) == 6
    assert "using scikit-learn's" in caplog.text


def test_the_axis_and_status_features_are_computed_once_when_they_are_one_transform(
        model, examples):
    axis_union = model.axes_model_.named_steps["features"]
    status_union = model.status_model_.named_steps["features"]
    assert twins(axis_union, status_union)  # fitted on the same replies
    train = [e.sample for e in examples if e.split == "train"]
    assert twins(axis_union, clone(status_union).fit(train))
    reweighted = clone(status_union).set_params(transformer_weights={"words": 1.0, "hand": 2.0})
    assert not twins(axis_union, reweighted.fit(train))
    heldout = [e.sample for e in examples if e.split == "heldout"]
    assert not twins(axis_union, clone(status_union).fit(heldout))  # other words learned


def test_unions_that_cannot_be_compared_are_not_twins():
    union = FeatureUnion([("lengths", FunctionTransformer(lambda texts: [[len(texts)]]))])
    assert not twins(union, clone(union))


def test_axis_counts_read_each_sentence_once_whatever_passage_it_comes_in():
    # Reply: one sentence informs on prevention with a figure, one restates the request
    # (protection), one says there is no information on shelters (protection). A passage
    # repeats the first sentence: its counts are those of that sentence alone.
    informing = "Se realizaron 12 talleres de sensibilización sobre trata de personas."
    reply = (f"{informing} Usted solicita información sobre albergues para víctimas. "
             "No se cuenta con información sobre albergues para víctimas.")
    rows = HandFeatures().fit([]).transform([make_sample(reply), make_sample(informing)])
    named = dict(zip(HAND_FEATURES, rows[0], strict=True))
    alone = dict(zip(HAND_FEATURES, rows[1], strict=True))
    assert named["axis_prevention_body"] == alone["axis_prevention_body"] == np.log1p(1)
    assert named["axis_prevention_figures"] == np.log1p(1)
    assert named["axis_protection_body"] == 0  # asked for, and the no-information sentence
    assert named["axis_protection_request"] == named["axis_protection_request_only"] == 1
    assert named["axis_protection_no_information"] == np.log1p(1)
    assert alone["axis_protection_request"] == 0


def test_a_reply_that_restates_the_request_and_answers_for_other_years_is_out_of_period():
    # One sentence holds the restated request and the answer; the answer's years count.
    text = ("OFICIO N° 88-2019-GR\nSeñora\nPresente.-\nAtendiendo a lo solicitado en su "
            "carta sobre la lucha contra la trata de personas, le informamos que en el año "
            "2014 la Subgerencia atendió a 17 víctimas y organizó 6 ferias informativas con "
            "410 asistentes.\nAtentamente,")
    prediction = load_default().model.predict_document(
        document(text), (date(2018, 1, 1), date(2018, 12, 31)))
    assert prediction.status == "out_of_period"


def test_models_activate_and_rollback_from_the_command_line(tmp_path):
    # Two saved versions (the default model's weights, saved as a training would), then
    # what an analyst does: activate the older one, the newer, and roll back twice.
    shipped = load_default()
    registry = ModelRegistry(tmp_path)
    first = registry.save(shipped.model, dict(shipped.metadata))
    second = registry.save(shipped.model, dict(shipped.metadata))
    runner = CliRunner()

    def models(*args: str):
        result = runner.invoke(app, ["models", *args, "--workspace", str(tmp_path)])
        return result, registry.active_version()

    assert models("activate", first)[1] == first
    result, active = models("activate", second)
    assert result.exit_code == 0 and active == second and first in result.output
    assert models("rollback")[1] == first
    result, active = models("rollback")
    assert active is None and "default" in result.output  # the shipped model again
    model_file = tmp_path / "models" / second / "model.skops"
    model_file.write_bytes(model_file.read_bytes() + b"\0")  # changed since its training
    result, active = models("activate", second)
    assert isinstance(result.exception, ModelHashError) and active is None


@pytest.mark.parametrize(("text", "kind"), [
    ("OFICIO N° 14-2019-MDSJL/SG\nSeñor\nPresente.-\nAcusamos recibo de su solicitud de "
     "acceso a la información sobre la trata de personas, registrada con el expediente "
     "N° 3310-2019. Se encuentra en trámite ante la Gerencia de Desarrollo Social; la "
     "respuesta le será comunicada oportunamente.\nAtentamente,", "acknowledgment"),
    ("OFICIO N° 203-2019-PRODUCE/SG\nSeñora\nPresente.-\nEn relación con su pedido sobre las "
     "víctimas de trata de personas atendidas, esta entidad no es competente para brindar "
     "dicha información; por ello su solicitud ha sido trasladada al Ministerio de la Mujer "
     "y Poblaciones Vulnerables, conforme al artículo 15-A.\nAtentamente,",
     "not_competent_referred"),
    ("CARTA N° 31-2019-GRL/SG\nSeñor\nPresente.-\nRespecto de su solicitud sobre trata de "
     "personas, le pedimos precisar el periodo y la unidad a los que se refiere, en el plazo "
     "de dos días hábiles, bajo apercibimiento de darla por no presentada.\nAtentamente,",
     "clarification"),
])  # fmt: skip
def test_a_missing_reply_says_why_it_is_missing(text, kind):
    prediction = load_default().model.predict_document(
        document(text), (date(2018, 1, 1), date(2018, 12, 31)))
    assert (prediction.status, prediction.missing_kind) == ("missing", kind)
    assert any(e.label == f"missing_kind:{kind}" for e in prediction.evidence)


def test_a_reply_that_is_not_missing_has_no_missing_kind():
    text = ("OFICIO N° 77-2019-MIMP/DGCVG\nSeñora\nPresente.-\nEn atención a su solicitud, se "
            "informa que en el año 2018 se realizaron 14 talleres de prevención de la trata de "
            "personas con 620 escolares.\nAtentamente,")
    prediction = load_default().model.predict_document(
        document(text), (date(2018, 1, 1), date(2018, 12, 31)))
    assert prediction.status == "answered" and prediction.missing_kind is None


# Replies written for issue 19's failures (not taken from any evaluation set).
FIGURES_AND_A_NOT_CREATED = (
    "OFICIO N° 512-2018-MTPE/4\nLima, 20 de agosto de 2018\nSeñora\nDIRECTORA "
    "EJECUTIVA\nPresente.-\nMe dirijo a usted en atención a su solicitud de acceso a la "
    "información pública sobre las acciones del sector contra la trata de personas con "
    "fines de explotación laboral. Al respecto, se informa que durante el año 2017 la "
    "Dirección de Promoción del Empleo organizó 42 charlas informativas sobre trabajo "
    "forzoso, a las que asistieron 1,860 trabajadores agrícolas de Ica y Piura, y se "
    "distribuyeron 15,000 volantes en las agencias de empleo. En cuanto al programa "
    "piloto de reinserción laboral de víctimas, este no ha sido creado a la fecha. Las "
    "inspecciones de trabajo son competencia de la SUNAFIL, entidad a la que puede "
    "dirigirse.\nAtentamente,\nJORGE PALACIOS\nSecretario General"
)
RESTATED_PERIOD_THEN_PLANS = (
    "OFICIO N° 233-2018-GRA/GRDS\nArequipa, 3 de setiembre de "
    "2018\nSeñor\nPresente.-\nEs grato dirigirme a usted con relación a su pedido de "
    "información sobre las acciones contra la trata de personas realizadas en el periodo "
    "enero 2017 - junio 2018. Sobre el particular, la Gerencia Regional de Desarrollo "
    "Social ha previsto para los años 2019 a 2021 la instalación de una mesa regional, "
    "la elaboración de un protocolo de atención y 30 talleres con docentes, según el "
    "plan regional aprobado.\nAtentamente,\nROSA CCAMA\nGerente Regional"
)
SUBSTANTIVE_NULL = (
    "OFICIO N° 071-2018-MDC/A\nCarabayllo, 14 de julio de 2018\nSeñora\nPresente.-\nEn "
    "respuesta a su solicitud sobre las acciones de lucha contra la trata de personas, "
    "le comunico que durante el periodo solicitado esta Municipalidad no ha desarrollado "
    "acciones de prevención, atención ni persecución de la trata de personas, ni ha "
    "asignado presupuesto a dicha materia.\nAtentamente,\nLUIS ROMERO\nAlcalde"
)
IN_AND_OUT_OF_PERIOD = (
    "OFICIO N° 440-2018-DIRCTPTIM-PNP\nLima, 2 de agosto de 2018\nSeñor\nPresente.-\nEn "
    "atención a su solicitud sobre trata de personas del periodo 2017 - 2018, se informa "
    "que en el año 2016 la División registró 95 denuncias y en el año 2017 se ejecutaron "
    "38 operativos con 112 víctimas rescatadas.\nAtentamente,\nCOMANDANTE PNP"
)


@pytest.mark.parametrize(("text", "status"), [
    (FIGURES_AND_A_NOT_CREATED, "answered"),  # figures given; "no ha sido creado" is one line
    (SUBSTANTIVE_NULL, "answered"),  # "no ha desarrollado acciones": a substantive null
    (IN_AND_OUT_OF_PERIOD, "answered"),  # 2016 and 2017 for a 2017-2018 request
    (RESTATED_PERIOD_THEN_PLANS, "out_of_period"),  # only plans for 2019-2021
])  # fmt: skip
def test_the_status_follows_the_guide_on_the_replies_of_issue_19(text, status):
    from oficio.extract.header.letter import find_period

    found = find_period(text)
    period = (found[0], found[1]) if found else None
    prediction = load_default().model.predict_document(document(text), period)
    assert prediction.status == status


def test_another_bodys_competence_gives_no_axis():
    # "Las inspecciones de trabajo son competencia de la SUNAFIL": no information on them.
    prediction = load_default().model.predict_document(document(FIGURES_AND_A_NOT_CREATED),
                                                       (date(2017, 1, 1), date(2017, 12, 31)))
    assert "prosecution" not in prediction.axes and "prevention" in prediction.axes


def test_the_requested_period_is_the_restated_one_not_the_periods_of_the_plans():
    from oficio.extract.header.letter import find_period

    assert find_period(RESTATED_PERIOD_THEN_PLANS)[:2] == (date(2017, 1, 1), date(2018, 6, 30))


SUBJECT_AND_PENDING = (
    "OFICIO N° 045-2020-MINCETUR/VMT\nLima, 10 de marzo de 2020\n\nAsunto: Acciones contra la "
    "explotación sexual en el turismo, año 2019\n\nSeñor\nCARLOS MENDOZA\nPresente.-\n\n"
    "Tengo el agrado de dirigirme a usted con relación al documento de la referencia. Al "
    "respecto, la Dirección de Turismo cuenta con la siguiente información:\n\n"
    "Acción 2016 2017\nOperadores de hospedaje capacitados 230 310\n"
    "Códigos de conducta suscritos 45 52\nCampañas en terminales 6 9\n\n"
    "La información del año 2019 se encuentra en proceso de consolidación.\n\nAtentamente,"
)


def test_the_subject_line_and_a_pending_statement_are_not_information_for_their_year():
    # "Asunto: ... año 2019" restates the request; "los datos del año 2019 se encuentran en
    # proceso" says they are not there: only 2016 and 2017 are informed.
    prediction = load_default().model.predict_document(
        document(SUBJECT_AND_PENDING), (date(2019, 1, 1), date(2019, 12, 31)))
    assert prediction.status == "out_of_period"


NO_RECORDS_FOR_THE_YEAR = (
    "OFICIO N° 118-2019-MPH/GDS\nHuancayo, 4 de abril de 2019\n\nSeñora\nMARTA QUISPE\n"
    "Presente.-\n\nEs grato saludarla y, en relación con su pedido sobre las acciones de "
    "prevención de la trata de personas del año 2018. Al respecto, esta Gerencia no cuenta "
    "con registros de las actividades realizadas en 2018 por el cambio de gestión. En el año "
    "2015 se realizaron 9 charlas en colegios con 640 estudiantes y en 2016 se distribuyeron "
    "3 000 trípticos en el terminal terrestre.\n\nAtentamente,"
)


def test_no_records_for_the_requested_year_is_not_information_for_it():
    # "no cuenta con registros ... en 2018" says nothing was informed for 2018: only 2015
    # and 2016 are, so the reply is out of period.
    prediction = load_default().model.predict_document(
        document(NO_RECORDS_FOR_THE_YEAR), (date(2018, 1, 1), date(2018, 12, 31)))
    assert prediction.status == "out_of_period"


ONLY_LATER_BUDGETS = (
    "CARTA N° 031-2020-OPP-MDY\nPucallpa, 14.02.2020\n\nSeñor\nJULIO RENGIFO\nPresente.-\n\n"
    "Asunto : Presupuesto contra la trata de personas (periodo consultado: 2019)\n"
    "Referencia : Solicitud de acceso a la información pública\n\n"
    "Me dirijo a usted, en atención a su solicitud, para comunicarle que en el Presupuesto "
    "Institucional de Apertura del año fiscal 2020 se incluyó la actividad de prevención de "
    "la trata de personas en colegios con S/ 18,000.00, y que para el año 2021 se ha "
    "previsto S/ 22,000.00.\n\nAtentamente,"
)


def test_a_year_on_the_subject_line_is_the_request_not_the_answer():
    # "(periodo consultado: 2019)": the colon must not cut 2019 off into a statement that
    # passes for information on 2019; the reply only gives 2020 and 2021.
    from oficio.extract.header.letter import find_period

    found = find_period(ONLY_LATER_BUDGETS)
    assert found[:2] == (date(2019, 1, 1), date(2019, 12, 31))
    prediction = load_default().model.predict_document(
        document(ONLY_LATER_BUDGETS), found[:2])
    assert prediction.status == "out_of_period"


OTHER_HALF = (
    "MUNICIPALIDAD PROVINCIAL DE HUARAL\nOFICIO N° 018-2019-MPH/GDS\nHuaral, 9 de enero de "
    "2019\nSeñora\nPresente.-\nEn relación con su pedido sobre las acciones contra la trata de "
    "personas del segundo semestre de 2018, se informa que en el primer semestre de 2018 la "
    "Gerencia de Desarrollo Social dictó 6 talleres de prevención en colegios y capacitó a "
    "45 docentes en la identificación de casos de trata.\nAtentamente,\nGerente"
)


def test_information_on_another_half_of_the_year_is_out_of_period():
    # the request restated (second half of 2018), the answer on the first half only: a
    # model that says "answered" is overruled by the statements, as the guide says
    from oficio.extract.header.letter import find_period
    from oficio.models.statements import read_statements
    from oficio.models.status_rules import ruled_status

    found = find_period(OTHER_HALF)
    assert found[:2] == (date(2018, 7, 1), date(2018, 12, 31))
    statements = read_statements(document(OTHER_HALF))
    assert ruled_status("answered", statements, found[:2]) == "out_of_period"
    # the whole year asked: the same answer is in period
    assert ruled_status("answered", statements, (date(2018, 1, 1), date(2018, 12, 31))) \
        == "answered"


def test_a_request_restated_as_a_list_gives_the_axes_of_its_items():
    # the request word, then its items after a colon and between semicolons
    listed = requested_axes(
        "Usted pide lo siguiente: a) las sesiones de la mesa distrital; b) las charlas en "
        "colegios; c) los operativos realizados con la PNP.\n\nNo se cuenta con dicha "
        "información en los archivos."
    )
    assert listed == ["governance", "prevention", "prosecution"]
    four = requested_axes("Recibimos su solicitud sobre lo hecho en los cuatro ejes del PNAT "
                          "durante 2019. Será atendida por la Secretaría General.")
    assert four == ["governance", "prevention", "protection", "prosecution"]
    seeking = requested_axes("We understand you are seeking data on survivors assisted in "
                             "shelters in 2020. Our team will write to you.")
    assert seeking == ["protection"]


def test_a_written_file_whose_axes_are_not_learned_teaches_the_status_only():
    # The fourth written file lowered the axes on the development sets and raised the
    # statuses: its axis labels are left out of training, its statuses kept.
    from oficio.annotations.bundled import training_replies
    from oficio.models.training import evaluate

    examples = build_examples(training_replies())
    status_only = [e for e in examples if e.axes is None]
    assert len(status_only) == 160
    assert all(e.status in ("answered", "out_of_period", "missing") for e in status_only)

    base = [e for e in build_examples(load_bundled(FIXTURE)) if e.split == "train"]
    without = fit_model(base)
    with_them = fit_model(base + status_only[:20])
    probe = [e.sample for e in status_only[20:30]]
    # the axes model saw the same replies; the status model saw twenty more
    assert np.array_equal(without.predict_axes_proba(probe), with_them.predict_axes_proba(probe))
    assert not np.array_equal(without.predict_proba(probe), with_them.predict_proba(probe))

    # scored: a reply without axis labels counts for the status, not for the axes
    truth = [{"axes": ["prevention"], "status": "answered"},
             {"axes": None, "status": "missing"}]
    predicted = [{"axes": ["prevention"], "status": "answered"},
                 {"axes": ["protection"], "status": "missing"}]
    scores = evaluate(truth, predicted)
    assert scores["axes_micro_f1"] == 1.0
    assert scores["axes"]["protection"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0,
                                            "support": 0}
    assert scores["status"]["missing"]["support"] == 1
