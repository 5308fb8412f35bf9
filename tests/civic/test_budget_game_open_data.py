"""Open data of a session: CSV, JSON and pabulib, with no personal data."""

import csv
import io
import json

import pytest

from civic.budget.pabulib import parse_pb
from civic.models import BudgetGamePhoto
from tests.civic.budget_game_helpers import make_game, make_game_index

pytestmark = pytest.mark.django_db
FACILITATORS = "Marie Peeters (buurtwerk) en Jan Claes"


@pytest.fixture
def game(tree):
    game = make_game(make_game_index(tree["home"]), facilitators=FACILITATORS)
    return game


def download(client, game, kind):
    response = client.get(f"{game.url}open-data/{kind}/")
    assert response.status_code == 200
    return response


def test_json_holds_options_packages_results_and_follow_up(client, game):
    data = json.loads(download(client, game, "json").content)

    assert set(data) == {"session", "options", "tables", "result", "follow_up"}
    assert [o["code"] for o in data["options"]][:2] == ["A01", "A02"]
    assert data["tables"][0]["package"] == "A01, A02, A03: 20000, S01"
    funded = [r["code"] for r in data["result"]["options"] if r["funded"]]
    assert funded == ["A01", "A03", "S01"]
    assert data["session"]["participants"] == {
        "adults": 20,
        "young_people": 0,
        "children": 0,
    }


@pytest.mark.parametrize("kind", ["csv", "json", "pb"])
def test_open_data_holds_no_personal_data(client, game, kind):
    body = download(client, game, kind).content.decode("utf-8")

    for name in ("Marie", "Peeters", "Claes", "facilitator"):
        assert name not in body


def test_csv_has_one_row_per_option_and_a_column_per_table(client, game):
    body = download(client, game, "csv").content.decode("utf-8-sig")

    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 6
    a03 = next(row for row in rows if row["code"] == "A03")
    assert a03["table: Tafel 1"] == "20000" and a03["table: Tafel 3"] == "x"
    assert a03["funded"] == "True" and a03["support"] == "3"


def test_pb_export_reads_back_with_the_tables_as_voters(client, game):
    data = parse_pb(download(client, game, "pb").content.decode())

    assert len(data.profile) == 4
    assert data.instance.ids == ("A01", "A02", "A03", "A04")
    assert data.instance.budget == 210_000


def test_unknown_format_is_a_404(client, game):
    assert client.get(f"{game.url}open-data/xlsx/").status_code == 404


def test_photos_show_with_their_alt_text_but_stay_out_of_open_data(client, game):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Spelbord", file=get_test_image_file())
    BudgetGamePhoto.objects.create(page=game, image=image, alt_text="Het spelbord")

    page = client.get(game.url).content.decode()
    data = download(client, game, "json").content.decode()

    assert 'alt="Het spelbord"' in page
    assert "Spelbord" not in data and "spelbord" not in data
