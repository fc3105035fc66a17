"""Pandera schemas of the raw frames (what the YAML said, before any conversion).

Every check has a name of the form ``<kind>:<what>``; the adapter in ``checks.schema_failures``
turns pandera's failure cases into findings by that kind (``type`` → S104, ``vocabulary`` → S105,
``date`` → S107, ``unique`` → S106) and pandera's own ``not_nullable`` into S103.

A raw column holds the YAML's values as they were, in one of the forms of ``schemas.columns``:
pyarrow strings when all are text, nullable integers when all are whole numbers, floats for a mix
of numbers in a field that takes any number, the values themselves otherwise. Each element check
says what it makes of each form: a test of one value (the general form), and the same test as a
column operation on text and on whole numbers (or a constant). They agree
(``tests/test_schema_checks.py``), and the column forms are what makes the schema fast.

Every check also says what a valid value is, in Table Schema terms (``FIELD_PROPERTIES``: a type,
an enum, a pattern, a minimum, a catalogue). Each column gathers the properties of its checks into
its pandera ``metadata`` and carries a ``description``; ``factlint export`` derives the Table
Schemas of the published package from these columns, so types, enums and required fields have
one source.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc

from schemas import fields
from schemas.columns import fits_int64, is_number_column, is_text_column, is_whole_column, one_of
from schemas.vocab import Vocabulary

ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # matched whole (fullmatch), like every pattern here
SHA256 = re.compile(r"[0-9a-f]{64}")
RULE_CODE = fields.RULE_CODE
# Every character Python's str.strip() removes (str.isspace), for the same test as a column
# operation; tests/test_schema_checks.py checks the list against Python's.
WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_NOT_BLANK = re.compile(f"[^{WHITESPACE}]")
# The blank characters one by one (WHITESPACE writes U+2000 to U+200A as a range).
BLANK_CHARACTERS = frozenset(WHITESPACE.replace("\u2000-\u200a", "")) | frozenset(map(chr, range(0x2000, 0x200B)))
_BLANKS = pyarrow.array(sorted(BLANK_CHARACTERS))
# What ``is_text`` accepts (a character that is not blank), as a Table Schema pattern.
NOT_BLANK = re.compile(f"[\\s\\S]*[^{WHITESPACE}][\\s\\S]*")

ColumnTest = Any  # a function of a column giving a boolean column, or a constant


# What each named check expects, for the finding's message. (Pandera would replace a check's name
# with its error text in the failure cases; the name is what the adapter dispatches on.)
MESSAGES: dict[str, str] = {}
# What each named check accepts, as Table Schema field properties (``type``, ``constraints``) plus
# ``members`` (the fields of a mapping) and ``catalogue`` (the vocabulary table a value names).
FIELD_PROPERTIES: dict[str, dict[str, Any]] = {}


def _named(check: Any, name: str, error: str, ignore_na: bool = True, **properties: Any) -> pa.Check:
    # The adapter tells checks apart by name, and a column's export properties come by name too.
    if MESSAGES.setdefault(name, error) != error or FIELD_PROPERTIES.setdefault(name, properties) != properties:
        raise ValueError(f"check name {name!r} is used for two different checks")
    return pa.Check(check, name=name, ignore_na=ignore_na)


def column_test(test: Any, text: ColumnTest, whole: ColumnTest, values: Any = None) -> Any:
    """A test of a raw column: ``text`` on a text column, ``whole`` on a whole-number column (each a
    function of the column or a constant), ``values`` (a function) or else ``test`` value by value
    on a column of mixed values."""

    def run(column: pd.Series) -> pd.Series:
        form = text if is_text_column(column) else whole if is_whole_column(column) else None
        if form is None:
            return values(column) if values is not None else column.map(test).astype(bool)
        if not callable(form):
            return pd.Series(bool(form), index=column.index)
        return form(column).fillna(True).astype(bool)  # nulls are the nullable check's to judge

    return run


def _elements(
    test: Any,
    name: str,
    error: str,
    text: ColumnTest = None,
    whole: ColumnTest = None,
    values: Any = None,
    **properties: Any,
) -> pa.Check:
    """A check of each non-null value, as column operations where the column's form allows;
    ``properties`` say what it accepts in Table Schema terms."""
    if text is None or whole is None:
        raise ValueError(f"{name}: say what the check makes of text and of whole numbers")
    return _named(column_test(test, text, whole, values), name, error, **properties)


def is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def is_number(value: Any) -> bool:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:
        number = float(value)
    except OverflowError:
        return False  # a whole number beyond any float
    return number == number and abs(number) != float("inf")


def _numbers(column: pd.Series) -> pd.Series:
    """``is_number`` over a column of floats (every one finite, a number) or of mixed values: one
    conversion when all are ints and floats, value by value otherwise."""
    if is_number_column(column):
        return pd.Series(np.isfinite(column.to_numpy()), index=column.index)
    if pd.api.types.infer_dtype(column, skipna=True) in ("integer", "floating", "mixed-integer-float"):
        try:
            # A null becomes NaN, and only a null can: a YAML .nan is ``YAML_NAN`` in a raw column.
            numbers = np.array(column.to_numpy(), dtype=float)
        except (OverflowError, TypeError, ValueError):
            return column.map(is_number).astype(bool)
        return pd.Series(~np.isinf(numbers), index=column.index)
    return column.map(is_number).astype(bool)


def _matching(pattern: re.Pattern[str], name: str, error: str) -> pa.Check:
    """Text that ``pattern`` matches whole."""
    return _elements(
        lambda v: isinstance(v, str) and bool(pattern.fullmatch(v)),
        name,
        error,
        text=lambda column: column.str.fullmatch(pattern.pattern),
        whole=False,
        type="string",
        constraints={"pattern": pattern.pattern},
    )


def _text_column(column: pd.Series) -> pd.Series:
    """Text holds a character that is not blank. Nearly all text begins with one, which a slice of
    one character and a lookup tell (half the time of a search); only the rest is searched."""
    first = pc.utf8_slice_codeunits(pyarrow.array(column.array), 0, 1)
    begins = pc.and_kleene(pc.invert(pc.is_in(first, value_set=_BLANKS)), pc.greater(pc.utf8_length(first), 0))
    text = pd.Series(begins.fill_null(False).to_numpy(zero_copy_only=False), index=column.index, dtype=bool)
    rest = ~text & column.notna().to_numpy()
    if rest.any():
        text[rest] = column[rest].str.contains(_NOT_BLANK.pattern, regex=True).astype(bool)
    return text


TEXT = _elements(
    is_text,
    "type:text",
    "expected non-empty text",
    text=_text_column,
    whole=False,
    type="string",
    constraints={"pattern": NOT_BLANK.pattern},
)
WHOLE = _elements(fits_int64, "type:whole", "expected a whole number", text=False, whole=True, type="integer")
POSITIVE = _elements(
    lambda v: not fits_int64(v) or v >= 1,
    "type:positive",
    "expected a number of 1 or more",
    text=True,
    whole=lambda column: column >= 1,
    constraints={"minimum": 1},
)
NUMBER = _elements(
    is_number, "type:number", "expected a number", text=False, whole=True, values=_numbers, type="number"
)

# YAML 1.1, which PyYAML reads, takes a number with an exponent only with a dot and a signed
# exponent (1.5e+1): 1.5e1, 1e5 and 15E2 are text to it, though YAML 1.2 and Python read numbers.
_EXPONENT_TEXT = re.compile(r"([-+]?)([0-9]*)(?:\.([0-9]*))?[eE]([-+]?)([0-9]+)")


def number_text_hint(value: Any) -> str:
    """What to write instead of a number YAML 1.1 reads as text (``1.5e1``): its YAML 1.1 form
    (``1.5e+1``) and, when it has one, its plain digits (``15``); "" for any other value."""
    found = _EXPONENT_TEXT.fullmatch(value) if isinstance(value, str) and len(value) < 100 else None
    if found is None or not (found[2] or found[3]) or (found[3] is not None and found[4]):
        return ""  # no number, or already the YAML 1.1 form (quoted, then)
    sign, whole, fraction, exponent_sign, exponent = found.groups()
    number = float(value)
    if abs(number) == float("inf"):
        return ""  # no finite number either way
    yaml11 = f"{sign}{whole or '0'}.{fraction or '0'}e{exponent_sign or '+'}{exponent}"
    plain = repr(number).removesuffix(".0")
    instead = yaml11 if "e" in plain else f"{yaml11} or {plain}"
    return f" (YAML 1.1 reads {value} as text: write {instead})"


DATE = _elements(
    lambda v: isinstance(v, date) and not isinstance(v, datetime),
    "date:published",
    "expected a date YYYY-MM-DD",
    text=False,
    whole=False,
    type="date",
)
IDENTIFIER = _matching(ID, "type:identifier", "expected an id of letters, digits, '-', '_' or '.'")


def _one_of(options: Any, what: str, catalogue: str | None = None) -> pa.Check:
    """Values from a fixed list (named in the message) or from a catalogue file (named instead).

    A catalogue's values are the keys of the export table named after its file
    (``schemas/indicators.yaml`` → ``indicators``); a fixed list is the field's enum.
    """
    allowed = frozenset(options)
    article = "an" if what[:1] in "aeio" else "a"  # a unit, an indicator
    expected = (
        f"expected {article} {what} from {catalogue}" if catalogue else f"expected one of {', '.join(sorted(allowed))}"
    )
    known: dict[str, Any] = (
        {"catalogue": catalogue.rsplit("/", 1)[-1].split(".")[0]}
        if catalogue
        else {"constraints": {"enum": list(options)}}
    )
    return _elements(
        lambda v: isinstance(v, str) and v in allowed,
        f"vocabulary:{what}",
        expected,
        text=lambda column: one_of(column, allowed),
        whole=False,
        type="string",
        **known,
    )


def _mapping_of(members: dict[str, dict[str, Any]], name: str) -> pa.Check:
    """A mapping with these keys; ``members`` gives each key's Table Schema properties."""
    keys = tuple(members)
    return _elements(
        lambda v: isinstance(v, dict) and all(k in v for k in keys),
        f"type:{name}",
        "expected a mapping {" + ", ".join(keys) + "}",
        text=False,
        whole=False,
        type="object",
        members=members,
    )


# A drafted item's review mark (factlint draft writes it; rule S190 reports it until a person removes it).
REVIEW_MARK = "what a person must still check of this drafted item"
# The members of the mapping fields, as Table Schema fields (the export makes a column of each).
BODY_MEMBERS = {
    "first": {"type": "integer", "constraints": {"minimum": 1}, "description": "the first line of the article's body"},
    "last": {"type": "integer", "constraints": {"minimum": 1}, "description": "the last line of the article's body"},
}
REGION_MEMBERS = {
    "code": {
        "type": "string",
        "description": "GB/T 2260 code of the region, or CN for the whole country (empty: a place outside GB/T 2260)",
    },
    "name": {"type": "string", "description": "the region's name"},
}
UNIT_FROM_MEMBERS: dict[str, dict[str, Any]] = {
    "line": {"type": "integer", "constraints": {"minimum": 1}, "description": "the line of the heading (1-based)"},
    "text": {"type": "string", "description": "the heading's words that name the unit and scale, verbatim"},
}


def _region(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, dict) and isinstance(value.get("code"), str))


def _list_of_ids(field: str, minimum: int) -> pa.Check:
    return _elements(
        lambda v: isinstance(v, list) and len(v) >= minimum and all(isinstance(x, str) for x in v),
        f"type:{field}",
        f"expected a list of at least {minimum} fact ids",
        text=False,
        whole=False,
        type="array",
    )


def field_properties(checks: Any) -> dict[str, Any]:
    """The Table Schema properties a value passing all ``checks`` has (their union)."""
    found: dict[str, Any] = {}
    constraints: dict[str, Any] = {}
    for check in checks:
        properties = FIELD_PROPERTIES.get(check.name, {})
        constraints.update(properties.get("constraints", {}))
        found.update({key: value for key, value in properties.items() if key != "constraints"})
    return {**found, "constraints": constraints} if constraints else found


def _column(*checks: pa.Check, required: bool = True, description: str | None = None) -> pa.Column:
    # Any dtype: the column's form is what the YAML's values made it (see the module docstring).
    return pa.Column(
        None,
        checks=list(checks),
        nullable=not required,
        required=True,
        coerce=False,
        description=description,
        metadata=field_properties(checks),
    )


def _frame(columns: dict[str, pa.Column], checks: list[pa.Check] | None = None) -> pa.DataFrameSchema:
    # The frames' bookkeeping columns (``present``, the keys an item has, is read by the adapter).
    base = {"dataset": pa.Column(None), "item": pa.Column(int)}
    return pa.DataFrameSchema({**base, **columns}, checks=checks or [], strict=False, coerce=False)


def _unique_within_dataset(column: str) -> pa.Check:
    def check(frame: pd.DataFrame) -> pd.Series:
        values = frame[column] if isinstance(frame[column].dtype, pd.StringDtype) else frame[column].astype("string")
        # One integer per (dataset, value): duplicates found on integers, not on pairs of strings.
        datasets, _ = pd.factorize(frame["dataset"])
        codes, uniques = pd.factorize(values)  # a null is -1
        pairs = pd.Series(datasets.astype(np.int64) * (len(uniques) + 1) + codes + 1, index=frame.index)
        return ~(values.notna() & pairs.duplicated(keep="first"))

    # It says what a null is itself: pandera need not look for nulls in every column of the frame.
    return _named(check, f"unique:{column}", f"{column} is used twice in this dataset", ignore_na=False)


def _required_by_kind(field: str) -> pa.Check:
    kinds = [kind for kind, names in fields.RELATION_KINDS.items() if field in names]

    def check(frame: pd.DataFrame) -> pd.Series:
        return ~(frame["kind"].isin(kinds) & frame[field].isna())

    return _named(check, f"required:{field}", f"this kind of relation needs '{field}'", ignore_na=False)


def _written(field: str) -> pa.Check:
    """The key is there, even when its value may be null (null says something: a missing key does not)."""

    def check(frame: pd.DataFrame) -> pd.Series:
        return frame["present"].map(lambda keys: field in keys).astype(bool)

    return _named(check, f"required:{field}", f"required field '{field}' is missing", ignore_na=False)


def source_schema(vocabulary: Vocabulary) -> pa.DataFrameSchema:
    return _frame(
        {
            "path": _column(TEXT, description="the article's text, byte for byte: a file under seeds/"),
            "sha256": _column(
                _matching(SHA256, "type:sha256", "expected 64 hex digits"),
                description="SHA-256 of the article's text: pins the text the facts were read from",
            ),
            "title": _column(TEXT, description="the article's title"),
            "publisher": _column(TEXT, description="who published the article"),
            "published": _column(DATE, description="the date the article was published"),
            "language": _column(
                _one_of(fields.LANGUAGES, "language"), description="the language of the text the facts quote"
            ),
            "translated_from": _column(
                _one_of(fields.LANGUAGES, "language"),
                required=False,
                description="the original's language when the text is a translation",
            ),
            "region": _column(
                _mapping_of(REGION_MEMBERS, "region"),
                required=False,  # but written: _written("region") below
                description="the region the article is about (GB/T 2260), null when its place is not one (outside China)",
            ),
            "body": _column(
                _mapping_of(BODY_MEMBERS, "body"),
                _elements(
                    lambda v: (
                        not isinstance(v, dict)
                        or (fits_int64(v.get("first")) and fits_int64(v.get("last")) and 1 <= v["first"] <= v["last"])
                    ),
                    "type:body_range",
                    "expected whole line numbers with 1 <= first <= last",
                    text=True,  # not a mapping: _mapping_of reports it
                    whole=True,
                ),
                description="the lines of the seed that hold the article itself, first to last",
            ),
            "original_publication": _column(
                TEXT,
                required=False,
                description="the publication the text says it first appeared in, if not its publisher's",
            ),
            "provenance_note": _column(
                TEXT, required=False, description="how the title, publisher and date were established, when not printed"
            ),
            "review": _column(TEXT, required=False, description=REVIEW_MARK),
        },
        [_written("region")],
    )


def fact_schema(vocabulary: Vocabulary) -> pa.DataFrameSchema:
    return _frame(
        {
            "id": _column(IDENTIFIER, description="the fact's id, unique within its dataset"),
            "line": _column(WHOLE, POSITIVE, description="the line of the seed that states the figure (1-based)"),
            "quote": _column(TEXT, description="the words of that line that carry the figure, verbatim"),
            "indicator": _column(
                _one_of(vocabulary.indicators, "indicator", "schemas/indicators.yaml"),
                description="what the figure measures",
            ),
            "value": _column(NUMBER, description="the figure as printed, in base units (2.1亿元 → 210000000 yuan)"),
            "unit": _column(_one_of(vocabulary.units, "unit", "schemas/units.yaml"), description="the base unit"),
            "unit_from": _column(
                _mapping_of(UNIT_FROM_MEMBERS, "unit_from"),
                _elements(
                    lambda v: (
                        not isinstance(v, dict)
                        or not all(key in v for key in UNIT_FROM_MEMBERS)  # _mapping_of reports it
                        or (
                            fits_int64(v["line"])
                            and v["line"] >= 1
                            and is_text(v["text"])
                            and all(key in UNIT_FROM_MEMBERS for key in v)
                        )
                    ),
                    "type:unit_from_members",
                    "expected line (a whole number >= 1) and text (the heading's words), and nothing else",
                    text=True,  # not a mapping: _mapping_of reports it
                    whole=True,
                ),
                required=False,
                description="the table heading that gives a bare figure its unit and scale (万元 over 960)",
            ),
            "qualifier": _column(
                _one_of(fields.QUALIFIERS, "qualifier"),
                description="eq, or the bound the article prints (gt: more than, le: at most, approx: about…)",
            ),
            "period": _column(WHOLE, description="the year the figure is about"),
            "status": _column(_one_of(fields.STATUSES, "status"), description="achieved, or a target the article sets"),
            "region": _column(
                _elements(
                    _region,
                    "type:fact_region",
                    'expected a region code (text: quote a number, "410102") or {code, name}',
                    text=True,
                    whole=False,
                    type="object",
                    members=REGION_MEMBERS,
                ),
                required=False,
                description="the region the fact is about, when it is not its article's",
            ),
            "note": _column(TEXT, required=False, description="the curator's note"),
            "review": _column(TEXT, required=False, description=REVIEW_MARK),
        },
        checks=[_unique_within_dataset("id")],
    )


def relation_schema(vocabulary: Vocabulary) -> pa.DataFrameSchema:
    single = _elements(
        lambda v: isinstance(v, str), "type:id", "expected a fact id", text=True, whole=False, type="string"
    )
    columns = {
        name: _column(single, required=False)
        for name in fields.RELATION
        if name not in fields.RELATION_LISTS and name not in fields.RELATION_WORDS
    }
    columns["kind"] = _column(
        _one_of(fields.RELATION_KINDS, "relation kind"), description="how the facts of the relation must agree"
    )
    columns["direction"] = _column(
        _one_of(fields.DIRECTIONS, "direction"), required=False, description="the way a change goes"
    )
    columns["parts"] = _column(_list_of_ids("parts", 1), required=False)
    columns["facts"] = _column(_list_of_ids("facts", 2), required=False)
    columns["note"] = _column(TEXT, required=False, description="the curator's note")
    columns["review"] = _column(TEXT, required=False, description=REVIEW_MARK)
    checks = [
        _required_by_kind(name) for name in dict.fromkeys(f for names in fields.RELATION_KINDS.values() for f in names)
    ]
    return _frame(columns, checks=checks)


def acknowledged_schema(vocabulary: Vocabulary) -> pa.DataFrameSchema:
    return _frame(
        {
            "rule": _column(_matching(RULE_CODE, "type:rule", "expected a rule code like C101")),
            "fact": _column(TEXT),
            "reason": _column(TEXT),
        }
    )


def ignore_schema(vocabulary: Vocabulary) -> pa.DataFrameSchema:
    return _frame(
        {
            "line": _column(WHOLE, POSITIVE),
            "text": _column(TEXT),
            "reason": _column(TEXT),
            "review": _column(TEXT, required=False, description=REVIEW_MARK),
        }
    )


SCHEMAS = {
    "sources": source_schema,
    "facts": fact_schema,
    "relations": relation_schema,
    "acknowledged": acknowledged_schema,
    "ignore": ignore_schema,
}
