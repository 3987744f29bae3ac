"""The command line: every command reads a transcript (the bundled statement by default)."""

from __future__ import annotations

import argparse
import os
import sys

from accessible_statement import __version__
from accessible_statement.errors import BadInput

PROG = "accessible-statement"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn a spoken statement into a clean transcript and easy-read forms.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = sub.add_parser("clean", help="clean a transcript into timed sentences")
    _add_transcript_args(clean)
    clean.add_argument("--format", choices=("text", "txt", "json"), default="text", help="output format (default: text; txt is the same)")
    clean.add_argument("-o", "--output", default="-", metavar="FILE", help="write to FILE ('-' is the screen, the default)")

    easy = sub.add_parser("easy-read", help="write the easy-read version: plain sections, words to know, help")
    _add_transcript_args(easy)
    easy.add_argument("--format", choices=("txt", "md", "json"), default="txt", help="output format (default: txt)")
    easy.add_argument("-o", "--output", default="-", metavar="FILE", help="write to FILE ('-' is the screen, the default)")

    check = sub.add_parser("check", help="check the easy-read version against the easy-read rules")
    _add_transcript_args(check)
    return parser


def _add_transcript_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("transcript", nargs="?", metavar="TRANSCRIPT", help="transcript file (default: the bundled statement; '-' reads standard input)")
    p.add_argument(
        "--input-format",
        choices=("auto", "page", "srt", "vtt", "plain"),
        default="auto",
        help="force the input format instead of detecting it",
    )


def load_transcript(args: argparse.Namespace):
    from accessible_statement.cleaning import clean_transcript
    from accessible_statement.content import bundled_statement
    from accessible_statement.source_file import read_source

    path = args.transcript if args.transcript else bundled_statement()
    transcript = clean_transcript(read_source(path), args.input_format)
    for warning in transcript.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return transcript


def cmd_clean(args: argparse.Namespace) -> int:
    from accessible_statement.atomic_write import write_output
    from accessible_statement.render_clean import clean_json, clean_text

    transcript = load_transcript(args)
    write_output(args.output, clean_json(transcript) if args.format == "json" else clean_text(transcript))
    return 0


def cmd_easy_read(args: argparse.Namespace) -> int:
    from accessible_statement.atomic_write import write_output
    from accessible_statement.easy_read import build_easy_read
    from accessible_statement.render_easy_read import to_json, to_text

    doc = build_easy_read(load_transcript(args))
    rendered = to_json(doc) if args.format == "json" else to_text(doc, markdown=args.format == "md")
    write_output(args.output, rendered)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from accessible_statement.checker import check, format_report
    from accessible_statement.easy_read import build_easy_read

    report = check(build_easy_read(load_transcript(args)))
    sys.stdout.write(format_report(report))
    return 0 if report.passed else 1


COMMANDS = {"clean": cmd_clean, "easy-read": cmd_easy_read, "check": cmd_check}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        # Until the reader exists, the plain run shows the easy-read version of the bundled
        # statement: it starts with the content note and has no graphic detail.
        argv = ["easy-read"]
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except BadInput as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: stopped", file=sys.stderr)
        return 130
    except (MemoryError, RecursionError, TimeoutError) as exc:
        print(f"{PROG}: error: the transcript is too large or too tangled to process ({type(exc).__name__})", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of our output went away (for example `| head`); that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
