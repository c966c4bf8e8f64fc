"""What an image is: the shop's logo or banner (allowed, linked or embedded), the purchased
product (BSM310, and then not BSM311 too), or an unrelated picture (BSM311)."""

from __future__ import annotations

import dataclasses

from toolkit.model import Message
from toolkit.pipeline import Toolkit, check_message
from toolkit.project import Seller

GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
SUBJECT = "Pedido 306-1489565-7652052"


def image_rules(tk: Toolkit, html: str) -> list[str]:
    message = Message("review-request", "es-ES", SUBJECT, html, "")
    registry = tk.registry.select(["BSM304", "BSM310", "BSM311"])
    return [f.rule for f in check_message(tk, message, registry=registry)]


def with_seller(tk: Toolkit, name: str) -> Toolkit:
    project = dataclasses.replace(tk.project, seller=Seller(name=name))
    return dataclasses.replace(tk, project=project)


def test_an_embedded_logo_whose_alt_is_the_projects_shop_name(tk: Toolkit) -> None:
    html = f'<p><img src="{GIF}" alt="Hogar Serrano" width="120"></p><p>Un saludo.</p>'
    assert image_rules(tk, html) == ["BSM311"]  # nothing says whose name it is
    assert image_rules(with_seller(tk, "Hogar Serrano S.L."), html) == []


def test_the_shop_name_in_the_file_name(tk: Toolkit) -> None:
    html = '<p><img src="cid:hogar-serrano.gif" alt="Bienvenido"></p>'
    assert image_rules(with_seller(tk, "Hogar Serrano"), html) == []


def test_a_linked_brand_image_is_still_a_linked_logo(tk: Toolkit) -> None:
    html = (
        '<p><a href="https://www.hogarserrano.es"><img src="https://cdn.hogarserrano.es/c.png"'
        ' alt="Hogar Serrano"></a></p>'
    )
    assert image_rules(tk, html) == ["BSM304"]


def test_a_product_photo_is_one_finding(tk: Toolkit) -> None:
    html = (
        '<p><img src="https://cdn.hogarserrano.es/productos/paellera-esmaltada-40cm.jpg" '
        'alt="Paellera esmaltada de 40 cm"></p>'
    )
    assert image_rules(tk, html) == ["BSM310"]


def test_an_unrelated_picture_beside_the_logo(tk: Toolkit) -> None:
    html = (
        '<p><img src="https://cdn.hogarserrano.es/mail/logo.png" alt="Hogar Serrano"></p>\n'
        '<p><img src="https://cdn.hogarserrano.es/mail/playa.jpg" alt="Una playa al atardecer">'
        "</p>"
    )
    found = check_message(
        tk,
        Message("review-request", "es-ES", SUBJECT, html, ""),
        registry=tk.registry.select(["BSM311"]),
    )
    assert [(f.rule, f.line) for f in found] == [("BSM311", 2)]
