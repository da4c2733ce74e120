package org.peacedirectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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

        assertThat(folder.resolve("components.puml")).isRegularFile();
        assertThat(folder.resolve("all-docs.adoc")).isRegularFile();
        MODULES.forEach(module -> {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).isRegularFile();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).isRegularFile();
        });
    }
}
