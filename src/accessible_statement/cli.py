"""The command line: every command reads a transcript (the bundled statement by default)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from accessible_statement import __version__
from accessible_statement.errors import BadInput, SpeechUnavailable

if TYPE_CHECKING:
    import argparse

PROG = "accessible-statement"


def build_parser() -> argparse.ArgumentParser:
    import argparse  # here, so that Ctrl+C at start-up is caught like anywhere else

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

    say = sub.add_parser("say", help="read the easy-read version aloud (Ctrl+C stops)")
    _add_transcript_args(say)
    say.add_argument("--section", type=int, metavar="N", help="read only part N")
    _add_speech_args(say)

    audio = sub.add_parser("audio", help="write one audio file (WAV) per part, with captions and a playlist")
    _add_transcript_args(audio)
    audio.add_argument("-o", "--output", metavar="DIR", help="folder to write (default: TRANSCRIPT-NAME-audio)")
    audio.add_argument("--force", action="store_true", help="replace the folder if it already has files")
    _add_speech_args(audio)

    sub.add_parser("voices", help="list the voices the speech engine has")

    read = sub.add_parser("read", help="open the keyboard reader (the default when no command is given)")
    _add_transcript_args(read, stdin=False)
    read.add_argument("--talk-back", action="store_true", help="say each part's name as you move to it and what each key did")
    read.add_argument("--theme", choices=("default", "high-contrast", "ansi", "ansi-light"), default="default",
                      help="colours: high-contrast, or ansi to use your terminal's own colours")
    read.add_argument("--keys", metavar="FILE", help="a key file ('name = key' lines; default ~/.config/accessible-statement/keys.conf)")
    return parser


def _add_speech_args(p: argparse.ArgumentParser) -> None:
    from accessible_statement.speech.script import DEFAULT_RATE, DEFAULT_VOICE, MAX_RATE, MIN_RATE

    p.add_argument("--voice", metavar="V", help=f"voice id, name or language (see the 'voices' command; default {DEFAULT_VOICE})")
    p.add_argument("--rate", type=int, default=DEFAULT_RATE, metavar="WPM", help=f"words a minute, {MIN_RATE} to {MAX_RATE} (default {DEFAULT_RATE})")
    p.add_argument("--original", action="store_true", help="use the speaker's own sentences instead of the easy-read ones")


def _add_transcript_args(p: argparse.ArgumentParser, stdin: bool = True) -> None:
    where = "; '-' reads standard input" if stdin else ""
    p.add_argument("transcript", nargs="?", metavar="TRANSCRIPT", help=f"transcript file (default: the bundled statement{where})")
    p.add_argument(
        "--input-format",
        choices=("auto", "page", "srt", "vtt", "plain"),
        default="auto",
        help="force the input format instead of detecting it",
    )


def load_transcript(args: argparse.Namespace):
    from accessible_statement.clean.pipeline import clean_transcript
    from accessible_statement.paths import bundled_statement
    from accessible_statement.read.source_file import read_source

    path = args.transcript if args.transcript else bundled_statement()
    transcript = clean_transcript(read_source(path), args.input_format)
    for warning in transcript.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return transcript


def cmd_clean(args: argparse.Namespace) -> int:
    from accessible_statement.render.atomic_write import write_output
    from accessible_statement.render.clean_transcript import clean_json, clean_text

    transcript = load_transcript(args)
    write_output(args.output, clean_json(transcript) if args.format == "json" else clean_text(transcript))
    return 0


def cmd_easy_read(args: argparse.Namespace) -> int:
    from accessible_statement.render.atomic_write import write_output
    from accessible_statement.easy_read.build import build_easy_read
    from accessible_statement.render.easy_read import to_json, to_text

    doc = build_easy_read(load_transcript(args))
    rendered = to_json(doc) if args.format == "json" else to_text(doc, markdown=args.format == "md")
    write_output(args.output, rendered)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from accessible_statement.easy_read.check import check, format_report
    from accessible_statement.easy_read.build import build_easy_read

    report = check(build_easy_read(load_transcript(args)))
    sys.stdout.write(format_report(report))
    return 0 if report.passed else 1


def _rate(args: argparse.Namespace) -> int:
    from accessible_statement.speech.script import MAX_RATE, MIN_RATE

    if not MIN_RATE <= args.rate <= MAX_RATE:
        raise BadInput(f"--rate {args.rate}: give a speed from {MIN_RATE} to {MAX_RATE} words a minute")
    return args.rate


def cmd_say(args: argparse.Namespace) -> int:
    from accessible_statement.speech.say import say_aloud

    rate = _rate(args)
    doc = _easy_read(args)
    if args.section is not None and not any(s.number == args.section for s in doc.sections):
        raise BadInput(f"--section {args.section}: there is no part {args.section}; parts go from 1 to {len(doc.sections)}")
    return say_aloud(doc, section=args.section, voice=args.voice, rate=rate, original=args.original)


def cmd_audio(args: argparse.Namespace) -> int:
    from pathlib import Path

    from accessible_statement.speech.export import default_folder, export_audio
    from accessible_statement.speech.say import progress_printer

    rate = _rate(args)
    doc = _easy_read(args)
    folder = Path(args.output) if args.output else default_folder(doc.source)
    tracks = export_audio(doc, folder, voice=args.voice, rate=rate, original=args.original, force=args.force, progress=progress_printer())
    seconds = sum(t.seconds for t in tracks)
    print(f"{PROG}: wrote {len(tracks)} tracks ({int(seconds // 60)} min {round(seconds % 60)} s of audio), captions and playlist.m3u to {folder}", file=sys.stderr)
    return 0


def cmd_voices(args: argparse.Namespace) -> int:
    from accessible_statement.speech.script import DEFAULT_VOICE
    from accessible_statement.speech.synthesizer import shared_synthesizer

    for v in shared_synthesizer().voices():
        mark = "  (default)" if v.id == DEFAULT_VOICE else ""
        print(f"{v.id:<28} {v.language:<16} {v.name}{mark}")
    return 0


def cmd_read(args: argparse.Namespace) -> int:
    from pathlib import Path

    from accessible_statement.paths import bundled_statement
    from accessible_statement.tui.document_cache import open_reader_doc
    from accessible_statement.tui.keys import read_keymap
    from accessible_statement.tui.waiting_frame import draw_waiting_frame, terminal_problem

    keymap = read_keymap(Path(args.keys) if args.keys else None)
    source = args.transcript if args.transcript else bundled_statement()
    doc, load = open_reader_doc(source, args.input_format)  # a bad file is refused before any screen
    problem = terminal_problem()
    if problem:
        raise BadInput(f"{problem}; 'accessible-statement easy-read' prints the text and 'say' reads it aloud")
    # Ctrl+C waits while the frame is drawn, so that it always lands inside the try below and the
    # screen and keyboard are given back (it was lost between the frame's write and the try).
    blocked = _block_ctrl_c()
    try:
        frame = draw_waiting_frame(doc.title if doc else None)  # something on screen while Textual loads
    except BaseException:
        _unblock_ctrl_c(blocked)
        raise
    try:
        _unblock_ctrl_c(blocked)
        from accessible_statement.tui.app import run_reader

        run_reader(doc, load, talk_back=args.talk_back, theme=args.theme, keymap=keymap, waiting=frame)
    finally:
        frame.leave()  # Ctrl+C while Textual loads, or a broken install: give the screen back (a no-op once Textual had it)
    return 0


def _block_ctrl_c() -> bool:
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks, and no such window either
        return False
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    return True


def _unblock_ctrl_c(blocked: bool) -> None:
    """A Ctrl+C pressed while blocked is raised here, as KeyboardInterrupt."""
    if blocked:
        import signal

        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _easy_read(args: argparse.Namespace):
    from accessible_statement.easy_read.build import build_easy_read

    return build_easy_read(load_transcript(args))


COMMANDS = {
    "clean": cmd_clean,
    "easy-read": cmd_easy_read,
    "check": cmd_check,
    "say": cmd_say,
    "audio": cmd_audio,
    "voices": cmd_voices,
    "read": cmd_read,
}


def main(argv: list[str] | None = None) -> int:
    try:
        parser = build_parser()
        argv = sys.argv[1:] if argv is None else argv
        if not argv:
            # The plain run opens the reader on the bundled statement (its content note comes first).
            # With no terminal to draw on, it prints the easy-read text instead.
            from accessible_statement.tui.waiting_frame import is_terminal

            argv = ["read"] if all(is_terminal(f) for f in (sys.stdin, sys.stdout, sys.stderr)) else ["easy-read"]
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        return COMMANDS[args.command](args)
    except (BadInput, SpeechUnavailable) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        # At a terminal the ^C it echoed has no line end: start a new line.
        from accessible_statement.tui.waiting_frame import is_terminal

        print(f"{chr(10) if is_terminal(sys.stderr) else ''}{PROG}: stopped", file=sys.stderr)
        return 130
    except (MemoryError, RecursionError, TimeoutError) as exc:
        print(f"{PROG}: error: the transcript is too large or too tangled to process ({type(exc).__name__})", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of our output went away (for example `| head`); that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0



def run() -> None:
    """The program's entry point: main's exit code; after Ctrl+C, at once.

    The speech engine's worker thread can be inside a synthesis (espeak-ng calls back from its own
    native thread) when Ctrl+C comes, and the interpreter waits for that worker before it exits:
    once it did not exit within a minute. Stopped means stopped, so after Ctrl+C the program runs
    its exit handlers (they remove the engine's temporary folder), flushes and leaves.
    """
    code = main()
    if code == 130:
        import atexit

        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        atexit._run_exitfuncs()
        os._exit(130)
    raise SystemExit(code)
