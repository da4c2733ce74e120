package org.peacedirectory.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.system.DataLicence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The API's OpenAPI 3.1 description over real HTTP: valid, complete, and the same for every reader. */
@DirectoryTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApiLimit limit;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void everyAddressMayAsk() {
        limit.clear();
    }

    @Test
    void isAValidOpenApi31DocumentUnderTheDataLicenceWithTheSiteAsItsServer() throws Exception {
        HttpResponse<String> response = get(ApiDescription.ADDRESS, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        OpenAPI description = parse(response.body());
        assertThat(description.getOpenapi()).startsWith("3.1.");
        assertThat(description.getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(description.getInfo().getTitle()).isNotBlank();
        assertThat(description.getInfo().getVersion()).isEqualTo("1");
        assertThat(description.getInfo().getLicense().getName()).isEqualTo(DataLicence.NAME);
        assertThat(description.getInfo().getLicense().getUrl()).isEqualTo(DataLicence.URL);
        assertThat(description.getServers())
                .singleElement()
                .satisfies(server -> assertThat(server.getUrl()).isEqualTo("http://localhost:" + port));
    }

    @Test
    void listsEveryEndpointOfTheApiAndNothingElse() throws Exception {
        OpenAPI description = parse(get(ApiDescription.ADDRESS, Map.of()).body());

        Set<String> documented = new TreeSet<>();
        description
                .getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().keySet().forEach(method -> documented.add(method + " " + path)));
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().equals(ApiDescription.class.getPackageName())) {
                continue;
            }
            for (String path : mapping.getKey().getPatternValues()) {
                mapping.getKey()
                        .getMethodsCondition()
                        .getMethods()
                        .forEach(method -> mapped.add(method.name() + " " + path));
            }
        }
        assertThat(mapped).as("the API's endpoints").hasSizeGreaterThanOrEqualTo(5);
        assertThat(documented).isEqualTo(mapped);
        description.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .forEach(operation -> {
                    assertThat(operation.getSummary())
                            .as(operation.getOperationId())
                            .isNotBlank();
                    assertThat(operation.getRequestBody())
                            .as(operation.getOperationId())
                            .isNull();
                    assertThat(operation.getResponses().get("200").getContent())
                            .as(operation.getOperationId())
                            .hasEntrySatisfying(
                                    "application/json",
                                    json -> assertThat(json.getSchema().get$ref())
                                            .startsWith("#/components/schemas/"));
                    assertThat(operation.getResponses()).containsKeys("429", "503");
                });
    }

    @Test
    void documentsEachQueryParameterOfTheOrganisationsList() throws Exception {
        OpenAPI description = parse(get(ApiDescription.ADDRESS, Map.of()).body());

        PathItem organisations = description.getPaths().get("/api/v1/organisations");
        Operation list = organisations.getGet();
        Map<String, Parameter> parameters =
                list.getParameters().stream().collect(Collectors.toMap(Parameter::getName, parameter -> parameter));
        assertThat(parameters)
                .containsOnlyKeys("q", "country", "theme", "verified", "level", "since", "sort", "page", "size");
        parameters.values().forEach(parameter -> {
            assertThat(parameter.getIn()).as(parameter.getName()).isEqualTo("query");
            assertThat(parameter.getDescription()).as(parameter.getName()).isNotBlank();
        });
        for (String repeatable : List.of("country", "theme", "level")) {
            assertThat(parameters.get(repeatable).getSchema().getTypes())
                    .as(repeatable)
                    .contains("array");
        }
        assertThat(parameters.get("size").getSchema().getDefault()).hasToString("20");
        Parameter slug = description
                .getPaths()
                .get("/api/v1/organisations/{slug}")
                .getGet()
                .getParameters()
                .get(0);
        assertThat(slug.getName()).isEqualTo("slug");
        assertThat(slug.getIn()).isEqualTo("path");
    }

    @Test
    void saysOfEachMemberOfTheAnswersThatItIsAlwaysThereAndWhetherItMayBeNull() throws Exception {
        OpenAPI description = parse(get(ApiDescription.ADDRESS, Map.of()).body());

        for (Class<?> record : List.of(
                OrganisationDetail.class,
                OrganisationItem.class,
                OrganisationDetail.Membership.class,
                TaxonomyItems.NetworkItem.class)) {
            Schema<?> schema = description.getComponents().getSchemas().get(record.getSimpleName());
            assertThat(schema).as(record.getSimpleName()).isNotNull();
            for (RecordComponent member : record.getRecordComponents()) {
                String name = record.getSimpleName() + "." + member.getName();
                assertThat(schema.getRequired()).as(name).contains(member.getName());
                Schema<?> property = schema.getProperties().get(member.getName());
                boolean mayBeNull =
                        property.getTypes() != null && property.getTypes().contains("null")
                                || property.getAnyOf() != null
                                        && property.getAnyOf().stream()
                                                .anyMatch(choice -> choice.getTypes() != null
                                                        && choice.getTypes().contains("null"));
                assertThat(mayBeNull)
                        .as(name)
                        .isEqualTo(member.getAnnotatedType().isAnnotationPresent(Nullable.class));
            }
        }
    }

    @Test
    void isTheSameForEveryReaderKeptByThePageCacheAndReadableByAnyPage() throws Exception {
        HttpResponse<String> english = get(ApiDescription.ADDRESS, Map.of("X-Forwarded-Host", "forged.example.net"));
        HttpResponse<String> french =
                get(ApiDescription.ADDRESS, Map.of("Accept-Language", "fr", "X-Forwarded-Host", "other.example.net"));

        assertThat(french.body()).isEqualTo(english.body()).doesNotContain("example.net");
        String etag = english.headers().firstValue("ETag").orElseThrow();
        assertThat(french.headers().firstValue("ETag")).hasValue(etag);
        assertThat(english.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(english.headers().allValues("Link")).contains(DataLicence.LINK_HEADER);
        assertThat(get(ApiDescription.ADDRESS, Map.of("If-None-Match", etag)).statusCode())
                .isEqualTo(304);
    }

    @Test
    void theApiPageAndItsFilesAreNotCountedAgainstTheHourlyLimit() throws Exception {
        limit.lockOut("127.0.0.1"); // as the last of the hour's requests would

        HttpResponse<String> page = get(ApiDescription.PAGE, Map.of());
        assertThat(page.statusCode()).isEqualTo(302);
        String location = page.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create("http://localhost:" + port).resolve(location).getPath())
                .isEqualTo("/api/v1/swagger-ui/index.html");
        for (String file : List.of(
                "/api/v1/swagger-ui/index.html",
                "/api/v1/swagger-ui/swagger-ui-bundle.js",
                "/api/v1/swagger-ui/swagger-initializer.js",
                ApiDescription.PAGE_SETTINGS)) {
            HttpResponse<String> answer = get(file, Map.of());
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.body()).as(file).doesNotContain("petstore");
        }
        assertThat(get("/api/v1/organisations?q=peace", Map.of()).statusCode())
                .as("the API itself is still counted")
                .isEqualTo(429);
    }

    private static OpenAPI parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en")
                .header("Accept", "application/json");
        headers.forEach(request::setHeader);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
