"""Loading the translations: InspectDesk's own and Qt's standard dialogs.

Source texts in the code are English; Vietnamese is the default language. Qt ships no
Vietnamese catalogue of its own, so ``resources/translations/qtbase_vi.qm`` (ours)
translates the standard buttons and dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspectdesk.paths import resources_dir

LANGUAGES = ("vi", "en")

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Install the catalogues of ``language``; return the names of those loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if language not in LANGUAGES:
        language = "vi"
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    if language == "en":
        return loaded
    for name, folders in (
        (
            "qtbase",
            (translations_dir(), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ),
        ("inspectdesk", (translations_dir(),)),
    ):
        translator = QTranslator(app)
        for folder in folders:
            if translator.load(f"{name}_{language}", folder):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
                break
    return loaded
