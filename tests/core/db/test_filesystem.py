"""A database file on a network drive is recognised (SQLite's locks are unreliable there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirausaha_app.core.db.filesystem import Mount, network_filesystem

LINUX = [
    Mount("/", "ext4"),
    Mount("/home", "btrfs"),
    Mount("/mnt", "nfs4"),
    Mount("/mnt/local", "ext4"),
    Mount("/media/kampus", "cifs"),
    Mount("/home/koordinator/remote", "fuse.sshfs"),
    Mount("/kampus", "autofs"),  # an automounted NFS home: the placeholder first…
    Mount("/kampus", "nfs4"),  # …then the real mount on the same point
]


@pytest.mark.parametrize(
    ("path", "found"),
    [
        ("/home/koordinator/wirausaha.db", None),
        ("/mnt/shared/wirausaha.db", "nfs4"),
        ("/mnt/local/wirausaha.db", None),  # the deeper local mount decides
        ("/mnt/localx/wirausaha.db", "nfs4"),  # a prefix of a name is not the mount
        ("/media/kampus/data/wmk.db", "cifs"),
        ("/home/koordinator/remote/wmk.db", "fuse.sshfs"),
        ("/kampus/ana/wirausaha.db", "nfs4"),
    ],
)
def test_linux_mounts(path: str, found: str | None) -> None:
    assert network_filesystem(path, LINUX, windows=False) == found


@pytest.mark.parametrize(
    ("path", "found"),
    [
        (r"C:\Users\Koordinator\wirausaha.db", None),
        (r"Z:\Program WMK\wirausaha.db", "network drive"),  # a mapped network drive
        (r"z:\program wmk\wirausaha.db", "network drive"),  # drive letters ignore case
        (r"\\server-kampus\data\wirausaha.db", "network share"),
        (r"\\?\C:\Users\Koordinator\wirausaha.db", None),  # a long local path
        (r"\\?\UNC\server-kampus\data\wirausaha.db", "network share"),  # a long UNC one
    ],
)
def test_windows_drives(path: str, found: str | None) -> None:
    mounts = [Mount("C:\\", "NTFS", "rw,fixed"), Mount("Z:\\", "NTFS", "rw,remote")]
    assert network_filesystem(path, mounts, windows=True) == found


def test_this_machines_temp_folder_is_local(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path / "x.db") is None


def test_the_linux_mount_table_is_read_with_escaped_spaces() -> None:
    from wirausaha_app.core.db.filesystem import _proc_mounts

    table = (
        "/dev/vda1 / ext4 rw,relatime 0 0\n"
        "server:/export /mnt/data\\040kampus nfs4 rw,relatime,vers=4.2 0 0\n"
    )
    mounts = _proc_mounts(table)
    assert mounts[1] == Mount("/mnt/data kampus", "nfs4", "rw,relatime,vers=4.2")
    assert network_filesystem("/mnt/data kampus/wmk.db", mounts, windows=False) == "nfs4"
