package dev.claimdesk.extraction;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Unit words and symbols, the dimension each measures, and how each dimension is measured. */
final class Units {
    static final String PERCENT = "percent";
    static final String COUNT = "count";
    static final String CURRENCY = "currency";
    static final String ENERGY = "energy";
    static final String POWER = "power";
    static final String TORQUE = "torque";
    static final String ANGLE = "angle";
    static final String MASS = "mass";
    static final String LENGTH = "length";
    static final String TIME = "time";
    static final String SPEED = "speed";
    static final String TEMPERATURE = "temperature";
    static final String DATA = "data";
    static final String YEAR = "year";

    /** Unit spelling (lower case, except where case matters) to dimension; longest first in the regex. */
    static final Map<String, String> DIMENSION = new LinkedHashMap<>();

    /** How a dimension is measured, for explanations. */
    static final Map<String, String> MEASURED_IN = Map.ofEntries(
            Map.entry(ENERGY, "watt-hours (or joules)"),
            Map.entry(POWER, "watts"),
            Map.entry(TORQUE, "newton-metres"),
            Map.entry(ANGLE, "degrees"),
            Map.entry(MASS, "kilograms or tonnes"),
            Map.entry(LENGTH, "metres or miles"),
            Map.entry(TIME, "seconds, hours or years"),
            Map.entry(SPEED, "kilometres or miles per hour"),
            Map.entry(TEMPERATURE, "degrees Celsius or Fahrenheit"),
            Map.entry(DATA, "bytes"));

    /** What a dimension is, for explanations: "degrees measure angles". */
    static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry(ENERGY, "energy"),
            Map.entry(POWER, "power"),
            Map.entry(TORQUE, "torque"),
            Map.entry(ANGLE, "angles"),
            Map.entry(MASS, "mass"),
            Map.entry(LENGTH, "length"),
            Map.entry(TIME, "time"),
            Map.entry(SPEED, "speed"),
            Map.entry(TEMPERATURE, "temperature"),
            Map.entry(DATA, "data size"));

    static {
        put(PERCENT, "percentage points", "percentage point", "per cent", "percent", "pct", "%");
        put(
                ENERGY,
                "twh",
                "gwh",
                "mwh",
                "kwh",
                "wh",
                "terawatt-hours",
                "gigawatt-hours",
                "megawatt-hours",
                "kilowatt-hours",
                "watt-hours",
                "terawatt hours",
                "gigawatt hours",
                "megawatt hours",
                "kilowatt hours",
                "joules",
                "kilojoules",
                "megajoules",
                "calories",
                "kilocalories");
        put(
                POWER,
                "tw",
                "gw",
                "mw",
                "kw",
                "terawatts",
                "gigawatts",
                "megawatts",
                "kilowatts",
                "watts",
                "horsepower",
                "hp");
        put(TORQUE, "newton-metres", "newton-meters", "newton metres", "newton meters", "nm", "n·m");
        put(TEMPERATURE, "degrees celsius", "degrees fahrenheit", "°c", "°f");
        put(ANGLE, "degrees", "degree", "°", "radians");
        put(MASS, "kilograms", "kilogram", "kg", "tonnes", "tonne", "tons", "ton", "grams", "gram", "lbs", "pounds of");
        put(SPEED, "km/h", "kph", "mph", "kilometres per hour", "kilometers per hour", "miles per hour");
        put(
                LENGTH,
                "kilometres",
                "kilometers",
                "km",
                "metres",
                "meters",
                "miles",
                "mile",
                "centimetres",
                "centimeters",
                "cm",
                "millimetres",
                "millimeters",
                "mm",
                "feet",
                "ft",
                "inches",
                "nanometres",
                "nanometers",
                "nm-process");
        put(
                TIME,
                "milliseconds",
                "seconds",
                "second",
                "minutes",
                "minute",
                "hours",
                "hour",
                "days",
                "day",
                "weeks",
                "week",
                "months",
                "month",
                "years",
                "year",
                "decades",
                "decade");
        put(DATA, "terabytes", "gigabytes", "megabytes", "tb", "gb", "mb");
        put(
                CURRENCY,
                "us dollars",
                "dollars",
                "dollar",
                "euros",
                "euro",
                "yuan",
                "renminbi",
                "yen",
                "rupees",
                "pounds sterling",
                "pounds",
                "pound",
                "francs");
    }

    private static void put(String dimension, String... spellings) {
        for (String s : spellings) {
            DIMENSION.put(s, dimension);
        }
    }

    private Units() {}

    static String dimensionOf(String unit) {
        return unit == null ? null : DIMENSION.get(unit.toLowerCase(Locale.ROOT));
    }
}
