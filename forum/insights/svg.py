"""Monthly bar charts as SVG markup, drawn on the server: no script, no CDN, no inline style
(colours come from classes in static/css). Each chart has a title and a description, and the
page puts its numbers beside it as a table."""

from __future__ import annotations

from markupsafe import Markup, escape

from forum.insights.display import shower

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 48, 28, 12


def _nice_top(value: float) -> float:
    if value <= 0:
        return 1
    step = 10 ** (len(str(int(value))) - 1)
    return ((value // step) + 1) * step


def bar_chart(chart, chart_id: str) -> Markup:
    show = shower()
    values = [None if f.hidden or f.value is None else float(f.value) for f in chart.values]
    top = _nice_top(max((v for v in values if v is not None), default=0))
    if chart.metric.kind == "share":
        top = 1.0
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    slot = plot_w / max(1, len(values))
    parts = [f'<svg class="insight-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<title id="{chart_id}-title">{escape(chart.metric.label)} – '
             f'{escape(chart.subject)}</title>',
             f'<desc id="{chart_id}-desc">{escape(_describe(chart, show))}</desc>']
    for fraction in (0, 0.5, 1):
        y = TOP + plot_h * (1 - fraction)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - 8}" y1="{y:.1f}" '
                     f'y2="{y:.1f}"/>')
        label = show(_figure(top * fraction), chart.metric.kind)
        parts.append(f'<text class="axis" x="{LEFT - 4}" y="{y + 4:.1f}" '
                     f'text-anchor="end">{escape(label)}</text>')
    every = max(1, len(values) // 8)
    for index, (month, value) in enumerate(zip(chart.months, values, strict=True)):
        x = LEFT + index * slot
        if value is None:
            parts.append(f'<text class="gap" x="{x + slot / 2:.1f}" y="{TOP + plot_h - 4:.1f}" '
                         f'text-anchor="middle">·</text>')
        else:
            h = plot_h * min(value / top, 1)
            parts.append(f'<rect class="bar" x="{x + slot * 0.15:.1f}" '
                         f'y="{TOP + plot_h - h:.1f}" width="{slot * 0.7:.1f}" '
                         f'height="{h:.1f}"/>')
        if index % every == 0:
            parts.append(f'<text class="axis" x="{x + slot / 2:.1f}" y="{HEIGHT - 8}" '
                         f'text-anchor="middle">{month:%Y-%m}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 (every text above went through escape())


def _figure(value: float):
    from forum.insights.metrics import Figure

    return Figure(value, 0)


def _describe(chart, show) -> str:
    return "; ".join(f"{month:%Y-%m}: {show(figure, chart.metric.kind)}"
                     for month, figure in zip(chart.months, chart.values, strict=True))
