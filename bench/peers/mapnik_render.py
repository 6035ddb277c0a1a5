#!/usr/bin/python3
"""Mapnik: the same choropleth as qgis_render.py (its class limits, from BREAKS.json) to a
2048 x 1536 PNG, reading through Mapnik's own GeoJSON parser for .geojson/.json files and through
its OGR plugin otherwise.

usage: mapnik_render.py FILE FIELD OUT.png BREAKS.json"""
import json
import os
import sys
from xml.sax.saxutils import escape

import mapnik

path, field, png, breaks_path = sys.argv[1:5]
style = json.load(open(breaks_path))
limits, colors = style["breaks"], style["colors"]
# The limits are data values; widened by a relative 1e-9 so a feature on a limit falls in the
# class QGIS put it in, whatever rounding Mapnik's number parsing does.
limits = [v - abs(v) * 1e-9 if i == 0 else v + abs(v) * 1e-9 for i, v in enumerate(limits)]
rules = []
for i in range(len(limits) - 1):
    lower = ("[%s] >= %r" if i == 0 else "[%s] > %r") % (field, limits[i])
    condition = "%s and [%s] <= %r" % (lower, field, limits[i + 1])
    rules.append('<Rule><Filter>%s</Filter><PolygonSymbolizer fill="%s"/>'
                 '<LineSymbolizer stroke="#333333" stroke-width="0.5"/></Rule>' % (escape(condition), colors[i]))
plugin = "geojson" if path.lower().endswith((".geojson", ".json")) else "ogr"
parameters = {"type": plugin, "file": os.path.abspath(path)}
if plugin == "ogr":
    parameters["layer_by_index"] = "0"
source = "".join('<Parameter name="%s">%s</Parameter>' % (k, escape(v)) for k, v in parameters.items())
xml = ('<Map background-color="white" srs="epsg:4326"><Style name="map">%s</Style>'
       '<Layer name="data" srs="epsg:4326"><StyleName>map</StyleName><Datasource>%s</Datasource></Layer></Map>'
       % ("".join(rules), source))
m = mapnik.Map(2048, 1536)
mapnik.load_map_from_string(m, xml)
m.zoom_all()
image = mapnik.Image(2048, 1536)
mapnik.render(m, image)
image.save(png, "png32")
