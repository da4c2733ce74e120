package org.peacedirectory.organisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the year, the month or the day, or a range of two such dates, as people write them
 * about an organisation's past. Stored as EDTF level 0 ({@code 2005}, {@code 2000-04}, {@code 2000-04-12},
 * {@code 2002/2003}); ordered by its first possible day, then its last.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    /** "2002-2003", "2002–2003" or "2002 - 2003": a range of years written the everyday way. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    /** "04/2000" (month) and "12/04/2000" (day, month, year: the order used across Africa and Europe). */
    private static final Pattern SLASHED = Pattern.compile("(?:(\\d{1,2})/)?(\\d{1,2})/(\\d{4})");
    /** "avril 2000", "April 2000", "12 avril 2000", "1er avril 2000", "Apr. 2000". */
    private static final Pattern WORDED = Pattern.compile("(?:(\\d{1,2})(?:er)?\\s+)?(\\p{L}+)\\.?\\s+(\\d{4})");
    /** Two dates joined by a dash or a word: "avril 2000 – mai 2001", "April 2000 to May 2001". */
    private static final Pattern HUMAN_RANGE = Pattern.compile("\\s*[–—]\\s*|\\s+-\\s+|\\s+(?:to|au|à|a)\\s+");

    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::lowerBound).thenComparing(PartialDate::upperBound);

    private final Point start;
    private final @Nullable Point end;

    private PartialDate(Point start, @Nullable Point end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Reads an EDTF level-0 date or interval, or a date written the way people write them: "04/2000",
     * "avril 2000", "12 April 2000", "2002-2003", "avril 2000 – mai 2001".
     *
     * @throws InvalidPartialDateException with a message saying what is wrong
     */
    public static PartialDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPartialDateException("partialDate.empty", "A date cannot be empty.", "");
        }
        String input = text.strip();
        Matcher yearRange = YEAR_RANGE.matcher(input);
        if (yearRange.matches()) {
            return range(input, Point.year(yearRange.group(1)), Point.year(yearRange.group(2)));
        }
        String[] ends = HUMAN_RANGE.split(input);
        if (ends.length == 2) {
            return range(input, point(input, ends[0]), point(input, ends[1]));
        }
        int slash = input.indexOf('/');
        if (slash >= 0 && !SLASHED.matcher(input).matches()) {
            return range(input, point(input, input.substring(0, slash)), point(input, input.substring(slash + 1)));
        }
        return new PartialDate(point(input, input), null);
    }

    private static PartialDate range(String input, Point start, Point end) {
        if (end.lowerBound().isBefore(start.lowerBound())) {
            throw new InvalidPartialDateException(
                    "partialDate.endBeforeStart", "\"" + input + "\" ends before it starts.", input);
        }
        if (start.equals(end)) {
            return new PartialDate(start, null);
        }
        return new PartialDate(start, end);
    }

    /** One date in any of the accepted spellings. */
    private static Point point(String input, String part) {
        String text = part.strip();
        Matcher edtf = POINT.matcher(text);
        if (edtf.matches()) {
            return point(input, edtf.group(1), edtf.group(2), edtf.group(3));
        }
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.matches()) {
            return point(input, slashed.group(3), slashed.group(2), slashed.group(1));
        }
        Matcher worded = WORDED.matcher(text);
        if (worded.matches()) {
            Integer month = MonthNames.number(worded.group(2));
            if (month != null) {
                return point(input, worded.group(3), month.toString(), worded.group(1));
            }
        }
        throw new InvalidPartialDateException(
                "partialDate.unreadable",
                "\"" + input + "\" is not a date: write a year (2005), a month (2000-04) or a range (2002/2003).",
                input);
    }

    private static Point point(String input, String yearText, @Nullable String monthText, @Nullable String dayText) {
        int year = Integer.parseInt(yearText);
        if (monthText == null) {
            return new Point(year, null, null);
        }
        int month = Integer.parseInt(monthText);
        if (month < 1 || month > 12) {
            throw new InvalidPartialDateException(
                    "partialDate.noSuchMonth",
                    "\"" + input + "\" has no month " + month + ": months go from 01 to 12.",
                    input,
                    month);
        }
        if (dayText == null) {
            return new Point(year, month, null);
        }
        int day = Integer.parseInt(dayText);
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidPartialDateException(
                    "partialDate.noSuchDay", "\"" + input + "\" has no day " + day + " in that month.", input, day);
        }
        return new Point(year, month, day);
    }

    /** The normalised EDTF level-0 form, as stored. */
    public String edtf() {
        return end == null ? start.edtf() : start.edtf() + "/" + end.edtf();
    }

    /** The first day this date may refer to. */
    public LocalDate lowerBound() {
        return start.lowerBound();
    }

    /** The last day this date may refer to. */
    public LocalDate upperBound() {
        return (end == null ? start : end).upperBound();
    }

    public boolean isRange() {
        return end != null;
    }

    /** Written for a reader: "April 2000" / "avril 2000", "2002–2003", "3 May 1999 – June 2001". */
    public String format(Locale locale) {
        if (end == null) {
            return start.format(locale);
        }
        String separator = start.isYear() && end.isYear() ? "–" : " – ";
        return start.format(locale) + separator + end.format(locale);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PartialDate date && start.equals(date.start) && Objects.equals(end, date.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return edtf();
    }

    private record Point(
            int year, @Nullable Integer month, @Nullable Integer day) {

        static Point year(String year) {
            return new Point(Integer.parseInt(year), null, null);
        }

        boolean isYear() {
            return month == null;
        }

        LocalDate lowerBound() {
            return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        }

        LocalDate upperBound() {
            if (month == null) {
                return LocalDate.of(year, 12, 31);
            }
            return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
        }

        String edtf() {
            if (month == null) {
                return String.format("%04d", year);
            }
            return day == null
                    ? String.format("%04d-%02d", year, month)
                    : String.format("%04d-%02d-%02d", year, month, day);
        }

        String format(Locale locale) {
            if (month == null) {
                return Integer.toString(year);
            }
            String monthYear = Month.of(month).getDisplayName(TextStyle.FULL, locale) + " " + year;
            if (day == null) {
                return monthYear;
            }
            boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
            return (french && day == 1 ? "1er" : Integer.toString(day)) + " " + monthYear;
        }
    }
}
