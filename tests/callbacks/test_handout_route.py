"""The handout route on the real app: the page, its policy, its files, the QR code's address, and links made of
garbage."""

from __future__ import annotations

from html import unescape

import pytest


def test_the_route_serves_the_handout_and_its_files(real_app):
    client = real_app.server.test_client()
    response = client.get("/handout?points=infraspinatus-1,soleus-1:left")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "img-src 'self' data:" in policy and "form-action 'none'" in policy
    assert response.headers["Cache-Control"] == "private, no-store", "a patient's note is kept by no cache"
    page = unescape(response.get_data(as_text=True))
    assert "Infraspinatus" in page and "Soleus" in page
    for asset, kind in (("handout.css", "text/css"), ("handout.js", "javascript")):
        served = client.get(f"/static/{asset}")
        assert served.status_code == 200 and kind in served.headers["Content-Type"]
    broken = client.get("/handout?points=" + "%FF%FE" * 2000 + "&side=%00")
    assert broken.status_code == 200
    assert "No trigger point to show" in broken.get_data(as_text=True)


def test_the_qr_code_opens_the_handout_at_the_address_the_request_used(real_app):
    client = real_app.server.test_client()
    query = "points=soleus-1:left,nope&note=Twice+daily&often1=2+times+a+day&colour=blue"
    page = client.get(f"/handout?{query}", base_url="http://clinic.example:8050").get_data(as_text=True)
    link = "http://clinic.example:8050/handout?points=soleus-1:left&note=Twice+daily&often1=2+times+a+day"
    assert f'data-qr-link="{link.replace("&", "&amp;")}"' in page, "the same handout, cleaned, on the same host"
    assert 'class="qr-svg"' in page


@pytest.mark.parametrize(
    "query",
    [
        "points=soleus-1&note=" + "%00%1B%E2%80%AE" * 3000,
        "points=soleus-1&" + "&".join(f"often{n}=" + "x" * 50 for n in range(2000)),
        "points=soleus-1&often1=%FF&duration1=" + "€" * 5000 + "&methods=%00",
        "points=soleus-1&note=" + "%E2%82%AC" * 4000,  # a link too long for a QR code
    ],
)
def test_garbage_in_the_note_or_plan_never_breaks_the_page(real_app, query):
    response = real_app.server.test_client().get(f"/handout?{query}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Soleus" in page and "Traceback" not in page
    assert "About this link" in page
