package org.peacedirectory.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The directory's maps, drawn on the server as inline SVG: the world with each country shaded by its
 * number of published organisations (on /countries and the home page), and a country's own map with the
 * countries where its organisations are also active. The shapes are Natural Earth's, converted once by
 * tools/map into {@value #SHAPES} (see NOTICE), and read when the application starts. The world's counts
 * are {@link TaxonomyCounts}' (those of /countries), a country's are the search index's, each kept until
 * the next publish.
 */
@Component
public class WorldMap {

    /** The shapes, made by tools/map/convert.mjs. */
    static final String SHAPES = "/taxonomy/world-map.txt";
    /** The shades of the world map, from 1 (fewest organisations) to this one (most). */
    static final int SHADES = 4;
    /** A country's map shows at least this much of the world (in map units; the world is 1000 wide). */
    static final int MIN_WIDTH = 160;

    static final int MIN_HEIGHT = 100;

    /** Countries named under a country's map: the others are on the map and one click away on /countries. */
    static final int MAX_LISTED = 24;

    private static final int DOT_RADIUS = 3;

    /** How wide a country's map is shown at most, in CSS pixels (40rem). */
    static final int SHOWN_WIDTH = 640;

    /** A rectangle of the map, in its units (y downwards). */
    record Box(int minX, int minY, int maxX, int maxY) {

        static Box parse(String text) {
            String[] numbers = text.split(" ");
            return new Box(
                    Integer.parseInt(numbers[0]),
                    Integer.parseInt(numbers[1]),
                    Integer.parseInt(numbers[2]),
                    Integer.parseInt(numbers[3]));
        }

        Box union(Box other) {
            return new Box(
                    Math.min(minX, other.minX),
                    Math.min(minY, other.minY),
                    Math.max(maxX, other.maxX),
                    Math.max(maxY, other.maxY));
        }

        boolean intersects(Box other) {
            return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
        }

        int width() {
            return maxX - minX;
        }

        int height() {
            return maxY - minY;
        }

        /** This box grown to at least this size around its centre, but kept within {@code bounds}. */
        Box atLeast(int width, int height, Box bounds) {
            int growX = Math.max(0, width - width());
            int growY = Math.max(0, height - height());
            Box grown = new Box(minX - growX / 2, minY - growY / 2, maxX + growX - growX / 2, maxY + growY - growY / 2);
            return grown.within(bounds);
        }

        /** Moved (then cut if it must be) to lie within {@code bounds}. */
        Box within(Box bounds) {
            int shiftX = minX < bounds.minX ? bounds.minX - minX : Math.min(0, bounds.maxX - maxX);
            int shiftY = minY < bounds.minY ? bounds.minY - minY : Math.min(0, bounds.maxY - maxY);
            return new Box(
                    Math.max(bounds.minX, minX + shiftX),
                    Math.max(bounds.minY, minY + shiftY),
                    Math.min(bounds.maxX, maxX + shiftX),
                    Math.min(bounds.maxY, maxY + shiftY));
        }

        String viewBox() {
            return minX + " " + minY + " " + width() + " " + height();
        }
    }

    /**
     * A country's outline as read from the shapes: its code (null for land that is no country of the
     * directory, Kosovo), whether it is a dot (a country too small for the shapes, drawn only when it has
     * organisations), the box of its largest ring and of all its rings, and its SVG path.
     */
    record Outline(@Nullable String code, boolean dot, Box main, Box all, String path) {}

    /**
     * A country on a map, with organisations: its outline (null when it is too small for the map's shapes),
     * the shade it is drawn in (1 to {@link #SHADES}), and its page's code, name and organisations.
     */
    public record Area(@Nullable String path, int shade, String code, String name, long count) {}

    /** One step of the world map's legend: its shade and the counts it stands for, from and to. */
    public record Step(int shade, long from, long to) {

        public boolean single() {
            return from == to;
        }
    }

    /**
     * The world map: its viewBox, the outlines of the land without organisations (not links), the countries
     * with organisations (links) in the order of their names, and the legend.
     */
    public record World(String viewBox, List<String> land, List<Area> countries, List<Step> legend) {

        /** The fills' textures at their size (the map is shown about as wide as its units). */
        public String patternScale() {
            return "1";
        }
    }

    /**
     * A country's map: its viewBox, null when the country is not on the map (then only the list is shown);
     * the land around, the country's outline, and the countries where its organisations are also active,
     * most organisations first, those beyond {@link #MAX_LISTED} counted in {@code more}.
     */
    public record Place(
            @Nullable String viewBox,
            String name,
            List<String> land,
            @Nullable String outline,
            List<Area> also,
            List<Area> listed,
            int more) {

        /**
         * The fills' textures scaled with the frame, so that they look the same on every country's map
         * (shown at most 640 px wide: see site.css).
         */
        public String patternScale() {
            if (viewBox == null) {
                return "1";
            }
            double width = Double.parseDouble(viewBox.split(" ")[2]);
            return String.format(Locale.ROOT, "%.2f", width / SHOWN_WIDTH);
        }
    }

    private final TaxonomyLists taxonomy;
    private final TaxonomyCounts counts;
    private final Box bounds;
    private final List<Outline> outlines;
    private final Map<String, Outline> outlinesByCode;

    WorldMap(TaxonomyLists taxonomy, TaxonomyCounts counts) {
        this.taxonomy = taxonomy;
        this.counts = counts;
        List<Outline> read = new ArrayList<>();
        Box size = null;
        try (InputStream in = Objects.requireNonNull(WorldMap.class.getResourceAsStream(SHAPES), SHAPES);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("size ")) {
                    String[] numbers = line.split(" ");
                    size = new Box(0, 0, Integer.parseInt(numbers[1]), Integer.parseInt(numbers[2]));
                    continue;
                }
                read.add(outline(line.split("\t")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.bounds = Objects.requireNonNull(size, () -> SHAPES + " gives no size");
        this.outlines = List.copyOf(read);
        Map<String, Outline> byCode = new LinkedHashMap<>();
        for (Outline outline : outlines) {
            String code = outline.code();
            if (code != null) {
                byCode.put(code, outline);
            }
        }
        this.outlinesByCode = Map.copyOf(byCode);
    }

    /** A line of the shapes: code, S (shape) or D (dot), main box, whole box, path or centre. */
    private static Outline outline(String[] fields) {
        String code = "-".equals(fields[0]) ? null : fields[0];
        String path = fields[4];
        boolean dot = "D".equals(fields[1]);
        if (dot) {
            String[] centre = path.split(" ");
            int x = Integer.parseInt(centre[0]);
            int y = Integer.parseInt(centre[1]);
            int r = DOT_RADIUS;
            path = "M" + (x - r) + " " + y + "a" + r + " " + r + " 0 1 0 " + 2 * r + " 0 " + r + " " + r + " 0 1 0-"
                    + 2 * r + " 0z";
        }
        return new Outline(code, dot, Box.parse(fields[2]), Box.parse(fields[3]), path);
    }

    /** The world, each country shaded by the published organisations based or working there. */
    public World world(Locale locale) {
        Map<String, Long> byCountry = counts.published().byCountry();
        List<Step> legend = legend(
                byCountry.values().stream().mapToLong(Long::longValue).max().orElse(0));
        List<String> land = new ArrayList<>();
        List<Area> countries = new ArrayList<>();
        for (Outline outline : outlines) {
            String code = outline.code();
            Country country = code == null ? null : taxonomy.country(code).orElse(null);
            long count = country == null ? 0 : byCountry.getOrDefault(country.getCode(), 0L);
            if (country != null && count > 0) {
                countries.add(new Area(
                        outline.path(), shade(count, legend), country.getPathCode(), country.name(locale), count));
            } else if (!outline.dot()) {
                land.add(outline.path());
            }
        }
        Collator collator = Collator.getInstance(locale);
        countries.sort(Comparator.comparing(Area::name, collator));
        return new World(bounds.viewBox(), List.copyOf(land), List.copyOf(countries), legend);
    }

    /**
     * A country's map: its outline, the countries where its organisations are also based or work
     * ({@code others}: how many of them each, counted by the search index), and the land around them,
     * framed on them all.
     */
    public Place place(Country country, Map<String, Long> others, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Area> also = others.entrySet().stream()
                .map(other -> taxonomy.country(other.getKey())
                        .map(place -> {
                            Outline outline = outlinesByCode.get(place.getCode());
                            return new Area(
                                    outline == null ? null : outline.path(),
                                    0,
                                    place.getPathCode(),
                                    place.name(locale),
                                    other.getValue());
                        })
                        .orElse(null))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(Area::count).reversed().thenComparing(Area::name, collator))
                .toList();
        List<Area> listed = also.subList(0, Math.min(also.size(), MAX_LISTED));
        Outline here = outlinesByCode.get(country.getCode());
        if (here == null) {
            return new Place(
                    null, country.name(locale), List.of(), null, List.of(), listed, also.size() - listed.size());
        }
        Box frame = here.main();
        for (Area area : also) {
            Outline outline = outlinesByCode.get(area.code().toUpperCase(Locale.ROOT));
            if (outline != null) {
                frame = frame.union(outline.main());
            }
        }
        // A margin around them, and a shape at least half again as wide as tall (as wide as the screen, the
        // map stays shorter than it) but not much flatter than the world.
        int margin = Math.max(8, Math.max(frame.width(), frame.height()) / 10);
        Box framed = new Box(frame.minX() - margin, frame.minY() - margin, frame.maxX() + margin, frame.maxY() + margin)
                .within(bounds);
        frame = framed.atLeast(
                Math.max(MIN_WIDTH, framed.height() * 3 / 2), Math.max(MIN_HEIGHT, framed.width() * 2 / 5), bounds);
        List<String> land = new ArrayList<>();
        for (Outline outline : outlines) {
            String code = outline.code();
            boolean shown = outline == here || (code != null && others.containsKey(code));
            if (!shown && !outline.dot() && outline.all().intersects(frame)) {
                land.add(outline.path());
            }
        }
        List<Area> drawn = also.stream().filter(area -> area.path() != null).toList();
        return new Place(
                frame.viewBox(),
                country.name(locale),
                List.copyOf(land),
                here.path(),
                drawn,
                listed,
                also.size() - listed.size());
    }

    /**
     * The legend's steps for counts up to {@code max}: up to {@link #SHADES}, their bounds growing
     * geometrically and rounded down to 1, 2 or 5 times a power of ten (1–2, 3–10, 11–20, 21–100), the
     * last one ending at {@code max}; the fewer the steps, the darker their shades, the last always the
     * darkest.
     */
    static List<Step> legend(long max) {
        if (max <= 0) {
            return List.of();
        }
        List<Long> ends = new ArrayList<>();
        for (int step = 1; step < SHADES; step++) {
            long end = roundDown(Math.pow(max, (double) step / SHADES));
            if (end < max && (ends.isEmpty() || end > ends.get(ends.size() - 1))) {
                ends.add(end);
            }
        }
        ends.add(max);
        List<Step> steps = new ArrayList<>();
        long from = 1;
        for (int i = 0; i < ends.size(); i++) {
            steps.add(new Step(SHADES - ends.size() + 1 + i, from, ends.get(i)));
            from = ends.get(i) + 1;
        }
        return List.copyOf(steps);
    }

    /** The largest of 1, 2, 5, 10, 20, 50... not above {@code value} (at least 1). */
    static long roundDown(double value) {
        long round = 1;
        for (long power = 1; power <= value; power *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (factor * power <= value) {
                    round = factor * power;
                }
            }
        }
        return round;
    }

    private static int shade(long count, List<Step> legend) {
        for (Step step : legend) {
            if (count <= step.to()) {
                return step.shade();
            }
        }
        return SHADES;
    }
}
