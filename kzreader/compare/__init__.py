"""Cross-outlet comparison and inter-annotator agreement (headless).

`build_report(articles)` gives a `CompareReport`: figures grouped by measure
with disagreements, speakers, sources per outlet, a timeline and syndicated
copies. `agreement.compare_annotators` scores two annotators against each other.
"""

from kzreader.compare.report import CompareReport, build_report, render_text

__all__ = ["CompareReport", "build_report", "render_text"]
