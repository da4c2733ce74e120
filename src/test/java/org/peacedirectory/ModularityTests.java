package org.peacedirectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * The feature packages under {@code org.peacedirectory} are Spring Modulith application modules: no
 * cycle between them, and no module uses types another keeps in a sub-package (its internals). The
 * module diagrams in {@code docs/modules} are written from the same model, so they cannot drift.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PeaceDirectoryApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    /** The overview, one diagram and one canvas (its API, beans, events) per module, and a page with all. */
    @Test
    void writesTheModuleDiagramsIntoTheDocs() {
        Path folder = Path.of("docs", "modules");
        new Documenter(MODULES, Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        relationsInOrder(folder);

        assertThat(folder.resolve("components.puml")).isRegularFile();
        assertThat(folder.resolve("all-docs.adoc")).isRegularFile();
        MODULES.forEach(module -> {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
                    .isRegularFile();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .isRegularFile();
        });
    }

    /**
     * Modulith writes a diagram's relations (and may write its modules) in an order that changes from
     * run to run; sorted, the files change only when the modules do, so a build leaves the committed
     * docs as they were.
     */
    private static void relationsInOrder(Path folder) {
        try (Stream<Path> diagrams = Files.list(folder)) {
            for (Path diagram :
                    diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
                sortLinesStartingWith("Rel(", lines);
                sortLinesStartingWith("Component(", lines);
                Files.write(diagram, lines);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not order the relations in " + folder, e);
        }
    }

    /** Sorts the lines that start (after their indentation) with the prefix, among their own places. */
    private static void sortLinesStartingWith(String prefix, List<String> lines) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(prefix)) {
                places.add(i);
            }
        }
        List<String> sorted = places.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < places.size(); i++) {
            lines.set(places.get(i), sorted.get(i));
        }
    }
}
