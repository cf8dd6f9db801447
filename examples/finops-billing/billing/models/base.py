"""A minimal active-record base: enough for services to read and write rows."""


class Model:
    """One table row; subclasses name their table and columns."""

    table = ""
    columns = ()

    def __init__(self, **values):
        unknown = set(values) - set(self.columns) - {"id"}
        if unknown:
            raise TypeError("%s has no column(s) %s"
                            % (type(self).__name__, ", ".join(sorted(unknown))))
        self.id = values.get("id")
        for column in self.columns:
            setattr(self, column, values.get(column))

    @classmethod
    def from_row(cls, row):
        return cls(**dict(row))

    @classmethod
    def create(cls, conn, **values):
        """Inserts a row and returns the model with its id."""
        model = cls(**values)
        names = [c for c in cls.columns if values.get(c) is not None]
        sql = "INSERT INTO %s (%s) VALUES (%s)" % (
            cls.table, ", ".join(names), ", ".join("?" for _ in names))
        with conn:
            model.id = conn.execute(sql, [values[c] for c in names]).lastrowid
        return cls.find(conn, model.id)

    @classmethod
    def find(cls, conn, id_):
        row = conn.execute("SELECT * FROM %s WHERE id = ?" % cls.table, (id_,)).fetchone()
        return cls.from_row(row) if row else None

    @classmethod
    def where(cls, conn, **equals):
        """Rows whose columns equal the given values, in id order."""
        clause = " AND ".join("%s = ?" % c for c in equals) or "1 = 1"
        rows = conn.execute("SELECT * FROM %s WHERE %s ORDER BY id" % (cls.table, clause),
                            list(equals.values()))
        return [cls.from_row(r) for r in rows]

    @classmethod
    def count(cls, conn):
        return conn.execute("SELECT COUNT(*) FROM %s" % cls.table).fetchone()[0]

    def update(self, conn, **values):
        """Writes the given columns and refreshes the model."""
        sets = ", ".join("%s = ?" % c for c in values)
        with conn:
            conn.execute("UPDATE %s SET %s WHERE id = ?" % (self.table, sets),
                         list(values.values()) + [self.id])
        for column, value in values.items():
            setattr(self, column, value)
        return self
