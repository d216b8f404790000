"""Opening a database: create it at the newest schema, or upgrade it safely, or refuse it.

Start-up sequence (DESIGN.md, Reliability): a new database is created at head; an older one is
copied aside with the backup API, the copy verified, the original upgraded and the copy put
back if the upgrade fails; a database newer than this program, or a file that is not one of
Turnout's databases, is refused with a clear sentence. Alembic is imported only when a
database is created or upgraded, which keeps it off the usual start-up path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import (
    SecretKey,
    create_database_engine,
    describe,
    is_sqlite,
    session_factory,
    url_for,
)
from db.errors import KnownError, describe_driver_error
from db.sqlite_files import (
    check_integrity,
    connect,
    copy_database,
    looks_encrypted,
    looks_like_sqlite,
)

# Every revision in db/migrations/versions, oldest first (a test keeps this list honest).
REVISIONS = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass
class Database:
    """An open database: where it is, its engine and the session factory for user actions."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    # The passphrase of a protected (SQLCipher) database; None when it is not protected.
    key: SecretKey | None = field(default=None, repr=False)

    @property
    def protected(self) -> bool:
        return self.key is not None

    def passphrase(self) -> str | None:
        """The passphrase, for copies that must stay protected (backups); None if plain."""
        return self.key.reveal() if self.key is not None else None

    def lock(self) -> None:
        """Close every connection and forget the passphrase until ``unlock``."""
        self.engine.dispose()
        if self.key is not None:
            self.key.forget()

    def reconnect(self, key: SecretKey | None) -> None:
        """Use a new engine (after the file was protected or its passphrase changed)."""
        self.engine.dispose()
        self.engine = create_database_engine(self.url, key)
        self.sessions.configure(bind=self.engine)
        self.key = key

    def unlock(self, passphrase: str | None) -> None:
        """Check ``passphrase`` against the file (WrongPassphrase if it fails), then use it."""
        if self.key is None or self.path is None:
            return
        connect(self.path, passphrase or "", readonly=True).close()
        self.key.remember(passphrase)

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if is_sqlite(self.url) and self.url.database else None

    def describe(self) -> str:
        """Where the database is, for a status bar: the file, or the server without password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path, passphrase: str | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at a path or SQLAlchemy URL.

    ``passphrase`` opens a protected SQLite file (ignored for a plain one). A protected
    database is never created here: a mistyped path with a passphrase is refused rather than
    silently becoming a new, empty, protected database.
    """
    url = url_for(target)
    key = None
    if is_sqlite(url):
        path = Path(url.database)
        try:
            _check_sqlite_file(path, passphrase)
        except OSError as error:  # a folder on the way that this user may not enter
            raise KnownError(f"{path} cannot be opened: {error.strerror}.") from error
        if passphrase is not None and path.is_file() and not looks_like_sqlite(path):
            connect(path, passphrase, readonly=True).close()  # WrongPassphrase, plainly
            key = SecretKey(passphrase)
    engine = create_database_engine(url, key)
    try:
        prepare_schema(engine, url, key)
    except KnownError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        raise KnownError(explain_database_error(error, url)) from error
    return Database(url=url, engine=engine, sessions=session_factory(engine), key=key)


def explain_database_error(error: Exception, url: URL) -> str:
    """One sentence for a driver error met while opening a database."""
    where = describe(url)
    sentence = describe_driver_error(error, where)
    if sentence is not None:
        return sentence
    message = str(getattr(error, "orig", error)).strip()
    first_line = message.splitlines()[0] if message else type(error).__name__
    return f"The database {where} could not be used: {first_line}."


def _check_sqlite_file(path: Path, passphrase: str | None = None) -> None:
    if path.is_dir():
        raise KnownError(f"{path} is a folder, not a database file.")
    if path.exists():
        if looks_like_sqlite(path):
            return
        if not looks_encrypted(path):
            raise KnownError(
                f"{path} is not a Turnout database (the file is not an SQLite database)."
            )
        if passphrase is None:
            raise KnownError(
                f"{path} is protected with a passphrase; give it with --passphrase-file FILE "
                "or run Turnout from a terminal to be asked for it."
            )
        return
    if passphrase is not None:
        raise KnownError(
            f"{path} does not exist; check the path (a new database is created without a "
            "passphrase; protect it afterwards with turnout encrypt)."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KnownError(f"Cannot create the folder {path.parent}: {error.strerror}.") from error


def current_revision(connection: Connection) -> str | None:
    """The schema revision stored in the database, or None when it has none."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def prepare_schema(engine: Engine, url: URL, key: SecretKey | None = None) -> None:
    with engine.connect() as connection:
        revision = current_revision(connection)
        tables = inspect(connection).get_table_names()
        connection.rollback()
    if revision is None:
        if tables:
            raise KnownError(f"{describe(url)} is a database, but not one of Turnout's.")
        _create_at_head(engine)
    elif revision == HEAD:
        return
    elif revision not in REVISIONS:
        raise KnownError(
            f"{describe(url)} was written by a newer version of Turnout (schema {revision}); "
            "install that version to open it."
        )
    elif is_sqlite(url):
        upgrade_sqlite(engine, Path(url.database), revision, key)
    else:
        with engine.begin() as connection:
            _run_alembic(connection, "upgrade", "head")


def _create_at_head(engine: Engine) -> None:
    from db.models import Base

    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        _run_alembic(connection, "stamp", "head")


def _alembic_config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _run_alembic(connection: Connection, command_name: str, revision: str) -> None:
    from alembic import command

    getattr(command, command_name)(_alembic_config(connection), revision)


def upgrade_sqlite(engine: Engine, path: Path, revision: str, key: SecretKey | None = None) -> Path:
    """Upgrade ``path`` to head, keeping a verified copy; put the copy back if anything fails.

    The copy of a protected database is protected with the same passphrase. Returns where
    the copy was kept.
    """
    passphrase = key.reveal() if key is not None else None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}")
    engine.dispose()
    copy_database(path, copy, source_key=passphrase, target_key=passphrase)
    check_integrity(copy, passphrase)
    try:
        with engine.connect() as connection:
            # Recreating a parent table with foreign keys on would cascade deletes into its
            # children; the pragma only takes effect outside a transaction.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            with connection.begin():
                _run_alembic(connection, "upgrade", "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise KnownError(f"the upgrade left {len(problems)} broken references")
            connection.invalidate()  # never hand this foreign-keys-off connection out again
    except Exception as error:
        engine.dispose()
        copy_database(copy, path, source_key=passphrase, target_key=passphrase)
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise KnownError(
            f"Upgrading {path} failed ({reason}); it was restored from the copy kept at {copy}."
        ) from error
    finally:
        engine.dispose()
    return copy
