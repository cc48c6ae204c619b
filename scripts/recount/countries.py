"""The recount's own country table (independent of CiteGraph's): address country parts → ISO 3166-1 alpha-2.

Names as Web of Science, Scopus and MEDLINE write them; US addresses in the old WoS form end in a state and ZIP
("TN 37830", "CA 94305 USA"). Unknown names give None (the recount leaves them out, as docs/networks.md says).
"""

import re

NAMES = {
    "AF": "afghanistan", "AL": "albania", "DZ": "algeria", "AR": "argentina", "AM": "armenia", "AU": "australia",
    "AT": "austria", "AZ": "azerbaijan", "BD": "bangladesh", "BY": "belarus", "BE": "belgium", "BJ": "benin",
    "BO": "bolivia", "BA": "bosnia and herzegovina|bosnia & herceg", "BW": "botswana", "BR": "brazil",
    "BG": "bulgaria", "BF": "burkina faso", "KH": "cambodia", "CM": "cameroon", "CA": "canada", "CL": "chile",
    "CN": "china|peoples r china|people s republic of china|pr china", "CO": "colombia", "CR": "costa rica",
    "HR": "croatia", "CU": "cuba", "CY": "cyprus", "CZ": "czech republic|czechia", "DK": "denmark",
    "EC": "ecuador", "EG": "egypt", "EE": "estonia", "ET": "ethiopia", "FI": "finland", "FR": "france",
    "GE": "georgia", "DE": "germany|fed rep ger|west germany", "GH": "ghana", "GR": "greece", "HK": "hong kong",
    "HU": "hungary", "IS": "iceland", "IN": "india", "ID": "indonesia", "IR": "iran", "IQ": "iraq",
    "IE": "ireland", "IL": "israel", "IT": "italy", "JP": "japan", "JO": "jordan", "KZ": "kazakhstan",
    "KE": "kenya", "KR": "south korea|korea|republic of korea|korea south", "KW": "kuwait", "LV": "latvia",
    "LB": "lebanon", "LT": "lithuania", "LU": "luxembourg", "MY": "malaysia", "MT": "malta", "MX": "mexico",
    "MA": "morocco", "NP": "nepal", "NL": "netherlands|the netherlands", "NZ": "new zealand", "NG": "nigeria",
    "NO": "norway", "OM": "oman", "PK": "pakistan", "PS": "palestine|state of palestine", "PA": "panama",
    "PE": "peru", "PH": "philippines", "PL": "poland", "PT": "portugal", "QA": "qatar", "RO": "romania",
    "RU": "russia|russian federation|ussr", "SA": "saudi arabia", "RS": "serbia", "SG": "singapore",
    "SK": "slovakia", "SI": "slovenia", "ZA": "south africa", "ES": "spain", "LK": "sri lanka", "SE": "sweden",
    "CH": "switzerland", "TW": "taiwan", "TZ": "tanzania", "TH": "thailand", "TN": "tunisia",
    "TR": "turkey|turkiye", "UG": "uganda", "UA": "ukraine", "AE": "united arab emirates|u arab emirates",
    "GB": "united kingdom|uk|england|scotland|wales|north ireland|northern ireland|great britain",
    "US": "united states|usa|united states of america|us", "UY": "uruguay", "UZ": "uzbekistan",
    "VE": "venezuela", "VN": "vietnam|viet nam", "ZW": "zimbabwe",
}
TABLE = {name: code for code, names in NAMES.items() for name in names.split("|")}
US_STATES = set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())


def country_code(part):
    s = part.strip().rstrip(".").strip()
    words = s.split()
    if words and words[-1].upper() == "USA":
        return "US"
    # "TN 37830" / "CA 94305": a US state and a ZIP code.
    if len(words) >= 2 and words[-2] in US_STATES and re.fullmatch(r"\d{5}(-\d{4})?", words[-1]):
        return "US"
    key = " ".join(re.sub(r"[^a-z ]", " ", s.lower()).split())
    if key in TABLE:
        return TABLE[key]
    # "N-7034 TRONDHEIM NORWAY" style: the country is the last word(s).
    for n in (3, 2, 1):
        tail = " ".join(key.split()[-n:])
        if len(key.split()) > n and tail in TABLE:
            return TABLE[tail]
    return None
