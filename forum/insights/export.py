"""Every table of a report as CSV (one table) or XLSX (one sheet per table).

Cells that a spreadsheet would read as a formula (=, +, -, @ first: an organization named
"=HYPERLINK(...)", a thread title in a sign) are escaped with an apostrophe, as in the audit
log's export; in the workbook such text is also stored as a string, never a formula.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook

from forum.audit.export import safe_cell
from forum.insights.display import number, shower
from forum.insights.report import Report, Table
from forum.text.i18n import _l


def tables_of(report: Report) -> list[Table]:
    charts = []
    for chart in report.charts:
        table = Table(f"trend-{chart.metric.key}", f"{chart.metric.label} – {chart.subject}",
                      [str(_l("Month")), str(chart.metric.label)],
                      kinds=["label", chart.metric.kind])
        table.rows = [[f"{m:%Y-%m}", f] for m, f in zip(chart.months, chart.values, strict=True)]
        charts.append(table)
    signs = Table("signs", str(_l("Early signs of anomie")),
                  [str(_l("Sign")), str(_l("Evidence"))], kinds=["label", "label"])
    signs.rows = [[s.title, s.evidence] for s in report.signs]
    return [*report.tables, report.matrix, *charts, signs]


def to_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in table.headers])
    show = shower()
    for row in table.rows:
        writer.writerow([safe_cell(show(cell, kind)) for cell, kind in
                         zip(row, table.kinds, strict=True)])
    return out.getvalue()


def to_xlsx(tables: list[Table]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    show = shower()
    for table in tables:
        sheet = book.create_sheet(table.key[:31])
        sheet.append([safe_cell(h) for h in table.headers])
        for row in table.rows:
            sheet.append([_xlsx_cell(number(cell, kind, show))
                          for cell, kind in zip(row, table.kinds, strict=True)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_cell(value):
    if isinstance(value, str):
        return safe_cell(value)
    return value
