#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 2020-12) with PyPI jsonschema.

Usage: validate_json.py SCHEMA FILE...
Prints one line per file: "FILE: giltig" or "FILE: $.json.path: message" per error.
Exit code 0 when every file is valid, 1 when one is not, 2 on a usage or schema error.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("jsonschema saknas: kör scripts/install-deps.sh test", file=sys.stderr)
    sys.exit(2)


def path(error):
    parts = ["$"]
    for part in error.absolute_path:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(parts)


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    valid = True
    for name in arguments[1:]:
        with open(name, encoding="utf-8") as handle:
            document = json.load(handle)
        errors = sorted(validator.iter_errors(document), key=lambda error: list(map(str, error.absolute_path)))
        if not errors:
            print(f"{name}: giltig")
        for error in errors:
            valid = False
            # Where no branch of a oneOf matched, the deepest error of the best branch
            # says what is wrong.
            cause = error
            while cause.context:
                cause = max(cause.context, key=lambda e: len(e.absolute_path))
            message = cause.message if len(cause.message) <= 200 else cause.message[:197] + "…"
            print(f"{name}: {path(cause)}: {message}")
    return 0 if valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
