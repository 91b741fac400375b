"""The one exception family of the library; the CLI turns each into a message and an exit code."""


class KGError(Exception):
    """Base of every error the library raises on purpose; the message tells the user what to do."""


class InputError(KGError):
    """An input file or folder cannot be read as articles."""

    def __init__(self, path: object, problem: str, line: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple:  # travels from the build's worker processes intact
        return (type(self), (self.path, self.problem, self.line))


class MissingDependency(KGError):
    """A library a loader or exporter needs cannot be imported: the installation is incomplete."""

    def __init__(self, module: str, exc: BaseException | str) -> None:
        self.module = module
        self.cause = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
        super().__init__(
            f"the {module!r} library cannot be imported ({self.cause}); "
            "the installation is incomplete: run `pip install -e .` again (pyproject.toml lists every dependency)"
        )

    def __reduce__(self) -> tuple:  # travels from the build's worker processes intact
        return (type(self), (self.module, self.cause))


class VocabularyError(KGError):
    """A term is asked for that the ontology does not define."""


class ExportError(KGError):
    """An export could not be written, or an unknown exporter was asked for."""


class QueryError(KGError):
    """A SPARQL query is malformed or the built graph is missing."""


class GoldError(KGError):
    """A gold or facts file for evaluation is malformed."""
