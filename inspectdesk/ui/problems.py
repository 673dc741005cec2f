"""Words for the validation problems the services report, shown next to their field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspectdesk.services.validation import FieldProblem, Problem


def describe(problem: FieldProblem) -> str:
    """One short sentence for a field's problem, in the current language."""
    t = QCoreApplication.translate
    texts = {
        Problem.REQUIRED: t("problems", "This field is required."),
        Problem.TOO_LONG: t("problems", "At most %1 characters.").replace("%1", str(problem.limit)),
        Problem.NOT_DIGITS: t("problems", "Digits only (the code of the national list)."),
        Problem.CYCLE: t("problems", "A unit cannot be placed under itself or its own units."),
        Problem.MISSING: t("problems", "The chosen item no longer exists; choose again."),
        Problem.STALE: t(
            "problems", "Someone changed this record after you opened it; close and reopen it."
        ),
        Problem.INVALID: t("problems", "This value is not valid here."),
        Problem.DATE_ORDER: t("problems", "The end cannot come before the start."),
    }
    return texts.get(problem.problem, str(problem.problem))
