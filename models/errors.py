"""Errors of the model layer (codes E1xx): unsafe or unreadable model files, no model."""

from __future__ import annotations

from oficio.errors import ExitCode, OficioError
from oficio.i18n import N_


class ModelError(OficioError):
    """Base of the model errors."""

    code = "E100"
    exit_code = ExitCode.other_error


class UntrustedModelError(ModelError):
    code = "E101"
    hint = (
        N_("The model file holds object types oficio does not load, so it was refused: "
        "retrain with 'oficio train', or delete this model version.")
    )

    def what(self) -> str:
        return N_("the model file holds types that are not allowed")


class ModelFileError(ModelError):
    code = "E102"
    hint = (
        N_("Only skops files written by 'oficio train' are loaded (never pickle or joblib): "
        "retrain with 'oficio train', or delete this model version.")
    )

    def what(self) -> str:
        return N_("this is not a readable skops model file")


class NoModelError(ModelError):
    code = "E103"
    hint = N_("Train one with 'oficio train', or reinstall oficio to get its default model.")

    def what(self) -> str:
        return N_("no model is available")


class TrainingDataError(ModelError):
    code = "E104"
    exit_code = ExitCode.bad_args
    hint = N_("Check the annotations file: every reply needs pages, axes and a status.")

    def what(self) -> str:
        return N_("the labelled data cannot be used")


class ModelHashError(ModelError):
    code = "E108"
    hint = (
        N_("The model file is not the one 'oficio train' wrote (its sha256 differs from the one "
        "recorded in metadata.json): it was changed or damaged. Retrain with 'oficio train', "
        "or delete this model version.")
    )

    def what(self) -> str:
        return N_("the model file does not match its recorded hash")
