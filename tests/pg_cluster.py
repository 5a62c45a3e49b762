"""A throwaway PostgreSQL/PostGIS cluster for the test session, from Debian's packages.

``PgCluster.start()`` runs ``initdb`` into a temporary folder and ``pg_ctl`` on a free port of
127.0.0.1 (as the ``postgres`` user when the tests run as root, as CI does, since PostgreSQL
refuses to run as root), creates a database with PostGIS, and ``stop()`` removes it all.
Nothing outside the temporary folder is touched: no system cluster, no pg_hba.conf of the
machine. Clients connect with ``host=127.0.0.1 port=… dbname=heilbronn user=postgres``
(trust authentication inside the cluster, plus a login role with a password for the tests
of credentials).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

DATABASE = "heilbronn"
# Roles that must log in with a password (tests of the QGIS authentication database).
PASSWORD_ROLES = ("planner",)
INSTALL_HINT = ("Install Debian's PostgreSQL and PostGIS packages (apt-get install "
                "postgresql-15-postgis-3 on Debian 12, postgresql-17-postgis-3 on Debian 13); "
                "`make test` does this where it may install packages.")


class ClusterError(RuntimeError):
    """The cluster cannot be started; the message says why and what to install."""


def postgres_bin() -> Path | None:
    """The newest PostgreSQL server binaries that have PostGIS beside them."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name), reverse=True):
        version = Path(folder).parent.name
        if (Path(folder) / "initdb").exists() and glob.glob(
                f"/usr/share/postgresql/{version}/extension/postgis.control"):
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PgCluster:
    def __init__(self) -> None:
        self.bin = postgres_bin()
        if self.bin is None:
            raise ClusterError(f"No PostgreSQL server with PostGIS found. {INSTALL_HINT}")
        self.root = Path(tempfile.mkdtemp(prefix="heilbronn-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.user = "postgres"
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            try:
                postgres = pwd.getpwnam("postgres")
            except KeyError:
                raise ClusterError(f"There is no postgres user. {INSTALL_HINT}") from None
            os.chown(self.root, postgres.pw_uid, postgres.pw_gid)
        else:
            self.user = pwd.getpwuid(os.geteuid()).pw_name
        os.chmod(self.root, 0o755)

    @property
    def conninfo(self) -> str:
        return f"host=127.0.0.1 port={self.port} dbname={DATABASE} user={self.user}"

    def new_store(self) -> str:
        """A STORE text for a schema of its own in this cluster (not created yet)."""
        return f"{self.conninfo} schema=t_{uuid.uuid4().hex[:16]}"

    def _run(self, *command: str, timeout: float = 120) -> subprocess.CompletedProcess:
        argv = list(command)
        if self._as_postgres:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                              cwd=self.root)
        if done.returncode != 0:
            raise ClusterError(f"{' '.join(command)} failed: {done.stderr.strip()[-2000:]}")
        return done

    def start(self) -> PgCluster:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user,
                  "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        # The login roles of the credential tests need their password; everyone else is
        # trusted (the cluster listens on 127.0.0.1 only and lives for one test session).
        hba = self.data / "pg_hba.conf"
        rules = "".join(f"host all {role} 127.0.0.1/32 scram-sha-256\n"
                        for role in PASSWORD_ROLES)
        hba.write_text(rules + hba.read_text())
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=60 -c shared_buffers=128MB")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-o", options, "-w", "-t", "60", "start")
        self.psql_admin(f"CREATE DATABASE {DATABASE}", database="postgres")
        self.psql_admin("CREATE EXTENSION postgis")
        return self

    def psql_admin(self, sql: str, database: str = DATABASE, timeout_s: float = 300) -> str:
        """Run ``sql`` as the cluster's superuser; its output (unaligned, tuples only)."""
        done = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", database,
             "-v", "ON_ERROR_STOP=1", "-Atq", "-c", sql],
            capture_output=True, text=True, timeout=timeout_s)
        if done.returncode != 0:
            raise ClusterError(f"psql failed: {done.stderr.strip()}")
        return done.stdout

    def read_only(self, schema: str, role: str = "looker") -> str:
        """A STORE text for ``schema`` as the login role ``role`` (made on first use), which
        may read every table there and change none: a planner who may only look."""
        self.psql_admin(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} LOGIN; END IF; END $$; "
            f"GRANT USAGE ON SCHEMA {schema} TO {role}; "
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
        return f"host=127.0.0.1 port={self.port} dbname={DATABASE} user={role} schema={schema}"

    def restore(self, sql_file: Path, schema: str) -> None:
        """Load a pg_dump of the schema ``heilbronn_digital`` under the name ``schema``."""
        sql = Path(sql_file).read_text(encoding="utf-8").replace("heilbronn_digital", schema)
        done = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", DATABASE,
             "-v", "ON_ERROR_STOP=1", "-q"], input=sql, capture_output=True, text=True,
            timeout=300)
        if done.returncode != 0:
            raise ClusterError(f"psql failed: {done.stderr.strip()}")

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "-t", "60", "stop")
        except (ClusterError, subprocess.TimeoutExpired):
            pass
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def wait_for(predicate, timeout_s: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False
