"""Words for the validation problems the services report, shown next to their field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspectdesk.services.validation import FieldProblem, Problem


def changed_by(problem: FieldProblem) -> str:
    """“%1 saved it at %2.” for a STALE problem that knows who and when ("" otherwise)."""
    if problem.problem is not Problem.STALE or not problem.by:
        return ""
    when = problem.at.strftime("%H:%M %d/%m/%Y") if problem.at is not None else ""
    return (
        QCoreApplication.translate("problems", "%1 saved it at %2.")
        .replace("%1", problem.by)
        .replace("%2", when)
    )


def describe(problem: FieldProblem) -> str:
    """One short sentence for a field's problem, in the current language."""
    if problem.problem is Problem.STALE and problem.by:
        return " ".join(
            (
                QCoreApplication.translate(
                    "problems", "Someone changed this record after you opened it."
                ),
                changed_by(problem),
                QCoreApplication.translate("problems", "Close and reopen it."),
            )
        )
    texts = {
        Problem.REQUIRED: QCoreApplication.translate("problems", "This field is required."),
        Problem.TOO_LONG: QCoreApplication.translate("problems", "At most %1 characters.").replace(
            "%1", str(problem.limit)
        ),
        Problem.NOT_DIGITS: QCoreApplication.translate(
            "problems", "Digits only (the code of the national list)."
        ),
        Problem.CYCLE: QCoreApplication.translate(
            "problems", "A unit cannot be placed under itself or its own units."
        ),
        Problem.MISSING: QCoreApplication.translate(
            "problems", "The chosen item no longer exists; choose again."
        ),
        Problem.STALE: QCoreApplication.translate(
            "problems", "Someone changed this record after you opened it; close and reopen it."
        ),
        Problem.INVALID: QCoreApplication.translate("problems", "This value is not valid here."),
        Problem.DATE_ORDER: QCoreApplication.translate(
            "problems", "The end cannot come before the start."
        ),
    }
    return texts.get(problem.problem, str(problem.problem))
