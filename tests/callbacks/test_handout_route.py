"""The handout route on the real app: the page, its policy, its files, and a link made of garbage."""

from __future__ import annotations

from html import unescape


def test_the_route_serves_the_handout_and_its_files(real_app):
    client = real_app.server.test_client()
    response = client.get("/handout?points=infraspinatus-1,soleus-1:left")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "img-src 'self' data:" in policy
    page = unescape(response.get_data(as_text=True))
    assert "Infraspinatus" in page and "Soleus" in page
    for asset, kind in (("handout.css", "text/css"), ("handout.js", "javascript")):
        served = client.get(f"/static/{asset}")
        assert served.status_code == 200 and kind in served.headers["Content-Type"]
    broken = client.get("/handout?points=" + "%FF%FE" * 2000 + "&side=%00")
    assert broken.status_code == 200
    assert "No trigger point to show" in broken.get_data(as_text=True)
