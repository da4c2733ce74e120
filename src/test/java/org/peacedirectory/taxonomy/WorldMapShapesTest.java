package org.peacedirectory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The map's shapes file as tools/map makes it, and the legend's steps. */
class WorldMapShapesTest {

    private static final Path SHAPES = Path.of("src/main/resources" + WorldMap.SHAPES);
    private static final Pattern COUNTRY_CODE = Pattern.compile("\\('([A-Z]{2})', '");
    /** Absolute move, then relative lines, moves and closes: integers only. */
    private static final Pattern PATH = Pattern.compile("M-?\\d+ -?\\d+(l(-?\\d+( ?-?\\d+)*)z(m-?\\d+ ?-?\\d+)?)+");

    @Test
    void everyLineIsADirectoryCountryOrLandWithAValidPath() throws IOException {
        Set<String> countries = new HashSet<>();
        Matcher codes = COUNTRY_CODE.matcher(Files.readString(Path.of("db/migration/V2__countries.sql")));
        while (codes.find()) {
            countries.add(codes.group(1));
        }
        Set<String> seen = new HashSet<>();
        List<String> lines = Files.readAllLines(SHAPES, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("size "))
                .toList();

        for (String line : lines) {
            String[] fields = line.split("\t");
            assertThat(fields).as(line).hasSize(5);
            assertThat(fields[0])
                    .as("a code of the directory, or - for other land")
                    .isIn(union(countries, "-"));
            assertThat(fields[0].equals("-") || seen.add(fields[0]))
                    .as("one line per country: " + fields[0])
                    .isTrue();
            if (fields[1].equals("S")) {
                assertThat(fields[4]).as(fields[0]).matches(PATH);
            } else {
                assertThat(fields[1]).isEqualTo("D");
                assertThat(fields[4]).as(fields[0]).matches("\\d+ \\d+");
            }
        }
        assertThat(seen).as("the countries drawn").hasSizeGreaterThan(220).contains("ML", "SN", "FR", "CV", "MT");
        assertThat(seen).as("Antarctica is left out").doesNotContain("AQ");
    }

    @Test
    void theWholeMapWeighsLessThan32Kilobytes() throws IOException {
        assertThat(Files.size(SHAPES)).isLessThan(32 * 1024);
    }

    @Test
    void legendStepsGrowGeometricallyToTheLargestCount() {
        assertThat(WorldMap.legend(0)).isEmpty();
        assertThat(WorldMap.legend(1)).containsExactly(new WorldMap.Step(4, 1, 1));
        assertThat(WorldMap.legend(6))
                .containsExactly(new WorldMap.Step(2, 1, 1), new WorldMap.Step(3, 2, 2), new WorldMap.Step(4, 3, 6));
        assertThat(WorldMap.legend(100))
                .containsExactly(
                        new WorldMap.Step(1, 1, 2),
                        new WorldMap.Step(2, 3, 10),
                        new WorldMap.Step(3, 11, 20),
                        new WorldMap.Step(4, 21, 100));
        assertThat(WorldMap.legend(5000).get(3)).isEqualTo(new WorldMap.Step(4, 501, 5000));
    }

    @Test
    void roundsDownToOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(WorldMap.roundDown(0.5)).isEqualTo(1);
        assertThat(WorldMap.roundDown(1.9)).isEqualTo(1);
        assertThat(WorldMap.roundDown(3.16)).isEqualTo(2);
        assertThat(WorldMap.roundDown(9.99)).isEqualTo(5);
        assertThat(WorldMap.roundDown(10)).isEqualTo(10);
        assertThat(WorldMap.roundDown(594)).isEqualTo(500);
    }

    @Test
    void aFrameIsMovedInsideTheMapBeforeItIsCut() {
        WorldMap.Box world = new WorldMap.Box(0, 0, 1000, 430);

        assertThat(new WorldMap.Box(-20, 10, 80, 60).within(world)).isEqualTo(new WorldMap.Box(0, 10, 100, 60));
        assertThat(new WorldMap.Box(950, 400, 1010, 440).within(world))
                .isEqualTo(new WorldMap.Box(940, 390, 1000, 430));
        assertThat(new WorldMap.Box(480, 200, 500, 210).atLeast(160, 100, world))
                .isEqualTo(new WorldMap.Box(410, 155, 570, 255));
    }

    private static Set<String> union(Set<String> codes, String other) {
        Set<String> all = new HashSet<>(codes);
        all.add(other);
        return all;
    }
}
