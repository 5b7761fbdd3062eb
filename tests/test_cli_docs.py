"""The command line can be learnt from ``--help``, and ``docs/cli.md`` says what the parser does.

* Every option and positional argument of every subcommand has help text.
* ``docs/cli.md`` has exactly one section per subcommand, and its overview lists them all.
* Each section names every option of its command (``--errors`` may be left to the page's
  "Reading input" section) and no option the command lacks.
* A default the page states beside an option is the parser's default.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from newscorpus.cli import _parser

CLI_PAGE = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
SHARED_OPTIONS = {"--errors"}  # described once, under "Reading input"


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(actions) == 1
    return dict(actions[0].choices)


COMMANDS = sorted(_subparsers())


def _arguments(command: str) -> list[argparse.Action]:
    return [
        action
        for action in _subparsers()[command]._actions
        if not isinstance(action, argparse._HelpAction)
    ]


def _options(command: str) -> set[str]:
    return {
        option
        for action in _arguments(command)
        for option in action.option_strings
        if option.startswith("--")
    }


def _sections() -> dict[str, list[str]]:
    text = CLI_PAGE.read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    for match in re.finditer(r"^## `newscorpus (\w+)`\n(.*?)(?=^## |\Z)", text, re.M | re.S):
        sections.setdefault(match.group(1), []).append(match.group(2))
    return sections


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_option_and_argument_has_help(command: str) -> None:
    missing = [
        "/".join(action.option_strings) or action.dest
        for action in _arguments(command)
        if not action.help or action.help == argparse.SUPPRESS
    ]
    assert not missing, f"newscorpus {command}: no help text for {missing}"


def test_cli_page_has_one_section_per_command() -> None:
    sections = _sections()
    assert sorted(sections) == COMMANDS
    twice = [name for name, found in sections.items() if len(found) > 1]
    assert not twice, f"docs/cli.md describes these commands more than once: {twice}"
    overview = CLI_PAGE.read_text(encoding="utf-8").split("\n## ", 1)[0]
    listed = sorted(set(re.findall(r"^newscorpus (\w+)", overview, re.M)))
    assert listed == COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_page_options_match_the_parser(command: str) -> None:
    section = "".join(_sections().get(command, []))
    mentioned = set(re.findall(r"(?<![\w-])(--[a-z][\w-]*)", section))
    options = _options(command)
    assert not mentioned - options - {"--help"}, f"documented but not in the parser: {command}"
    assert not options - mentioned - SHARED_OPTIONS, f"in the parser but not documented: {command}"


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_page_defaults_are_the_parsers(command: str) -> None:
    section = " ".join("".join(_sections().get(command, [])).split())
    defaults = {
        option: action.default for action in _arguments(command) for option in action.option_strings
    }
    stated = re.findall(r"`(--[\w-]+)[^`]*`[^.;|]*?default:?\s*`?([\w.-]+)`?", section)
    table_rows = re.findall(
        r"^\| `(--[\w-]+)[^`]*` \|[^|\n]*\(default:?\s*`?([\w.-]+)`?\)",
        "".join(_sections().get(command, [])),
        re.M,
    )
    stated += table_rows
    for option, value in stated:
        assert option in defaults, option
        parser_default = "none" if defaults[option] is None else str(defaults[option])
        assert parser_default == value, f"{command} {option}: docs say {value}"
