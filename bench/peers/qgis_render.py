#!/usr/bin/python3
"""QGIS (PyQGIS, no window): a 5-class choropleth of FIELD to a 2048 x 1536 PNG, the style bashu
draws (ColorBrewer YlOrRd, 0.5 px dark outlines, antialiased), as a planner would script it.

usage: qgis_render.py FILE FIELD OUT.png [BREAKS_OUT.json]
CLASSIFY=quantile|jenks (default quantile). BREAKS_OUT receives the class limits, so Mapnik (which
cannot classify) draws the same classes."""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsClassificationJenks, QgsClassificationQuantile, QgsFillSymbol,
                       QgsGraduatedSymbolRenderer, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsRendererRange, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

COLORS = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
path, field, png = sys.argv[1:4]
breaks_path = sys.argv[4] if len(sys.argv) > 4 else None

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(path, "data", "ogr")
if not layer.isValid():
    sys.exit("QGIS cannot open " + path)
method = QgsClassificationJenks() if os.environ.get("CLASSIFY") == "jenks" else QgsClassificationQuantile()
ranges = method.classes(layer, field, 5)
renderer = QgsGraduatedSymbolRenderer(field)
renderer.setClassificationMethod(method)
for i, r in enumerate(ranges):
    symbol = QgsFillSymbol.createSimple({"color": COLORS[i], "outline_color": "#333333", "outline_width": "0.5",
                                         "outline_width_unit": "Pixel"})
    renderer.addClassRange(QgsRendererRange(r.lowerBound(), r.upperBound(), symbol, r.label()))
layer.setRenderer(renderer)
settings = QgsMapSettings()
settings.setLayers([layer])
settings.setDestinationCrs(layer.crs())
settings.setExtent(layer.extent())
settings.setOutputSize(QSize(2048, 1536))
settings.setBackgroundColor(QColor("white"))
settings.setFlag(QgsMapSettings.Antialiasing, True)
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
if not job.renderedImage().save(png, "PNG"):
    sys.exit("QGIS could not write " + png)
if breaks_path:
    limits = [ranges[0].lowerBound()] + [r.upperBound() for r in ranges]
    json.dump({"breaks": limits, "colors": COLORS}, open(breaks_path, "w"))
sys.stdout.flush()
os._exit(0)  # PyQGIS scripts tend to crash while the interpreter tears QGIS down
