"""The audit JSON's fast writer of a finding's `data` writes what the general encoder writes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.output import json_output

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8))
_NAMES = st.lists(st.text(max_size=8), max_size=3)
_VALUES = st.one_of(
    _SCALARS,
    _NAMES,
    st.lists(_NAMES, max_size=3),
    st.lists(st.one_of(_SCALARS, _NAMES), max_size=3),
    st.dictionaries(st.text(max_size=4), _NAMES, max_size=2),
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.one_of(st.text(max_size=8), st.integers()), _VALUES, max_size=4))
def test_data_is_written_as_the_general_encoder_writes_it(data: dict[Any, Any]) -> None:
    written = json_output._data(data)
    assert written == json_output._encode(data, json_output._I3)
    if all(type(key) is str for key in data):
        assert written == json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\n      ")
