#!/usr/bin/env python3
"""Prints what a tagged PDF says about its structure, as JSON, for the PDF tests.

Usage: python3 scripts/pdf_structure.py FILE.pdf

{"lang": "sv-SE", "title": "...", "displayDocTitle": true, "marked": true,
 "headings": [[1, "Bakgrund"], ...],          # H1-H6 of the structure tree, in reading order
 "tables": [[["TH", "TH"], ["TD", "TD"]], ...], # each Table's rows and their cells' kinds,
                                                # nested tables after the table holding them
 "outline": [[1, "Bakgrund"], ...]}            # the bookmarks, depth first
"""
import json
import sys

import pikepdf


def name(value):
    return str(value)[1:] if isinstance(value, pikepdf.Name) else None


def standard_type(element, role_map):
    kind = name(element.get("/S"))
    seen = set()
    while kind is not None and kind in role_map and kind not in seen:
        seen.add(kind)
        kind = name(role_map[kind])
    return kind


def children(element):
    kids = element.get("/K")
    if kids is None:
        return []
    if isinstance(kids, pikepdf.Array):
        return [kid for kid in kids if isinstance(kid, pikepdf.Dictionary)]
    return [kids] if isinstance(kids, pikepdf.Dictionary) else []


def main():
    pdf = pikepdf.open(sys.argv[1])
    root = pdf.Root
    tree = root.get("/StructTreeRoot")
    role_map = tree.get("/RoleMap", pikepdf.Dictionary()) if tree is not None else pikepdf.Dictionary()
    role_map = {name(key) if isinstance(key, pikepdf.Name) else str(key)[1:]: value for key, value in role_map.items()}
    headings, tables = [], []

    def walk(element):
        kind = standard_type(element, role_map)
        if kind and len(kind) == 2 and kind[0] == "H" and kind[1].isdigit():
            headings.append(int(kind[1]))
        if kind == "Table":
            rows = []

            def collect(node):
                for child in children(node):
                    child_kind = standard_type(child, role_map)
                    if child_kind == "TR":
                        rows.append([standard_type(cell, role_map) for cell in children(child)])
                    elif child_kind in ("THead", "TBody", "TFoot"):
                        collect(child)
            collect(element)
            tables.append(rows)
        for child in children(element):
            walk(child)

    if tree is not None:
        walk(tree)

    outline = []
    with pdf.open_outline() as tree_outline:
        def visit(items, depth):
            for item in items:
                outline.append([depth, str(item.title)])
                visit(item.children, depth + 1)
        visit(tree_outline.root, 1)

    preferences = root.get("/ViewerPreferences", pikepdf.Dictionary())
    mark_info = root.get("/MarkInfo", pikepdf.Dictionary())
    with pdf.open_metadata() as xmp:
        xmp_title = xmp.get("dc:title")
        identification = xmp.get("pdfuaid:part")
    print(json.dumps({
        "lang": str(root.get("/Lang", "")),
        "title": str(pdf.docinfo.get("/Title", "")),
        "xmpTitle": xmp_title or "",
        "pdfua": str(identification or ""),
        "displayDocTitle": bool(preferences.get("/DisplayDocTitle", False)),
        "marked": bool(mark_info.get("/Marked", False)),
        "headings": headings,
        "tables": tables,
        "outline": outline,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
