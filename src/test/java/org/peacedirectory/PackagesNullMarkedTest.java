package org.peacedirectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the main code is {@code @NullMarked} in its {@code package-info.java}: there a type without
 * {@code @Nullable} is non-null, and NullAway checks it as the code compiles. A new package without one would
 * escape both, silently.
 */
class PackagesNullMarkedTest {

    @Test
    void everyPackageOfTheMainCodeIsNullMarked() throws Exception {
        Path classes = Path.of(PeaceDirectoryApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> packages;
        try (Stream<Path> files = Files.walk(classes)) {
            packages = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file.getParent()).toString().replace(File.separatorChar, '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(packages).contains("org.peacedirectory", "org.peacedirectory.organisation");
        assertThat(packages)
                .filteredOn(name -> !isNullMarked(name))
                .as("packages of the main code without @NullMarked in their package-info.java")
                .isEmpty();
    }

    private static boolean isNullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException noPackageInfo) {
            return false;
        }
    }
}
