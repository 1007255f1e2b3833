"""Unit and currency vocabulary: surface forms -> canonical unit -> dimension and base factor.

Kept as plain data so the extractor, the consistency check and the benchmarks share one
table. Base units are SI (m, kg, s, m2, m3, m/s, W, J, byte); money has no base beyond its
currency (exchange rates change daily, so we never convert between currencies).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """A canonical unit: ``factor`` times a value gives the value in ``base``."""

    symbol: str
    dimension: str
    factor: float
    base: str
    kind: str = "measure"


def _u(symbol: str, dimension: str, factor: float, base: str, kind: str = "measure") -> Unit:
    return Unit(symbol, dimension, factor, base, kind)


UNITS: dict[str, Unit] = {
    u.symbol: u
    for u in (
        # length
        _u("pm", "length", 1e-12, "m"),
        _u("nm", "length", 1e-9, "m"),
        _u("µm", "length", 1e-6, "m"),
        _u("mm", "length", 1e-3, "m"),
        _u("cm", "length", 1e-2, "m"),
        _u("dm", "length", 1e-1, "m"),
        _u("m", "length", 1.0, "m"),
        _u("km", "length", 1e3, "m"),
        _u("in", "length", 0.0254, "m"),
        _u("ft", "length", 0.3048, "m"),
        _u("yd", "length", 0.9144, "m"),
        _u("mi", "length", 1609.344, "m"),
        _u("nmi", "length", 1852.0, "m"),
        _u("au", "length", 149597870700.0, "m"),  # astronomical unit (IAU 2012)
        _u("ly", "length", 9460730472580800.0, "m"),  # Julian light-year
        _u("parsec", "length", 3.0856775814913673e16, "m"),  # "pc" is per cent in news
        # mass
        _u("µg", "mass", 1e-9, "kg"),
        _u("mg", "mass", 1e-6, "kg"),
        _u("g", "mass", 1e-3, "kg"),
        _u("kg", "mass", 1.0, "kg"),
        _u("t", "mass", 1e3, "kg"),
        # "ton" is the short ton (2,000 lb), said only as "short ton(s)"; a bare "ton(s)" is
        # the tonne (the lead's decision after round twenty-seven)
        _u("ton", "mass", 907.18474, "kg"),
        _u("long ton", "mass", 1016.0469088, "kg"),  # 2,240 lb, said as "long ton(s)"
        _u("lb", "mass", 0.45359237, "kg"),
        _u("oz", "mass", 0.028349523125, "kg"),
        _u("st", "mass", 6.35029318, "kg"),
        # area
        _u("m2", "area", 1.0, "m2"),
        _u("km2", "area", 1e6, "m2"),
        _u("ha", "area", 1e4, "m2"),
        _u("acre", "area", 4046.8564224, "m2"),
        _u("mi2", "area", 2589988.110336, "m2"),
        _u("ft2", "area", 0.09290304, "m2"),
        # volume
        _u("ml", "volume", 1e-6, "m3"),
        _u("l", "volume", 1e-3, "m3"),
        _u("m3", "volume", 1.0, "m3"),
        _u("ft3", "volume", 0.028316846592, "m3"),
        _u("gal", "volume", 0.003785411784, "m3"),
        _u("bbl", "volume", 0.158987294928, "m3"),
        _u("bu", "volume", 0.03523907016688, "m3"),  # the US bushel of the grain markets
        _u("cup", "volume", 0.0002365882365, "m3"),
        _u("tbsp", "volume", 1.478676478125e-05, "m3"),
        _u("tsp", "volume", 4.92892159375e-06, "m3"),
        # speed
        _u("km/h", "speed", 1 / 3.6, "m/s"),
        _u("mph", "speed", 0.44704, "m/s"),
        _u("m/s", "speed", 1.0, "m/s"),
        _u("km/s", "speed", 1e3, "m/s"),
        _u("mi/s", "speed", 1609.344, "m/s"),
        _u("kn", "speed", 1852 / 3600, "m/s"),
        # power and energy
        _u("W", "power", 1.0, "W"),
        _u("hp", "power", 745.6998715822702, "W"),  # mechanical (bhp); PS is metric
        _u("PS", "power", 735.49875, "W"),
        _u("TW", "power", 1e12, "W"),
        _u("J", "energy", 1.0, "J"),
        _u("kJ", "energy", 1e3, "J"),
        _u("MJ", "energy", 1e6, "J"),
        _u("GJ", "energy", 1e9, "J"),
        _u("kcal", "energy", 4184.0, "J"),
        _u("Btu", "energy", 1055.05585262, "J"),
        _u("Wh", "energy", 3600.0, "J"),
        _u("kW", "power", 1e3, "W"),
        _u("MW", "power", 1e6, "W"),
        _u("GW", "power", 1e9, "W"),
        _u("kWh", "energy", 3.6e6, "J"),
        _u("MWh", "energy", 3.6e9, "J"),
        _u("GWh", "energy", 3.6e12, "J"),
        _u("TWh", "energy", 3.6e15, "J"),
        # frequency, torque, fuel economy, radiation
        _u("Hz", "frequency", 1.0, "Hz"),
        _u("kHz", "frequency", 1e3, "Hz"),
        _u("MHz", "frequency", 1e6, "Hz"),
        _u("GHz", "frequency", 1e9, "Hz"),
        _u("rpm", "frequency", 1 / 60, "Hz"),
        _u("Nm", "torque", 1.0, "N·m"),
        _u("lb-ft", "torque", 1.3558179483314004, "N·m"),
        _u("mpg", "fuel economy", 0.425143707, "km/l"),  # US gallons; UK mpg is 0.354
        _u("l/100km", "fuel consumption", 1.0, "l/100km"),
        _u("g/km", "emissions", 1e-3, "kg/km"),
        _u("Sv", "radiation dose", 1.0, "Sv"),
        _u("mSv", "radiation dose", 1e-3, "Sv"),
        _u("µSv", "radiation dose", 1e-6, "Sv"),
        _u("Gy", "radiation dose", 1.0, "Gy"),
        _u("Bq", "radioactivity", 1.0, "Bq"),
        _u("ppm", "concentration", 1e-6, ""),
        # electricity, sound, pressure, screens: the units of car, phone and weather copy
        _u("V", "voltage", 1.0, "V"),
        _u("kV", "voltage", 1e3, "V"),
        _u("mAh", "electric charge", 3.6, "C"),
        _u("Ah", "electric charge", 3600.0, "C"),
        _u("dB", "sound level", 1.0, "dB"),
        _u("Pa", "pressure", 1.0, "Pa"),
        _u("hPa", "pressure", 100.0, "Pa"),
        _u("kPa", "pressure", 1e3, "Pa"),
        _u("mbar", "pressure", 100.0, "Pa"),
        _u("psi", "pressure", 6894.757293168361, "Pa"),
        _u("nit", "luminance", 1.0, "cd/m2"),
        _u("fps", "frame rate", 1.0, "fps"),
        _u("cc", "volume", 1e-6, "m3"),
        # data rates
        _u("bit/s", "data rate", 1.0, "bit/s"),
        _u("kbit/s", "data rate", 1e3, "bit/s"),
        _u("Mbit/s", "data rate", 1e6, "bit/s"),
        _u("Gbit/s", "data rate", 1e9, "bit/s"),
        # data
        _u("bit", "data", 0.125, "byte"),
        _u("PB", "data", 1e15, "byte"),
        _u("Mbit", "data", 125000.0, "byte"),
        _u("KB", "data", 1e3, "byte"),
        _u("MB", "data", 1e6, "byte"),
        _u("GB", "data", 1e9, "byte"),
        _u("TB", "data", 1e12, "byte"),
        _u("B", "data", 1.0, "byte"),
        # computing speed ("a 70 teraflops machine"; round twenty-seven)
        _u("GFLOPS", "computing speed", 1e9, "FLOPS"),
        _u("TFLOPS", "computing speed", 1e12, "FLOPS"),
        _u("PFLOPS", "computing speed", 1e15, "FLOPS"),
        # image resolution ("a 5 megapixel camera")
        _u("MP", "resolution", 1e6, "pixel"),
        # angle
        _u("deg", "angle", 1.0, "deg"),
        _u("rad", "angle", 57.29577951308232, "deg"),
        # an oil's API gravity ("crude of 34 degrees API"; round twenty-nine): a scale of its own
        _u("°API", "oil gravity", 1.0, "°API"),
        # time
        _u("s", "duration", 1.0, "s", "duration"),
        _u("ms", "duration", 1e-3, "s", "duration"),
        _u("min", "duration", 60.0, "s", "duration"),
        _u("h", "duration", 3600.0, "s", "duration"),
        _u("day", "duration", 86400.0, "s", "duration"),
        _u("week", "duration", 604800.0, "s", "duration"),
        _u("month", "duration", 2629800.0, "s", "duration"),
        _u("year", "duration", 31557600.0, "s", "duration"),
        _u("decade", "duration", 315576000.0, "s", "duration"),
        _u("century", "duration", 3155760000.0, "s", "duration"),
        # temperature (affine: handled in base_value)
        _u("°C", "temperature", 1.0, "K", "temperature"),
        _u("°F", "temperature", 5 / 9, "K", "temperature"),
        _u("°", "temperature", float("nan"), "", "temperature"),
        # percentages
        _u("%", "percent", 1.0, "%", "percent"),
        _u("magnitude", "magnitude", float("nan"), "", "measure"),
        _u("percentage points", "percent points", 1.0, "percentage points", "percent"),
        _u("bp", "percent points", 0.01, "percentage points", "percent"),
    )
}

# Surface forms (lower case) -> canonical symbol. Plurals and spellings are listed explicitly:
# matching is by a single alternation, longest first.
_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "µm": (
        "µm",
        "μm",
        "micrometre",
        "micrometres",
        "micrometer",
        "micrometers",
        "micron",
        "microns",
    ),
    "nm": ("nm", "nanometre", "nanometres", "nanometer", "nanometers"),
    "pm": ("picometre", "picometres", "picometer", "picometers"),
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "dm": ("dm", "decimetre", "decimetres", "decimeter", "decimeters"),
    "m": ("m", "metre", "metres", "meter", "meters", "mtr", "mtrs"),
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "klicks"),
    "in": ("inch", "inches"),
    "ft": ("ft", "foot", "feet"),
    "yd": ("yd", "yds", "yard", "yards"),
    "mi": ("mi", "mile", "miles"),
    "nmi": ("nautical mile", "nautical miles"),
    "au": ("astronomical unit", "astronomical units"),
    "ly": ("light-year", "light-years", "light year", "light years", "lightyear", "lightyears"),
    "parsec": ("parsec", "parsecs"),
    "µg": ("µg", "μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"),
    "mg": ("mg", "milligram", "milligrams", "milligramme", "milligrammes"),
    "g": ("g", "gram", "grams", "gramme", "grammes", "gm", "gms"),
    "kg": ("kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    "t": (
        "t",
        "tonne",
        "tonnes",
        # a ship's deadweight tonnage ("a 40,000 dwt tanker"), in tonnes
        "dwt",
        "deadweight tonnes",
        "metric ton",
        "metric tons",
        "metric tonne",
        "metric tonnes",
        "mt",  # wire copy's metric tonnes ("20,000 mt")
        # a bare "ton(s)" is the tonne: most news means it, and "2,000 tons" in one outlet
        # and "2,000 tonnes" in another is one figure; "short" and "long" tons keep theirs
        "ton",
        "tons",
    ),
    "ton": ("short ton", "short tons", "short-ton", "short-tons"),
    "long ton": ("long ton", "long tons", "long-ton", "long-tons"),
    "lb": ("lb", "lbs", "pound", "pounds"),
    "oz": ("oz", "ounce", "ounces"),
    "st": ("stone", "stones"),
    "m2": (
        "m2",
        "m²",
        "sq m",
        "square m",
        "square metre",
        "square metres",
        "square meter",
        "square meters",
    ),
    "km2": (
        "km2",
        "km²",
        "sq km",
        "square km",
        "sq kms",
        "square kilometre",
        "square kilometres",
        "square kilometer",
        "square kilometers",
    ),
    "ha": ("ha", "hectare", "hectares"),
    "acre": ("acre", "acres"),
    "mi2": ("sq mi", "square mile", "square miles", "sq miles"),
    "ft2": ("sq ft", "square foot", "square feet", "ft2", "ft²"),
    "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
    "l": ("l", "litre", "litres", "liter", "liters"),
    "m3": ("m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters"),
    "ft3": ("cubic foot", "cubic feet", "cu ft"),
    "gal": ("gal", "gallon", "gallons"),
    "bbl": ("bbl", "bbls", "barrel", "barrels", "bpd", "b/d"),  # "bpd": per day (extract.py)
    "bu": ("bushel", "bushels"),
    "cup": ("cup", "cups"),
    "tbsp": ("tbsp", "tablespoon", "tablespoons"),
    "tsp": ("tsp", "teaspoon", "teaspoons"),
    "km/h": (
        "km/h",
        "kmh",
        "kph",
        "kmph",
        "km/hr",
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour",
    ),
    "mph": ("mph", "miles per hour", "miles an hour", "mile per hour"),
    "m/s": ("m/s", "metres per second", "meters per second"),
    "km/s": (
        "km/s",
        "kilometres per second",
        "kilometers per second",
        "kilometres a second",
        "kilometers a second",
    ),
    "mi/s": ("mi/s", "miles per second", "miles a second", "mile per second"),
    "kn": ("knot", "knots"),
    "W": ("W", "watt", "watts"),
    "V": ("V", "volt", "volts"),
    "kV": ("kV", "kilovolt", "kilovolts"),
    "mAh": ("mAh", "milliamp-hour", "milliamp-hours", "milliampere-hour", "milliampere-hours"),
    "Ah": ("Ah", "amp-hour", "amp-hours", "ampere-hour", "ampere-hours"),
    "dB": ("dB", "decibel", "decibels"),
    "Pa": ("pascal", "pascals"),
    "hPa": ("hPa", "hectopascal", "hectopascals"),
    "kPa": ("kPa", "kilopascal", "kilopascals"),
    "mbar": ("mbar", "millibar", "millibars"),
    "psi": ("psi", "pounds per square inch", "pound per square inch"),
    "nit": ("nit", "nits"),
    "fps": ("fps", "frames per second", "frames a second"),
    "kW": ("kw", "kilowatt", "kilowatts"),
    "MW": ("mw", "megawatt", "megawatts"),
    "GW": ("gw", "gigawatt", "gigawatts"),
    "kWh": ("kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours"),
    "MWh": ("mwh", "megawatt-hour", "megawatt-hours", "megawatt hours"),
    "GWh": ("gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours"),
    "TWh": ("twh", "terawatt-hour", "terawatt-hours", "terawatt hours"),
    "bit": ("bit", "bits"),
    "Mbit": ("megabit", "megabits", "mbit"),
    "MP": ("MP", "megapixel", "megapixels", "mega-pixel", "mega-pixels"),
    "bit/s": ("bit/s", "bits per second"),
    "kbit/s": ("kbps", "kbit/s", "kb/s", "kilobits per second"),
    "Mbit/s": ("mbps", "mbit/s", "mb/s", "megabits per second"),
    "Gbit/s": ("gbps", "gbit/s", "gb/s", "gigabits per second"),
    "PB": ("pb", "petabyte", "petabytes"),
    "hp": ("hp", "HP", "bhp", "horsepower", "horse power", "horse-power", "whp"),
    "PS": ("PS",),
    "TW": ("tw", "terawatt", "terawatts"),
    "J": ("joule", "joules"),
    "kJ": ("kj", "kilojoule", "kilojoules"),
    "MJ": ("mj", "megajoule", "megajoules"),
    "GJ": ("gj", "gigajoule", "gigajoules"),
    "kcal": ("kcal", "kilocalorie", "kilocalories"),
    "Btu": ("btu", "btus", "british thermal units", "british thermal unit"),
    "Wh": ("Wh", "watt-hour", "watt-hours", "watt hours"),
    "Hz": ("hz", "hertz"),
    "kHz": ("khz", "kilohertz"),
    "MHz": ("mhz", "megahertz"),
    "GHz": ("ghz", "gigahertz"),
    "rpm": ("rpm", "revs per minute", "revolutions per minute"),
    "Nm": ("Nm", "newton-metres", "newton metres", "newton-meters", "newton meters", "n-m"),
    "lb-ft": (
        "lb-ft",
        "lb ft",
        "lb.-ft.",
        "lbs-ft",
        "lb-ft.",
        "pound-feet",
        "pound feet",
        "foot-pounds",
        "ft-lb",
        "ft-lbs",
        "lbf-ft",
        "lbft",
    ),
    "mpg": ("mpg", "miles per gallon", "miles to the gallon", "mile per gallon"),
    "l/100km": (
        "l/100km",
        "l/100 km",
        "litres per 100km",
        "litres per 100 km",
        "liters per 100 km",
        "liters per 100km",
    ),
    "g/km": ("g/km", "grams per kilometre", "grams per kilometer", "grammes per kilometre"),
    "Sv": ("Sv", "sievert", "sieverts"),
    "mSv": ("mSv", "millisievert", "millisieverts"),
    "µSv": ("µSv", "μSv", "uSv", "microsievert", "microsieverts"),
    "Gy": ("Gy",),
    "Bq": ("bq", "becquerel", "becquerels"),
    "ppm": ("ppm", "parts per million"),
    "cc": ("cc",),
    "bp": ("basis points", "basis point", "bps", "bp", "basis-point"),
    "KB": ("kb", "kilobyte", "kilobytes"),
    "MB": ("mb", "megabyte", "megabytes"),
    "GB": ("gb", "gigabyte", "gigabytes"),
    "TB": ("tb", "terabyte", "terabytes"),
    "B": ("byte", "bytes"),
    "GFLOPS": ("gflops", "gigaflops", "gigaflop"),
    "TFLOPS": ("tflops", "teraflops", "teraflop"),
    "PFLOPS": ("pflops", "petaflops", "petaflop"),
    "deg": ("degree", "degrees", "°", "deg", "deg."),
    "rad": ("rad", "radian", "radians"),
    "s": ("second", "seconds", "sec", "secs"),
    "ms": ("millisecond", "milliseconds"),
    "min": ("minute", "minutes", "mins", "min"),
    "h": ("hour", "hours", "hrs", "hr"),
    "day": ("day", "days"),
    "week": ("week", "weeks", "wk", "wks"),
    "month": ("month", "months", "mths", "mth"),
    "year": ("year", "years", "yr", "yrs"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
    "°C": (
        "°c",
        "° c",
        "ºc",
        "degrees celsius",
        "degree celsius",
        "degrees centigrade",
        "deg celsius",
        "degrees c",
        "degree c",
        "deg c",
        "celsius",
        "celcius",
        "degrees celcius",
        "° celsius",
        "centigrade",
    ),
    "°F": (
        "°f",
        "° f",
        "ºf",
        "degrees fahrenheit",
        "degree fahrenheit",
        "deg fahrenheit",
        "degrees f",
        "degree f",
        "deg f",
        "fahrenheit",
        "farenheit",
        "degrees farenheit",
        "° fahrenheit",
    ),
    "%": ("%", "percent", "per cent", "pct", "percents", "percentage", "per-cent", "pc"),
    "percentage points": (
        "percentage points",
        "percentage point",
        "percentage-point",
        "percentage-points",
        "percent points",
        "per cent points",
        "pp",
        "ppt",
        "ppts",
    ),
}

#: Symbols that must match exactly as written (case-sensitive): one letter, or easily a word.
_CASE_SENSITIVE = {
    "m",
    "g",
    "t",
    "mt",  # wire copy's metric tonnes ("20,000 mt"); "Mt" stays megatonnes if ever listed
    "l",
    "mi",
    "ha",
    "pp",
    "p",
    "kn",
    "pc",
    "PS",
    "Nm",
    "nm",
    "cc",
    "J",
    "Sv",
    "mSv",
    "µSv",
    "μSv",
    "uSv",
    "Gy",
    "bp",
    "hp",
    "HP",
    "Wh",
    "W",  # glued to its number only ("a 65W charger"; ``GLUED_ONLY``)
    "V",
    "kV",
    "mAh",
    "Ah",
    "dB",
    "hPa",
    "kPa",
    "MP",
}

#: One- or two-letter symbols that are a unit only glued to their number: "a 65W charger", "an
#: 800V battery", "a 48MP camera", but "65 W 42nd Street", "a 4 V 2 record" and "36 MP" (Members
#: of Parliament) are not.
GLUED_ONLY = frozenset({"W", "V", "MP", "Ah"})

UNIT_ALIASES: dict[str, str] = {}
for _sym, _words in _UNIT_WORDS.items():
    for _w in _words:
        UNIT_ALIASES[_w] = _sym

# Currencies: ISO code -> words that follow a number ("5 euros") and symbols before it ("€5").
CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "USD": (
        "us dollars",
        "us dollar",
        "u.s. dollars",
        "american dollars",
        "dlrs",
        "dlr",
        "u.s. dlrs",
        "u.s. dlr",
        "us dlrs",
    ),
    "TWD_": ("taiwan dlrs", "taiwan dollars"),
    "SGD_": ("singapore dlrs",),
    "AUD_": (
        "australian dlrs",
        "australian dlr",
        "aust dlrs",
        "aust. dlrs",
        "australia dlrs",
        "australia dlr",
        "aus dlrs",
        "aus dlr",
    ),
    "CAD_": ("canadian dlrs", "canadian dlr", "can dlrs", "can dlr"),
    # the other dollars wire copy names by their country (round nineteen: "80 mln Malaysian
    # dlrs", "Zimbabwe dlrs", "Brunei dlrs"); their bare "dlrs" read as US before
    "MYR_": ("malaysian dlrs", "malaysian dlr", "malaysian dollars", "malaysian dollar"),
    "ZWD": (
        "zimbabwe dlrs",
        "zimbabwe dlr",
        "zimbabwean dlrs",
        "zimbabwean dlr",
        "zimbabwe dollars",
        "zimbabwe dollar",
        "zimbabwean dollars",
        "zimbabwean dollar",
    ),
    "BND": ("brunei dlrs", "brunei dlr", "brunei dollars", "brunei dollar"),
    "JMD": ("jamaican dlrs", "jamaican dlr", "jamaican dollars", "jamaican dollar"),
    "FJD": ("fiji dlrs", "fiji dollars", "fijian dollars", "fiji dollar", "fijian dollar"),
    "HKD_": ("hong kong dlrs", "hk dlrs", "h.k. dlrs"),
    "NZD_": ("new zealand dlrs", "nz dlrs", "n.z. dlrs", "n.z. dlr"),
    "FRF": ("french francs", "french franc"),
    "DEM": ("deutsche marks", "deutschemarks", "german marks", "west german marks"),
    "AUD": ("australian dollars", "australian dollar"),
    "CAD": ("canadian dollars", "canadian dollar"),
    "NZD": ("new zealand dollars", "new zealand dollar", "n.z. dollars", "nz dollars"),
    "HKD": ("hong kong dollars", "hong kong dollar"),
    "SGD": ("singapore dollars", "singapore dollar"),
    "TWD": ("taiwan dollars", "taiwan dollar", "new taiwan dollars"),
    "USD_": ("dollars", "dollar", "bucks"),
    "EUR": ("euros", "euro"),
    "GBP": (
        "pounds sterling",
        "pound sterling",
        "british pounds",
        "british pound",
        "sterling",
        "stg",
    ),
    "JPY": ("yen", "japanese yen"),
    "CNY": ("yuan", "renminbi", "chinese yuan"),
    "INR": ("rupees", "rupee", "indian rupees", "crore rupees"),
    "LKR": ("sri lankan rupees", "sri lankan rupee"),
    "PKR": ("pakistani rupees", "pakistani rupee"),
    "RUB": ("roubles", "rouble", "rubles", "ruble"),
    "CHF": ("swiss francs", "swiss franc", "francs", "franc"),
    "MXN": ("mexican pesos", "mexican peso", "pesos", "peso"),
    "SEK": (
        "swedish crowns",
        "swedish crown",
        "swedish kronor",
        "kronor",
        "swedish krona",
        "krona",
    ),
    "NOK": ("norwegian crowns", "norwegian crown", "norwegian kroner", "norwegian krone"),
    "DKK": ("danish crowns", "danish crown", "danish kroner", "danish krone"),
    "ZAR": ("rand",),
    "NGN": ("naira",),
    "KES": ("kenyan shillings", "kenyan shilling", "shillings"),
    "BRL": ("reais", "brazilian reais", "brazilian real"),
    "KRW": ("south korean won", "korean won"),
    "TRY": ("turkish lira", "lira", "liras"),
    "ILS": ("shekels", "shekel"),
    "PLN": ("złoty", "złotys", "złotych", "zloty", "zlotys", "zlotych"),
    "AED": ("dirhams", "dirham"),
    "SAR": ("riyals", "riyal"),
    "EGP": ("egyptian pounds", "egyptian pound"),
    "FIM": ("finnish marks", "finnish markka", "markka", "markkaa"),
    "NLG": ("guilders", "guilder", "netherlands guilders", "dutch guilders"),
    "ESP": ("pesetas", "peseta"),
    # the 1980s-90s European currencies of wire copy (Reuters-21578): Italian "lire" (the
    # singular "lira" stays Turkish), Belgian francs, escudos, drachmas, schillings, punts
    "ITL": ("italian lire", "italian lira", "lire"),
    "BEF": ("belgian francs", "belgian franc"),
    "LUF": ("luxembourg francs", "luxembourg franc"),
    "PTE": ("portuguese escudos", "escudos", "escudo"),
    "GRD": ("greek drachmas", "drachmas", "drachmae", "drachma"),
    "ATS": ("austrian schillings", "schillings", "schilling"),
    "IEP": ("irish punts", "punts", "irish pounds"),
    "CRC": ("colones", "colón", "colon"),
    "GEL": ("lari", "georgian lari"),
    "LAK": ("kip", "lao kip"),
    # currencies of news at large named by their word (round eight: "9.25 bolivars per dlr")
    "VEB": ("bolivars", "bolivar", "bolivares", "bolívares", "bolívar"),
    "THB": ("baht", "thai baht"),
    "MYR": ("ringgit", "ringgits", "malaysian ringgit"),
    "IDR": ("rupiah", "rupiahs", "indonesian rupiah"),
    "HUF": ("forints", "forint", "hungarian forints"),
    "CZK": ("czech crowns", "koruna", "korunas", "czech koruna"),
    "UAH": ("hryvnias", "hryvnia", "hryvnas", "hryvna"),
    "VND": ("vietnamese dong",),
    "BDT": ("taka", "bangladeshi taka"),
    "GHS": ("cedis", "cedi"),
    "RON": ("romanian lei", "lei"),
    "BGN": ("leva", "bulgarian leva"),
    "KZT": ("tenge",),
    "PEN": ("nuevos soles", "soles"),
    "BTC": ("bitcoins", "bitcoin", "btc"),
    "XDR": ("special drawing rights", "sdrs", "sdr"),
    "XOF": ("cfa francs", "cfa franc"),
    "XEU": ("ecus", "ecu", "european currency units", "european currency unit"),
    "JPY_": ("euroyen",),
    "CADc": ("canadian cts", "canadian cents", "canadian cent"),
    # round thirty-one: the cents of the other dollars wire copy names by their country
    # ("Shr 38.5 H.K. Cents vs 21.7", "a par value of 10 H.K. Cents")
    "HKDc": ("h.k. cents", "h.k. cts", "hk cents", "hong kong cents", "hong kong cts"),
    "AUDc": ("australian cents", "australian cts"),
    "NZDc": ("n.z. cents", "n.z. cts", "nz cents", "new zealand cents"),
    "SGDc": ("singapore cents", "singapore cts"),
    "EURc": ("euro cents", "euro cent", "eurocents"),
    "USc": ("u.s. cents", "u.s. cts", "us cents", "cents", "cent", "cts", "ct"),
    "GBp": ("pence", "penny", "pennies", "p"),
}
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "Can$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "NT$": "TWD",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₦": "NGN",
    "₺": "TRY",
    "₪": "ILS",
    "₿": "BTC",
    "Y=": "JPY",  # wire copy's yen sign
    "RM": "MYR",
    "Rp": "IDR",
}
CURRENCY_CODES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RMB",
    "INR",
    "CAD",
    "AUD",
    "NZD",
    "CHF",
    "RUB",
    "BRL",
    "ZAR",
    "HKD",
    "SGD",
    "SEK",
    "NOK",
    "DKK",
    "MXN",
    "KRW",
    "TRY",
    "PLN",
    "NGN",
    "KES",
    "PKR",
    "EGP",
    "ILS",
    "AED",
    "SAR",
    "TWD",
    "XEU",
    "HUF",
    "CZK",
    "THB",
    "IDR",
    "MYR",
    "VND",
    "ARS",
    "CLP",
    "UAH",
]
#: minor units: value of one in the major currency. Pence stay a unit of their own (UK
#: share prices are quoted in pence, "GBp"); cents are converted to their currency by the
#: extractor ("25 cents" is 0.25 USD), as nobody quotes a price in cents and dollars apart.
MINOR_UNITS = {
    "USc": ("USD", 0.01),
    "CADc": ("CAD", 0.01),
    "HKDc": ("HKD", 0.01),
    "AUDc": ("AUD", 0.01),
    "NZDc": ("NZD", 0.01),
    "SGDc": ("SGD", 0.01),
    "EURc": ("EUR", 0.01),
    "GBp": ("GBP", 0.01),
}

SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mlns": 1e6,  # wire copy's plural ("44 mlns dlrs")
    "mn": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "billion": 1e9,
    "billions": 1e9,
    "bln": 1e9,
    "blns": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "tln": 1e12,
}


# the letters Python's case-insensitive matching folds onto an ASCII letter besides its two cases
_FOLD_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _case_class(chars: set[str]) -> str:
    """A character class for ``chars`` in every case (what ``(?i:...)`` matches for them)."""
    variants = set()
    for c in chars:
        variants |= {v for v in (c, c.lower(), c.upper(), c.upper().lower()) if len(v) == 1}
        variants |= set(_FOLD_EXTRA.get(c.lower(), ""))
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def word_trie(words: Iterable[str], *, ignore_case: bool, end: str = "") -> str:
    """A regex matching the same words as the alternation of ``words`` longest first (a space
    in a word matches any run of blanks; ``end`` is appended where a word ends), written as a
    trie: each branch opens with a literal or a character class, which the regex engine tests
    before entering the branch, where an alternation of hundreds of words (worse, a
    case-insensitive one) is tried word by word at every position. A word's end is tried
    after its longer continuations, so the longest word still wins, as in the alternation."""
    groups: dict[str, list[str]] = {}
    chars: dict[str, set[str]] = {}
    ends = False
    for w in set(words):
        if not w:
            ends = True
            continue
        c = w[0]
        key = (c.casefold() if ignore_case else c) if c not in " \t" else " "
        groups.setdefault(key, []).append(w[1:].lstrip(" \t") if key == " " else w[1:])
        chars.setdefault(key, set()).add(c)
    alts = []
    for key in sorted(groups):
        if key == " ":
            head = r"[ \t]+"
        elif ignore_case and any(c.lower() != c.upper() for c in chars[key]):
            head = _case_class(chars[key])
        else:
            head = re.escape(next(iter(chars[key])))
        alts.append(head + word_trie(groups[key], ignore_case=ignore_case, end=end))
    if ends:
        alts.append(end)
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def unit_pattern() -> re.Pattern[str]:
    """One regex for every unit surface form, longest first; case-sensitive where needed."""
    insensitive = [w for w in UNIT_ALIASES if w not in _CASE_SENSITIVE]
    sensitive = [w for w in UNIT_ALIASES if w in _CASE_SENSITIVE]
    return re.compile(
        rf"(?:{word_trie(insensitive, ignore_case=True)}|{word_trie(sensitive, ignore_case=False)})"
        r"(?![A-Za-z0-9²³])"
    )


def currency_word_pattern() -> re.Pattern[str]:
    words = [w for ws in CURRENCY_WORDS.values() for w in ws]
    return re.compile(rf"{word_trie(words, ignore_case=True)}(?![A-Za-z])")


CURRENCY_WORD_TO_CODE = {w: code.rstrip("_") for code, ws in CURRENCY_WORDS.items() for w in ws}


_PREFIX_CODES = {
    "US": "USD",
    "U.S.": "USD",
    "U.S": "USD",
    "USD": "USD",
    "A": "AUD",
    "AU": "AUD",
    "AUD": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "CAN": "CAD",
    "CDN": "CAD",
    "CAD": "CAD",
    "NZ": "NZD",
    "NZD": "NZD",
    "HK": "HKD",
    "HKD": "HKD",
    "S": "SGD",
    "R": "BRL",
    "NT": "TWD",
    "MEX": "MXN",
    "MX": "MXN",
    "MXN": "MXN",
}


def currency_for_symbol(symbol: str) -> str:
    """ISO code for a currency symbol as written before a number ("US$", "hk $", "€")."""
    compact = symbol.replace(" ", "").replace("\t", "")
    if compact in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[compact]
    if compact.endswith("$"):
        return _PREFIX_CODES.get(compact[:-1].upper(), "USD")
    return CURRENCY_SYMBOLS.get(compact.rstrip("."), "")


def to_base(value: float, unit: str) -> tuple[float, str]:
    """The value expressed in the unit's base (NaN and "" when the unit has none)."""
    if unit in MINOR_UNITS:
        major, factor = MINOR_UNITS[unit]
        return value * factor, major
    info = UNITS.get(unit)
    if info is None:
        if unit and unit.isupper() and len(unit) == 3:  # a currency code: its own base
            return value, unit
        return math.nan, ""
    if unit == "°C":
        return value + 273.15, "K"
    if unit == "°F":
        return (value - 32) * 5 / 9 + 273.15, "K"
    if not info.base:
        return math.nan, ""
    return value * info.factor, info.base


def dimension_of(unit: str) -> str:
    """The physical dimension ("length", "mass", ...), "money" for currencies, "" otherwise."""
    info = UNITS.get(unit)
    if info is not None:
        return info.dimension
    if unit in MINOR_UNITS or (unit and unit.isupper() and len(unit) == 3):
        return "money"
    return ""
