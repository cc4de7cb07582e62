"""pyqtgraph charts of the dashboard: grouped bars and lines over categories (days, categories, agents,
flows) and lines over time (calls per hour of each service event).

Imported only when the dashboard is first shown (start-up time is benchmarked and pyqtgraph is heavy).
Hover shows the values under the mouse; a click on a bar or a point emits which one, so the dashboard can
list the tickets behind it. Bars are hit-tested in data coordinates rather than through pyqtgraph items,
so a click is found the same way on every platform and a test can click where a person would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401 (registers ImageExporter)
from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")

GROUP_WIDTH = 0.8  # of one category slot, shared by the bars of a group
POINT_PIXELS = 10  # how close to a point a click must be
HEADROOM = 1.3  # room above the highest value for the legend


@dataclass(frozen=True)
class Series:
    key: str
    name: str
    values: tuple[float, ...]
    colour: str


def _wrapped(label: str, width: int = 12) -> str:
    """A long category name on two lines under its bars (split at the space nearest the middle)."""
    if len(label) <= width or " " not in label:
        return label
    middle = len(label) // 2
    cut = min((i for i, ch in enumerate(label) if ch == " "), key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1 :]


class _Chart(QWidget):
    """A plot with a legend, hover text and a PNG export."""

    def __init__(
        self, parent: QWidget | None = None, *, axis_items: dict | None = None, legend_columns: int = 5
    ) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(self, axisItems=axis_items or {})
        self.plot.setMinimumHeight(220)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.item = self.plot.getPlotItem()
        self.item.getViewBox().setMouseEnabled(x=False, y=False)
        self.item.hideButtons()
        self.legend = self.item.addLegend(
            offset=(10, 5), labelTextSize="9pt", brush=pg.mkBrush(255, 255, 255, 210), colCount=legend_columns
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.hover_text = ""
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    def set_title(self, title: str, left: str = "") -> None:
        self.item.setTitle(title, size="10pt")
        self.item.setLabel("left", left)

    def clear(self) -> None:
        self.item.clear()
        self.legend.clear()
        self.hover_text = ""

    def export_png(self, path: str | Path, width: int = 1600) -> None:
        """Render the chart at ``width`` pixels (sharper than the screen) into a PNG file."""
        exporter = pg.exporters.ImageExporter(self.item)
        exporter.parameters()["width"] = int(width)
        exporter.export(str(path))

    # -- mouse --------------------------------------------------------------------------------------------
    def _view_point(self, scene_pos) -> QPointF | None:
        vb = self.item.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return vb.mapSceneToView(scene_pos)

    def _moved(self, scene_pos) -> None:
        point = self._view_point(scene_pos)
        text = self.describe_at(point, scene_pos) if point is not None else ""
        if text != self.hover_text:
            self.hover_text = text
            global_pos = self.plot.viewport().mapToGlobal(self.plot.mapFromScene(scene_pos))
            if text:
                QToolTip.showText(global_pos, text, self.plot)
            else:
                QToolTip.hideText()

    def _clicked(self, event) -> None:
        point = self._view_point(event.scenePos())
        if point is not None:
            self.clicked_at(point, event.scenePos())

    def describe_at(self, point: QPointF, scene_pos) -> str:  # overridden
        return ""

    def clicked_at(self, point: QPointF, scene_pos) -> None:  # overridden
        return None

    def widget_pos(self, x: float, y: float) -> QPoint:
        """Where the data point (x, y) is in the plot's viewport (for tests and screenshots)."""
        scene = self.item.getViewBox().mapViewToScene(QPointF(x, y))
        return self.plot.mapFromScene(scene)


class CategoryChart(_Chart):
    """Grouped bars (``bars=True``) or lines with points over named categories along x."""

    item_clicked = Signal(int, str)  # category index, series key

    def __init__(self, parent: QWidget | None = None, *, bars: bool = True, legend_columns: int = 5) -> None:
        super().__init__(parent, legend_columns=legend_columns)
        self.bars = bars
        self.categories: list[str] = []
        self.series: list[Series] = []
        self._value_format = "{:,.0f}"

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        *,
        tick_every: int = 1,
        value_format: str = "{:,.0f}",
    ) -> None:
        self.clear()
        self.categories = list(categories)
        self.series = [s for s in series if len(s.values) == len(self.categories)]
        self._value_format = value_format
        n = max(len(self.series), 1)
        width = GROUP_WIDTH / n
        for i, s in enumerate(self.series):
            xs = [x + self._offset(i, n) for x in range(len(self.categories))]
            colour = QColor(s.colour)
            if self.bars:
                bar = pg.BarGraphItem(
                    x=xs, height=list(s.values), width=width * 0.92, brush=colour, pen=colour
                )
                self.item.addItem(bar)
                self.legend.addItem(bar, s.name)
            else:
                self.item.plot(
                    xs, list(s.values), pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                    symbolBrush=colour, symbolPen=colour, name=s.name,
                )  # fmt: skip
        ticks = [(i, _wrapped(c)) for i, c in enumerate(self.categories) if i % max(tick_every, 1) == 0]
        axis = self.item.getAxis("bottom")
        axis.setTicks([ticks, []])
        axis.setStyle(tickFont=QFont(self.font().family(), 8))
        axis.setHeight(44 if any("\n" in t for _, t in ticks) else None)
        top = max((max(s.values) for s in self.series if s.values), default=0)
        self.item.setXRange(-0.6, max(len(self.categories) - 0.4, 0.6), padding=0)
        self.item.setYRange(0, max(top * HEADROOM, 1), padding=0)

    def _offset(self, i: int, n: int) -> float:
        if not self.bars:
            return 0.0
        width = GROUP_WIDTH / n
        return -GROUP_WIDTH / 2 + width * (i + 0.5)

    def center_of(self, index: int, series_key: str) -> QPoint:
        """The middle of a bar (or the point) of a category and series, in viewport pixels."""
        i = next(k for k, s in enumerate(self.series) if s.key == series_key)
        value = self.series[i].values[index]
        y = value / 2 if self.bars else value
        return self.widget_pos(index + self._offset(i, len(self.series)), y)

    def hit(self, point: QPointF, scene_pos=None) -> tuple[int, str] | None:
        """The (category, series) under a point of the view, or None."""
        if not self.series:
            return None
        index = round(point.x())
        if not 0 <= index < len(self.categories):
            return None
        n = len(self.series)
        if self.bars:
            slot = (point.x() - index + GROUP_WIDTH / 2) / (GROUP_WIDTH / n)
            if not 0 <= slot < n:
                return None
            s = self.series[int(slot)]
            value = s.values[index]
            return (
                (index, s.key)
                if 0 <= point.y() <= max(value, 0) or (value == 0 and point.y() < 0.5)
                else None
            )
        if scene_pos is None:
            return None
        best, best_distance = None, float(POINT_PIXELS)
        here = self.plot.mapFromScene(scene_pos)
        for s in self.series:
            there = self.widget_pos(index, s.values[index])
            distance = ((there.x() - here.x()) ** 2 + (there.y() - here.y()) ** 2) ** 0.5
            if distance <= best_distance:
                best, best_distance = (index, s.key), distance
        return best

    def describe_at(self, point: QPointF, scene_pos) -> str:
        found = self.hit(point, scene_pos)
        if found is None:
            return ""
        index, key = found
        lines = [self.categories[index]]
        for s in self.series:
            mark = "▶ " if s.key == key else "   "
            lines.append(f"{mark}{s.name}: {self._value_format.format(s.values[index])}")
        return "\n".join(lines)

    def clicked_at(self, point: QPointF, scene_pos) -> None:
        found = self.hit(point, scene_pos)
        if found is not None:
            self.item_clicked.emit(*found)


class TimeChart(_Chart):
    """Lines over time (x: UTC times shown in local time), e.g. calls per hour of each event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, axis_items={"bottom": pg.DateAxisItem(orientation="bottom")}, legend_columns=1
        )
        self.lines: list[tuple[str, list[float], list[float]]] = []

    def set_lines(self, lines: Sequence[tuple[str, Sequence[datetime], Sequence[float], str]]) -> None:
        self.clear()
        self.lines = []
        for name, times, values, colour in lines:
            xs = [t.timestamp() for t in times]
            self.lines.append((name, xs, list(values)))
            self.item.plot(
                xs, list(values), pen=pg.mkPen(QColor(colour), width=2), symbol="o", symbolSize=5,
                symbolBrush=QColor(colour), symbolPen=QColor(colour), name=name, stepMode=None,
            )  # fmt: skip
        top = max((max(v) for _, _, v in self.lines if v), default=0)
        self.item.enableAutoRange(x=True)
        self.item.setYRange(0, max(top * HEADROOM, 1), padding=0)

    def describe_at(self, point: QPointF, scene_pos) -> str:
        here = self.plot.mapFromScene(scene_pos)
        for name, xs, values in self.lines:
            for x, v in zip(xs, values, strict=False):
                there = self.widget_pos(x, v)
                if abs(there.x() - here.x()) <= POINT_PIXELS and abs(there.y() - here.y()) <= POINT_PIXELS:
                    when = datetime.fromtimestamp(x).astimezone().strftime("%m-%d %H:00")
                    return f"{name}\n{when}: {v:,.0f}"
        return ""
