"""The agent's part on a terminal: progress and findings on stderr, questions answered on stdin.

Stdout stays for the one JSON object the command prints at the end.
"""

from __future__ import annotations

import asyncio
import sys

from agentdesk.services.pretreatment.runs import (
    BACK,
    GIVE_UP,
    RETRY,
    SKIP,
    ActionPreview,
    AskPrompt,
    StepFailure,
    StepRecord,
    StepView,
)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _read_line() -> str:
    """One answer from stdin; the prompt goes to stderr, so stdout keeps only the JSON result."""
    print("> ", end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line


class ConsoleDriver:
    def __init__(self, lang: str = "en", read=None) -> None:
        self.lang = lang
        self._read = read or _read_line

    async def _input(self, prompt: str) -> str:
        _say(prompt)
        try:
            return (await asyncio.to_thread(self._read)).strip()
        except EOFError:
            return ""

    async def step_started(self, view: StepView) -> None:
        _say(f"[{view.position}] {view.title.get(self.lang)}")

    async def step_finished(self, record: StepRecord) -> None:
        if record.found_shown is not None:
            _say(f"    {record.found_shown.get(self.lang)}")

    async def confirm(self, preview: ActionPreview) -> bool:
        answer = await self._input(f"    {preview.confirm.get(self.lang)} [y/N]")
        return answer.lower() in ("y", "yes", "是")

    async def ask(self, prompt: AskPrompt) -> str:
        lines = [f"    {prompt.question.get(self.lang)}"]
        lines += [
            f"      {i}. {text.get(self.lang)}" for i, (_cid, text) in enumerate(prompt.choices, start=1)
        ]
        if prompt.can_back:
            lines.append("      b. back")
        if prompt.can_skip:
            lines.append("      s. skip")
        while True:
            answer = (await self._input("\n".join(lines))).lower()
            if answer == "b" and prompt.can_back:
                return BACK
            if answer == "s" and prompt.can_skip:
                return SKIP
            if answer.isdigit() and 1 <= int(answer) <= len(prompt.choices):
                return prompt.choices[int(answer) - 1][0]
            if answer == "":  # end of input: take the first choice, as --auto would
                return prompt.choices[0][0]

    async def failed(self, failure: StepFailure) -> str:
        answer = await self._input(f"    failed: {failure.error}. Retry? [y/N]")
        return RETRY if answer.lower() in ("y", "yes") else GIVE_UP
