"""Output formats: the registry's entries, and rendering a report through them.

Every format, built-in or from a plugin, is an :class:`OutputFormat` in the
registry (contributed by the ``trainlint_formats`` hook); ``--format``'s
choices, ``--format auto`` and ``--statistics`` all go through it:

- a format's callable takes the report and returns the text to print; one that
  accepts an ``options`` keyword argument also gets the
  :class:`~checker.reporters.RenderOptions`;
- a callable with a ``choose(environ) -> name`` method is an alias: it names
  the format to use in that environment (``auto``: ``github`` in GitHub Actions,
  ``text`` elsewhere);
- a callable whose ``statistics`` attribute is true prints the ``--statistics``
  table itself (``text``, ``full``, ``json``); with any other format the report
  is printed as usual and the table (from the ``text`` format) goes to
  standard error.

A plugin's format that raises or returns something other than text is a
:class:`FormatError` naming the plugin and the format; what it prints goes to
standard error (only the text it returns is the report).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from checker.values import Frozen, replace, set_field

if TYPE_CHECKING:
    from checker.report import Report
    from checker.reporters import RenderOptions

#: The distribution that owns the built-in formats (see checker.plugin_finder.BUILTIN).
_BUILTIN = "trainlint"


class OutputFormat(Frozen, fields=("name", "owner", "render")):
    """One output format: its name, the distribution that contributes it, its callable."""

    __slots__ = ("name", "owner", "render")
    name: str
    owner: str
    render: Callable[..., str]

    def __init__(self, name: str, owner: str, render: Callable[..., str]) -> None:
        set_field(self, "name", name)
        set_field(self, "owner", owner)
        set_field(self, "render", render)


class Rendered(Frozen, fields=("stdout", "stderr")):
    """What a run prints: the report (standard output) and a side table (standard error)."""

    __slots__ = ("stderr", "stdout")
    stdout: str
    stderr: str

    def __init__(self, stdout: str, stderr: str = "") -> None:
        set_field(self, "stdout", stdout)
        set_field(self, "stderr", stderr)


class FormatError(Exception):
    """A plugin's format failed; the message names the plugin and the format."""


def resolve(formats: Mapping[str, OutputFormat], name: str, environ: Mapping[str, str]) -> str:
    """``name``, or the format an alias (``auto``) chooses in ``environ``."""
    entry = formats[name]
    choose = getattr(entry.render, "choose", None)
    if callable(choose):
        chosen = choose(environ)
        if isinstance(chosen, str) and chosen in formats:
            return chosen
        raise FormatError(
            f"plugin '{entry.owner}': format '{name}' chose {chosen!r}, which is not a format"
        )
    return name


def render_report(
    formats: Mapping[str, OutputFormat], name: str, report: Report, options: RenderOptions
) -> Rendered:
    """``report`` in the format ``name`` (an alias resolved first), with the statistics
    table in place of the report or beside it (``options.statistics``)."""
    from checker.reporters import encodable

    entry = formats[resolve(formats, name, options.environ)]
    report = encodable(report)
    if options.statistics and getattr(entry.render, "statistics", False):
        return Rendered(_call(entry, report, options))
    text = _call(entry, report, replace(options, statistics=False))
    if not options.statistics:
        return Rendered(text)
    # never a table inside SARIF, JUnit, GitLab, annotations or a plugin's format
    table = _call(formats["text"], report, replace(options, color=False, quiet=False))
    return Rendered(text, table)


def _call(entry: OutputFormat, report: Report, options: RenderOptions) -> str:
    if entry.owner == _BUILTIN:  # a failure here is trainlint's bug: let it surface as one
        text = _invoke(entry.render, report, options)
    else:
        from checker.quiet import stdout_to_stderr

        try:
            with stdout_to_stderr():  # what it prints is not the report
                text = _invoke(entry.render, report, options)
        except Exception as exc:
            from checker.contributions import cause

            raise FormatError(
                f"plugin '{entry.owner}': format '{entry.name}' raised {cause(exc)}"
            ) from None
    if not isinstance(text, str):
        raise FormatError(
            f"plugin '{entry.owner}': format '{entry.name}' returned "
            f"{type(text).__name__}, not text"
        )
    return text


def _invoke(render: Callable[..., object], report: Report, options: RenderOptions) -> object:
    if _takes_options(render):
        return render(report, options=options)
    return render(report)


def _takes_options(render: Callable[..., object]) -> bool:
    wants = getattr(render, "takes_options", None)
    if isinstance(wants, bool):
        return wants
    import inspect

    try:
        parameters = inspect.signature(render).parameters
    except (TypeError, ValueError):
        return False
    return "options" in parameters
