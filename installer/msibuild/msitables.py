"""Read a built MSI back with msitools: tables, summary information, and where each file installs."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path, PurePosixPath

from .tools import BuildError, run

Row = dict[str, str]


def export_table(msi: Path, table: str) -> list[Row]:
    """``msiinfo export`` (IDT text, CRLF line ends): column names, types, table/key line, then rows."""
    # msiinfo writes binary columns (the Icon table's streams) as files into its working directory
    with tempfile.TemporaryDirectory() as scratch:
        proc = subprocess.run(
            ["msiinfo", "export", str(Path(msi).resolve()), table], capture_output=True, cwd=scratch
        )
    if proc.returncode != 0:
        raise BuildError(f"msiinfo export {table} failed: {proc.stderr.decode(errors='replace')[-500:]}")
    text = proc.stdout.decode("utf-8")
    lines = text.split("\r\n")
    if len(lines) < 3 or not lines[0]:
        raise ValueError(f"{table}: unexpected msiinfo output {text[:200]!r}")
    columns = lines[0].split("\t")
    rows = []
    for line in lines[3:]:
        if line:
            values = line.split("\t")
            rows.append(dict(zip(columns, values + [""] * (len(columns) - len(values)), strict=True)))
    return rows


def tables(msi: Path) -> set[str]:
    return set(run(["msiinfo", "tables", msi]).stdout.split())


def properties(msi: Path) -> dict[str, str]:
    return {r["Property"]: r["Value"] for r in export_table(msi, "Property")}


def summary(msi: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in run(["msiinfo", "suminfo", msi]).stdout.splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            out[key.strip()] = value.strip()
    return out


def long_name(default_dir: str) -> str:
    """The target long name of a DefaultDir/FileName value ("short|long[:source]")."""
    target = default_dir.split(":", 1)[0]
    return target.split("|", 1)[-1]


def directory_paths(msi: Path, under: str = "TARGETDIR") -> dict[str, PurePosixPath]:
    """The path of every Directory row below ``under`` (by key, not by name), '.' adding nothing."""
    rows = {r["Directory"]: r for r in export_table(msi, "Directory")}
    out: dict[str, PurePosixPath] = {}
    for key in rows:
        parts: list[str] = []
        cur = key
        while cur != under:
            row = rows.get(cur)
            if row is None or not row["Directory_Parent"] or row["Directory_Parent"] == cur:
                break
            name = long_name(row["DefaultDir"])
            if name != ".":
                parts.append(name)
            cur = row["Directory_Parent"]
        if cur == under:
            out[key] = PurePosixPath(*reversed(parts)) if parts else PurePosixPath(".")
    return out


def installed_files(msi: Path, under: str = "INSTALLDIR") -> dict[str, Row]:
    """File rows by the '/'-separated path they install to, relative to the ``under`` directory."""
    dirs = directory_paths(msi, under)
    component_dir = {r["Component"]: r["Directory_"] for r in export_table(msi, "Component")}
    out: dict[str, Row] = {}
    for row in export_table(msi, "File"):
        directory = dirs.get(component_dir[row["Component_"]])
        if directory is not None:
            out[(directory / long_name(row["FileName"])).as_posix()] = row
    return out


def extract_listing(msi: Path) -> list[str]:
    """``msiextract -l``: the files of the cabinet, as paths below the install folder's parent."""
    return sorted(line for line in run(["msiextract", "-l", msi]).stdout.splitlines() if line.strip())
