"""The handout list kept in the browser, and the link that opens the handout."""

from __future__ import annotations

from triggerpoints.handout_links import add_selection, handout_query, parse_handout_list


def test_list_from_the_browser_keeps_only_well_formed_items():
    assert parse_handout_list(["soleus-1:left", "x", 5, "a:b:c", "masseter-1:right"]) == [
        "soleus-1:left",
        "masseter-1:right",
    ]
    assert parse_handout_list("soleus-1:left") == []


def test_adding_the_selected_point_once(dataset):
    items = add_selection(dataset, [], "?point=soleus-1&side=left")
    assert items == ["soleus-1:left"]
    assert add_selection(dataset, items, "?point=soleus-1&side=left") == items
    assert add_selection(dataset, items, "") == items


def test_handout_link_for_the_list_or_the_selection(dataset):
    assert handout_query(dataset, ["soleus-1:left", "masseter-1:right"], "") == "?points=soleus-1:left,masseter-1"
    assert handout_query(dataset, [], "?point=soleus-1") == "?points=soleus-1"
    assert handout_query(dataset, [], "") == ""
