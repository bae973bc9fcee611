"""The status confidence mapped by the field calibration shipped for the bundled model."""

from __future__ import annotations

import json
from datetime import date

from oficio.extract.read.document import Document, Page
from oficio.models.field_calibration import (
    CEILING,
    FIELD_CALIBRATION,
    KEEP_FROM,
    field_calibration,
    fit_field_calibration,
)
from oficio.models.registry import load_default

# The model is right on most replies it gives between 0.5 and 0.9, and on all it is sure of.
CONFIDENCE = [0.52, 0.55, 0.58, 0.6, 0.64, 0.7, 0.75, 0.8, 0.85, 0.9, 0.96, 0.98, 0.99]
CORRECT = [True, False, True, True, True, True, True, False, True, True, True, True, True]


def test_a_fitted_map_raises_too_low_confidence_and_keeps_it_in_order():
    field = fit_field_calibration("v", CONFIDENCE, CORRECT)
    mapped = [field.apply(c) for c in CONFIDENCE]
    assert mapped == sorted(mapped)
    assert field.apply(0.6) > 0.6


def test_a_map_keeps_sure_confidences_and_never_makes_a_guess_sure():
    field = fit_field_calibration("v", CONFIDENCE, [True] * len(CONFIDENCE))
    assert field.apply(0.97) == 0.97
    assert all(field.apply(c) <= CEILING for c in CONFIDENCE if c < KEEP_FROM)


def test_the_shipped_map_is_the_bundled_models_and_no_other_models():
    model = load_default()
    shipped = json.loads(FIELD_CALIBRATION.read_text(encoding="utf-8"))
    assert shipped["model_version"] == model.version
    assert field_calibration(model.version) is not None
    assert field_calibration("20261207T101500-1") is None  # a model a workspace trained


def test_a_reply_gets_the_mapped_confidence_and_its_status_p_stays_the_models():
    text = ("OFICIO N° 0412-2025-MPCH/GDS\nChiclayo, 14 de enero de 2025\n\n"
            "Asunto: Acciones contra la trata de personas, año 2024\n\n"
            "En atención a su solicitud, se informa que en el año 2024 la Municipalidad "
            "realizó 6 charlas de prevención en colegios y atendió a 3 víctimas.\n\n"
            "Atentamente,")
    document = Document("t", "t.txt", "txt", [Page(1, text)])
    model = load_default()
    period = (date(2024, 1, 1), date(2024, 12, 31))
    raw = model.model.predict_document(document, period, model.version,
                                       field_calibrated=False)
    mapped = model.model.predict_document(document, period, model.version)
    field = field_calibration(model.version)
    assert mapped.status == raw.status and mapped.status_p == raw.status_p
    assert mapped.status_confidence == round(field.apply(raw.status_confidence), 4)
