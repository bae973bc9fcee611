"""A reply gets the axes its statements are surely about, learned from labelled statements
(issue 19: read each reply as statements, tag each with its axis)."""

from __future__ import annotations

from datetime import date

from oficio.annotations.bundled import load_bundled, written_replies
from oficio.extract.read.document import Document, Page
from oficio.models.registry import load_default
from oficio.models.statement_axes import fit_statement_axes, labelled_statements
from oficio.models.training import build_examples, fit_model
from tests.conftest import ROOT

# A letter about prevention with one sentence about a shelter: the whole letter's words
# gave prevention alone (protection 0.16), though the guide gives every axis informed on.
SHELTER_IN_A_PREVENTION_LETTER = (
    "MUNICIPALIDAD PROVINCIAL DE SATIPO\nGerencia de Desarrollo Social\n\n"
    "Satipo, 14 de febrero de 2022\n\nOFICIO N° 057-2022-MPS/GDS\n\n"
    "Señora\nCARLA MEZA\nPresente.-\n\n"
    "ASUNTO: Acciones contra la trata de personas, año 2021\n\n"
    "En atención a su solicitud, le informo que durante el año 2021 esta Gerencia realizó 18 "
    "charlas de sensibilización en colegios secundarios de Satipo, Mazamari y Pangoa, con "
    "1,240 estudiantes; distribuyó 3,500 volantes sobre ofertas de empleo engañosas en el "
    "terminal terrestre y difundió spots radiales en asháninka y castellano durante la "
    "campaña de julio.\n\n"
    "Asimismo, se capacitó a 42 docentes tutores en la identificación de señales de "
    "captación.\n\n"
    "Dos adolescentes fueron acogidas en el Hogar de Refugio Temporal de la provincia, donde "
    "recibieron atención psicológica.\n\nAtentamente,\n\nJULIO PÉREZ\n"
    "Gerente de Desarrollo Social"
)
YEAR_2021 = (date(2021, 1, 1), date(2021, 12, 31))


def test_an_axis_one_statement_informs_on_is_the_replys_with_that_statement_as_evidence():
    model = load_default()
    letter = Document("t", "t.pdf", "pdf", [Page(1, SHELTER_IN_A_PREVENTION_LETTER)])
    prediction = model.model.predict_document(letter, YEAR_2021, model.version)
    assert prediction.status == "answered"
    assert prediction.axes == ["prevention", "protection"]
    assert prediction.p["protection"] >= 0.95  # the statement's, so that p and axes agree
    shown = [e.text for e in prediction.evidence if e.label == "protection"]
    assert shown and shown[0].startswith("Dos adolescentes fueron acogidas en el Hogar")


def test_only_informing_statements_about_trafficking_teach_the_tagger():
    replies = [r for r in written_replies() if r.statements]
    texts, axes = labelled_statements([{"statements": r.statements} for r in replies])
    acts = {s["act"] for r in replies for s in r.statements}
    assert {"restatement", "referral", "acknowledgment"} <= acts  # in the files, left out
    informing = [s for r in replies for s in r.statements
                 if s["act"] in ("information", "null_answer") and s["on_topic"]]
    assert len(texts) == len(informing) == axes.shape[0] and axes.shape[1] == 4
    # a reply on other matters has informing statements too: none of them is learned
    off_topic = next(s for r in replies for s in r.statements
                     if s["act"] == "information" and not s["on_topic"])
    assert off_topic["text"] not in texts


def test_a_model_trained_without_labelled_statements_keeps_the_whole_letters_axes():
    # A workspace's own bundled file may have no statement labels: no tagger is fitted
    # and the reply's axes are those of the whole letter, as before.
    train = [e for e in build_examples(load_bundled(ROOT / "tests" / "fixtures" /
                                                    "replies.jsonl")) if e.split == "train"]
    assert fit_statement_axes([e.label for e in train]) is None
    model = fit_model(train)
    letter = Document("t", "t.pdf", "pdf", [Page(1, SHELTER_IN_A_PREVENTION_LETTER)])
    prediction = model.predict_document(letter, YEAR_2021, "v1")
    assert model.statement_axes_ is None
    assert not [e for e in prediction.evidence if e.label == "protection"
                and e.text.startswith("Dos adolescentes")]
