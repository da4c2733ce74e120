# Peace Directory: build the Spring Boot jar, then run it on a slim JRE as a non-root user.
# The container expects an external PostgreSQL (SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD);
# see docker-compose.yml.

# ---- Build stage ------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Maven wrapper and POM first, so the dependency download is cached as its own layer and
# only re-runs when pom.xml changes. go-offline can stumble on some plugins; that must not
# break the image, since the package step below fetches whatever is still missing.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw \
    && (./mvnw -B -q dependency:go-offline || echo "go-offline incomplete; package will fetch the rest")

# Sources and the Flyway migrations / demo data (db/ ships on the classpath, see pom.xml).
COPY src src
COPY db db
RUN ./mvnw -B -DskipTests package

# ---- Runtime stage ----------------------------------------------------------
FROM eclipse-temurin:17-jre
WORKDIR /app

# Unprivileged user; it owns /app so that the embedded-database fallback (./data) could write there.
RUN groupadd --system directory \
    && useradd --system --gid directory --home-dir /app --no-create-home directory \
    && chown directory:directory /app

# The runnable Boot jar; the plain one is renamed *.jar.original and does not match.
COPY --from=build --chown=directory:directory /build/target/peace-directory-*.jar app.jar
# The JVM settings every start uses (heap, collector, compiler: see docs/performance.md, Memory).
COPY --chown=directory:directory jvm.options jvm.options

# glibc's allocator otherwise keeps up to eight arenas a core for the request threads (docs/performance.md).
ENV MALLOC_ARENA_MAX=2

USER directory
EXPOSE 8080
ENTRYPOINT ["java", "@jvm.options", "-jar", "app.jar"]
