import pytest

from ticket.sample import seeded


@pytest.fixture
def conn():
    connection = seeded(3)
    yield connection
    connection.close()
