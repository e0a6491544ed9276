"""Export a pyqtgraph plot as PNG, JPEG, SVG or PDF at an exact pixel size.

Why not pyqtgraph's own exporters (measured with pyqtgraph 0.14.0):

- ``SVGExporter`` raises ``ValueError: not enough values to unpack`` on Qt
  6.12, whose QSvgGenerator closes paths with ``Z`` (pyqtgraph issue #3495).
- ``ImageExporter`` renders the on-screen layout scaled up: cosmetic pens stay
  one device pixel wide, so a 3840×2160 export has hairlines; and a widget never
  shown exports its default 640×480 layout.
- Rendering into ``QPdfWriter``/``QSvgGenerator`` at a resolution other than the
  screen's logical DPI replays the axes' cached ``QPicture`` at the wrong scale:
  the bars look right and the tick labels lie.

What this module does instead: lay the plot out at a *logical* size (the export
size divided by a scale factor, so a 3840×2160 export has the layout of a
1280×720 one), give every paint device the screen's logical DPI, draw through a
painter scaled by that factor (text and geometry scale), and widen cosmetic pens
by the same factor for the duration of the export (lines scale too). The layout
is settled with a throw-away render first, because axes size themselves to their
tick labels only while painting. Everything is restored afterwards; files are
written through :func:`~kzeuviewer.exporters.atomic.atomic_write`.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractGraphicsShapeItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsWidget,
)

from kzeuviewer.exporters.atomic import ExportError, atomic_write, cannot_write, verify_pdf
from kzeuviewer.model.captions import Caption
from kzeuviewer.model.formats import IMAGE_FORMATS, MAX_SIDE, REFERENCE_SIZE, TRANSPARENT_FORMATS
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP, Message

from ..style import qcolor, theme
from . import svg_strokes

# Graphics items flagged with this key (see exclude_from_export) are hidden
# while exporting: hover crosshairs, selection bands and the like.
_EXCLUDE_KEY = 0x6B7A  # arbitrary, unlikely to collide with other item data keys
_CSS_DPI = 96.0  # a "pixel" of a vector export: 1/96 inch, as in CSS and SVG


def exclude_from_export(item) -> None:
    """Hide ``item`` (a QGraphicsItem) in every export, e.g. a hover crosshair."""
    # Called unbound: pyqtgraph items shadow QGraphicsItem.setData/data.
    QGraphicsItem.setData(item, _EXCLUDE_KEY, True)


def format_for_path(path) -> str:
    """'PNG', 'JPEG', 'SVG' or 'PDF' from the file extension; ExportError otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in IMAGE_FORMATS:
        valid = " ".join(IMAGE_FORMATS)
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot export {file}: unknown image type {suffix}; use one of {valid}"),
                                  file=Path(path).name, valid=valid,
                                  suffix=suffix or Message(QT_TRANSLATE_NOOP("Export", "(none)"))))
    return IMAGE_FORMATS[suffix]


def export_scale(width: int, height: int) -> float:
    """Factor between the export's pixels and the layout's logical pixels (>= 1)."""
    ref_w, ref_h = REFERENCE_SIZE
    return max(1.0, math.sqrt((width * height) / (ref_w * ref_h)))


def export_plot(plot_widget, path, width: int, height: int, transparent: bool = False, caption=None) -> Path:
    """Write ``plot_widget`` to ``path`` at exactly ``width``×``height`` pixels.

    The format comes from the extension (.png .jpg .jpeg .svg .pdf). A PDF page
    measures width×height CSS pixels (1/96 inch each); an SVG declares
    ``width="Wpx" height="Hpx"``. ``caption`` (a :class:`Caption` or a title
    string) is drawn into the image. Works on a widget never shown and without
    a display. Raises :class:`ExportError` with a clear message; a failed
    export leaves no file behind and keeps an existing file intact.
    """
    fmt = format_for_path(path)
    width, height = _check_size(width, height)
    if transparent and fmt not in TRANSPARENT_FORMATS:
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Export", "Cannot export {file}: a transparent background needs PNG or SVG, not {format}"),
            file=Path(path).name, format=fmt))
    caption = Caption.coerce(caption)
    _require_app()

    def write(temp: Path) -> None:
        if fmt in ("PNG", "JPEG"):
            # Without transparency there is no alpha channel to encode: RGB is a third less data.
            image = render_plot_image(plot_widget, width, height, transparent=transparent, caption=caption, opaque=not transparent)
            writer = QImageWriter(str(temp), QByteArray(fmt.encode()))
            # JPEG: high quality for text. PNG: a lighter zlib level (files ~40% larger,
            # encoding about twice as fast; a 4K chart is still a few hundred KB).
            writer.setQuality(95 if fmt == "JPEG" else 70)
            if not writer.write(image):
                raise ExportError(cannot_write(Path(path).name, writer.errorString()))
        elif fmt == "SVG":
            temp.write_bytes(_render_svg(plot_widget, width, height, transparent, caption))
        else:
            _render_pdf(plot_widget, temp, width, height, caption)

    return atomic_write(path, write)


def render_plot_image(
    plot_widget, width: int, height: int, transparent: bool = False, caption=None, opaque: bool = False
) -> QImage:
    """The plot as a width×height QImage (ARGB32; RGB32 when ``opaque``)."""
    width, height = _check_size(width, height)
    caption = Caption.coerce(caption)
    _require_app()
    image_format = QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32_Premultiplied
    image = QImage(width, height, image_format)
    if image.isNull():
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot allocate a {width}×{height} image (out of memory?)"),
                                  width=width, height=height))
    dots_per_meter = round(_logical_dpi() / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    background = _background_color(plot_widget)
    image.fill(Qt.GlobalColor.transparent if transparent and not opaque else background)
    painter = QPainter(image)
    try:
        _paint(painter, plot_widget, width, height, export_scale(width, height), caption, background, fill=False)
    finally:
        painter.end()
    return image


def copy_plot_to_clipboard(plot_widget, width: int, height: int, caption=None) -> QImage:
    """Put the plot on the clipboard as an image of exactly width×height."""
    image = render_plot_image(plot_widget, width, height, caption=caption, opaque=True)
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "No clipboard is available")))
    clipboard.setImage(image)
    return image


# -- devices -------------------------------------------------------------------
def _render_svg(plot_widget, width: int, height: int, transparent: bool, caption: Caption | None) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    # The screen's DPI, so the axes' cached QPicture replays at its recorded scale.
    generator.setResolution(round(_logical_dpi()))
    if caption is not None and caption.title:
        generator.setTitle(caption.title)
    generator.setDescription("Exported by kzeuviewer")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot start the SVG renderer")))
    transforms: list[QTransform] = []
    try:
        _paint(
            painter, plot_widget, width, height, export_scale(width, height), caption,
            _background_color(plot_widget), fill=not transparent, transforms_out=transforms,
        )
    finally:
        painter.end()
    buffer.close()
    svg = bytes(buffer.data())
    return svg_strokes.flatten_non_scaling_strokes(svg, width, height, [_matrix(t) for t in transforms])


def _matrix(t: QTransform) -> tuple[float, ...]:
    return (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())


def _render_pdf(plot_widget, temp: Path, width: int, height: int, caption: Caption | None) -> None:
    dpi = _logical_dpi()
    writer = QPdfWriter(str(temp))
    # The device resolution is the screen's DPI for the axes' sake (see module
    # docstring); the page itself measures width×height CSS pixels.
    writer.setResolution(round(dpi))
    page = QPageSize(QSizeF(width * 72.0 / _CSS_DPI, height * 72.0 / _CSS_DPI), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    if not writer.setPageLayout(layout):
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot make a PDF page of {width}×{height} pixels"),
                                  width=width, height=height))
    writer.setTitle(caption.title if caption is not None else "")
    writer.setCreator("kzeuviewer")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot open the PDF file for writing")))
    try:
        device_scale = round(dpi) / _CSS_DPI
        _paint(painter, plot_widget, width, height, export_scale(width, height), caption, _background_color(plot_widget), fill=True, device_scale=device_scale)
    finally:
        ended = painter.end()
    # QPdfWriter reports a full disk only through end(); a short file must never replace a good one.
    if not ended:
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "The PDF could not be completed (is the disk full?)")))
    del writer  # flush and close the file before it is checked
    verify_pdf(temp)


# -- painting ------------------------------------------------------------------
def _paint(
    painter: QPainter, plot_widget, width, height, scale, caption, background: QColor, fill: bool,
    device_scale=1.0, transforms_out: list | None = None,
):
    """Draw caption and plot on ``painter`` (device of width×height export pixels).

    ``transforms_out`` receives the exact item-to-device transforms used, for
    the SVG post-processing (QSvgGenerator writes only 6 significant digits).
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.scale(device_scale, device_scale)
    if fill:
        painter.fillRect(QRectF(0, 0, width, height), background)
    painter.scale(scale, scale)
    logical_w, logical_h = width / scale, height / scale
    ink = _ink_for(background)
    top = bottom = 0.0
    if caption is not None:
        top, bottom = _paint_caption(painter, caption, logical_w, logical_h, ink)
    plot_rect = QRectF(0, top, logical_w, max(logical_h - top - bottom, 10.0))
    with _export_layout(plot_widget, plot_rect.width(), plot_rect.height(), scale) as (scene, source):
        scene.render(painter, plot_rect, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        if transforms_out is not None:
            to_target = QTransform.fromTranslate(plot_rect.x() - source.x(), plot_rect.y() - source.y())
            device = to_target * painter.worldTransform()
            seen = set()
            for item in scene.items():
                exact = item.sceneTransform() * device
                key = _matrix(exact)
                if key not in seen:
                    seen.add(key)
                    transforms_out.append(exact)


_TITLE_PX = 17
_FOOTER_PX = 11
_MARGIN = 8.0


def _caption_font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(pixels)  # pixels, not points: the same size on every device
    font.setBold(bold)
    return font


def _wrapped_lines(text: str, font: QFont, width: float) -> list[str]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart(): line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [""]


def _paint_caption(painter: QPainter, caption: Caption, width: float, height: float, ink: QColor) -> tuple[float, float]:
    """Draw title and footer; return the heights they take (logical pixels)."""
    text_width = max(width - 2 * _MARGIN, 20.0)
    top = 0.0
    painter.save()
    painter.setPen(QPen(ink))
    if caption.title:
        font = _caption_font(_TITLE_PX, bold=True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        y = _MARGIN
        for line in _wrapped_lines(caption.title, font, text_width)[:2]:
            painter.drawText(QRectF(_MARGIN, y, text_width, metrics.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += metrics.height()
        top = y + _MARGIN / 2
    bottom = 0.0
    footer = caption.footer_lines()
    if footer:
        font = _caption_font(_FOOTER_PX)
        metrics = QFontMetricsF(font)
        lines: list[str] = []
        for paragraph in footer:
            lines.extend(_wrapped_lines(paragraph, font, text_width))
        # The footer never takes more than a quarter of the image; the CSV has it all.
        max_lines = max(1, int((height * 0.25) // metrics.height()))
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = metrics.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight, text_width - metrics.horizontalAdvance(" (more in the CSV)")) + " (more in the CSV)"
        bottom = len(lines) * metrics.height() + _MARGIN * 1.5
        painter.setFont(font)
        faint = QColor(ink)
        faint.setAlphaF(0.8)
        painter.setPen(QPen(faint))
        y = height - bottom + _MARGIN / 2
        for line in lines:
            painter.drawText(QRectF(_MARGIN, y, text_width, metrics.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += metrics.height()
    painter.restore()
    return top, bottom


# -- the plot's layout, pens and flags during an export --------------------------
def _scene_and_root(plot_widget):
    """(scene, root item laid out at the export size) of a PlotWidget, view or scene."""
    if isinstance(plot_widget, QGraphicsScene):
        roots = [i for i in plot_widget.items() if i.parentItem() is None and isinstance(i, QGraphicsWidget)]
        return plot_widget, (roots[0] if roots else None)
    scene = plot_widget.scene() if hasattr(plot_widget, "scene") else None
    if scene is None:
        # Not ExportError: atomic_write then names the file in the message.
        raise TypeError(f"{type(plot_widget).__name__} is not a plot (it has no graphics scene)")
    root = getattr(plot_widget, "centralWidget", None)
    if root is None and hasattr(plot_widget, "plotItem"):
        root = plot_widget.plotItem
    if isinstance(plot_widget, QGraphicsWidget):
        root = plot_widget
    return scene, root


@contextlib.contextmanager
def _export_layout(plot_widget, logical_w: float, logical_h: float, scale: float) -> Iterator[tuple[QGraphicsScene, QRectF]]:
    """Lay the plot out at logical_w×logical_h, widen pens, yield (scene, source rect); restore all."""
    scene, root = _scene_and_root(plot_widget)
    old_geometry = root.geometry() if root is not None else None
    hidden, restore_pens, exporting = [], [], []
    try:
        for item in scene.items():
            if QGraphicsItem.data(item, _EXCLUDE_KEY) and item.isVisible():
                item.hide()
                hidden.append(item)
        if root is not None:
            root.setGeometry(QRectF(0, 0, logical_w, logical_h))
        for item in scene.items():
            if hasattr(item, "setExportMode"):
                item.setExportMode(True, {"antialias": True, "resolutionScale": scale})
                exporting.append(item)
        restore_pens = _widen_pens(scene.items(), scale)
        restore_pens += _scale_untransformed_items(scene.items())
        _settle_layout(scene, root, logical_w, logical_h)
        source = QRectF(0, 0, logical_w, logical_h) if root is not None else scene.itemsBoundingRect()
        yield scene, source
    finally:
        for restore in reversed(restore_pens):
            restore()
        for item in exporting:
            item.setExportMode(False)
        for item in hidden:
            item.show()
        if root is not None and old_geometry is not None:
            root.setGeometry(old_geometry)
            _flush_layout()
        _invalidate_axis_pictures(scene.items())


def _flush_layout() -> None:
    """Apply pending layout requests now (a hidden widget gets no event loop turn)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _settle_layout(scene: QGraphicsScene, root, logical_w: float, logical_h: float) -> None:
    """Render off-screen until the layout stops changing.

    Axes measure their tick labels only while painting and then ask for a new
    width, which moves the plot area: without this, the first export of a
    fresh plot has axes sized for the previous layout.
    """
    scratch = QImage(32, 18, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_meter = round(_logical_dpi() / 0.0254)
    scratch.setDotsPerMeterX(dots_per_meter)
    scratch.setDotsPerMeterY(dots_per_meter)
    previous = None
    for _attempt in range(4):
        _flush_layout()
        if root is not None and root.geometry() != QRectF(0, 0, logical_w, logical_h):
            root.setGeometry(QRectF(0, 0, logical_w, logical_h))
        geometry = _layout_signature(scene)
        if geometry == previous:
            break
        previous = geometry
        _invalidate_axis_pictures(scene.items())
        painter = QPainter(scratch)
        scene.render(painter, QRectF(0, 0, 32, 18), QRectF(0, 0, logical_w, logical_h))
        painter.end()
    _invalidate_axis_pictures(scene.items())


def _layout_signature(scene: QGraphicsScene) -> tuple:
    widgets = [i for i in scene.items() if isinstance(i, QGraphicsWidget)]
    return tuple(tuple(round(v, 3) for v in w.geometry().getRect()) for w in widgets)


def _invalidate_axis_pictures(items) -> None:
    """Axes cache their drawing in a QPicture; drop it so it is redrawn for the current size."""
    for item in items:
        if hasattr(item, "picture") and hasattr(item, "generateDrawSpecs"):
            item.picture = None
            item.update()


def _widen(pen, scale: float):
    if not isinstance(pen, QPen) or not pen.isCosmetic() or pen.style() == Qt.PenStyle.NoPen:
        return pen
    wider = QPen(pen)
    wider.setWidthF(max(pen.widthF(), 1.0) * scale)
    return wider


def _widen_pens(items, scale: float) -> list:
    """Scale the width of every cosmetic pen by ``scale``; return functions that undo it.

    Cosmetic pens (pyqtgraph's default) ignore the painter's scale, so without
    this a 4K export has hairlines. Known pyqtgraph items keep pens in an
    ``opts`` dict or a private attribute; plain Qt shape items have pen().
    """
    if scale == 1.0:
        return []
    undo = []
    for item in items:
        opts = getattr(item, "opts", None)
        if isinstance(opts, dict):
            changed = {}
            for key in ("pen", "shadowPen", "symbolPen"):
                if isinstance(opts.get(key), QPen) and opts[key].isCosmetic():
                    changed[key] = opts[key]
                    opts[key] = _widen(opts[key], scale)
            if isinstance(opts.get("pens"), list | tuple):
                changed["pens"] = opts["pens"]
                opts["pens"] = [_widen(p, scale) for p in opts["pens"]]
            if changed:
                _refresh_pens(item)
                undo.append(lambda o=opts, c=changed, i=item: (o.update(c), _refresh_pens(i)))
        if hasattr(item, "generateDrawSpecs") and callable(getattr(item, "pen", None)):
            # AxisItem: _pen is None until set; pen() then makes the default one.
            original_axis_pen = item._pen
            item._pen = _widen(item.pen(), scale)
            item.picture = None
            undo.append(lambda i=item, v=original_axis_pen: setattr(i, "_pen", v))
            continue
        for attr in ("pen", "currentPen"):
            value = getattr(item, attr, None) if attr != "pen" or not callable(getattr(item, "pen", None)) else None
            if isinstance(value, QPen) and value.isCosmetic():
                setattr(item, attr, _widen(value, scale))
                undo.append(lambda i=item, a=attr, v=value: setattr(i, a, v))
        if isinstance(item, QAbstractGraphicsShapeItem | QGraphicsLineItem) and item.pen().isCosmetic():
            original = item.pen()
            item.setPen(_widen(original, scale))
            undo.append(lambda i=item, p=original: i.setPen(p))
    return undo


def _scale_untransformed_items(items) -> list:
    """Let fixed-size overlays (the legend) scale with the export like the rest.

    An item with ItemIgnoresTransformations would be drawn at its on-screen
    pixel size, tiny in a 4K export. Only items whose parent is not itself
    scaled (not inside a data coordinate system) are changed.
    """
    flag = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    undo = []
    for item in items:
        parent = item.parentItem()
        if not (item.flags() & flag):
            continue
        if parent is not None and parent.sceneTransform().type().value > QTransform.TransformationType.TxTranslate.value:
            continue
        item.setFlag(flag, False)
        undo.append(lambda i=item: i.setFlag(flag, True))
    return undo


def _refresh_pens(item) -> None:
    """Items that derive drawing state from their pens: rebuild it."""
    if hasattr(item, "_updateColors"):
        # BarGraphItem resolves opts pen/pens into its shared pen and caches a QPicture.
        item._updateColors({"pen": item.opts.get("pen"), "pens": item.opts.get("pens")})
    if hasattr(item, "picture"):
        item.picture = None
    if hasattr(item, "invalidate"):
        with contextlib.suppress(Exception):
            item.invalidate()
    item.update()


# -- helpers -------------------------------------------------------------------
def _check_size(width, height) -> tuple[int, int]:
    try:
        width, height = int(width), int(height)
    except (TypeError, ValueError) as err:
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Export size must be whole pixels, not {width}×{height}"),
                                  width=repr(width), height=repr(height))) from err
    if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Export size {width}×{height} is out of range (1 to {max} pixels a side)"),
                                  width=width, height=height, max=MAX_SIDE))
    return width, height


def _require_app() -> None:
    if QGuiApplication.instance() is None:
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Chart export needs a running QApplication")))


def _logical_dpi() -> float:
    """The DPI that QPicture and widget fonts assume: the primary screen's logical DPI."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 0.0
    return dpi if dpi > 0 else _CSS_DPI


def _background_color(plot_widget) -> QColor:
    if hasattr(plot_widget, "backgroundBrush"):
        color = plot_widget.backgroundBrush().color()
        if plot_widget.backgroundBrush().style() != Qt.BrushStyle.NoBrush and color.alpha() > 0:
            return color
    return qcolor(theme().plot_background)


def _ink_for(background: QColor) -> QColor:
    """Dark text on light backgrounds, light text on dark ones."""
    dark, light = qcolor(theme().text), qcolor(theme().background)
    if dark.lightnessF() > light.lightnessF():
        dark, light = light, dark
    return dark if background.lightnessF() >= 0.5 else light
