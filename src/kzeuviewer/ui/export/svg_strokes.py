"""Make QSvgGenerator output render the same in every SVG viewer.

QSvgGenerator writes each group of shapes inside ``transform="matrix(...)"``
and keeps cosmetic pens thin with ``vector-effect="non-scaling-stroke"``. Two
problems follow for charts, whose data transform is huge (years ~2000 mapped to
pixels gives translations of a million):

- viewers without ``non-scaling-stroke`` support (librsvg, many office suites)
  scale the stroke by the data transform: lines hundreds of pixels thick;
- the matrix is written with 6 significant digits, so at 4K the data can sit
  several pixels away from the axis ticks.

This post-processor (pure XML, no Qt) moves such shapes into device
coordinates: their points are mapped through the group's matrix (replaced by
the exact one the painter used, when known) and written with full precision;
the stroke then needs no special effect. pyqtgraph's SVGExporter does the same
and breaks on Qt 6.12's closing ``Z`` (issue #3495); the path parser here
accepts it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_G = f"{{{SVG_NS}}}g"
_NON_SCALING = "non-scaling-stroke"
_MATRIX_RE = re.compile(r"matrix\(([^)]*)\)")
_NUMBER_RE = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN_RE = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# Absolute path commands and how many numbers each takes.
_PATH_ARITY = {"M": 2, "L": 2, "C": 6, "Q": 4, "S": 4, "T": 2, "Z": 0}

Matrix = tuple[float, float, float, float, float, float]  # m11 m12 m21 m22 dx dy


class _NotConvertible(Exception):
    pass


def flatten_non_scaling_strokes(svg: bytes, width: int, height: int, exact: list[Matrix] = ()) -> bytes:
    """Return the SVG with non-scaling-stroke shapes in device coordinates and a pixel size."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(svg)
    root.set("width", f"{width}px")
    root.set("height", f"{height}px")
    for parent in list(root.iter()):
        children = list(parent)
        if not any(c.tag == _G and "transform" in c.attrib for c in children):
            continue
        replaced: list[ET.Element] = []
        for child in children:
            if child.tag == _G and "transform" in child.attrib:
                replaced.extend(_split_group(child, exact))
            else:
                replaced.append(child)
        parent[:] = replaced
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + body + "\n").encode("utf-8")


def _split_group(group: ET.Element, exact: list[Matrix]) -> list[ET.Element]:
    """The group as runs: converted shapes without transform, others keep an exact transform."""
    matrix = _exact_matrix(_parse_matrix(group.get("transform", "")), exact)
    if matrix is None:
        return [group]
    group.set("transform", _format_matrix(matrix))
    runs: list[ET.Element] = []
    current: ET.Element | None = None
    current_flat = None
    for child in list(group):
        flat = None
        if child.get("vector-effect") == _NON_SCALING:
            try:
                flat = _transformed(child, matrix)
            except _NotConvertible:
                flat = None
        is_flat = flat is not None
        if current is None or current_flat != is_flat:
            attrib = dict(group.attrib)
            if is_flat:
                attrib.pop("transform", None)
            current = ET.Element(group.tag, attrib)
            current.text, current.tail = "\n", "\n"
            current_flat = is_flat
            runs.append(current)
        current.append(flat if is_flat else child)
    return runs or [group]


def _parse_matrix(text: str) -> Matrix | None:
    match = _MATRIX_RE.search(text)
    if not match:
        return None
    values = [float(v) for v in _NUMBER_RE.findall(match.group(1))]
    return tuple(values) if len(values) == 6 else None


def _exact_matrix(written: Matrix | None, exact: list[Matrix]) -> Matrix | None:
    """The exact painter matrix that ``written`` (6 significant digits) stands for."""
    if written is None:
        return None
    for candidate in exact:
        if all(abs(w - c) <= 1e-5 * max(abs(c), 1.0) + 1e-9 for w, c in zip(written, candidate, strict=True)):
            return candidate
    return written


def _format_matrix(m: Matrix) -> str:
    return "matrix(" + ",".join(_num(v) for v in m) + ")"


def _num(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _map(m: Matrix, x: float, y: float) -> tuple[float, float]:
    m11, m12, m21, m22, dx, dy = m
    return m11 * x + m21 * y + dx, m12 * x + m22 * y + dy


def _transformed(element: ET.Element, m: Matrix) -> ET.Element:
    """A copy of ``element`` in device coordinates, without vector-effect."""
    tag = element.tag.rsplit("}", 1)[-1]
    out = ET.Element(element.tag, {k: v for k, v in element.attrib.items() if k != "vector-effect"})
    out.tail = "\n"
    axis_aligned = m[1] == 0 and m[2] == 0
    if tag in ("polyline", "polygon"):
        numbers = [float(v) for v in _NUMBER_RE.findall(element.get("points", ""))]
        if len(numbers) % 2:
            raise _NotConvertible
        points = [_map(m, numbers[i], numbers[i + 1]) for i in range(0, len(numbers), 2)]
        out.set("points", " ".join(f"{_num(x)},{_num(y)}" for x, y in points))
    elif tag == "path":
        out.set("d", _transform_path(element.get("d", ""), m))
    elif tag == "line":
        x1, y1 = _map(m, _attr(element, "x1"), _attr(element, "y1"))
        x2, y2 = _map(m, _attr(element, "x2"), _attr(element, "y2"))
        for key, value in (("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)):
            out.set(key, _num(value))
    elif tag == "rect":
        x, y, w, h = (_attr(element, k) for k in ("x", "y", "width", "height"))
        corners = [_map(m, x, y), _map(m, x + w, y), _map(m, x + w, y + h), _map(m, x, y + h)]
        if axis_aligned and "rx" not in element.attrib:
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            for key, value in (("x", min(xs)), ("y", min(ys)), ("width", max(xs) - min(xs)), ("height", max(ys) - min(ys))):
                out.set(key, _num(value))
        else:
            out = ET.Element(f"{{{SVG_NS}}}polygon", {k: v for k, v in out.attrib.items() if k not in ("x", "y", "width", "height")})
            out.tail = "\n"
            out.set("points", " ".join(f"{_num(px)},{_num(py)}" for px, py in corners))
    elif tag in ("ellipse", "circle") and axis_aligned:
        cx, cy = _map(m, _attr(element, "cx"), _attr(element, "cy"))
        out.set("cx", _num(cx))
        out.set("cy", _num(cy))
        if tag == "circle":
            if abs(abs(m[0]) - abs(m[3])) > 1e-9:
                raise _NotConvertible
            out.set("r", _num(_attr(element, "r") * abs(m[0])))
        else:
            out.set("rx", _num(_attr(element, "rx") * abs(m[0])))
            out.set("ry", _num(_attr(element, "ry") * abs(m[3])))
    else:
        raise _NotConvertible
    return out


def _attr(element: ET.Element, key: str) -> float:
    try:
        return float(element.get(key, "0"))
    except ValueError as err:
        raise _NotConvertible from err


def _transform_path(d: str, m: Matrix) -> str:
    """Map an absolute-command path (what Qt writes: M L C Q Z) through ``m``."""
    tokens = _PATH_TOKEN_RE.findall(d)
    out: list[str] = []
    i = 0
    command = None
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            if command not in _PATH_ARITY:
                raise _NotConvertible  # relative or arc commands: leave the shape as Qt wrote it
            out.append(command)
            i += 1
            if command == "Z":
                continue
        elif command is None or command == "Z":
            raise _NotConvertible
        arity = _PATH_ARITY[command]
        numbers = tokens[i : i + arity]
        if len(numbers) < arity or any(n.isalpha() for n in numbers):
            raise _NotConvertible
        values = [float(n) for n in numbers]
        for k in range(0, arity, 2):
            x, y = _map(m, values[k], values[k + 1])
            out.append(f"{_num(x)},{_num(y)}")
        i += arity
    return " ".join(out)
