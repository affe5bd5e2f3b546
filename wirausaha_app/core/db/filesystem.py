"""Is a database file on a network drive? SQLite's locking is not reliable there.

SQLite's own documentation warns that NFS, SMB/CIFS and similar file systems get
file locks wrong, so two laptops writing to one shared file can corrupt it. The
program cannot prevent that, but it says so when a file is opened from such a drive
(the app in a dialog, ``wirausaha check`` in its report).

On Linux (``/proc/self/mounts``) and macOS (psutil) the mount point that holds
the file decides (the last one listed for a path, as an automounted NFS home is listed
after its ``autofs`` placeholder). On Windows the file's own drive is asked
(``GetDriveTypeW``: asking every drive letter can hang on a slow mapped drive), and a
``\\\\server\\share`` path, ``\\\\?\\UNC\\…`` included, is a network path by its form.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

# File-system types whose locking SQLite cannot rely on (lower case; ``fuse.x`` is
# matched by the part after the dot too).
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
    "sshfs", "davfs", "davfs2", "webdav", "glusterfs", "ceph", "cephfs", "lustre",
    "gpfs", "beegfs", "rclone", "s3fs", "afpfs", "afpfs-ng", "vboxsf", "prl_fs",
})


_DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive


@dataclass(frozen=True)
class Mount:
    mountpoint: str
    fstype: str
    opts: str = ""


def _proc_mounts(text: str) -> list[Mount]:
    """Linux's mount table (``/proc/self/mounts``; spaces in paths come as ``\\040``)."""
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 4:
            point = fields[1].encode().decode("unicode_escape")
            found.append(Mount(point, fields[2], fields[3]))
    return found


def _mounts() -> list[Mount]:
    # Linux: read the kernel's table directly (importing psutil costs 15 ms of start-up).
    try:
        return _proc_mounts(Path("/proc/self/mounts").read_text(encoding="utf-8"))
    except OSError:
        pass
    import psutil

    try:
        partitions = psutil.disk_partitions(all=True)
    except (OSError, RuntimeError):  # no mount table to read: say nothing rather than fail
        return []
    return [Mount(p.mountpoint, p.fstype, p.opts) for p in partitions]


def _is_network_type(fstype: str) -> bool:
    kind = fstype.lower()
    return kind in NETWORK_TYPES or kind.rpartition(".")[2] in NETWORK_TYPES


def _holding_mount(path: str, mounts: Iterable[Mount], windows: bool) -> Mount | None:
    """The mount whose mount point is the longest prefix of ``path``."""
    def norm(p: str) -> str:
        p = p.replace("\\", "/") if windows else p
        p = p.lower() if windows else p
        return p if p.endswith("/") else p + "/"

    target = norm(path)
    best: Mount | None = None
    for mount in mounts:
        point = norm(mount.mountpoint)
        # ">=": of two mounts on one point, the later is the one in use (autofs → nfs).
        if target.startswith(point) and (
            best is None or len(point) >= len(norm(best.mountpoint))
        ):
            best = mount
    return best


def _windows_drive_is_remote(path: str) -> bool:
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    get_drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return bool(get_drive_type(drive + "\\") == _DRIVE_REMOTE)


def network_filesystem(
    path: str | Path, mounts: Iterable[Mount] | None = None, *, windows: bool | None = None
) -> str | None:
    """The network file system ``path`` is on (``"nfs4"``, ``"cifs"``, ``"network drive"``),
    or None when it is on a local disk (or nothing can be told)."""
    windows = os.name == "nt" if windows is None else windows
    text = str(path)
    if windows:
        if os.name == "nt":
            text = os.path.abspath(text)  # "data.db" run from a mapped drive Z:
        drive = PureWindowsPath(text).drive.upper()
        if drive.startswith("\\\\?\\UNC\\") or (
            drive.startswith("\\\\") and not drive.startswith("\\\\?\\")
        ):
            return "network share"  # \\server\share\…
        if mounts is None:
            return "network drive" if _windows_drive_is_remote(text) else None
    else:
        text = os.path.realpath(text)  # a symlink into a mounted share counts as the share
    mount = _holding_mount(text, _mounts() if mounts is None else mounts, windows)
    if mount is None:
        return None
    if _is_network_type(mount.fstype):
        return mount.fstype
    if windows and "remote" in mount.opts.split(","):
        return "network drive"
    return None
