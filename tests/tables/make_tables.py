#!/usr/bin/python3
"""Writes yearbook-like tables in tests/tables/inputs/ (committed; rerun after a change).

Each stands for a table a planner receives: a statistics yearbook's Excel sheet (title rows, a
merged two-row header of an indicator over its years, a totals row, names padded with spaces,
renamed units, full-width digits, thousands separators, "—" for a missing value, footnotes), a
county table in GBK with 12-digit statistical codes, a semicolon CSV of names with a byte order
mark, a long table in ODS, and a small foreign layer (Ningbo and Chongqing both have a 江北区).
tests/unit/tables/ and tests/cli/ read them and check what bashu makes of them row by row.
Needs python3-openpyxl and python3-gdal (Debian). Deterministic except the zip times inside the XLSX and ODS files.
"""
import datetime
import json
import os

import openpyxl
from openpyxl.styles import Alignment
from osgeo import ogr

ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "inputs")

# Chongqing's GDP by district, 亿元 (as a yearbook writes them; the test checks these numbers).
GDP_ROWS = [
    # name as written, 2019, 2020, 2021, 2022
    ("全  市", 23605.77, 25002.79, 27894.02, 29129.03),
    ("万  州", 922.0, 942.8, "1,087.6", "1,152.2"),
    ("涪陵区", 1181.1, 1211.3, "１３０２.９", 1363.9),
    ("渝中区", 1301.6, 1302.3, 1458.0, 1512.4),
    ("大渡口区", 246.1, 256.7, 282.4, 291.5),
    ("梁平县", 403.2, 419.1, 457.6, "—"),
    ("开  县", 533.1, 562.6, 610.1, 640.9),
    ("武隆县", 242.9, 250.9, 275.7, 284.6),
    ("石柱县", 167.2, 176.9, 190.3, "…"),
    ("两江新区", 3000.0, 3200.0, 3500.0, 3700.0),
]


def yearbook_workbook():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2-5 地区生产总值"
    sheet["A1"] = "2-5 各区县地区生产总值(2019-2022年)"
    sheet.merge_cells("A1:E1")
    sheet["E2"] = "单位：亿元"
    sheet["A3"] = "地  区"
    sheet.merge_cells("A3:A4")
    sheet["B3"] = "地区生产总值"
    sheet.merge_cells("B3:E3")
    for column, year in zip("BCDE", (2019, 2020, 2021, 2022)):
        sheet[f"{column}4"] = f"{year}年"
    for r, row in enumerate(GDP_ROWS, start=5):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    last = 5 + len(GDP_ROWS)
    sheet.cell(row=last + 1, column=1, value="注：1.本表按当年价格计算。")
    sheet.cell(row=last + 2, column=1, value="资料来源：《重庆统计年鉴2023》")
    sheet["A1"].alignment = Alignment(horizontal="center")

    # Indicators as columns, units in the headers, one header row under a title.
    people = book.create_sheet("人口")
    people["A1"] = "各区县常住人口和城镇化率(2022年)"
    people.append(["区县", "常住人口(万人)", "城镇化率(%)"])
    for row in [("万州区", 155.9, "69.8%"), ("渝中区", 58.9, "100.0%"), ("江北区", 92.5, 96.1)]:
        people.append(row)

    # Names in Pinyin and English, as a consultant's sheet has them.
    latin = book.create_sheet("English")
    latin.append(["District", "GDP 2022 (100 million yuan)"])
    for row in [("Wànzhōu Qū", 1152.2), ("Nan'an", 870.2), ("Fuling District", 1363.9), ("Kaizhou", 640.9),
                ("Luxian", 700.0)]:
        latin.append(row)
    # A budget sheet as Chongqing's yearbook lays it out: 全市 first, then a heading of a group of
    # districts (a name alone on its row) before the districts.
    budget = book.create_sheet("预算")
    budget["A1"] = "各区县一般公共预算收支"
    budget["D2"] = "单位：万元"
    budget["A3"] = "区  县"
    budget.merge_cells("A3:A4")
    budget["B3"] = "一般公共预算收入"
    budget.merge_cells("B3:C3")
    budget["D3"] = "一般公共预算支出"
    budget.merge_cells("D3:E3")
    for column, year in zip("BCDE", (2021, 2022, 2021, 2022)):
        budget[f"{column}4"] = f"{year}年"
    for row in [("全市", 2285.4, 2103.4, 4835.1, 4892.8), ("主城都市区",), ("渝中区", 45.1, 40.2, 80.3, 82.1),
                ("江北区", 60.2, 55.9, 100.4, 98.7), ("渝东北三峡库区城镇群",), ("万州区", 59.8, 56.1, 180.2, 182.3)]:
        budget.append(row)

    # A fixed date, so that running this again writes the same workbook.
    book.properties.created = book.properties.modified = datetime.datetime(2026, 12, 1)
    book.save(os.path.join(OUT, "cq_yearbook.xlsx"))


def gbk_county_csv():
    lines = [
        "表3 2022年四川省部分县（市、区）地区生产总值",
        "区划代码,县（市、区）,地区生产总值（万元）,增速（%）",
        '510116000000,双流区,"12,345,678",5.2',
        '510117000000,郫都区,"7,654,321",4.1',
        "511002000000,市中区,-,",
        "511102000000,市中区,3456789,3.0",
        "510521000000,泸县,5000000,6.1",
        '合计,,"28,456,788",',
        "注：市中区数据暂缺。",
    ]
    with open(os.path.join(OUT, "sc_counties_gbk.csv"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("gbk"))


def title_without_comma_csv():
    # A title line with no delimiter and no space: GDAL's CSV reader takes it for the header.
    rows = ["各区县常住人口", "区县,常住人口(万人)", "万州区,155.9", "渝中区,58.9", "江北区,92.5"]
    with open(os.path.join(OUT, "cq_people_title.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


def names_csv():
    rows = ["地区;GDP(亿元)", "郫县;2100.5", "郫都区;2100", "市中区;900", "康定县;150", "北川县;95",
            "阿坝州;450", "锦江区;1400", "成  都;20817"]
    with open(os.path.join(OUT, "sc_names.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + ("\n".join(rows) + "\n").encode("utf-8"))


def long_ods():
    path = os.path.join(OUT, "cq_long.ods")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("ODS").CreateDataSource(path)
    layer = ds.CreateLayer("long")
    # GDAL writes the field names as the sheet's first row: the header.
    names = ("地区", "指标", "年份", "数值")
    for name in names:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for row in [("万州区", "GDP", "2021", "1087.6"), ("万州区", "GDP", "2022", "1152.2"),
                ("渝中区", "GDP", "2021", "1458.0"), ("渝中区", "GDP", "2022", "1512.4")]:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(names, row):
            feature.SetField(name, value)
        layer.CreateFeature(feature)
    ds = None


def foreign_layer():
    units = [("330203", "海曙区", "Haishu District"), ("330205", "江北区", "Jiangbei District"),
             ("330212", "鄞州区", "Yinzhou District"), ("500105", "江北区", "Jiangbei District"),
             ("500103", "渝中区", "Yuzhong District")]
    features = []
    for i, (code, name, english) in enumerate(units):
        x, y = 121.0 + i * 0.1, 29.8
        ring = [[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]
        features.append({"type": "Feature", "properties": {"CODE": int(code), "NAME": name, "NAME_EN": english},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    with open(os.path.join(OUT, "two_jiangbei.geojson"), "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(OUT, "two_jiangbei_gdp.csv"), "w", encoding="utf-8") as f:
        f.write("name,gdp\n江北区,1600\n海曙区,1500\n渝中区,1512.4\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    yearbook_workbook()
    gbk_county_csv()
    names_csv()
    title_without_comma_csv()
    long_ods()
    foreign_layer()
